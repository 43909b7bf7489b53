#include "models/item/dateformat.h"

namespace dueline {

bool DateFormat::isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QString DateFormat::dateTime(const QLocale &locale, const QDateTime &at, Year year)
{
    if (isChinese(locale))
        return locale.toString(at, year == Year::Show ? QStringLiteral("yyyy年M月d日 ddd HH:mm")
                                                      : QStringLiteral("M月d日 ddd HH:mm"));
    return locale.toString(at, year == Year::Show ? QStringLiteral("ddd d MMM yyyy HH:mm")
                                                  : QStringLiteral("ddd d MMM HH:mm"));
}

QString DateFormat::weekdayDate(const QLocale &locale, QDate date)
{
    return locale.toString(date, isChinese(locale) ? QStringLiteral("M月d日 ddd")
                                                   : QStringLiteral("ddd d MMM"));
}

QString DateFormat::dayMonth(const QLocale &locale, QDate date)
{
    return locale.toString(date,
                           isChinese(locale) ? QStringLiteral("M月d日") : QStringLiteral("d MMM"));
}

QString DateFormat::longDateTime(const QLocale &locale, const QDateTime &at)
{
    return locale.toString(at, isChinese(locale) ? QStringLiteral("yyyy年M月d日 dddd HH:mm")
                                                 : QStringLiteral("dddd d MMMM yyyy HH:mm"));
}

} // namespace dueline
