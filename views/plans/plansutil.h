#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

// Small helpers shared by the Plans workspace's widgets (views/common/commonui.h has those every
// workspace shares).
namespace dueline::PlansUi {

// The tint of a "best value" cell: a green wash over the base colour, readable in light and dark
// palettes.
QColor bestBackground(const QPalette &palette);

// A filled, rounded square of `color`, for legends and "why this deadline?" pieces.
QIcon swatch(const QColor &color, int size = 16);

} // namespace dueline::PlansUi
