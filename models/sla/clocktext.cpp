// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sla/clocktext.h"

#include <QCoreApplication>
#include <QLocale>

namespace dueline {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

QString sign(qint64 seconds)
{
    return seconds < 0 ? QStringLiteral("−") : QString();
}

QString twoDigits(qint64 n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// "05" where the language pads minutes after hours ("2 h 05 min", "2 ч 05 мин"), "5" in
// Chinese (2小时5分钟).
QString minutesAfterHours(qint64 minutes)
{
    return QLocale().language() == QLocale::Chinese ? QString::number(minutes) : twoDigits(minutes);
}

QString hoursAndMinutes(qint64 s)
{
    const qint64 hours = s / Hour;
    const qint64 minutes = (s % Hour) / Minute;
    if (hours == 0)
        return QCoreApplication::translate("ClockText", "%1 min", "working or wall-clock minutes")
                .arg(minutes);
    if (minutes == 0)
        return QCoreApplication::translate("ClockText", "%1 h", "working or wall-clock hours")
                .arg(hours);
    return QCoreApplication::translate("ClockText", "%1 h %2 min", "hours and minutes")
            .arg(hours)
            .arg(minutesAfterHours(minutes));
}

QString clockFace(qint64 s)
{
    return QStringLiteral("%1:%2:%3")
            .arg(s / Hour)
            .arg(twoDigits((s % Hour) / Minute))
            .arg(twoDigits(s % Minute));
}

} // namespace

QString ClockText::workingTime(qint64 seconds)
{
    return sign(seconds) + hoursAndMinutes(seconds < 0 ? -seconds : seconds);
}

QString ClockText::workingCountdown(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    return sign(seconds) + (s < Day ? clockFace(s) : hoursAndMinutes(s));
}

QString ClockText::businessDays(int days, qint64 restSeconds, Form form)
{
    if (days <= 0)
        return workingCountdown(restSeconds);
    const bool compact = form == Form::Compact;
    // The compact form counts the rest in whole hours only ("19 workdays", not "19 workdays
    // 16 min"): never more than is left.
    if (restSeconds < (compact ? Hour : Minute))
        return compact ? QCoreApplication::translate(
                                 "ClockText", "%n workday(s)",
                                 "the short form of “%n business day(s)” for a narrow table cell",
                                 days)
                       : QCoreApplication::translate("ClockText", "%n business day(s)",
                                                     "remaining time of a business-day target",
                                                     days);
    // The rest in whole hours from one hour on: a countdown of days does not need the minutes.
    const QString rest = restSeconds >= Hour
                                 ? QCoreApplication::translate("ClockText", "%1 h",
                                                               "working or wall-clock hours")
                                           .arg(restSeconds / Hour)
                                 : QCoreApplication::translate("ClockText", "%1 min",
                                                               "working or wall-clock minutes")
                                           .arg(restSeconds / Minute);
    if (compact)
        return QCoreApplication::translate("ClockText", "%n workday(s) %1",
                                           "the short form of “%n business day(s) %1” for a "
                                           "narrow table cell",
                                           days)
                .arg(rest);
    return QCoreApplication::translate("ClockText", "%n business day(s) %1",
                                       "remaining time: business days, then the working hours "
                                       "or minutes beyond them",
                                       days)
            .arg(rest);
}

QString ClockText::remaining(qint64 seconds, TargetUnit unit, const WorkCalendar *calendar,
                             Instant now, Form form)
{
    if (unit != TargetUnit::BusinessDays || !calendar || seconds <= 0)
        return workingCountdown(seconds);
    qint64 rest = 0;
    const int days = calendar->businessDaysWithin(now, seconds, &rest);
    return businessDays(days, rest, form);
}

QString ClockText::overdue(qint64 wallSeconds)
{
    const qint64 s = wallSeconds < 0 ? -wallSeconds : wallSeconds;
    if (s < Day)
        return QStringLiteral("−") + clockFace(s);
    return QStringLiteral("−") +
           QCoreApplication::translate("ClockText", "%1 d %2 h", "wall-clock days (24 h) and hours")
                   .arg(s / Day)
                   .arg((s % Day) / Hour);
}

QString ClockText::wallTime(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    if (s < Day)
        return sign(seconds) + hoursAndMinutes(s);
    const int days = int(s / Day);
    const qint64 hours = (s % Day) / Hour;
    if (hours == 0)
        return sign(seconds) +
               QCoreApplication::translate("ClockText", "%n day(s)", "wall-clock days", days);
    return sign(seconds) + QCoreApplication::translate("ClockText", "%n day(s) %1",
                                                       "wall-clock days, then hours", days)
                                   .arg(QCoreApplication::translate("ClockText", "%1 h",
                                                                    "working or wall-clock hours")
                                                .arg(hours));
}

} // namespace dueline
