// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/icons.h"

#include <QApplication>
#include <QColor>
#include <QStringList>

namespace dueline {

namespace {

const QString bundledLight = QStringLiteral("breeze");
const QString bundledDark = QStringLiteral("breeze-dark");
const QString resourceRoot = QStringLiteral(":/icons");

struct IconState
{
    bool initialized = false;
    QString desktopTheme; // the theme the platform chose before we touched anything
    QString bundled = bundledLight;
};

IconState &state()
{
    static IconState s;
    return s;
}

void initialize()
{
    IconState &s = state();
    if (s.initialized)
        return;
    s.initialized = true;
    s.desktopTheme = QIcon::themeName();
    // Qt always searches :/icons after the system folders; say so explicitly in case a platform
    // plugin replaced the search paths.
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(resourceRoot)) {
        paths.append(resourceRoot);
        QIcon::setThemeSearchPaths(paths);
    }
}

bool isBreeze(const QString &theme)
{
    return theme == bundledLight || theme == bundledDark;
}

} // namespace

namespace Icons {

QIcon get(const QString &name)
{
    initialize();
    return QIcon::fromTheme(name);
}

QIcon get(const QString &name, QStyle::StandardPixmap fallback)
{
    QIcon themed = get(name);
    if (!themed.isNull() || fallback == QStyle::SP_CustomBase)
        return themed;
    return QApplication::style()->standardIcon(fallback);
}

QIcon application()
{
    return QIcon(QStringLiteral(":/dueline/dueline.svg"));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

void applyPalette(const QPalette &palette)
{
    initialize();
    IconState &s = state();
    s.bundled = isDark(palette) ? bundledDark : bundledLight;
    QIcon::setFallbackThemeName(s.bundled);

    const QString desktop = s.desktopTheme;
    if (desktop.isEmpty() || desktop == QLatin1String("hicolor") || isBreeze(desktop)) {
        // No real desktop theme (or Plasma's Breeze): use the Breeze variant that matches the
        // palette, the system's copy first when there is one, the bundled one otherwise.
        QIcon::setThemeName(s.bundled);
    }
    // Setting the search paths again drops Qt's theme cache and makes every icon made by
    // QIcon::fromTheme() resolve again, including those that came from the fallback theme.
    QIcon::setThemeSearchPaths(QIcon::themeSearchPaths());
}

QString bundledTheme()
{
    return state().bundled;
}

} // namespace Icons

} // namespace dueline
