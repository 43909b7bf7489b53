// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/theme.h"

#include "views/common/icons.h"

#include <QApplication>
#include <QColor>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace dueline {

namespace {

struct ThemeState
{
    bool captured = false;
    QString systemStyle;
    Theme::Mode current = Theme::Mode::System;
};

ThemeState &state()
{
    static ThemeState s;
    return s;
}

// Remembers the style the platform chose, so that "System" can go back to it later.
void captureSystemStyle()
{
    ThemeState &s = state();
    if (s.captured)
        return;
    s.captured = true;
    s.systemStyle = QApplication::style()->name();
}

void setStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

namespace Theme {

bool parse(const QString &text, Mode *mode)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("system"))
        *mode = Mode::System;
    else if (value == QLatin1String("light"))
        *mode = Mode::Light;
    else if (value == QLatin1String("dark"))
        *mode = Mode::Dark;
    else
        return false;
    return true;
}

QString name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Mode saved()
{
    Mode mode = Mode::System;
    parse(QSettings().value(QLatin1String(settingsKey)).toString(), &mode);
    return mode;
}

void apply(Mode mode)
{
    captureSystemStyle();
    switch (mode) {
    case Mode::System:
        setStyle(state().systemStyle);
        // A palette without any role set hands the palette back to the platform (and keeps
        // following the desktop's colour scheme when it changes).
        QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
    state().current = mode;
    // Icons made by QIcon::fromTheme() resolve again at their next paint.
    Icons::applyPalette(QApplication::palette());
}

Mode current()
{
    return state().current;
}

QPalette darkPalette()
{
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor alternateBase(0x23, 0x26, 0x29);
    const QColor button(0x31, 0x36, 0x3b);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabledText(0x6e, 0x71, 0x75);
    const QColor highlight(0x3d, 0xae, 0xe9);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternateBase);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Light, QColor(0x4d, 0x53, 0x59));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x43, 0x49));
    p.setColor(QPalette::Mid, QColor(0x20, 0x23, 0x26));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));

    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x4a, 0x4f));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

} // namespace Theme

} // namespace dueline
