// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/numberformat.h"

namespace dueline {

QString NumberFormat::percentPattern(const QLocale &locale)
{
    return locale.language() == QLocale::Russian ? QStringLiteral("%1\u00a0%")
                                                 : QStringLiteral("%1%");
}

QString NumberFormat::percent(const QLocale &locale, double value, int decimals)
{
    return percentPattern(locale).arg(locale.toString(value, 'f', decimals));
}

} // namespace dueline
