// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QIcon>
#include <QLocale>
#include <QPalette>

// Small helpers shared by the Plans workspace's widgets (views/common/commonui.h has those every
// workspace shares).
namespace dueline::PlansUi {

// The tint of a "best value" cell: a green wash over the base colour, readable in light and dark
// palettes.
QColor bestBackground(const QPalette &palette);

// A filled, rounded square of `color`, for legends and "why this deadline?" pieces.
QIcon swatch(const QColor &color, int size = 16);

// A date without its weekday, the month in full, in the order of `locale`'s language, as
// models/item/dateformat.h writes dates: "30 November 2026", "30 ноября 2026", "2026年11月30日".
QString longDate(const QLocale &locale, QDate date);

} // namespace dueline::PlansUi
