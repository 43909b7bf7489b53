// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QPainter;
class QRect;
class QWidget;

// Helpers every workspace shares: the language of catalog texts, colour mixing and the one
// painter of inline message boxes.
namespace dueline::CommonUi {

// The language catalog texts are shown in: "en", "ru" or "zh_CN", from the default locale that
// the installed translations set (app/bootstrap/i18n).
QString uiLanguage();

// Gives `widget`, and its children that do not set a locale of their own, the default locale.
// A widget keeps the locale it was created with, while installTranslators() (app/bootstrap/i18n)
// changes the default one at run time: call this on QEvent::LanguageChange, so that item views,
// their delegates and date edits format dates and numbers for the new language.
void followDefaultLocale(QWidget *widget);

// Where an export is saved by default: `fileName` in the user's documents folder when it exists,
// else in the home folder (never a folder that would have to be created first). An absolute
// path.
QString defaultExportPath(const QString &fileName);

// a + (b − a) · k, channel by channel (k = 0: a, k = 1: b).
QColor mix(const QColor &a, const QColor &b, qreal k);

// A tint of `accent` over the palette's base colour, for banners and badges.
QColor tint(const QPalette &palette, const QColor &accent, qreal k = 0.18);

// Paints an inline message box (PlansBanner, OfflineBanner): `rect` as a rounded box tinted
// with `accent` (strength k) and outlined in it.
void paintMessageBox(QPainter &painter, const QRect &rect, const QPalette &palette,
                     const QColor &accent, qreal k);

} // namespace dueline::CommonUi
