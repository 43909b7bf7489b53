// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/workcalendar.h"

#include <QDate>
#include <QVector>

#include <random>

// Seeded random calendars and the fixed calendars of tst_workcalendar and tst_slaclock, for the
// tests that hold the server's SQL to the C++ engine (tst_sqlclock, tst_sqlderive).
namespace testsupport {

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    { }
    qint64 between(qint64 lo, qint64 hi)
    {
        return std::uniform_int_distribution<qint64>(lo, hi)(m_engine);
    }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_engine); }
    template<typename T>
    const T &pick(const QVector<T> &v)
    {
        return v[int(between(0, v.size() - 1))];
    }
    template<typename T>
    const T &pick(const std::vector<T> &v)
    {
        return v[std::size_t(between(0, qint64(v.size()) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

// One to three working intervals of a day; boundaries favour whole hours and the hours where
// DST transitions happen.
QVector<dueline::TimeRange> randomDay(Random &rnd);

// A date of [firstYear, lastYear], often in the weeks when the zones used change their clocks.
QDate randomDate(Random &rnd, int firstYear, int lastYear);

// A team calendar `id`: one of nine zones, sometimes 24x7, random weekly hours (weekends mostly
// off), and up to `maxExceptions` days off, shortened days and working days (some with hours of
// their own) in [firstYear, lastYear].
dueline::CalendarSpec randomCalendar(Random &rnd, const QString &id, int maxExceptions,
                                     int firstYear, int lastYear);

// The calendars of tst_workcalendar and tst_slaclock (Moscow 11-20 with and without exceptions,
// Berlin 24x7, Berlin nights in the DST gap and overlap, New York 9-17 and nights), as team
// calendars whose ids start with `prefix`.
QVector<dueline::CalendarSpec> fixtureCalendars(const QString &prefix);

} // namespace testsupport
