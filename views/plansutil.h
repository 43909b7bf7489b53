#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStyle>

#include <functional>

class QDialog;

// Small helpers shared by the Plans workspace's widgets.
class QPainter;

namespace PlansUi {

// Runs a modal dialog and returns its result (MainWindow::DialogRunner's shape): every dialog of
// the Plans workspace, file and print dialogs included, goes through one, so tests never block.
using DialogRunner = std::function<int(QDialog &)>;

// The language catalog texts are shown in: "en", "ru" or "zh_CN", from the default locale that
// the installed translations set (app/bootstrap/i18n).
QString uiLanguage();

// a + (b − a) · k, channel by channel (k = 0: a, k = 1: b).
QColor mix(const QColor &a, const QColor &b, qreal k);

// The tint of a "best value" cell: a green wash over the base colour, readable in light and dark
// palettes.
QColor bestBackground(const QPalette &palette);

// A tint of `accent` over the palette's base colour, for banners and badges.
QColor tint(const QPalette &palette, const QColor &accent, qreal k = 0.18);

// Paints an inline message box (PlansBanner, OfflineBanner): `rect` as a rounded box tinted
// with `accent` (strength k) and outlined in it.
void paintMessageBox(QPainter &painter, const QRect &rect, const QPalette &palette,
                     const QColor &accent, qreal k);

// The icon `name` (freedesktop) through Icons::get(), or the style's `fallback` when neither the
// desktop theme nor the bundled set has it.
QIcon icon(const QString &name, QStyle::StandardPixmap fallback = QStyle::SP_CustomBase);

// A filled, rounded square of `color`, for legends and "why this deadline?" pieces.
QIcon swatch(const QColor &color, int size = 16);

} // namespace PlansUi
