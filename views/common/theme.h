// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

// The application's appearance: the desktop's own style and palette, or Fusion with a light or a
// dark palette. Stored in QSettings under "ui/theme" as "system", "light" or "dark".
namespace dueline::Theme {

enum class Mode { System, Light, Dark };

inline constexpr char settingsKey[] = "ui/theme";

// "system", "light", "dark" (case-insensitive); false for anything else.
bool parse(const QString &text, Mode *mode);
QString name(Mode mode);

// The saved choice (System when nothing or something unknown is saved).
Mode saved();

// Switches style, palette and bundled icon set at once; every open window repaints.
void apply(Mode mode);

// The mode last applied (System before the first apply()).
Mode current();

// A Breeze Dark–like palette for the Fusion style.
QPalette darkPalette();

} // namespace dueline::Theme
