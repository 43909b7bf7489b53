// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/randomcalendars.h"

#include <QSet>

#include <algorithm>

using namespace dueline;

namespace testsupport {

namespace {

constexpr int H = 60; // minutes per hour, for TimeRange literals

CalendarSpec teamCalendar(const QString &id, const char *zone)
{
    CalendarSpec spec;
    spec.id = id;
    spec.names.set(QStringLiteral("en"), id);
    spec.timeZone = zone;
    spec.builtIn = false;
    return spec;
}

CalendarSpec weekdays(const QString &id, const char *zone, const QVector<TimeRange> &hours)
{
    CalendarSpec spec = teamCalendar(id, zone);
    for (int d = 0; d < 5; ++d)
        spec.weekly[std::size_t(d)] = hours;
    return spec;
}

} // namespace

QVector<TimeRange> randomDay(Random &rnd)
{
    static const std::vector<int> favourites{0,   60,  120, 150,  180,  240,  540,  600, 660,
                                             720, 780, 840, 1080, 1200, 1260, 1380, 1440};
    const int count = int(rnd.between(1, 3));
    std::vector<int> points;
    points.reserve(std::size_t(count) * 2);
    for (int i = 0; i < count * 2; ++i)
        points.push_back(rnd.chance(0.6) ? rnd.pick(favourites) : int(rnd.between(0, 1440)));
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    QVector<TimeRange> day;
    for (std::size_t i = 0; i + 1 < points.size(); i += 2)
        day.append({points[i], points[i + 1]});
    return day;
}

QDate randomDate(Random &rnd, int firstYear, int lastYear)
{
    const int year = int(rnd.between(firstYear, lastYear));
    switch (rnd.between(0, 3)) {
    case 0:
        return QDate(year, 3, int(rnd.between(1, 31)));
    case 1:
        return QDate(year, 10, int(rnd.between(20, 31)));
    case 2:
        return QDate(year, 11, int(rnd.between(1, 8)));
    default:
        return QDate(year, 1, 1).addDays(rnd.between(0, 364));
    }
}

CalendarSpec randomCalendar(Random &rnd, const QString &id, int maxExceptions, int firstYear,
                            int lastYear)
{
    static const std::vector<const char *> zones{
            "Europe/Berlin",    "America/New_York", "Europe/Moscow",    "Asia/Shanghai", "UTC",
            "Australia/Sydney", "Asia/Kolkata",     "America/St_Johns", "Europe/London"};
    CalendarSpec spec = teamCalendar(id, rnd.pick(zones));
    spec.always = rnd.chance(0.15);
    if (!spec.always) {
        for (int d = 0; d < 7; ++d) {
            if (rnd.chance(d >= 5 ? 0.7 : 0.15))
                continue;
            spec.weekly[std::size_t(d)] =
                    rnd.chance(0.1) ? QVector<TimeRange>{{0, 1440}} : randomDay(rnd);
        }
    }
    const int exceptions = int(rnd.between(0, maxExceptions));
    QSet<QDate> used;
    for (int i = 0; i < exceptions; ++i) {
        DayException e;
        e.date = randomDate(rnd, firstYear, lastYear);
        if (used.contains(e.date))
            continue;
        used.insert(e.date);
        const int kind = int(rnd.between(0, 3));
        e.type = kind == 0   ? DayException::Type::DayOff
                 : kind == 1 ? DayException::Type::Shortened
                             : DayException::Type::WorkingDay;
        if (kind == 3)
            e.shortened = true;
        if (e.type == DayException::Type::WorkingDay && rnd.chance(0.3)) {
            const QVector<TimeRange> hours = randomDay(rnd);
            if (!hours.isEmpty())
                e.hours = hours;
        }
        spec.exceptions.append(e);
    }
    return spec;
}

QVector<CalendarSpec> fixtureCalendars(const QString &prefix)
{
    QVector<CalendarSpec> specs;
    specs << weekdays(prefix + QStringLiteral("moscow-11-20"), "Europe/Moscow", {{11 * H, 20 * H}});
    CalendarSpec ex = weekdays(prefix + QStringLiteral("moscow-exceptions"), "Europe/Moscow",
                               {{11 * H, 20 * H}});
    DayException off;
    off.date = QDate(2026, 1, 13);
    off.type = DayException::Type::DayOff;
    DayException saturday;
    saturday.date = QDate(2026, 1, 17);
    saturday.type = DayException::Type::WorkingDay;
    DayException shortened;
    shortened.date = QDate(2026, 1, 15);
    shortened.type = DayException::Type::Shortened;
    DayException own;
    own.date = QDate(2026, 1, 18);
    own.type = DayException::Type::WorkingDay;
    own.hours = QVector<TimeRange>{{10 * H, 12 * H}, {13 * H, 13 * H + 30}};
    own.shortened = true;
    ex.exceptions = {off, saturday, shortened, own};
    specs << ex;
    CalendarSpec always = teamCalendar(prefix + QStringLiteral("berlin-24x7"), "Europe/Berlin");
    always.always = true;
    specs << always;
    CalendarSpec nights = teamCalendar(prefix + QStringLiteral("berlin-nights"), "Europe/Berlin");
    nights.weekly[6] = {{1 * H, 4 * H}};
    specs << nights;
    CalendarSpec gap = teamCalendar(prefix + QStringLiteral("berlin-gap"), "Europe/Berlin");
    gap.weekly[6] = {{2 * H + 30, 5 * H}};
    specs << gap;
    specs << weekdays(prefix + QStringLiteral("newyork-9-17"), "America/New_York",
                      {{9 * H, 17 * H}});
    CalendarSpec nyNights =
            teamCalendar(prefix + QStringLiteral("newyork-nights"), "America/New_York");
    nyNights.weekly[6] = {{0, 3 * H}};
    specs << nyNights;
    return specs;
}

} // namespace testsupport
