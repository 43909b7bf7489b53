// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text tables on a terminal: widths in terminal columns, not characters. A Chinese character
// takes two columns, a combining mark none; padding by QString::size() misaligns such tables.
namespace dueline::textcolumns {

// The terminal columns `text` takes (East Asian wide and fullwidth characters: 2; combining
// marks and zero-width characters: 0; everything else: 1).
int width(const QString &text);
// `text` followed (padRight) or preceded (padLeft) by spaces up to `columns` columns.
QString padRight(const QString &text, int columns);
QString padLeft(const QString &text, int columns);

// `text` safe for a terminal: every control character but line feed and tab — C0 (ESC, BEL,
// backspace, CR, …), DEL and C1 — is replaced by a visible escape (\x1b, \x7f, \u009b), so text
// from the database cannot move the cursor, clear the screen, set the window title or ring the
// bell.
QString escapeControls(const QString &text);

} // namespace dueline::textcolumns
