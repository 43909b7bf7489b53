#pragma once

#include <QString>

// Text tables on a terminal: widths in terminal columns, not characters. A Chinese character
// takes two columns, a combining mark none; padding by QString::size() misaligns such tables.
namespace textcolumns {

// The terminal columns `text` takes (East Asian wide and fullwidth characters: 2; combining
// marks and zero-width characters: 0; everything else: 1).
int width(const QString &text);
// `text` followed (padRight) or preceded (padLeft) by spaces up to `columns` columns.
QString padRight(const QString &text, int columns);
QString padLeft(const QString &text, int columns);

} // namespace textcolumns
