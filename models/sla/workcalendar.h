// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/localizedtext.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace dueline {

// An instant: seconds since the Unix epoch, UTC.
using Instant = qint64;
constexpr Instant InvalidInstant = std::numeric_limits<qint64>::min();

// A working interval inside one local day, in minutes since local midnight: [start, end).
struct TimeRange
{
    int startMinute = 0;
    int endMinute = 0;
    int minutes() const { return endMinute - startMinute; }
    bool operator==(const TimeRange &o) const
    {
        return startMinute == o.startMinute && endMinute == o.endMinute;
    }
};

// An exception for one date of a calendar (docs/architecture.md §2).
struct DayException
{
    enum class Type {
        DayOff, // holiday or transferred day off
        WorkingDay, // a day that works although the weekly hours say it does not
        Shortened, // pre-holiday day: one hour shorter at the end
    };
    QDate date;
    Type type = Type::DayOff;
    bool shortened = false; // a working day that is also shortened
    std::optional<QVector<TimeRange>> hours; // a working day's own hours (default: Monday's)
    LocalizedText names;
};

// How far the holiday data of a calendar can be trusted for a year.
enum class DataStatus { Official, Provisional, NotPublished };

// The definition of a work calendar, as read from the catalog.
struct CalendarSpec
{
    QString id;
    LocalizedText names;
    QByteArray timeZone = QByteArrayLiteral("UTC");
    bool always = false; // 24x7
    std::array<QVector<TimeRange>, 7> weekly; // index 0 = Monday … 6 = Sunday
    QVector<DayException> exceptions;
    // Years covered by holiday data. Empty when the calendar has no holiday source: such a
    // calendar never warns about missing data.
    QMap<int, DataStatus> dataYears;
    QString holidaySetId;
    bool builtIn = true; // false: defined by a team's own catalog file

    // A short, normalised validation: intervals inside the day, not overlapping, positive.
    // Returns an empty string when valid, else what is wrong ("weekly.tue[1]: …").
    QString validate() const;
};

// A warning attached to a computation that used a year without verified holiday data.
struct CalendarWarning
{
    enum class Kind { DataMissing, DataProvisional };
    Kind kind = Kind::DataMissing;
    QString calendarId;
    int year = 0;
    // English one-liner: "calendar data missing for 2027 (moscow-business): weekly hours only".
    QString message() const;
    bool operator==(const CalendarWarning &o) const
    {
        return kind == o.kind && calendarId == o.calendarId && year == o.year;
    }
};

// A compiled work calendar: the working time of the years FirstYear..LastYear as a sorted list
// of UTC spans with the cumulative working time before each. All queries are O(1) or O(log n)
// and the object is immutable, so one instance is shared by every thread.
//
// An instant t counts as working iff its local wall-clock time, in the calendar's time zone,
// lies inside the working intervals of its local date. That single rule settles DST: a local
// interval that falls into a spring-forward gap loses the missing hour, and one that covers a
// fall-back overlap counts the repeated hour twice.
class WorkCalendar
{
public:
    static constexpr int FirstYear = 2000;
    static constexpr int LastYear = 2100;

    // Compiles `spec`; on a bad spec returns null and sets *error.
    static std::shared_ptr<const WorkCalendar> compile(const CalendarSpec &spec,
                                                       QString *error = nullptr);

    const CalendarSpec &spec() const { return m_spec; }
    QString id() const { return m_spec.id; }

    // The instants this calendar answers for: [rangeStart, rangeEnd).
    Instant rangeStart() const { return m_rangeStart; }
    Instant rangeEnd() const { return m_rangeEnd; }
    bool inRange(Instant t) const { return t >= m_rangeStart && t < m_rangeEnd; }

    bool isWorking(Instant t) const;
    // t itself when it is working, else the start of the next working span (InvalidInstant past
    // the range).
    Instant nextWorkingStart(Instant t) const;
    // The end of the working span containing t, or of the next one.
    Instant currentSpanEnd(Instant t) const;
    // Working seconds in [a, b) (0 when b <= a).
    qint64 workingTimeBetween(Instant a, Instant b) const;
    // The earliest instant at which `seconds` of working time have elapsed since `start`
    // (`start` itself for 0). InvalidInstant past the range.
    Instant addWorkingTime(Instant start, qint64 seconds) const;

    // Working seconds that N business days from the clock start `start` require
    // (docs/architecture.md §2: offset o into the N-th following working day, or the end of the
    // (N-1)-th when o = 0). -1 when the result falls past the range.
    qint64 businessDaysRequirement(Instant start, int days) const;
    // The same rule the other way round, for showing what is left (docs/architecture.md §2 "How
    // a clock is shown"): the most whole business days that `seconds` of working time from `from`
    // hold (the largest N with businessDaysRequirement(next working instant, N) <= seconds), and
    // in *rest the working seconds beyond them. From Mon 11:00 in an 11:00-20:00 calendar, 45 h
    // are 5 business days; from Mon 15:00, 41 h are 4 business days and 5 h.
    int businessDaysWithin(Instant from, qint64 seconds, qint64 *rest = nullptr) const;

    // Cumulative working time W(t) since rangeStart, and its inverse (earliest t with W(t) >= w).
    qint64 cumulative(Instant t) const;
    Instant instantAtCumulative(qint64 w) const;

    // Local calendar facts.
    int utcOffsetAt(Instant t) const;
    QDate localDate(Instant t) const;
    int localMinuteOfDay(Instant t) const;
    // The UTC instant of a local wall-clock time (for a time in a DST gap: the transition;
    // for one in an overlap: its first occurrence).
    Instant fromLocal(const QDate &date, int minuteOfDay) const;
    const DayException *exceptionOn(const QDate &date) const;
    // The working intervals of a local date after exceptions and shortening.
    QVector<TimeRange> hoursOn(const QDate &date) const;
    // The local minutes cut from a shortened date (empty for other dates).
    QVector<TimeRange> shortenedCutOn(const QDate &date) const;

    // Years of local dates in [from, to] without (or with provisional) holiday data.
    QVector<CalendarWarning> warningsFor(Instant from, Instant to) const;

    // Sizes, for diagnostics and benchmarks.
    int spanCount() const { return int(m_spanStart.size()); }
    int workingDayCount() const { return int(m_dayCumStart.size()); }

    // The compiled representation itself, for copies of it kept elsewhere (the shared server's
    // calendar tables): working span i, 0 <= i < spanCount(), and working day i,
    // 0 <= i < workingDayCount(), as the cumulative working time at its start and at its end.
    struct Span
    {
        Instant start = 0;
        Instant end = 0;
        qint64 cumulativeBefore = 0;
    };
    Span span(int i) const
    {
        return {m_spanStart[std::size_t(i)], m_spanEnd[std::size_t(i)], m_spanCum[std::size_t(i)]};
    }
    qint64 workingDayStart(int i) const { return m_dayCumStart[std::size_t(i)]; }
    qint64 workingDayEnd(int i) const { return m_dayCumEnd[std::size_t(i)]; }
    qint64 totalWorkingTime() const { return m_spanCumEnd.empty() ? 0 : m_spanCumEnd.back(); }

private:
    WorkCalendar() = default;
    void build();
    std::size_t firstSpanEndingAfter(Instant t) const;
    QVector<TimeRange> rawHoursOn(qint64 dn, QVector<TimeRange> *cut) const;

    CalendarSpec m_spec;
    QHash<qint64, int> m_exceptionByDay; // day number -> index in m_spec.exceptions

    Instant m_rangeStart = 0;
    Instant m_rangeEnd = 0;

    // UTC-offset segments: m_offsetStart[i] is the UTC instant from which m_offset[i] applies.
    std::vector<Instant> m_offsetStart;
    std::vector<int> m_offset;

    // Working spans, sorted and disjoint, [start, end), with cumulative time before each.
    std::vector<Instant> m_spanStart;
    std::vector<Instant> m_spanEnd;
    std::vector<qint64> m_spanCum; // working seconds before the span
    std::vector<qint64> m_spanCumEnd; // working seconds at the span's end
    // For each UTC day since rangeStart: the first span that ends after that day starts.
    std::vector<std::uint32_t> m_bucketFirstSpan;

    // Working days (local dates with working time), in order.
    std::vector<qint64> m_dayCumStart;
    std::vector<qint64> m_dayCumEnd;
};

using WorkCalendarPtr = std::shared_ptr<const WorkCalendar>;

// Helpers shared by the catalog and the CLI.
QString formatTimeRange(const TimeRange &range); // "11:00-20:00"
std::optional<TimeRange> parseTimeRange(const QString &text); // "11:00-20:00", "00:00-24:00"

} // namespace dueline
