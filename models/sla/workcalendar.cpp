// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sla/workcalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace dueline {

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

qint64 dayNumber(const QDate &date)
{
    return date.toJulianDay() - JulianDayOfEpoch;
}

QDate dateOfDayNumber(qint64 dn)
{
    return QDate::fromJulianDay(dn + JulianDayOfEpoch);
}

Instant utcMidnight(int year)
{
    return dayNumber(QDate(year, 1, 1)) * SecondsPerDay;
}

const char *const DayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString validateRanges(const QVector<TimeRange> &ranges, const QString &where)
{
    int previousEnd = -1;
    for (int i = 0; i < ranges.size(); ++i) {
        const TimeRange &r = ranges.at(i);
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (r.startMinute < 0 || r.endMinute > 24 * 60)
            return at + QStringLiteral(": hours must lie within 00:00-24:00");
        if (r.endMinute <= r.startMinute)
            return at + QStringLiteral(": ") + formatTimeRange(r) +
                   QStringLiteral(" ends before it starts");
        if (r.startMinute < previousEnd)
            return at + QStringLiteral(": ") + formatTimeRange(r) +
                   QStringLiteral(" overlaps the previous interval or is out of order");
        previousEnd = r.endMinute;
    }
    return {};
}

} // namespace

QString CalendarSpec::validate() const
{
    if (id.isEmpty())
        return QStringLiteral("id: missing");
    if (!QTimeZone(timeZone).isValid())
        return QStringLiteral("time_zone: unknown time zone \"%1\"")
                .arg(QString::fromUtf8(timeZone));
    for (int d = 0; d < 7; ++d) {
        QString error = validateRanges(weekly[d],
                                       QStringLiteral("weekly.") + QString::fromLatin1(DayKeys[d]));
        if (!error.isEmpty())
            return error;
    }
    QSet<QDate> seen;
    for (int i = 0; i < exceptions.size(); ++i) {
        const DayException &e = exceptions.at(i);
        const QString at = QStringLiteral("exceptions[%1]").arg(i);
        if (!e.date.isValid())
            return at + QStringLiteral(".date: invalid date");
        if (e.date.year() < WorkCalendar::FirstYear || e.date.year() > WorkCalendar::LastYear)
            return at + QStringLiteral(".date: %1 is outside the supported years %2-%3")
                                .arg(e.date.toString(Qt::ISODate))
                                .arg(WorkCalendar::FirstYear)
                                .arg(WorkCalendar::LastYear);
        if (seen.contains(e.date))
            return at +
                   QStringLiteral(".date: %1 is listed twice").arg(e.date.toString(Qt::ISODate));
        seen.insert(e.date);
        if (e.hours) {
            if (e.type != DayException::Type::WorkingDay)
                return at + QStringLiteral(".hours: only a working day can have its own hours");
            if (e.hours->isEmpty())
                return at + QStringLiteral(".hours: a working day needs at least one interval");
            QString error = validateRanges(*e.hours, at + QStringLiteral(".hours"));
            if (!error.isEmpty())
                return error;
        }
    }
    return {};
}

QString CalendarWarning::message() const
{
    if (kind == Kind::DataProvisional)
        return QStringLiteral("calendar data for %1 is provisional (%2)").arg(year).arg(calendarId);
    return QStringLiteral("calendar data missing for %1 (%2): weekly hours only")
            .arg(year)
            .arg(calendarId);
}

std::shared_ptr<const WorkCalendar> WorkCalendar::compile(const CalendarSpec &spec, QString *error)
{
    const QString problem = spec.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    std::shared_ptr<WorkCalendar> calendar(new WorkCalendar);
    calendar->m_spec = spec;
    calendar->build();
    return calendar;
}

void WorkCalendar::build()
{
    for (int i = 0; i < m_spec.exceptions.size(); ++i)
        m_exceptionByDay.insert(dayNumber(m_spec.exceptions.at(i).date), i);

    m_rangeStart = utcMidnight(FirstYear);
    m_rangeEnd = utcMidnight(LastYear + 1);

    // UTC offset segments over the range, with a margin of two days on each side.
    const QTimeZone zone(m_spec.timeZone);
    const Instant from = m_rangeStart - 3 * SecondsPerDay;
    const Instant to = m_rangeEnd + 3 * SecondsPerDay;
    m_offsetStart.push_back(from);
    m_offset.push_back(zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(from, Qt::UTC)));
    const auto transitions = zone.transitions(QDateTime::fromSecsSinceEpoch(from, Qt::UTC),
                                              QDateTime::fromSecsSinceEpoch(to, Qt::UTC));
    for (const QTimeZone::OffsetData &t : transitions) {
        const Instant at = t.atUtc.toSecsSinceEpoch();
        if (at <= m_offsetStart.back() || t.offsetFromUtc == m_offset.back())
            continue;
        m_offsetStart.push_back(at);
        m_offset.push_back(t.offsetFromUtc);
    }
    const int maxOffset = *std::max_element(m_offset.begin(), m_offset.end());
    const int minOffset = *std::min_element(m_offset.begin(), m_offset.end());

    // Map each local working interval to UTC pieces of constant offset.
    struct Piece
    {
        Instant start;
        Instant end;
    };
    std::vector<Piece> pieces;
    struct DayExtent
    {
        Instant first;
        Instant last;
    };
    std::vector<DayExtent> days;
    const qint64 firstDay = floorDiv(m_rangeStart, SecondsPerDay) - 2;
    const qint64 lastDay = floorDiv(m_rangeEnd, SecondsPerDay) + 2;
    pieces.reserve(std::size_t(lastDay - firstDay) * 2);
    days.reserve(std::size_t(lastDay - firstDay));
    const std::size_t segments = m_offsetStart.size();
    for (qint64 dn = firstDay; dn <= lastDay; ++dn) {
        const QVector<TimeRange> hours = rawHoursOn(dn, nullptr);
        Instant dayFirst = std::numeric_limits<Instant>::max();
        Instant dayLast = std::numeric_limits<Instant>::min();
        for (const TimeRange &r : hours) {
            const qint64 la = dn * SecondsPerDay + qint64(r.startMinute) * 60;
            const qint64 lb = dn * SecondsPerDay + qint64(r.endMinute) * 60;
            const Instant lo = la - maxOffset;
            const Instant hi = lb - minOffset;
            auto it = std::upper_bound(m_offsetStart.begin(), m_offsetStart.end(), lo);
            std::size_t i =
                    it == m_offsetStart.begin() ? 0 : std::size_t(it - m_offsetStart.begin()) - 1;
            for (; i < segments; ++i) {
                const Instant u0 =
                        i == 0 ? std::numeric_limits<Instant>::min() / 2 : m_offsetStart[i];
                if (u0 >= hi)
                    break;
                const Instant u1 = i + 1 < segments ? m_offsetStart[i + 1]
                                                    : std::numeric_limits<Instant>::max() / 2;
                const Instant s = std::max(u0, la - m_offset[i]);
                const Instant e = std::min(u1, lb - m_offset[i]);
                const Instant cs = std::max(s, m_rangeStart);
                const Instant ce = std::min(e, m_rangeEnd);
                if (ce > cs) {
                    pieces.push_back({cs, ce});
                    dayFirst = std::min(dayFirst, cs);
                    dayLast = std::max(dayLast, ce);
                }
            }
        }
        if (dayLast > dayFirst)
            days.push_back({dayFirst, dayLast});
    }

    std::sort(pieces.begin(), pieces.end(),
              [](const Piece &a, const Piece &b) { return a.start < b.start; });
    qint64 cum = 0;
    for (const Piece &p : pieces) {
        if (!m_spanEnd.empty() && p.start <= m_spanEnd.back()) {
            if (p.end > m_spanEnd.back()) {
                cum += p.end - m_spanEnd.back();
                m_spanEnd.back() = p.end;
                m_spanCumEnd.back() = cum;
            }
            continue;
        }
        m_spanStart.push_back(p.start);
        m_spanEnd.push_back(p.end);
        m_spanCum.push_back(cum);
        cum += p.end - p.start;
        m_spanCumEnd.push_back(cum);
    }

    // Day buckets for O(1) lookup of the span around an instant.
    const std::size_t buckets = std::size_t((m_rangeEnd - m_rangeStart) / SecondsPerDay) + 1;
    m_bucketFirstSpan.resize(buckets);
    std::size_t span = 0;
    for (std::size_t b = 0; b < buckets; ++b) {
        const Instant bucketStart = m_rangeStart + Instant(b) * SecondsPerDay;
        while (span < m_spanEnd.size() && m_spanEnd[span] <= bucketStart)
            ++span;
        m_bucketFirstSpan[b] = std::uint32_t(span);
    }

    qint64 previous = 0;
    for (const DayExtent &d : days) {
        const qint64 start = std::max(previous, cumulative(d.first));
        const qint64 end = cumulative(d.last);
        if (end <= start)
            continue;
        m_dayCumStart.push_back(start);
        m_dayCumEnd.push_back(end);
        previous = end;
    }
}

QVector<TimeRange> WorkCalendar::rawHoursOn(qint64 dn, QVector<TimeRange> *cut) const
{
    static const QVector<TimeRange> FullDay{TimeRange{0, 24 * 60}};
    const int dow = int(floorMod(dn + 3, 7)); // 1970-01-01 was a Thursday; 0 = Monday
    QVector<TimeRange> hours = m_spec.always ? FullDay : m_spec.weekly[dow];
    bool shortened = false;
    const auto it = m_exceptionByDay.constFind(dn);
    if (it != m_exceptionByDay.constEnd()) {
        const DayException &e = m_spec.exceptions.at(*it);
        switch (e.type) {
        case DayException::Type::DayOff:
            return {};
        case DayException::Type::WorkingDay:
            if (e.hours) {
                hours = *e.hours;
            } else if (m_spec.always) {
                hours = FullDay;
            } else {
                hours = m_spec.weekly[0];
                for (int d = 1; hours.isEmpty() && d < 7; ++d)
                    hours = m_spec.weekly[d];
            }
            shortened = e.shortened;
            break;
        case DayException::Type::Shortened:
            shortened = true;
            break;
        }
    }
    if (shortened) {
        // Labour Code art. 95: one hour shorter, taken from the end of the day.
        int toCut = 60;
        for (int i = hours.size() - 1; i >= 0 && toCut > 0; --i) {
            TimeRange &r = hours[i];
            const int take = std::min(toCut, r.minutes());
            if (cut)
                cut->prepend(TimeRange{r.endMinute - take, r.endMinute});
            r.endMinute -= take;
            toCut -= take;
            if (r.minutes() == 0)
                hours.removeAt(i);
        }
    }
    return hours;
}

std::size_t WorkCalendar::firstSpanEndingAfter(Instant t) const
{
    const std::size_t n = m_spanEnd.size();
    if (t < m_rangeStart)
        return 0;
    const std::size_t bucket = std::size_t((t - m_rangeStart) / SecondsPerDay);
    std::size_t i = bucket < m_bucketFirstSpan.size() ? m_bucketFirstSpan[bucket] : n;
    while (i < n && m_spanEnd[i] <= t)
        ++i;
    return i;
}

bool WorkCalendar::isWorking(Instant t) const
{
    if (!inRange(t))
        return false;
    const std::size_t i = firstSpanEndingAfter(t);
    return i < m_spanStart.size() && m_spanStart[i] <= t;
}

Instant WorkCalendar::nextWorkingStart(Instant t) const
{
    if (!inRange(t))
        return InvalidInstant;
    const std::size_t i = firstSpanEndingAfter(t);
    if (i >= m_spanStart.size())
        return InvalidInstant;
    return std::max(t, m_spanStart[i]);
}

Instant WorkCalendar::currentSpanEnd(Instant t) const
{
    if (!inRange(t))
        return InvalidInstant;
    const std::size_t i = firstSpanEndingAfter(t);
    return i < m_spanEnd.size() ? m_spanEnd[i] : InvalidInstant;
}

qint64 WorkCalendar::cumulative(Instant t) const
{
    if (m_spanStart.empty() || t <= m_rangeStart)
        return 0;
    if (t >= m_rangeEnd)
        return m_spanCumEnd.back();
    const std::size_t i = firstSpanEndingAfter(t);
    if (i >= m_spanStart.size())
        return m_spanCumEnd.back();
    return m_spanStart[i] <= t ? m_spanCum[i] + (t - m_spanStart[i]) : m_spanCum[i];
}

Instant WorkCalendar::instantAtCumulative(qint64 w) const
{
    if (w <= 0)
        return m_rangeStart;
    if (m_spanCumEnd.empty() || w > m_spanCumEnd.back())
        return InvalidInstant;
    const auto it = std::lower_bound(m_spanCumEnd.begin(), m_spanCumEnd.end(), w);
    const std::size_t i = std::size_t(it - m_spanCumEnd.begin());
    return m_spanStart[i] + (w - m_spanCum[i]);
}

qint64 WorkCalendar::workingTimeBetween(Instant a, Instant b) const
{
    if (b <= a)
        return 0;
    return cumulative(b) - cumulative(a);
}

Instant WorkCalendar::addWorkingTime(Instant start, qint64 seconds) const
{
    if (!inRange(start))
        return InvalidInstant;
    if (seconds <= 0)
        return start;
    return instantAtCumulative(cumulative(start) + seconds);
}

qint64 WorkCalendar::businessDaysRequirement(Instant start, int days) const
{
    if (days <= 0)
        return 0;
    if (!inRange(start) || m_dayCumStart.empty())
        return -1;
    const qint64 ws = cumulative(start);
    const auto it = std::upper_bound(m_dayCumStart.begin(), m_dayCumStart.end(), ws);
    std::ptrdiff_t d0 = (it - m_dayCumStart.begin()) - 1;
    qint64 offset = 0;
    if (d0 < 0)
        d0 = 0; // before the first working day: the clock starts with it
    else
        offset = ws - m_dayCumStart[std::size_t(d0)];
    if (offset > 0 && ws >= m_dayCumEnd[std::size_t(d0)])
        offset = 0, ++d0; // at the very end of a day: the next day starts the count
    const std::size_t n = m_dayCumStart.size();
    qint64 target = 0;
    if (offset == 0) {
        const std::size_t idx = std::size_t(d0) + std::size_t(days) - 1;
        if (idx >= n)
            return -1;
        target = m_dayCumEnd[idx];
    } else {
        const std::size_t idx = std::size_t(d0) + std::size_t(days);
        if (idx >= n)
            return -1;
        target = std::min(m_dayCumStart[idx] + offset, m_dayCumEnd[idx]);
    }
    return std::max<qint64>(0, target - ws);
}

int WorkCalendar::businessDaysWithin(Instant from, qint64 seconds, qint64 *rest) const
{
    if (rest)
        *rest = std::max<qint64>(0, seconds);
    if (seconds <= 0)
        return 0;
    const Instant start = nextWorkingStart(from);
    if (start == InvalidInstant)
        return 0;
    // businessDaysRequirement() grows with the number of days: the largest one that fits, by
    // doubling and then halving (a few O(log n) lookups).
    const auto fits = [&](int days) {
        const qint64 required = businessDaysRequirement(start, days);
        return required >= 0 && required <= seconds;
    };
    int low = 0; // fits
    int high = 1; // does not fit, once found
    while (fits(high)) {
        low = high;
        if (high > (1 << 20))
            break;
        high *= 2;
    }
    while (high - low > 1) {
        const int middle = low + (high - low) / 2;
        if (fits(middle))
            low = middle;
        else
            high = middle;
    }
    if (rest)
        *rest = seconds - businessDaysRequirement(start, low);
    return low;
}

int WorkCalendar::utcOffsetAt(Instant t) const
{
    const auto it = std::upper_bound(m_offsetStart.begin(), m_offsetStart.end(), t);
    const std::size_t i =
            it == m_offsetStart.begin() ? 0 : std::size_t(it - m_offsetStart.begin()) - 1;
    return m_offset[i];
}

QDate WorkCalendar::localDate(Instant t) const
{
    return dateOfDayNumber(floorDiv(t + utcOffsetAt(t), SecondsPerDay));
}

int WorkCalendar::localMinuteOfDay(Instant t) const
{
    return int(floorMod(t + utcOffsetAt(t), SecondsPerDay) / 60);
}

Instant WorkCalendar::fromLocal(const QDate &date, int minuteOfDay) const
{
    const qint64 local = dayNumber(date) * SecondsPerDay + qint64(minuteOfDay) * 60;
    const std::size_t n = m_offsetStart.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Instant u = local - m_offset[i];
        const Instant segStart = i == 0 ? std::numeric_limits<Instant>::min() : m_offsetStart[i];
        const Instant segEnd =
                i + 1 < n ? m_offsetStart[i + 1] : std::numeric_limits<Instant>::max();
        if (u >= segStart && u < segEnd)
            return u;
        // A gap: the local time is skipped; the working set starts at the transition.
        if (i + 1 < n && u >= segEnd && local - m_offset[i + 1] < segEnd)
            return segEnd;
    }
    return local - m_offset.back();
}

const DayException *WorkCalendar::exceptionOn(const QDate &date) const
{
    const auto it = m_exceptionByDay.constFind(dayNumber(date));
    return it == m_exceptionByDay.constEnd() ? nullptr : &m_spec.exceptions.at(*it);
}

QVector<TimeRange> WorkCalendar::hoursOn(const QDate &date) const
{
    return rawHoursOn(dayNumber(date), nullptr);
}

QVector<TimeRange> WorkCalendar::shortenedCutOn(const QDate &date) const
{
    QVector<TimeRange> cut;
    rawHoursOn(dayNumber(date), &cut);
    return cut;
}

QVector<CalendarWarning> WorkCalendar::warningsFor(Instant from, Instant to) const
{
    QVector<CalendarWarning> warnings;
    if (m_spec.dataYears.isEmpty() || from == InvalidInstant || to == InvalidInstant)
        return warnings;
    const int y0 = localDate(std::min(from, to)).year();
    const int y1 = localDate(std::max(from, to)).year();
    for (int y = y0; y <= y1; ++y) {
        const auto it = m_spec.dataYears.constFind(y);
        if (it == m_spec.dataYears.constEnd() || *it == DataStatus::NotPublished)
            warnings.append({CalendarWarning::Kind::DataMissing, m_spec.id, y});
        else if (*it == DataStatus::Provisional)
            warnings.append({CalendarWarning::Kind::DataProvisional, m_spec.id, y});
    }
    return warnings;
}

QString formatTimeRange(const TimeRange &range)
{
    auto hm = [](int m) {
        return QStringLiteral("%1:%2")
                .arg(m / 60, 2, 10, QLatin1Char('0'))
                .arg(m % 60, 2, 10, QLatin1Char('0'));
    };
    return hm(range.startMinute) + QLatin1Char('-') + hm(range.endMinute);
}

std::optional<TimeRange> parseTimeRange(const QString &text)
{
    static const QRegularExpression re(
            QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt();
    const int h2 = m.captured(3).toInt(), m2 = m.captured(4).toInt();
    if (m1 > 59 || m2 > 59 || h1 > 23 || h2 > 24 || (h2 == 24 && m2 != 0))
        return std::nullopt;
    TimeRange r{h1 * 60 + m1, h2 * 60 + m2};
    if (r.endMinute <= r.startMinute)
        return std::nullopt;
    return r;
}

} // namespace dueline
