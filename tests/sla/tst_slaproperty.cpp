// SPDX-License-Identifier: GPL-3.0-or-later
// Property test: the compiled calendar and the SLA clock against a naive reference that walks
// minute by minute, on random calendars (breaks, exceptions, DST zones), random starts on and
// around boundaries, random targets and pauses.

#include "models/sla/slaclock.h"
#include "models/sla/workcalendar.h"

#include <QTimeZone>
#include <QtTest>

#include <bitset>
#include <optional>
#include <random>

using namespace dueline;

namespace {

constexpr int WindowDays = 50;
constexpr int WindowMinutes = WindowDays * 24 * 60;

// The reference: a bitmap of working minutes built from the spec with QTimeZone, minute by
// minute, sharing no code with WorkCalendar.
class Reference
{
public:
    Reference(const CalendarSpec &spec, Instant windowStart)
        : m_spec(spec)
        , m_windowStart(windowStart)
        , m_working(WindowMinutes)
        , m_date(WindowMinutes)
    {
        const QTimeZone zone(spec.timeZone);
        int offset = 0;
        qint64 cachedDay = std::numeric_limits<qint64>::min();
        std::bitset<1440> cachedBits;
        for (int m = 0; m < WindowMinutes; ++m) {
            const Instant t = windowStart + Instant(m) * 60;
            if (m % 15 == 0) // offsets of the zones used change on quarter hours only
                offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC));
            const qint64 local = t + offset;
            const qint64 day = local >= 0 ? local / 86400 : (local - 86399) / 86400;
            const int minuteOfDay = int(local - day * 86400) / 60;
            if (day != cachedDay) {
                cachedDay = day;
                cachedBits = dayMinutes(QDate(1970, 1, 1).addDays(day));
            }
            m_date[m] = day;
            m_working[m] = cachedBits.test(std::size_t(minuteOfDay));
        }
    }

    bool working(int m) const { return m >= 0 && m < WindowMinutes && m_working[m]; }
    int minuteOf(Instant t) const { return int((t - m_windowStart) / 60); }
    Instant instantOf(int m) const { return m_windowStart + Instant(m) * 60; }

    qint64 workingBetween(int a, int b) const
    {
        qint64 n = 0;
        for (int m = std::max(a, 0); m < std::min(b, WindowMinutes); ++m)
            n += m_working[m];
        return n * 60;
    }

    std::optional<int> nextWorking(int m) const
    {
        for (; m < WindowMinutes; ++m) {
            if (m_working[m])
                return m;
        }
        return std::nullopt;
    }

    // Required working minutes for a business-day target starting at working minute s.
    std::optional<qint64> businessDayMinutes(int s, int days) const
    {
        // Working dates in order, with their working minutes.
        std::vector<qint64> dates;
        std::vector<std::vector<int>> minutes;
        for (int m = 0; m < WindowMinutes; ++m) {
            if (!m_working[m])
                continue;
            if (dates.empty() || dates.back() != m_date[m]) {
                dates.push_back(m_date[m]);
                minutes.emplace_back();
            }
            minutes.back().push_back(m);
        }
        const auto it = std::find(dates.begin(), dates.end(), m_date[s]);
        if (it == dates.end())
            return std::nullopt;
        const std::size_t d0 = std::size_t(it - dates.begin());
        if (d0 == 0) // the window's first date may be cut short
            return std::nullopt;
        const auto &today = minutes[d0];
        const int offset = int(std::find(today.begin(), today.end(), s) - today.begin());
        int dueMinuteEnd = 0; // exclusive
        if (offset == 0) {
            const std::size_t idx = d0 + std::size_t(days) - 1;
            if (idx + 1 >= dates.size()) // must not be the window's last date (may be cut)
                return std::nullopt;
            dueMinuteEnd = minutes[idx].back() + 1;
        } else {
            const std::size_t idx = d0 + std::size_t(days);
            if (idx + 1 >= dates.size())
                return std::nullopt;
            const auto &day = minutes[idx];
            dueMinuteEnd =
                    offset <= int(day.size()) ? day[std::size_t(offset) - 1] + 1 : day.back() + 1;
        }
        return workingBetween(s, dueMinuteEnd) / 60;
    }

    std::optional<Instant> due(Instant start, const Target &target,
                               const QVector<Interval> &pauses) const
    {
        const auto s = nextWorking(minuteOf(start));
        if (!s)
            return std::nullopt;
        qint64 required = 0;
        if (target.unit == TargetUnit::BusinessDays) {
            const auto minutes = businessDayMinutes(*s, int(target.amount));
            if (!minutes)
                return std::nullopt;
            required = *minutes;
        } else {
            required = target.fixedSeconds() / 60;
        }
        if (required == 0)
            return instantOf(*s);
        qint64 count = 0;
        for (int m = *s; m < WindowMinutes; ++m) {
            if (!m_working[m] || paused(pauses, instantOf(m)))
                continue;
            if (++count == required)
                return instantOf(m + 1);
        }
        return std::nullopt;
    }

    static bool paused(const QVector<Interval> &pauses, Instant t)
    {
        for (const Interval &p : pauses) {
            if (p.from <= t && t < p.to)
                return true;
        }
        return false;
    }

    // Minutes where the working state flips, for starts on and around boundaries.
    std::vector<int> boundaries() const
    {
        std::vector<int> result;
        for (int m = 1; m < WindowMinutes; ++m) {
            if (m_working[m] != m_working[m - 1])
                result.push_back(m);
        }
        return result;
    }

private:
    std::bitset<1440> dayMinutes(const QDate &date) const
    {
        auto fill = [](const QVector<TimeRange> &ranges) {
            std::bitset<1440> bits;
            for (const TimeRange &r : ranges) {
                for (int m = r.startMinute; m < r.endMinute; ++m)
                    bits.set(std::size_t(m));
            }
            return bits;
        };
        std::bitset<1440> full;
        full.set();
        std::bitset<1440> bits = m_spec.always ? full : fill(m_spec.weekly[date.dayOfWeek() - 1]);
        bool shortened = false;
        for (const DayException &e : m_spec.exceptions) {
            if (e.date != date)
                continue;
            if (e.type == DayException::Type::DayOff)
                return {};
            if (e.type == DayException::Type::WorkingDay) {
                if (e.hours)
                    bits = fill(*e.hours);
                else if (m_spec.always)
                    bits = full;
                else {
                    bits.reset();
                    for (int d = 0; d < 7 && bits.none(); ++d)
                        bits = fill(m_spec.weekly[d]);
                }
                shortened = e.shortened;
            } else {
                shortened = true;
            }
        }
        if (shortened) {
            int toCut = 60;
            for (int m = 1439; m >= 0 && toCut > 0; --m) {
                if (bits.test(std::size_t(m))) {
                    bits.reset(std::size_t(m));
                    --toCut;
                }
            }
        }
        return bits;
    }

    CalendarSpec m_spec;
    Instant m_windowStart;
    std::vector<char> m_working;
    std::vector<qint64> m_date;
};

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    { }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_engine); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_engine); }
    template<typename T>
    const T &pick(const std::vector<T> &v)
    {
        return v[std::size_t(between(0, int(v.size()) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

QVector<TimeRange> randomDay(Random &rnd)
{
    // Boundaries favour whole hours and the hours where DST transitions happen.
    static const std::vector<int> favourites{0,   60,  120, 150,  180,  240,  540,  600, 660,
                                             720, 780, 840, 1080, 1200, 1260, 1380, 1440};
    const int count = rnd.between(1, 3);
    std::vector<int> points;
    points.reserve(std::size_t(count) * 2);
    for (int i = 0; i < count * 2; ++i)
        points.push_back(rnd.chance(0.6) ? rnd.pick(favourites) : rnd.between(0, 1440));
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    QVector<TimeRange> day;
    for (std::size_t i = 0; i + 1 < points.size(); i += 2)
        day.append({points[i], points[i + 1]});
    return day;
}

CalendarSpec randomCalendar(Random &rnd, Instant windowStart, int index)
{
    static const std::vector<QByteArray> zones{
            "Europe/Berlin",    "America/New_York", "Europe/Moscow",    "Asia/Shanghai", "UTC",
            "Australia/Sydney", "Asia/Kolkata",     "America/St_Johns", "Europe/London"};
    CalendarSpec spec;
    spec.id = QStringLiteral("random-%1").arg(index);
    spec.timeZone = rnd.pick(zones);
    spec.always = rnd.chance(0.15);
    if (!spec.always) {
        for (int d = 0; d < 7; ++d) {
            if (rnd.chance(d >= 5 ? 0.7 : 0.15))
                continue;
            spec.weekly[std::size_t(d)] =
                    rnd.chance(0.1) ? QVector<TimeRange>{{0, 1440}} : randomDay(rnd);
        }
    }
    const int exceptions = rnd.between(0, 6);
    QSet<QDate> used;
    for (int i = 0; i < exceptions; ++i) {
        DayException e;
        e.date = QDateTime::fromSecsSinceEpoch(windowStart, Qt::UTC)
                         .date()
                         .addDays(rnd.between(0, WindowDays - 1));
        if (used.contains(e.date))
            continue;
        used.insert(e.date);
        const int kind = rnd.between(0, 3);
        e.type = kind == 0   ? DayException::Type::DayOff
                 : kind == 1 ? DayException::Type::Shortened
                             : DayException::Type::WorkingDay;
        if (kind == 3)
            e.shortened = true;
        if (e.type == DayException::Type::WorkingDay && rnd.chance(0.3))
            e.hours = randomDay(rnd);
        spec.exceptions.append(e);
    }
    return spec;
}

} // namespace

class TestSlaProperty : public QObject
{
    Q_OBJECT
private slots:
    void engineMatchesReference();
};

void TestSlaProperty::engineMatchesReference()
{
    Random rnd(20261122);
    // Windows that open shortly before DST transitions of the zones above, and a few others.
    const std::vector<std::pair<int, int>> anchors{{3, 1},  {3, 15}, {3, 20},  {10, 10}, {10, 15},
                                                   {9, 20}, {3, 25}, {12, 15}, {1, 5},   {6, 1}};
    const int calendars = 120;
    const int casesPerCalendar = 1000;
    int dueCases = 0, skipped = 0, queryCases = 0, explained = 0;
    for (int c = 0; c < calendars; ++c) {
        const auto [month, day] = rnd.pick(anchors);
        const Instant windowStart =
                QDateTime(QDate(rnd.between(2024, 2026), month, day), QTime(0, 0), Qt::UTC)
                        .toSecsSinceEpoch() -
                86400;
        const CalendarSpec spec = randomCalendar(rnd, windowStart, c);
        QString error;
        const auto calendar = WorkCalendar::compile(spec, &error);
        QVERIFY2(calendar, qPrintable(error));
        const Reference ref(spec, windowStart);
        const std::vector<int> edges = ref.boundaries();

        for (int i = 0; i < casesPerCalendar; ++i) {
            // A start: anywhere in the first half of the window, or on/around an edge.
            int sm = rnd.between(1440, WindowMinutes / 2);
            if (!edges.empty() && rnd.chance(0.5))
                sm = std::clamp(rnd.pick(edges) + rnd.between(-1, 1), 1440, WindowMinutes / 2);
            const Instant start = ref.instantOf(sm);

            // Queries: isWorking, nextWorkingStart, workingTimeBetween, addWorkingTime.
            const int em = std::min(WindowMinutes - 1, sm + rnd.between(0, 20000));
            QCOMPARE(calendar->isWorking(start), ref.working(sm));
            QCOMPARE(calendar->workingTimeBetween(start, ref.instantOf(em)),
                     ref.workingBetween(sm, em));
            if (const auto next = ref.nextWorking(sm))
                QCOMPARE(calendar->nextWorkingStart(start), ref.instantOf(*next));
            ++queryCases;

            Target target;
            const int unit = rnd.between(0, 9);
            if (unit < 4)
                target = Target::of(rnd.between(1, 900), TargetUnit::Minutes);
            else if (unit < 7)
                target = Target::of(rnd.between(1, 48), TargetUnit::Hours);
            else
                target = Target::of(rnd.between(1, 5), TargetUnit::BusinessDays);

            ClockInput input;
            input.start = start;
            const int pauses = rnd.between(0, 3) == 0 ? 0 : rnd.between(0, 2);
            for (int p = 0; p < pauses; ++p) {
                const Instant from = start + Instant(rnd.between(-600, 15000)) * 60;
                input.pauses.append({from, from + Instant(rnd.between(1, 3000)) * 60});
            }

            const auto expected = ref.due(start, target, input.pauses);
            if (!expected) {
                ++skipped;
                continue;
            }
            const Instant actual = SlaClock::due(*calendar, target, input);
            if (actual != *expected) {
                qWarning("calendar %s tz %s always %d start %s target %lld %s pauses %d",
                         qPrintable(spec.id), spec.timeZone.constData(), int(spec.always),
                         qPrintable(QDateTime::fromSecsSinceEpoch(start, Qt::UTC)
                                            .toString(Qt::ISODate)),
                         target.amount, qPrintable(unitKey(target.unit)), int(input.pauses.size()));
                for (const DayException &e : spec.exceptions)
                    qWarning("  exception %s type %d shortened %d hours %s",
                             qPrintable(e.date.toString(Qt::ISODate)), int(e.type),
                             int(e.shortened),
                             e.hours ? qPrintable(formatTimeRange(e.hours->value(0))) : "-");
            }
            QCOMPARE(QDateTime::fromSecsSinceEpoch(actual, Qt::UTC),
                     QDateTime::fromSecsSinceEpoch(*expected, Qt::UTC));
            ++dueCases;

            // The clock's elapsed time at a random "now" equals the reference's unpaused count.
            const Instant now = start + Instant(rnd.between(0, 30000)) * 60;
            if (ref.minuteOf(now) < WindowMinutes) {
                const ClockResult r = SlaClock::evaluate(*calendar, target, input, now);
                QVERIFY(r.error.isEmpty());
                qint64 count = 0;
                const auto s = ref.nextWorking(sm);
                for (int m = s ? *s : WindowMinutes; m < ref.minuteOf(now); ++m) {
                    if (ref.working(m) && !Reference::paused(input.pauses, ref.instantOf(m)))
                        ++count;
                }
                QCOMPARE(r.elapsedSeconds, count * 60);
                QCOMPARE(r.remainingSeconds, r.requiredSeconds - count * 60);
                QCOMPARE(r.state == ClockState::Breached, now >= actual);
            }

            // "Why this deadline?" covers [start, due] without gaps and counts exactly the
            // required working time.
            if (i % 10 == 0) {
                const Explanation ex = SlaClock::explain(*calendar, input, actual);
                if (actual > start) {
                    QVERIFY(!ex.pieces.isEmpty());
                    QCOMPARE(ex.pieces.first().from, start);
                    QCOMPARE(ex.pieces.last().to, actual);
                    for (int k = 1; k < ex.pieces.size(); ++k)
                        QCOMPARE(ex.pieces.at(k).from, ex.pieces.at(k - 1).to);
                    const qint64 required = SlaClock::requiredSeconds(
                            *calendar, target, calendar->nextWorkingStart(start));
                    QCOMPARE(ex.countedSeconds(), required);
                }
                ++explained;
            }
        }
    }
    qInfo("%d due cases and %d query cases checked against the reference (%d explained, %d "
          "skipped past the window)",
          dueCases, queryCases, explained, skipped);
    QVERIFY(dueCases >= 100000);
    QVERIFY(queryCases >= 100000);
}

QTEST_GUILESS_MAIN(TestSlaProperty)
#include "tst_slaproperty.moc"
