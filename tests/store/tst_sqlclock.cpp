// SPDX-License-Identifier: GPL-3.0-or-later
// One truth (issue 16): the clock functions of schema 5 in SQL, over the calendars the server
// stores as the C++ engine compiles them, against the engine itself (WorkCalendar, SlaClock) on
// a throwaway PostgreSQL cluster. Random calendars (several intervals a day, days off, working
// weekends with or without their own hours, shortened days, DST zones, 24x7) and the built-in
// ones (Moscow business hours with Russian holidays and transferred Saturdays, Chinese 调休
// calendars), random instants across the supported years (favouring span edges, exception
// dates, DST weeks and the end of the range), random targets in minutes, hours and business
// days, random pauses (open ones too), random stops and "now"s: every result must be identical.
// Seeded and reproducible: DUELINE_SQLCLOCK_SEED and DUELINE_SQLCLOCK_CASES override the
// defaults; the seed and the counts are printed. Also the publishing rules (owner, lead, never
// an agent) and the SQL cost of a due computation (docs/benchmarks.md).

#include "models/catalog/catalog.h"
#include "models/sla/slaclock.h"
#include "models/store/migrations.h"
#include "models/store/roles.h"
#include "models/store/servercatalog.h"
#include "tests/support/fakeclock.h"
#include "tests/support/randomcalendars.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

using namespace dueline;
using testsupport::Random;
using testsupport::TestDatabase;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr quint64 DefaultSeed = 20260316;
constexpr int DefaultCases = 4000;
constexpr int H = 60; // minutes per hour, for TimeRange literals

Instant localAt(const char *local, const char *zone)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    t.setTimeZone(QTimeZone(zone));
    return t.toSecsSinceEpoch();
}

QVariant nullable(Instant t)
{
    return t == InvalidInstant ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(t);
}

QString show(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("NULL") : v.toString();
}

QString arrayText(const QVector<Interval> &pauses, bool ends)
{
    QStringList items;
    for (const Interval &p : pauses)
        items << (ends ? (p.isOpen() ? QStringLiteral("NULL") : QString::number(p.to))
                       : QString::number(p.from));
    return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

struct Case
{
    QString calendar;
    Target target;
    ClockInput input;
    Instant now = 0;
    Instant openPauseEnd = InvalidInstant;
    double fraction = 0.25; // the server function's at-risk share; the default lead time
    Instant a = 0;
    Instant b = 0;
    qint64 seconds = 0;
};

// The lead time of the server function's share (a share of the target in basis points).
LeadTime leadOf(const Case &c)
{
    return LeadTime::share(int(std::lround(c.fraction * 10000)));
}

} // namespace

class TestSqlClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storedCalendarsAreTheEngines();
    void fixedCases();
    void agreesWithTheEngine();
    void publishingRules();
    void dueCost();

private:
    // Runs the case through SQL and the engine; empty when they agree, else what differs.
    QString compare(const Case &c);
    Case randomCase(Random &rnd, const QString &calendarId);
    QVariant scalar(const QString &sql, const QVariantList &values);

    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    CatalogPtr m_catalog;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_admin;
    std::map<QString, WorkCalendarPtr> m_calendars;
    QStringList m_builtInIds;
    QStringList m_testIds;
    quint64 m_seed = DefaultSeed;
    std::unique_ptr<QSqlQuery> m_caseQuery;
};

QVariant TestSqlClock::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = m_admin->query();
    if (!q.prepare(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return QVariant(QStringLiteral("<error>"));
    }
    return q.value(0);
}

void TestSqlClock::initTestCase()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("DUELINE_SQLCLOCK_SEED").toULongLong(&ok);
    if (ok)
        m_seed = seed;
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_db = TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    m_admin = Connection::open(m_db->url(), Connection::Mode::OpenExisting, &storeError);
    QVERIFY2(m_admin, qPrintable(storeError.message));
    // The schema update writes the built-in catalog, calendars included.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(DatabaseRoles::initAdmin(*m_admin, m_clock.nowUtc(), &storeError),
             Migrations::latestVersion());
    const qint64 migrateMs = timer.elapsed();
    for (const CalendarSpec &spec : m_catalog->calendarSpecs()) {
        m_calendars[spec.id] = m_catalog->calendar(spec.id);
        m_builtInIds << spec.id;
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_calendars WHERE builtin = 1 AND "
                                   "complete = 1"),
                    {})
                     .toInt(),
             int(m_builtInIds.size()));
    qint64 spans = 0;
    for (const QString &id : std::as_const(m_builtInIds))
        spans += m_calendars[id]->spanCount() + m_calendars[id]->workingDayCount();
    qInfo("schema update with %d built-in calendars (%lld span and day rows): %lld ms",
          int(m_builtInIds.size()), spans, migrateMs);

    // Test calendars, written as a team's (the owner may write both parts).
    Random rnd(m_seed);
    QVector<CalendarSpec> specs = testsupport::fixtureCalendars(QStringLiteral("t-"));
    for (int i = 0; i < 8; ++i)
        specs << testsupport::randomCalendar(rnd, QStringLiteral("random-%1").arg(i), 120,
                                             WorkCalendar::FirstYear, WorkCalendar::LastYear);
    timer.restart();
    for (const CalendarSpec &spec : std::as_const(specs)) {
        const WorkCalendarPtr calendar = WorkCalendar::compile(spec, &error);
        QVERIFY2(calendar, qPrintable(spec.id + QStringLiteral(": ") + error));
        QVERIFY2(ServerCatalog::publishCalendar(*m_admin, *calendar, false, &storeError),
                 qPrintable(storeError.message));
        m_calendars[spec.id] = calendar;
        m_testIds << spec.id;
    }
    qInfo("%d test calendars published: %lld ms", int(specs.size()), timer.elapsed());
    // Unchanged: nothing is written again.
    timer.restart();
    for (const QString &id : std::as_const(m_testIds))
        QVERIFY2(ServerCatalog::publishCalendar(*m_admin, *m_calendars[id], false, &storeError),
                 qPrintable(storeError.message));
    qInfo("the same calendars published again (unchanged, skipped): %lld ms", timer.elapsed());
}

// Row for row, what the server stores is the engine's representation; the targets are the
// catalog's.
void TestSqlClock::storedCalendarsAreTheEngines()
{
    for (const auto &[id, calendar] : m_calendars) {
        QSqlQuery q = m_admin->query();
        QVERIFY(q.prepare(QStringLiteral("SELECT span_start, span_end, cum_before FROM "
                                         "calendar_spans WHERE calendar_id = ? ORDER BY "
                                         "span_start")));
        q.addBindValue(id);
        QVERIFY(q.exec());
        int i = 0;
        while (q.next()) {
            QVERIFY(i < calendar->spanCount());
            const WorkCalendar::Span s = calendar->span(i++);
            QCOMPARE(q.value(0).toLongLong(), s.start);
            QCOMPARE(q.value(1).toLongLong(), s.end);
            QCOMPARE(q.value(2).toLongLong(), s.cumulativeBefore);
        }
        QCOMPARE(i, calendar->spanCount());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM calendar_days WHERE calendar_id = ?"),
                        {id})
                         .toInt(),
                 calendar->workingDayCount());
    }
    int targets = 0;
    for (const Plan &plan : m_catalog->plans()) {
        for (const SeverityTargets &st : plan.targets) {
            for (const TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
                const Target &t = st.target(kind);
                QSqlQuery q = m_admin->query();
                QVERIFY(q.prepare(QStringLiteral(
                        "SELECT amount, unit, calendar_id FROM dueline_plan_target(?, ?, ?)")));
                q.addBindValue(plan.id);
                q.addBindValue(st.severity);
                q.addBindValue(targetKindKey(kind));
                QVERIFY(q.exec());
                QCOMPARE(q.next(), t.committed && plan.offers(st.severity));
                if (!t.committed || !plan.offers(st.severity))
                    continue;
                ++targets;
                QCOMPARE(q.value(0).toLongLong(), t.amount);
                QCOMPARE(q.value(1).toString(), unitKey(t.unit));
                QCOMPARE(q.value(2).toString(),
                         t.calendarId.isEmpty() ? plan.calendarId : t.calendarId);
            }
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_pausing WHERE plan_id = ?"),
                        {plan.id})
                         .toInt(),
                 int(QSet<QString>(plan.pausingStatuses.begin(), plan.pausingStatuses.end())
                             .size()));
    }
    QVERIFY(targets > 0);
}

Case TestSqlClock::randomCase(Random &rnd, const QString &calendarId)
{
    const WorkCalendar &cal = *m_calendars.at(calendarId);
    Case c;
    c.calendar = calendarId;
    const qint64 range = cal.rangeEnd() - cal.rangeStart();
    // The start.
    Instant start = 0;
    const int where = int(rnd.between(0, 9));
    if (where <= 2 || cal.spanCount() == 0) {
        start = cal.rangeStart() + rnd.between(0, range - 1);
        if (rnd.chance(0.5))
            start -= start % 60;
    } else if (where <= 4) { // a span's edge, or a second off it
        const WorkCalendar::Span s = cal.span(int(rnd.between(0, cal.spanCount() - 1)));
        start = (rnd.chance(0.5) ? s.start : s.end) + rnd.between(-1, 1);
    } else if (where <= 6 && !cal.spec().exceptions.isEmpty()) { // around an exception date
        const DayException &e =
                cal.spec().exceptions.at(int(rnd.between(0, cal.spec().exceptions.size() - 1)));
        start = cal.fromLocal(e.date.addDays(rnd.between(-2, 1)), int(rnd.between(0, 1439)));
    } else if (where <= 8) { // a DST week
        start = cal.fromLocal(
                testsupport::randomDate(rnd, WorkCalendar::FirstYear, WorkCalendar::LastYear),
                int(rnd.between(0, 1439)));
        if (rnd.chance(0.3))
            start += rnd.between(0, 59);
    } else { // the end of the range (dues past it), or before it
        start = rnd.chance(0.9) ? cal.rangeEnd() - rnd.between(1, 60 * Day)
                                : cal.rangeStart() - rnd.between(0, 86400);
    }
    c.input.start = start;
    // The target.
    const int unit = int(rnd.between(0, 20));
    if (unit == 0) {
        c.target = Target::none();
    } else if (unit <= 7) {
        c.target = Target::of(rnd.between(0, 720), TargetUnit::Minutes);
    } else if (unit <= 14) {
        c.target = Target::of(rnd.between(0, 200), TargetUnit::Hours);
    } else {
        c.target = Target::of(rnd.between(0, 45), TargetUnit::BusinessDays);
    }
    // Pauses, the last maybe still going on.
    const int pauses = int(rnd.between(0, 3));
    for (int i = 0; i < pauses; ++i) {
        Interval p;
        p.from = start + rnd.between(-86400, 20 * Day);
        p.to = p.from + rnd.between(0, 5 * Day);
        if (i == pauses - 1 && rnd.chance(0.2))
            p.to = Interval::OpenEnd;
        c.input.pauses.append(p);
    }
    // Now, a stop, the fraction.
    const Instant due = SlaClock::due(cal, c.target, c.input, start + 30 * Day);
    const Instant horizon = due == InvalidInstant ? start + 40 * Day : due;
    c.now = start + rnd.between(-86400, std::max<qint64>(horizon - start, 0) + 5 * Day);
    if (rnd.chance(0.1) && due != InvalidInstant)
        c.now = due + rnd.between(-1, 1);
    if (rnd.chance(0.25))
        c.input.stoppedAt = start + rnd.between(0, std::max<qint64>(c.now - start, 1));
    c.fraction = rnd.chance(0.8)
                         ? 0.25
                         : std::vector<double>{0.0, 0.1, 0.5, 1.0}[std::size_t(rnd.between(0, 3))];
    c.openPauseEnd = rnd.chance(0.5) ? c.now : InvalidInstant;
    // Raw arithmetic around the start.
    c.a = rnd.chance(0.7) ? start : cal.rangeStart() + rnd.between(0, range - 1);
    c.b = c.a + rnd.between(-3600, 60 * Day);
    c.seconds = rnd.between(0, 400 * Hour);
    return c;
}

QString TestSqlClock::compare(const Case &c)
{
    const WorkCalendar &cal = *m_calendars.at(c.calendar);
    if (!m_caseQuery) {
        m_caseQuery = std::make_unique<QSqlQuery>(m_admin->query());
        const bool prepared = m_caseQuery->prepare(QStringLiteral(
                "SELECT dueline_working_seconds(?, ?, ?), dueline_add_working_time(?, ?, ?), "
                "dueline_is_working(?, ?), dueline_working_span_end(?, ?), "
                "dueline_clock_start(?, ?), dueline_required_seconds(?, ?, ?, "
                "dueline_clock_start(?, ?)), "
                "dueline_due(?, ?, ?, ?, CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), ?), "
                "s.state, s.at_risk, s.clock_start, s.required_seconds, s.due, s.due_projected, "
                "s.elapsed_seconds, s.remaining_seconds, s.paused_seconds, s.resumes_at, "
                "s.next_change, s.error FROM dueline_clock_state(?, ?, ?, ?, CAST(? AS "
                "BIGINT[]), CAST(? AS BIGINT[]), ?, ?, ?) s"));
        if (!prepared)
            return m_caseQuery->lastError().text();
    }
    QSqlQuery &q = *m_caseQuery;
    const QVariant amount = c.target.committed ? QVariant(c.target.amount)
                                               : QVariant(QMetaType::fromType<qlonglong>());
    const QVariant unit = c.target.committed ? QVariant(unitKey(c.target.unit))
                                             : QVariant(QMetaType::fromType<QString>());
    const QString from = arrayText(c.input.pauses, false);
    const QString to = arrayText(c.input.pauses, true);
    for (const QVariant &v : QVariantList{c.calendar,
                                          c.a,
                                          c.b,
                                          c.calendar,
                                          c.a,
                                          c.seconds,
                                          c.calendar,
                                          c.a,
                                          c.calendar,
                                          c.a,
                                          c.calendar,
                                          c.input.start,
                                          c.calendar,
                                          amount,
                                          unit,
                                          c.calendar,
                                          c.input.start,
                                          c.calendar,
                                          amount,
                                          unit,
                                          c.input.start,
                                          from,
                                          to,
                                          nullable(c.openPauseEnd),
                                          c.calendar,
                                          amount,
                                          unit,
                                          c.input.start,
                                          from,
                                          to,
                                          nullable(c.input.stoppedAt),
                                          c.now,
                                          c.fraction})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return QStringLiteral("SQL failed: ") + q.lastError().text();

    QStringList diffs;
    auto check = [&](const char *what, const QVariant &sql, const QVariant &engine) {
        if (sql.isNull() != engine.isNull() ||
            (!sql.isNull() && sql.toString() != engine.toString()))
            diffs << QStringLiteral("%1: sql %2, engine %3")
                             .arg(QLatin1String(what), show(sql), show(engine));
    };
    const Instant cs = cal.nextWorkingStart(c.input.start);
    check("working_seconds", q.value(0), cal.workingTimeBetween(c.a, c.b));
    check("add_working_time", q.value(1), nullable(cal.addWorkingTime(c.a, c.seconds)));
    check("is_working", q.value(2), cal.isWorking(c.a));
    check("working_span_end", q.value(3), nullable(cal.currentSpanEnd(c.a)));
    check("clock_start", q.value(4), nullable(cs));
    if (cs != InvalidInstant && c.target.committed) {
        const qint64 required = SlaClock::requiredSeconds(cal, c.target, cs);
        check("required_seconds", q.value(5), required < 0 ? nullable(InvalidInstant) : required);
    }
    check("due", q.value(6), nullable(SlaClock::due(cal, c.target, c.input, c.openPauseEnd)));
    const ClockResult r = SlaClock::evaluate(cal, c.target, c.input, c.now, leadOf(c));
    check("state", q.value(7), clockStateKey(r.state));
    check("state.error", !q.value(18).isNull(), !r.error.isEmpty());
    if (r.error.isEmpty() && r.state != ClockState::NotApplicable) {
        check("state.at_risk", q.value(8), r.atRisk);
        check("state.clock_start", q.value(9), nullable(r.clockStart));
        check("state.required_seconds", q.value(10), r.requiredSeconds);
        check("state.due", q.value(11), nullable(r.due));
        check("state.due_projected", q.value(12), r.dueIsProjected);
        check("state.elapsed_seconds", q.value(13), r.elapsedSeconds);
        check("state.remaining_seconds", q.value(14), r.remainingSeconds);
        check("state.paused_seconds", q.value(15), r.pausedWorkingSeconds);
        check("state.resumes_at", q.value(16), nullable(r.resumesAt));
        check("state.next_change", q.value(17), nullable(r.nextChange));
    }
    q.finish();
    if (diffs.isEmpty())
        return {};
    QStringList pauses;
    for (const Interval &p : c.input.pauses)
        pauses << QStringLiteral("[%1,%2)").arg(p.from).arg(p.isOpen() ? -1 : p.to);
    return QStringLiteral("calendar %1, target %2 %3 (%4), start %5, pauses %6, stopped %7, "
                          "now %8, fraction %9, open pause end %10, a %11, b %12, seconds %13: ")
                   .arg(c.calendar)
                   .arg(c.target.amount)
                   .arg(unitKey(c.target.unit))
                   .arg(c.target.committed ? QStringLiteral("committed") : QStringLiteral("none"))
                   .arg(c.input.start)
                   .arg(pauses.join(QLatin1Char(' ')))
                   .arg(show(nullable(c.input.stoppedAt)))
                   .arg(c.now)
                   .arg(c.fraction)
                   .arg(show(nullable(c.openPauseEnd)))
                   .arg(c.a)
                   .arg(c.b)
                   .arg(c.seconds) +
           diffs.join(QStringLiteral("; "));
}

// The cases of tst_workcalendar, tst_slaclock and tst_slaproperty that a stored calendar can
// answer: the SQL gives the engine's result, and the engine the documented one.
void TestSqlClock::fixedCases()
{
    struct Fixed
    {
        const char *calendar;
        const char *zone;
        const char *start; // local
        qint64 amount;
        TargetUnit unit;
        const char *due; // ISO with offset
        QVector<std::pair<const char *, const char *>> pauses = {};
    };
    const QVector<Fixed> fixed{
            // DESIGN §2: Mon 11:00 + 5 business days = Fri 20:00 in an 11:00–20:00 calendar.
            {"t-moscow-11-20", "Europe/Moscow", "2026-01-12T11:00:00", 5, TargetUnit::BusinessDays,
             "2026-01-16T20:00:00+03:00"},
            {"t-moscow-11-20", "Europe/Moscow", "2026-01-12T11:00:00", 1, TargetUnit::BusinessDays,
             "2026-01-12T20:00:00+03:00"},
            {"t-moscow-11-20", "Europe/Moscow", "2026-01-12T14:00:00", 5, TargetUnit::BusinessDays,
             "2026-01-19T14:00:00+03:00"},
            {"t-moscow-11-20", "Europe/Moscow", "2026-01-12T14:00:00", 1, TargetUnit::BusinessDays,
             "2026-01-13T14:00:00+03:00"},
            {"t-moscow-11-20", "Europe/Moscow", "2026-01-12T08:00:00", 5, TargetUnit::BusinessDays,
             "2026-01-16T20:00:00+03:00"},
            {"t-moscow-11-20", "Europe/Moscow", "2026-01-16T20:00:00", 1, TargetUnit::BusinessDays,
             "2026-01-19T20:00:00+03:00"},
            {"t-moscow-11-20", "Europe/Moscow", "2026-01-17T15:00:00", 2, TargetUnit::BusinessDays,
             "2026-01-20T20:00:00+03:00"},
            {"t-moscow-11-20", "Europe/Moscow", "2026-01-16T19:59:00", 1, TargetUnit::BusinessDays,
             "2026-01-19T19:59:00+03:00"},
            {"t-moscow-11-20", "Europe/Moscow", "2026-12-21T11:00:00", 30, TargetUnit::BusinessDays,
             "2027-01-29T20:00:00+03:00"},
            // Exceptions: a day off, a shortened Thursday, a working Saturday.
            {"t-moscow-exceptions", "Europe/Moscow", "2026-01-12T19:00:00", 2, TargetUnit::Hours,
             "2026-01-14T12:00:00+03:00"},
            {"t-moscow-exceptions", "Europe/Moscow", "2026-01-15T18:30:00", 1, TargetUnit::Hours,
             "2026-01-16T11:30:00+03:00"},
            {"t-moscow-exceptions", "Europe/Moscow", "2026-01-16T19:00:00", 2, TargetUnit::Hours,
             "2026-01-17T12:00:00+03:00"},
            // DST: the local day's length, the repeated hour, the gap.
            {"t-berlin-24x7", "Europe/Berlin", "2026-03-29T00:00:00", 1, TargetUnit::BusinessDays,
             "2026-03-30T00:00:00+02:00"},
            {"t-berlin-24x7", "Europe/Berlin", "2026-10-24T10:00:00", 1, TargetUnit::BusinessDays,
             "2026-10-25T09:00:00+01:00"},
            {"t-berlin-nights", "Europe/Berlin", "2026-03-29T01:00:00", 2, TargetUnit::Hours,
             "2026-03-29T04:00:00+02:00"},
            {"t-berlin-gap", "Europe/Berlin", "2026-03-29T00:00:00", 0, TargetUnit::Minutes,
             "2026-03-29T03:00:00+02:00"},
            {"t-newyork-9-17", "America/New_York", "2026-03-06T16:00:00", 2, TargetUnit::Hours,
             "2026-03-09T10:00:00-04:00"},
            {"t-newyork-9-17", "America/New_York", "2026-10-30T16:00:00", 2, TargetUnit::Hours,
             "2026-11-02T10:00:00-05:00"},
            // tst_slaclock: pauses push the due (Moscow 11:00-20:00).
            {"t-moscow-11-20", "Europe/Moscow", "2026-01-12T12:00:00", 4, TargetUnit::Hours,
             "2026-01-12T16:00:00+03:00"},
            {"t-moscow-11-20",
             "Europe/Moscow",
             "2026-01-12T12:00:00",
             4,
             TargetUnit::Hours,
             "2026-01-12T18:00:00+03:00",
             {{"2026-01-12T13:00:00", "2026-01-12T15:00:00"}}},
    };
    int checked = 0;
    for (const Fixed &f : fixed) {
        const WorkCalendar &cal = *m_calendars.at(QString::fromLatin1(f.calendar));
        Case c;
        c.calendar = QString::fromLatin1(f.calendar);
        c.target = Target::of(f.amount, f.unit);
        c.input.start = localAt(f.start, f.zone);
        for (const auto &p : f.pauses)
            c.input.pauses.append({localAt(p.first, f.zone), localAt(p.second, f.zone)});
        c.now = c.input.start + 3600;
        c.a = c.input.start;
        c.b = c.input.start + 86400;
        c.seconds = 2 * Hour;
        const Instant due = SlaClock::due(cal, c.target, c.input);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(due, QTimeZone(f.zone)).toString(Qt::ISODate),
                 QString::fromLatin1(f.due));
        const QString diff = compare(c);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(scalar(QStringLiteral("SELECT dueline_due(?, ?, ?, ?, CAST(? AS BIGINT[]), "
                                       "CAST(? AS BIGINT[]))"),
                        {c.calendar, f.amount, unitKey(f.unit), c.input.start,
                         arrayText(c.input.pauses, false), arrayText(c.input.pauses, true)})
                         .toLongLong(),
                 due);
        ++checked;
    }
    // tst_workcalendar: DST days of 23 and 25 hours, night hours across the transitions.
    const char *berlin = "Europe/Berlin";
    QCOMPARE(
            scalar(QStringLiteral("SELECT dueline_working_seconds('t-berlin-24x7', ?, ?)"),
                   {localAt("2026-03-29T00:00:00", berlin), localAt("2026-03-30T00:00:00", berlin)})
                    .toLongLong(),
            qint64(23 * 3600));
    QCOMPARE(
            scalar(QStringLiteral("SELECT dueline_working_seconds('t-berlin-24x7', ?, ?)"),
                   {localAt("2026-10-25T00:00:00", berlin), localAt("2026-10-26T00:00:00", berlin)})
                    .toLongLong(),
            qint64(25 * 3600));
    const Instant fallback = localAt("2026-10-25T00:00:00", berlin);
    QCOMPARE(scalar(QStringLiteral("SELECT dueline_working_seconds('t-berlin-nights', ?, ?)"),
                    {fallback, fallback + 12 * Hour})
                     .toLongLong(),
             qint64(4 * 3600));
    const Instant nyDay = localAt("2026-11-01T00:00:00", "America/New_York");
    QCOMPARE(scalar(QStringLiteral("SELECT dueline_working_seconds('t-newyork-nights', ?, ?)"),
                    {nyDay, nyDay + 86400})
                     .toLongLong(),
             qint64(4 * 3600));
    // tst_slaclock: states at fixed instants (Moscow 11:00-20:00, 4 h response from Mon 12:00).
    const char *moscow = "Europe/Moscow";
    const Instant monday = localAt("2026-01-12T12:00:00", moscow);
    auto state = [&](Instant now, const QString &pauseFrom, const QString &pauseTo,
                     const QVariant &stopped) {
        return scalar(QStringLiteral("SELECT state FROM dueline_clock_state('t-moscow-11-20', 4, "
                                     "'hours', ?, CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), ?, "
                                     "?)"),
                      {monday, pauseFrom, pauseTo, stopped, now})
                .toString();
    };
    const QVariant running = QVariant(QMetaType::fromType<qlonglong>());
    QCOMPARE(state(localAt("2026-01-12T13:00:00", moscow), QStringLiteral("{}"),
                   QStringLiteral("{}"), running),
             QStringLiteral("running"));
    QCOMPARE(state(localAt("2026-01-12T15:30:00", moscow), QStringLiteral("{}"),
                   QStringLiteral("{}"), running),
             QStringLiteral("at_risk"));
    QCOMPARE(state(localAt("2026-01-12T17:30:00", moscow), QStringLiteral("{}"),
                   QStringLiteral("{}"), running),
             QStringLiteral("breached"));
    QCOMPARE(state(localAt("2026-01-12T14:00:00", moscow),
                   QStringLiteral("{%1}").arg(localAt("2026-01-12T13:00:00", moscow)),
                   QStringLiteral("{NULL}"), running),
             QStringLiteral("paused"));
    QCOMPARE(state(localAt("2026-01-12T21:00:00", moscow), QStringLiteral("{}"),
                   QStringLiteral("{}"), localAt("2026-01-12T15:00:00", moscow)),
             QStringLiteral("met"));
    QCOMPARE(state(localAt("2026-01-12T21:00:00", moscow), QStringLiteral("{}"),
                   QStringLiteral("{}"), localAt("2026-01-12T16:00:01", moscow)),
             QStringLiteral("met_late"));
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM dueline_clock_state('t-moscow-11-20', "
                                   "NULL, NULL, ?, NULL, NULL, NULL, ?)"),
                    {monday, monday})
                     .toString(),
             QStringLiteral("not_applicable"));
    qInfo("fixed cases: %d dues plus DST, state and no-commitment checks", checked);
}

void TestSqlClock::agreesWithTheEngine()
{
    bool ok = false;
    int cases = qEnvironmentVariableIntValue("DUELINE_SQLCLOCK_CASES", &ok);
    if (!ok || cases <= 0)
        cases = DefaultCases;
    qInfo("seed %llu (DUELINE_SQLCLOCK_SEED), %d cases (DUELINE_SQLCLOCK_CASES)",
          static_cast<unsigned long long>(m_seed), cases);
    Random rnd(m_seed ^ 0x5eedULL);
    std::vector<QString> ids;
    for (const auto &entry : m_calendars)
        ids.push_back(entry.first);
    std::map<QString, int> byState, byUnit, byCalendar;
    int withPauses = 0, withOpenPause = 0, stopped = 0, errors = 0, failures = 0;
    QStringList firstFailures;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < cases; ++i) {
        const Case c = randomCase(rnd, rnd.pick(ids));
        const QString diff = compare(c);
        if (!diff.isEmpty()) {
            ++failures;
            if (firstFailures.size() < 10)
                firstFailures << QStringLiteral("case %1: %2").arg(i).arg(diff);
        }
        const ClockResult r = SlaClock::evaluate(*m_calendars.at(c.calendar), c.target, c.input,
                                                 c.now, leadOf(c));
        ++byState[r.error.isEmpty() ? clockStateKey(r.state) : QStringLiteral("out_of_range")];
        ++byUnit[c.target.committed ? unitKey(c.target.unit) : QStringLiteral("none")];
        ++byCalendar[m_builtInIds.contains(c.calendar) ? QStringLiteral("built-in")
                                                       : QStringLiteral("test")];
        withPauses += c.input.pauses.isEmpty() ? 0 : 1;
        withOpenPause += std::any_of(c.input.pauses.begin(), c.input.pauses.end(),
                                     [](const Interval &p) { return p.isOpen(); })
                                 ? 1
                                 : 0;
        stopped += c.input.stoppedAt != InvalidInstant ? 1 : 0;
        errors += r.error.isEmpty() ? 0 : 1;
    }
    auto line = [](const std::map<QString, int> &counts) {
        QStringList parts;
        for (const auto &[key, n] : counts)
            parts << QStringLiteral("%1 %2").arg(key).arg(n);
        return parts.join(QStringLiteral(", "));
    };
    qInfo("%d cases in %lld ms, %d disagreements", cases, timer.elapsed(), failures);
    qInfo("states: %s", qPrintable(line(byState)));
    qInfo("targets: %s", qPrintable(line(byUnit)));
    qInfo("calendars: %s (%d calendars)", qPrintable(line(byCalendar)), int(ids.size()));
    qInfo("with pauses %d (an open one %d), stopped %d, out of range %d", withPauses, withOpenPause,
          stopped, errors);
    for (const QString &f : std::as_const(firstFailures))
        qWarning("%s", qPrintable(f));
    QCOMPARE(failures, 0);
}

// Only the schema owner writes built-in calendars, a lead the team's (never over a built-in
// one), an agent neither; anyone may compute with them.
void TestSqlClock::publishingRules()
{
    StoreError error;
    QVERIFY2(DatabaseRoles::addUser(*m_admin, QStringLiteral("ann"), Agent::Role::Agent,
                                    QStringLiteral("Ann"), QStringLiteral("correct horse"), &error),
             qPrintable(error.message));
    QVERIFY2(DatabaseRoles::addUser(*m_admin, QStringLiteral("leo"), Agent::Role::Lead,
                                    QStringLiteral("Leo"), QStringLiteral("battery staple"),
                                    &error),
             qPrintable(error.message));
    auto login = [&](const QString &user) {
        DatabaseUrl url = m_db->url();
        url.user = user;
        return Connection::open(url, Connection::Mode::OpenExisting, &error);
    };
    auto agent = login(QStringLiteral("ann"));
    auto lead = login(QStringLiteral("leo"));
    QVERIFY2(agent && lead, qPrintable(error.message));
    const WorkCalendar &team = *m_calendars.at(QStringLiteral("t-newyork-9-17"));
    const WorkCalendar &builtIn = *m_calendars.at(QStringLiteral("moscow-business"));
    // An agent writes nothing; a changed calendar is not skipped as unchanged.
    CalendarSpec changed = team.spec();
    changed.weekly[5] = {{10 * H, 12 * H}};
    const WorkCalendarPtr other = WorkCalendar::compile(changed);
    QVERIFY(!ServerCatalog::publishCalendar(*agent, *other, false, &error));
    QVERIFY2(error.message.contains(QLatin1String("team lead")), qPrintable(error.message));
    QVERIFY(!ServerCatalog::publishCalendar(*agent, builtIn, true, &error));
    QVERIFY(!ServerCatalog::publishCalendar(*lead, builtIn, true, &error));
    QVERIFY2(error.message.contains(QLatin1String("schema owner")), qPrintable(error.message));
    // A lead cannot pass a built-in calendar off as the team's.
    QVERIFY(!ServerCatalog::publishCalendar(*lead, builtIn, false, &error));
    QVERIFY2(error.message.contains(QLatin1String("built in")), qPrintable(error.message));
    // Nor write rows around the publishing functions.
    QSqlQuery raw = agent->query();
    QVERIFY(!raw.exec(QStringLiteral("DELETE FROM calendar_spans")));
    QSqlQuery rawLead = lead->query();
    QVERIFY(!rawLead.exec(QStringLiteral("SELECT dueline_publish_calendar_spans('t-newyork-9-17', "
                                         "'{1}', '{2}', '{0}')")));
    // A lead writes the team's calendar; the agent computes with it.
    QVERIFY2(ServerCatalog::publishCalendar(*lead, *other, false, &error),
             qPrintable(error.message));
    QSqlQuery q = agent->query();
    const Instant friday = localAt("2026-03-06T16:00:00", "America/New_York");
    QVERIFY2(q.exec(QStringLiteral("SELECT dueline_due('t-newyork-9-17', 2, 'hours', %1)")
                            .arg(friday)) &&
                     q.next(),
             qPrintable(q.lastError().text()));
    ClockInput input;
    input.start = friday;
    QCOMPARE(q.value(0).toLongLong(),
             SlaClock::due(*other, Target::of(2, TargetUnit::Hours), input));
    QVERIFY(q.value(0).toLongLong() !=
            SlaClock::due(team, Target::of(2, TargetUnit::Hours), input));
    // Back to the calendar the other cases use.
    QVERIFY2(ServerCatalog::publishCalendar(*m_admin, team, false, &error),
             qPrintable(error.message));
}

// The server time of one due computation (docs/benchmarks.md), measured inside PostgreSQL per
// call, and the round trip from this client.
void TestSqlClock::dueCost()
{
    StoreError error;
    QVERIFY(m_admin->exec(
            QStringLiteral(
                    "CREATE FUNCTION pg_temp.time_dues(p_cal TEXT[], p_amount BIGINT[], p_unit "
                    "TEXT[], "
                    "p_start BIGINT[], p_pauses INTEGER) RETURNS DOUBLE PRECISION[] LANGUAGE "
                    "plpgsql AS $$ "
                    "DECLARE r DOUBLE PRECISION[] := '{}'; t0 TIMESTAMPTZ; d BIGINT; "
                    "BEGIN FOR i IN 1 .. array_length(p_cal, 1) LOOP t0 := clock_timestamp(); "
                    "IF p_pauses = 0 THEN d := dueline_due(p_cal[i], p_amount[i], p_unit[i], "
                    "p_start[i]); "
                    "ELSE d := dueline_due(p_cal[i], p_amount[i], p_unit[i], p_start[i], "
                    "ARRAY[p_start[i] + 3600, p_start[i] + 90000], ARRAY[p_start[i] + 7200, NULL], "
                    "p_start[i] + 180000); END IF; "
                    "r := r || EXTRACT(EPOCH FROM clock_timestamp() - t0)::DOUBLE PRECISION * 1e6; "
                    "END LOOP; RETURN r; END $$"),
            &error));
    Random rnd(m_seed ^ 0xc057ULL);
    const int calls = 2000;
    QStringList cals, amounts, units, starts;
    const std::vector<QString> ids(m_builtInIds.begin(), m_builtInIds.end());
    for (int i = 0; i < calls; ++i) {
        const QString id = rnd.pick(ids);
        const int unit = int(rnd.between(0, 2));
        cals << QLatin1Char('"') + id + QLatin1Char('"');
        amounts << QString::number(unit == 2 ? rnd.between(1, 20) : rnd.between(1, 48));
        units << (unit == 0   ? QStringLiteral("minutes")
                  : unit == 1 ? QStringLiteral("hours")
                              : QStringLiteral("business_days"));
        starts << QString::number(
                QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() +
                rnd.between(0, 2 * (365 * Day)));
    }
    auto array = [](const QStringList &items) -> QString {
        return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
    };
    for (int pauses : {0, 2}) {
        QSqlQuery q = m_admin->query();
        QVERIFY(q.prepare(QStringLiteral("SELECT pg_temp.time_dues(CAST(? AS TEXT[]), CAST(? AS "
                                         "BIGINT[]), CAST(? AS TEXT[]), CAST(? AS BIGINT[]), ?)")));
        for (const QVariant &v :
             QVariantList{array(cals), array(amounts), array(units), array(starts), pauses})
            q.addBindValue(v);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        std::vector<double> micros;
        const QString text = q.value(0).toString();
        for (const QString &item : text.mid(1, text.size() - 2).split(QLatin1Char(',')))
            micros.push_back(item.toDouble());
        QCOMPARE(int(micros.size()), calls);
        qInfo("SQL due, %s, server time per call over %d calls on the built-in calendars: "
              "p50 %.0f µs, p95 %.0f µs",
              pauses == 0 ? "no pauses" : "two pauses (one open)", calls, percentile(micros, 0.5),
              percentile(micros, 0.95));
    }
    QSqlQuery one = m_admin->query();
    QVERIFY(one.prepare(QStringLiteral("SELECT dueline_due(?, ?, ?, ?)")));
    std::vector<double> roundTrips;
    QElapsedTimer timer;
    for (int i = 0; i < 500; ++i) {
        one.addBindValue(cals.at(i).mid(1, cals.at(i).size() - 2));
        one.addBindValue(amounts.at(i).toLongLong());
        one.addBindValue(units.at(i));
        one.addBindValue(starts.at(i).toLongLong());
        timer.start();
        QVERIFY(one.exec() && one.next());
        roundTrips.push_back(double(timer.nsecsElapsed()) / 1000.0);
        one.finish();
    }
    qInfo("SQL due, round trip from this client (prepared, loopback), 500 calls: p50 %.0f µs, "
          "p95 %.0f µs",
          percentile(roundTrips, 0.5), percentile(roundTrips, 0.95));
}

QTEST_GUILESS_MAIN(TestSqlClock)
#include "tst_sqlclock.moc"
