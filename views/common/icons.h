// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStyle>

// Icons by freedesktop name. A desktop icon theme (Plasma's Breeze, …) wins; icons it lacks come
// from the Breeze subset bundled in the binary (resources/icons/CMakeLists.txt lists them), in
// its Breeze Dark variant when the palette is dark. Off a desktop (no theme, or just "hicolor")
// the bundled set becomes the application's icon theme.
namespace dueline::Icons {

// The icon named `name` (e.g. "view-list-details"). The returned icon follows later theme
// changes by itself: it is resolved again when applyPalette() switches the bundled set.
QIcon get(const QString &name);

// The icon `name`, or the style's `fallback` when neither the desktop theme nor the bundled set
// has it.
QIcon get(const QString &name, QStyle::StandardPixmap fallback);

// Dueline's own application icon (window icon, About dialog).
QIcon application();

// True for a dark palette: the window colour's lightness is below 128.
bool isDark(const QPalette &palette);

// Selects the bundled set ("breeze" or "breeze-dark") matching `palette`. Theme::apply() calls
// it before installing a palette; the main window calls it again when the desktop's palette
// changes.
void applyPalette(const QPalette &palette);

// The bundled set in use: "breeze" or "breeze-dark".
QString bundledTheme();

} // namespace dueline::Icons
