// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace dueline {

// Dates and times as a person reads them in the locale's own order. Qt's fixed patterns
// ("ddd d MMM HH:mm") put a Chinese date in Western order (周五 27 11月 10:00); these give
// "11月27日 周五 10:00" in Chinese and "Fri 27 Nov 10:00" / "пт 27 нояб. 10:00" elsewhere.
class DateFormat
{
public:
    enum class Year { Omit, Show };

    // Weekday, day and month, and time: "Fri 27 Nov 10:00" (with the year: "Fri 27 Nov 2026
    // 10:00"; Chinese: "2026年11月27日 周五 10:00").
    static QString dateTime(const QLocale &locale, const QDateTime &at, Year year = Year::Omit);
    // The same, with the year only when `at` is not in the year of `now` (both read in `at`'s
    // zone): every date of the queue and the ticket panel follows this rule.
    static QString dateTime(const QLocale &locale, const QDateTime &at, const QDateTime &now);
    // A time in another zone than the reader's names its zone: "Fri 27 Nov 20:00 MSK" (the year
    // as above).
    static QString zonedDateTime(const QLocale &locale, const QDateTime &at, const QDateTime &now);
    // An instant in `zone` (a calendar's), named, and in the reader's zone when that reads
    // otherwise: {"Fri 27 Nov 20:00 MSK", "Fri 27 Nov 17:00 UTC"} or {"Fri 27 Nov 20:00 MSK"}.
    static QStringList inZones(const QLocale &locale, qint64 at, const QTimeZone &zone,
                               const QTimeZone &readerZone, qint64 now);
    // The same as one text: "Wed 30 Dec 20:00 MSK (Thu 31 Dec 01:00 CST here)".
    static QString inZonesText(const QLocale &locale, qint64 at, const QTimeZone &zone,
                               const QTimeZone &readerZone, qint64 now);
    // The name of `at`'s zone at that instant: its abbreviation ("MSK", "CST", "UTC"), or the UTC
    // offset ("UTC+04:00") when the zone has no abbreviation of letters (the tz database writes
    // "+04" for many).
    static QString zoneName(const QDateTime &at);
    // Weekday, day and month: "Fri 27 Nov" / "11月27日 周五".
    static QString weekdayDate(const QLocale &locale, QDate date);
    // Day and month: "27 Nov" / "11月27日".
    static QString dayMonth(const QLocale &locale, QDate date);
    // Day, month and year: "27 Nov 2026" / "2026年11月27日".
    static QString dayMonthYear(const QLocale &locale, QDate date);
    // A range of days, the year once at the end when both are in one year: "5 Sep – 3 Dec
    // 2026", "28 Dec 2026 – 3 Jan 2027" / "2026年9月5日 – 12月3日".
    static QString dayRange(const QLocale &locale, QDate first, QDate last);
    // The long form with the full weekday and month: "Friday 27 November 2026 10:00" /
    // "2026年11月27日 星期五 10:00".
    static QString longDateTime(const QLocale &locale, const QDateTime &at);

private:
    static bool isChinese(const QLocale &locale);
};

} // namespace dueline
