// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/dateformat.h"

#include <QCoreApplication>

#include <algorithm>

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

QString DateFormat::dateTime(const QLocale &locale, const QDateTime &at, const QDateTime &now)
{
    const int nowYear = now.toTimeZone(at.timeZone()).date().year();
    return dateTime(locale, at, at.date().year() == nowYear ? Year::Omit : Year::Show);
}

QString DateFormat::zonedDateTime(const QLocale &locale, const QDateTime &at, const QDateTime &now)
{
    return dateTime(locale, at, now) + QLatin1Char(' ') + zoneName(at);
}

QStringList DateFormat::inZones(const QLocale &locale, qint64 at, const QTimeZone &zone,
                                const QTimeZone &readerZone, qint64 now)
{
    const QString there = zonedDateTime(locale, QDateTime::fromSecsSinceEpoch(at, zone),
                                        QDateTime::fromSecsSinceEpoch(now, zone));
    const QString here = zonedDateTime(locale, QDateTime::fromSecsSinceEpoch(at, readerZone),
                                       QDateTime::fromSecsSinceEpoch(now, readerZone));
    return here == there ? QStringList{there} : QStringList{there, here};
}

QString DateFormat::inZonesText(const QLocale &locale, qint64 at, const QTimeZone &zone,
                                const QTimeZone &readerZone, qint64 now)
{
    const QStringList zones = inZones(locale, at, zone, readerZone, now);
    if (zones.size() < 2)
        return zones.value(0);
    return QCoreApplication::translate("DateFormat", "%1 (%2 here)",
                                       "a time in a calendar's zone, then in the reader's")
            .arg(zones.at(0), zones.at(1));
}

QString DateFormat::zoneName(const QDateTime &at)
{
    // Letters only: "MSK", "CST", "GMT", "UTC"; not "+04" nor "UTC+04:00".
    QString abbreviation = at.timeZoneAbbreviation();
    if (!abbreviation.isEmpty() && std::all_of(abbreviation.cbegin(), abbreviation.cend(),
                                               [](QChar c) { return c.isLetter(); }))
        return abbreviation;
    const int offset = at.offsetFromUtc();
    if (offset == 0)
        return QStringLiteral("UTC");
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
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

QString DateFormat::dayMonthYear(const QLocale &locale, QDate date)
{
    return locale.toString(date, isChinese(locale) ? QStringLiteral("yyyy年M月d日")
                                                   : QStringLiteral("d MMM yyyy"));
}

QString DateFormat::dayRange(const QLocale &locale, QDate first, QDate last)
{
    if (first == last)
        return dayMonthYear(locale, first);
    if (first.year() != last.year())
        return QStringLiteral("%1 – %2").arg(dayMonthYear(locale, first),
                                             dayMonthYear(locale, last));
    // Chinese writes the year first, on the first day; the others on the last.
    if (isChinese(locale))
        return QStringLiteral("%1 – %2").arg(dayMonthYear(locale, first), dayMonth(locale, last));
    return QStringLiteral("%1 – %2").arg(dayMonth(locale, first), dayMonthYear(locale, last));
}

QString DateFormat::longDateTime(const QLocale &locale, const QDateTime &at)
{
    return locale.toString(at, isChinese(locale) ? QStringLiteral("yyyy年M月d日 dddd HH:mm")
                                                 : QStringLiteral("dddd d MMMM yyyy HH:mm"));
}

} // namespace dueline
