// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace dueline {

// Numbers as each language writes them, the same on tiles, charts, tables and exports.
class NumberFormat
{
public:
    // A percentage with `decimals` decimals: "83.6%" in English and Chinese, "83,6 %" in Russian
    // (a no-break space before the sign, as Russian typography writes it).
    static QString percent(const QLocale &locale, double value, int decimals = 1);
    // The same pattern with %1 where the number goes ("%1%", "%1 %"), for Qt Charts' label
    // formats.
    static QString percentPattern(const QLocale &locale);
};

} // namespace dueline
