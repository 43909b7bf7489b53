// SPDX-License-Identifier: GPL-3.0-or-later
// One truth (issue 16): the state a shared PostgreSQL server derives for a ticket from its event
// log (dueline_derive, schema 6) against the C++ engine (TicketHistory + TicketClocks::fillTicket)
// on a throwaway cluster. Random tickets on random plans: team copies of the built-in plans moved
// onto random calendars (several intervals a day, days off, working weekends with or without their
// own hours, shortened days, DST zones, 24x7) and the calendars of tst_workcalendar and
// tst_slaclock, with random targets in minutes, hours and business days, some uncommitted, some
// on a calendar of their own, and random pausing statuses; the built-in plans themselves (Russian
// transferred Saturdays and shortened days, Chinese 调休 days, business-day targets). Each ticket
// lives through random events (assignments, replies, notes, waiting on the customer and back,
// severity and plan changes, resolutions, reopenings, closing, due overrides) at random gaps from
// seconds to weeks, across the supported years and around DST changes and holidays. Every column
// the row caches must be identical, as of the last event and as of a later instant. Fixed cases
// replay the scenarios of tst_slaclock and tst_ticketstore as tickets. Seeded and reproducible:
// DUELINE_SQLDERIVE_SEED and DUELINE_SQLDERIVE_CASES override the defaults. Also the server time
// of one action on a ticket with 50 events and of a catalog change's recomputation
// (docs/benchmarks.md).

#include "models/catalog/catalogwriter.h"
#include "models/store/changefeed.h"
#include "models/store/migrations.h"
#include "models/store/roles.h"
#include "models/store/servercatalog.h"
#include "models/store/ticketclocks.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/randomcalendars.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QtTest>

#include <algorithm>
#include <random>

using namespace dueline;
using testsupport::Random;
using testsupport::randomDate;
using testsupport::TestDatabase;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr quint64 DefaultSeed = 20261202;
constexpr int DefaultCases = 1500;

Instant localAt(const char *local, const char *zone)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    t.setTimeZone(QTimeZone(zone));
    return t.toSecsSinceEpoch();
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

} // namespace

class TestSqlDerive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixedCases_data();
    void fixedCases();
    void agreesWithTheEngine();
    void catalogChangeRecomputes();
    void actionCost();

private:
    // Writes a ticket and its log as the schema owner, bypassing the write functions (the log
    // is checked by TicketHistory first); returns its id.
    qint64 insertTicket(const QString &stage, const QVector<Event> &events);
    // Derives the ticket in SQL and with the engine as of `stamp`; empty when they agree, else
    // the first column that differs.
    QString compare(qint64 id, const QString &stage, const QVector<Event> &events, Instant stamp);
    // A valid random log of 1 + `events` events (random length when 0).
    QVector<Event> randomLog(Random &rnd, QString *stage, int events = 0);
    Event randomEvent(Random &rnd, const TicketHistory &history, Instant at);

    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    CatalogPtr m_catalog; // built-in plus the test's team plans
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_admin;
    QVector<const Plan *> m_plans;
    QVector<qint64> m_agents;
    qint64 m_customer = 0;
    quint64 m_seed = DefaultSeed;
    int m_cases = DefaultCases;
};

void TestSqlDerive::initTestCase()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("DUELINE_SQLDERIVE_SEED").toULongLong(&ok);
    if (ok)
        m_seed = seed;
    const int cases = qEnvironmentVariable("DUELINE_SQLDERIVE_CASES").toInt(&ok);
    if (ok && cases > 0)
        m_cases = cases;
    qInfo("seed %llu, %d random tickets", m_seed, m_cases);
    QString error;
    const CatalogPtr builtIn = Catalog::loadBuiltIn(&error);
    QVERIFY2(builtIn, qPrintable(error));

    // Team plans: copies of built-in plans on test calendars with random targets.
    Random rnd(m_seed);
    TeamCatalog team;
    team.calendars = testsupport::fixtureCalendars(QStringLiteral("derive-"));
    for (int i = 0; i < 6; ++i)
        team.calendars << testsupport::randomCalendar(
                rnd, QStringLiteral("derive-random-%1").arg(i), 60, 2024, 2027);
    QStringList sources;
    for (const Plan &plan : builtIn->plans())
        sources << plan.id;
    for (int i = 0; i < 16; ++i) {
        const QString source = sources.value(int(rnd.between(0, sources.size() - 1)));
        const QString id = team.duplicatePlan(*builtIn, source, QStringLiteral("derivetest"),
                                              QStringLiteral("plan-%1").arg(i), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        Plan &plan = team.plans.last();
        plan.calendarId = team.calendars.at(int(rnd.between(0, team.calendars.size() - 1))).id;
        for (SeverityTargets &st : plan.targets) {
            for (Target *t : {&st.response, &st.resolution}) {
                if (rnd.chance(0.15)) {
                    *t = Target::none();
                    continue;
                }
                const int unit = int(rnd.between(0, 2));
                *t = unit == 0   ? Target::of(rnd.between(1, 600), TargetUnit::Minutes)
                     : unit == 1 ? Target::of(rnd.between(1, 96), TargetUnit::Hours)
                                 : Target::of(rnd.between(1, 10), TargetUnit::BusinessDays);
                if (rnd.chance(0.2))
                    t->calendarId =
                            team.calendars.at(int(rnd.between(0, team.calendars.size() - 1))).id;
            }
        }
        static const QVector<QStringList> pausing{
                {QStringLiteral("waiting_customer")},
                {QStringLiteral("waiting_customer"), QStringLiteral("new")},
                {QStringLiteral("new")}};
        plan.pausingStatuses = rnd.pick(pausing);
    }
    const QByteArray json = CatalogWriter::toJson(team);
    m_catalog = Catalog::loadData({{QStringLiteral("derive-test.json"), json}}, true, &error);
    QVERIFY2(m_catalog, qPrintable(error));
    for (const Plan &plan : m_catalog->plans())
        m_plans << &plan;

    m_db = TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    m_admin = Connection::open(m_db->url(), Connection::Mode::OpenExisting, &storeError);
    QVERIFY2(m_admin, qPrintable(storeError.message));
    QCOMPARE(DatabaseRoles::initAdmin(*m_admin, m_clock.nowUtc(), &storeError),
             Migrations::latestVersion());
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(ServerCatalog::publishTeam(*m_admin, *m_catalog, &storeError),
             qPrintable(storeError.message));
    qInfo("team catalog (%d plans, %d calendars) published: %lld ms", int(team.plans.size()),
          int(team.calendars.size()), timer.elapsed());

    auto owner = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::OpenExisting,
                                   &storeError);
    QVERIFY2(owner, qPrintable(storeError.message));
    Customer c;
    c.name = QStringLiteral("Northwind");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = owner->addCustomer(c, &storeError);
    QVERIFY2(m_customer > 0, qPrintable(storeError.message));
    for (const char *login : {"ann", "boris", "chen"}) {
        Agent a;
        a.login = QString::fromLatin1(login);
        a.displayName = a.login;
        a.role = Agent::Role::Agent;
        const qint64 id = owner->addAgent(a, &storeError);
        QVERIFY2(id > 0, qPrintable(storeError.message));
        m_agents << id;
    }
}

qint64 TestSqlDerive::insertTicket(const QString &stage, const QVector<Event> &events)
{
    QSqlQuery q = m_admin->query();
    q.prepare(QStringLiteral(
            "INSERT INTO tickets (customer_id, subject, channel, service_stage, status, severity, "
            "plan_id, created_at, updated_at, response_state, resolution_state) VALUES (?, "
            "'derive', 'email', ?, 'new', ?, ?, ?, ?, 'not_applicable', 'not_applicable') "
            "RETURNING id"));
    q.addBindValue(m_customer);
    q.addBindValue(stage.isNull() ? QStringLiteral("") : stage); // NOT NULL
    q.addBindValue(events.first().severity);
    q.addBindValue(events.first().planId);
    q.addBindValue(events.first().at);
    q.addBindValue(events.last().at);
    if (!q.exec() || !q.next()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery e = m_admin->query();
    e.prepare(QStringLiteral("INSERT INTO events (ticket_id, seq, at, kind, status, severity, "
                             "plan_id, assignee_id, target, due, body) VALUES (?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?)"));
    for (const Event &ev : events) {
        e.addBindValue(id);
        e.addBindValue(ev.seq);
        e.addBindValue(ev.at);
        e.addBindValue(eventKindKey(ev.kind));
        e.addBindValue(ev.kind == EventKind::Status ? QVariant(ticketStatusKey(ev.status))
                                                    : QVariant(QMetaType::fromType<QString>()));
        e.addBindValue(nullableText(ev.severity));
        e.addBindValue(nullableText(ev.planId));
        e.addBindValue(nullableId(ev.assigneeId));
        e.addBindValue(ev.kind == EventKind::DueOverride
                               ? QVariant(targetKindKey(ev.target))
                               : QVariant(QMetaType::fromType<QString>()));
        e.addBindValue(
                nullableInstant(ev.kind == EventKind::DueOverride ? ev.due : InvalidInstant));
        e.addBindValue(ev.body.isNull() ? QStringLiteral("") : ev.body);
        if (!e.exec()) {
            qWarning("%s", qPrintable(e.lastError().text()));
            return 0;
        }
    }
    return id;
}

QString TestSqlDerive::compare(qint64 id, const QString &stage, const QVector<Event> &events,
                               Instant stamp)
{
    int bad = -1;
    QString reason;
    const TicketHistory history =
            TicketHistory::replay(m_catalog.get(), stage, events, &bad, &reason);
    if (bad >= 0)
        return QStringLiteral("the test wrote a bad log: event %1: %2").arg(bad + 1).arg(reason);
    Ticket engine;
    TicketClocks::fillTicket(*m_catalog, history, stamp, &engine);

    QSqlQuery q = m_admin->query();
    q.prepare(QStringLiteral("SELECT * FROM dueline_derive(?, ?)"));
    q.addBindValue(id);
    q.addBindValue(stamp);
    if (!q.exec() || !q.next())
        return QStringLiteral("SQL: ") + q.lastError().text();
    auto instant = [](const QVariant &v) {
        return v.isNull() ? QStringLiteral("-") : v.toString();
    };
    auto engineInstant = [](Instant t) {
        return t == InvalidInstant ? QStringLiteral("-") : QString::number(t);
    };
    QList<std::tuple<QString, QString, QString>> fields{
            {QStringLiteral("status"), q.value(0).toString(), ticketStatusKey(engine.status)},
            {QStringLiteral("severity"), q.value(1).toString(), engine.severity},
            {QStringLiteral("plan"), q.value(2).toString(), engine.planId},
            {QStringLiteral("assignee"), QString::number(q.value(3).toLongLong()),
             QString::number(engine.assigneeId)},
            {QStringLiteral("updated"), instant(q.value(4)), engineInstant(engine.updatedAt)},
            {QStringLiteral("first reply"), instant(q.value(5)),
             engineInstant(engine.firstReplyAt)},
            {QStringLiteral("resolved"), instant(q.value(6)), engineInstant(engine.resolvedAt)},
            {QStringLiteral("next breach"), instant(q.value(15)), engineInstant(engine.nextBreach)},
            {QStringLiteral("paused"), q.value(16).toString(), QString::number(engine.paused)},
            {QStringLiteral("overrides"), q.value(17).toString(),
             QString::number((engine.response.overridden ? 1 : 0) |
                             (engine.resolution.overridden ? 2 : 0))},
    };
    int column = 7;
    for (const auto &[name, s] : {std::pair{QStringLiteral("response"), &engine.response},
                                  std::pair{QStringLiteral("resolution"), &engine.resolution}}) {
        const bool applies = s->phase != ClockPhase::NotApplicable;
        fields.append({name + QStringLiteral(" phase"), q.value(column).toString(),
                       clockPhaseKey(s->phase)});
        fields.append({name + QStringLiteral(" due"), instant(q.value(column + 1)),
                       engineInstant(s->due)});
        fields.append({name + QStringLiteral(" required"), instant(q.value(column + 2)),
                       applies ? QString::number(s->requiredSeconds) : QStringLiteral("-")});
        fields.append({name + QStringLiteral(" remaining"), instant(q.value(column + 3)),
                       applies ? QString::number(s->remainingSeconds) : QStringLiteral("-")});
        column += 4;
    }
    for (const auto &[name, sql, cpp] : fields) {
        if (sql != cpp)
            return QStringLiteral("%1: SQL %2, engine %3").arg(name, sql, cpp);
    }
    return {};
}

Event TestSqlDerive::randomEvent(Random &rnd, const TicketHistory &history, Instant at)
{
    Event e;
    e.seq = history.lastSeq() + 1;
    e.at = at;
    e.body = QStringLiteral("text");
    const Plan *plan = m_catalog->plan(history.planId());
    switch (rnd.between(0, 11)) {
    case 0:
    case 1:
        e.kind = EventKind::Assigned;
        e.assigneeId = rnd.chance(0.15) ? 0 : rnd.pick(m_agents);
        break;
    case 2:
    case 3:
        e.kind = EventKind::Replied;
        break;
    case 4:
        e.kind = EventKind::Note;
        break;
    case 5:
    case 6: {
        static const QVector<TicketStatus> statuses{TicketStatus::WaitingCustomer,
                                                    TicketStatus::Open, TicketStatus::Closed};
        e.kind = EventKind::Status;
        e.status = rnd.pick(statuses);
        break;
    }
    case 7:
        e.kind = EventKind::Severity;
        e.severity = plan ? plan->severities.value(int(rnd.between(0, plan->severities.size() - 1)))
                          : QString();
        break;
    case 8: {
        e.kind = EventKind::Plan;
        const Plan *other = rnd.pick(m_plans);
        e.planId = other->id;
        e.severity = other->severities.value(int(rnd.between(0, other->severities.size() - 1)));
        break;
    }
    case 9:
        e.kind = EventKind::Resolved;
        break;
    case 10:
        e.kind = EventKind::Reopened;
        break;
    default:
        e.kind = EventKind::DueOverride;
        e.target = rnd.chance(0.5) ? TargetKind::Response : TargetKind::Resolution;
        e.due = at + rnd.between(-3 * Day, 14 * Day);
        break;
    }
    return e;
}

QVector<Event> TestSqlDerive::randomLog(Random &rnd, QString *stage, int events)
{
    const Plan *plan = rnd.pick(m_plans);
    const Provider *provider = m_catalog->provider(plan->providerId);
    stage->clear();
    if (provider && !provider->stages.isEmpty() && rnd.chance(0.3))
        *stage = rnd.pick(provider->stages).code;
    // The creation: anywhere in the supported years, mostly in those with holiday data, often in
    // a DST or holiday week, at a whole hour, a span's edge or any second.
    const QDate date = rnd.chance(0.85) ? randomDate(rnd, 2024, 2027) : randomDate(rnd, 2001, 2099);
    Instant at = QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() +
                 (rnd.chance(0.5) ? rnd.between(0, 23) * 3600 : rnd.between(0, 86399));
    Event created;
    created.seq = 1;
    created.at = at;
    created.kind = EventKind::Created;
    created.planId = plan->id;
    created.severity = plan->severities.value(int(rnd.between(0, plan->severities.size() - 1)));
    QVector<Event> log{created};
    TicketHistory history(m_catalog.get(), *stage);
    if (!history.apply(created).isEmpty())
        return {};
    const int length =
            events > 0 ? events : int(rnd.chance(0.1) ? rnd.between(20, 50) : rnd.between(0, 12));
    for (int tries = 0; log.size() < length + 1 && tries < length * 200; ++tries) {
        static const QVector<qint64> gaps{0, 1, 59, 600, 3600, 4 * Hour, 86400, 3 * Day, 10 * Day};
        const qint64 gap = rnd.chance(0.5) ? rnd.pick(gaps) : rnd.between(0, 5 * Day);
        const Event e = randomEvent(rnd, history, at + gap);
        if (!history.apply(e).isEmpty())
            continue;
        at = e.at;
        log.append(e);
    }
    return log;
}

void TestSqlDerive::fixedCases_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("stage");
    // Events after creation: kind, seconds after creation, argument (status, severity, plan,
    // agent index, "target:seconds after creation" of an override).
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<qint64>("created");
    const qint64 friday = localAt("2026-01-16T19:30:00", "Europe/Moscow"); // before a working Sat.
    const qint64 newYear = localAt("2025-12-31T17:00:00", "Europe/Moscow");
    const qint64 springDst = localAt("2026-03-27T16:00:00", "Europe/Berlin");
    const qint64 tiaoxiu = localAt("2026-02-13T17:30:00", "Asia/Shanghai");
    QTest::newRow("working Saturday, reply on it")
            << QStringLiteral("derivetest/plan-0") << QString() << QString()
            << QStringList{QStringLiteral("replied 70000")} << friday;
    QTest::newRow("waiting over the New Year holidays")
            << QStringLiteral("vkcs/standard") << QStringLiteral("high") << QString()
            << QStringList{QStringLiteral("assigned 60 0"),
                           QStringLiteral("status 120 waiting_customer"),
                           QStringLiteral("status 900000 open"), QStringLiteral("replied 900100")}
            << newYear;
    QTest::newRow("resolved, reopened, resolved, closed")
            << QStringLiteral("vkcs/standard") << QStringLiteral("critical") << QString()
            << QStringList{QStringLiteral("resolved 600"), QStringLiteral("reopened 7200"),
                           QStringLiteral("resolved 9000"), QStringLiteral("status 9100 closed"),
                           QStringLiteral("note 9200")}
            << springDst;
    QTest::newRow("override survives a severity round trip")
            << QStringLiteral("stormbpmn/enterprise") << QStringLiteral("critical") << QString()
            << QStringList{QStringLiteral("due_override 60 resolution:2592000"),
                           QStringLiteral("severity 120 other"),
                           QStringLiteral("severity 180 critical")}
            << tiaoxiu;
    QTest::newRow("plan change keeps the pauses")
            << QStringLiteral("alibaba/basic") << QString() << QString()
            << QStringList{QStringLiteral("status 60 waiting_customer"),
                           QStringLiteral("status 86400 open"),
                           QStringLiteral("plan 90000 vkcs/standard:critical")}
            << tiaoxiu;
    QTest::newRow("preview stage: no SLA")
            << QStringLiteral("vkcs/standard") << QStringLiteral("critical")
            << QStringLiteral("preview") << QStringList{QStringLiteral("replied 60")} << friday;
    QTest::newRow("breached while waiting, then resolved")
            << QStringLiteral("vkcs/standard") << QStringLiteral("critical") << QString()
            << QStringList{QStringLiteral("status 30 waiting_customer"),
                           QStringLiteral("resolved 2000000")}
            << springDst;
}

void TestSqlDerive::fixedCases()
{
    QFETCH(QString, plan);
    QFETCH(QString, severity);
    QFETCH(QString, stage);
    QFETCH(QStringList, steps);
    QFETCH(qint64, created);
    const Plan *p = m_catalog->plan(plan);
    QVERIFY2(p, qPrintable(plan));
    Event first;
    first.seq = 1;
    first.at = created;
    first.kind = EventKind::Created;
    first.planId = p->id;
    first.severity = severity.isEmpty() ? p->severities.first() : severity;
    QVector<Event> log{first};
    for (const QString &step : std::as_const(steps)) {
        const QStringList parts = step.split(QLatin1Char(' '));
        Event e;
        e.seq = int(log.size()) + 1;
        e.at = created + parts.at(1).toLongLong();
        e.kind = eventKindFromKey(parts.at(0)).value();
        e.body = QStringLiteral("text");
        const QString arg = parts.value(2);
        switch (e.kind) {
        case EventKind::Status:
            e.status = ticketStatusFromKey(arg).value();
            break;
        case EventKind::Severity:
            e.severity = arg;
            break;
        case EventKind::Plan:
            e.planId = arg.section(QLatin1Char(':'), 0, 0);
            e.severity = arg.section(QLatin1Char(':'), 1);
            break;
        case EventKind::Assigned:
            e.assigneeId = m_agents.value(arg.toInt());
            break;
        case EventKind::DueOverride:
            e.target = arg.startsWith(QLatin1String("response")) ? TargetKind::Response
                                                                 : TargetKind::Resolution;
            e.due = created + arg.section(QLatin1Char(':'), 1).toLongLong();
            break;
        default:
            break;
        }
        log.append(e);
    }
    const qint64 id = insertTicket(stage, log);
    QVERIFY(id > 0);
    for (const Instant stamp : {log.last().at, log.last().at + 3600, log.last().at + 40 * Day}) {
        const QString difference = compare(id, stage, log, stamp);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

void TestSqlDerive::agreesWithTheEngine()
{
    Random rnd(m_seed + 1);
    int events = 0;
    int longest = 0;
    QMap<QString, int> phases;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < m_cases; ++i) {
        QString stage;
        const QVector<Event> log = randomLog(rnd, &stage);
        QVERIFY(!log.isEmpty());
        const qint64 id = insertTicket(stage, log);
        QVERIFY(id > 0);
        events += int(log.size());
        longest = std::max(longest, int(log.size()));
        const Instant later =
                log.last().at + (rnd.chance(0.5) ? rnd.between(1, 3600) : rnd.between(1, 30 * Day));
        for (const Instant stamp : {log.last().at, later}) {
            const QString difference = compare(id, stage, log, stamp);
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QStringLiteral("case %1 (ticket #%2, plan %3, %4 events, stamp "
                                               "%5): %6")
                                        .arg(i)
                                        .arg(id)
                                        .arg(log.first().planId)
                                        .arg(log.size())
                                        .arg(stamp)
                                        .arg(difference)));
        }
        QSqlQuery q = m_admin->query();
        QVERIFY(q.exec(QStringLiteral("SELECT o_response_state || '/' || o_resolution_state FROM "
                                      "dueline_derive(%1, %2)")
                               .arg(id)
                               .arg(log.last().at)) &&
                q.next());
        ++phases[q.value(0).toString()];
    }
    QStringList seen;
    for (auto it = phases.cbegin(); it != phases.cend(); ++it)
        seen << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo("%d tickets, %d events (longest %d), identical in %lld ms; response/resolution "
          "phases: %s",
          m_cases, events, longest, timer.elapsed(), qPrintable(seen.join(QStringLiteral(", "))));
    // The cases cover every phase of both clocks.
    for (const char *phase : {"not_applicable", "running", "paused", "met", "met_late"}) {
        bool response = false;
        bool resolution = false;
        for (auto it = phases.cbegin(); it != phases.cend(); ++it) {
            response = response || it.key().startsWith(QLatin1String(phase) + QLatin1Char('/'));
            resolution = resolution || it.key().endsWith(QLatin1Char('/') + QLatin1String(phase));
        }
        QVERIFY2(response && resolution, phase);
    }
}

// A catalog change queues the tickets of the plans it touches; the recomputation brings their
// rows to the new targets (and leaves other plans' tickets alone).
void TestSqlDerive::catalogChangeRecomputes()
{
    Random rnd(m_seed + 3);
    for (int i = 0; i < 300; ++i) {
        QString stage;
        const QVector<Event> log = randomLog(rnd, &stage);
        QVERIFY(insertTicket(stage, log) > 0);
    }
    QSqlQuery q = m_admin->query();
    // Every ticket so far, as the server derives it.
    QVERIFY(q.exec(QStringLiteral("SELECT dueline_queue_all()")));
    StoreError error;
    qint64 recomputed = 0;
    QVERIFY2(ServerCatalog::recomputePending(*m_admin, -1, &recomputed, &error),
             qPrintable(error.message));
    QVERIFY(recomputed > 0);
    // The team plans' minute and hour targets halve (a plan with none of them above a minute
    // does not change).
    TeamCatalog team = TeamCatalog::fromCatalog(*m_catalog);
    QStringList changedPlans;
    for (Plan &plan : team.plans) {
        for (SeverityTargets &st : plan.targets) {
            for (Target *t : {&st.response, &st.resolution}) {
                if (!t->committed || t->unit == TargetUnit::BusinessDays || t->amount < 2)
                    continue;
                t->amount /= 2;
                const QString quoted = QLatin1Char('\'') + plan.id + QLatin1Char('\'');
                if (!changedPlans.contains(quoted))
                    changedPlans << quoted;
            }
        }
    }
    QVERIFY(!changedPlans.isEmpty());
    QString message;
    const CatalogPtr changed = Catalog::loadData(
            {{QStringLiteral("derive-test.json"), CatalogWriter::toJson(team)}}, true, &message);
    QVERIFY2(changed, qPrintable(message));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE plan_id IN (%1)")
                           .arg(changedPlans.join(QLatin1Char(',')))) &&
            q.next());
    const qint64 teamTickets = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("SELECT max(change_seq) FROM tickets")) && q.next());
    const qint64 seqBefore = q.value(0).toLongLong();
    // Another client listens: it hears of every ticket whose row the recomputation changed.
    auto feed = ChangeFeed::create(m_db->url());
    QSet<qint64> heard;
    connect(feed.get(), &ChangeFeed::ticketsChanged, this, [&](const QVector<qint64> &ids) {
        for (const qint64 id : ids)
            heard.insert(id);
    });
    QVERIFY2(feed->start(&error), qPrintable(error.message));
    QVERIFY(m_admin->exec(QStringLiteral("BEGIN"), &error));
    QVERIFY2(ServerCatalog::publishTeam(*m_admin, *changed, &error), qPrintable(error.message));
    QVERIFY(m_admin->exec(QStringLiteral("COMMIT"), &error));
    QCOMPARE(ServerCatalog::recomputeBacklog(*m_admin, &error), teamTickets);
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(ServerCatalog::recomputePending(*m_admin, -1, &recomputed, &error),
             qPrintable(error.message));
    qInfo("catalog change: %lld tickets recomputed in %lld ms", recomputed, timer.elapsed());
    QCOMPARE(recomputed, teamTickets);
    QCOMPARE(ServerCatalog::recomputeBacklog(*m_admin, &error), qint64(0));
    // Only the team plans' tickets changed, and they now follow the new catalog.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE change_seq > %1 AND plan_id "
                                  "NOT IN (%2)")
                           .arg(seqBefore)
                           .arg(changedPlans.join(QLatin1Char(',')))) &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(0));
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM tickets WHERE change_seq > %1").arg(seqBefore)));
    QSet<qint64> rewritten;
    while (q.next())
        rewritten.insert(q.value(0).toLongLong());
    QVERIFY(!rewritten.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(heard, rewritten, 10000);
    m_catalog = changed;
    m_plans.clear();
    for (const Plan &plan : m_catalog->plans())
        m_plans << &plan;
    QVERIFY(q.exec(QStringLiteral("SELECT t.id, t.service_stage FROM tickets t WHERE t.plan_id "
                                  "LIKE 'derivetest/%' ORDER BY t.id LIMIT 300")));
    int checked = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QSqlQuery e = m_admin->query();
        QVERIFY(e.exec(QStringLiteral("SELECT %1 FROM events WHERE ticket_id = %2 ORDER BY seq")
                               .arg(TicketStore::eventColumns())
                               .arg(id)));
        QVector<Event> log;
        while (e.next())
            log.append(TicketStore::readEvent(e));
        QSqlQuery row = m_admin->query();
        QVERIFY(row.exec(QStringLiteral("SELECT %1 FROM tickets WHERE id = %2")
                                 .arg(TicketStore::ticketColumns())
                                 .arg(id)) &&
                row.next());
        const Ticket stored = TicketStore::readTicket(row);
        const TicketHistory history =
                TicketHistory::replay(m_catalog.get(), q.value(1).toString(), log);
        Ticket derived;
        TicketClocks::fillTicket(*m_catalog, history, history.lastAt(), &derived);
        QCOMPARE(stored.response.due, derived.response.due);
        QCOMPARE(stored.resolution.due, derived.resolution.due);
        QCOMPARE(stored.response.phase, derived.response.phase);
        QCOMPARE(stored.nextBreach, derived.nextBreach);
        ++checked;
    }
    QVERIFY(checked > 0);
}

// The server time of one action (stamp, checks, append, derivation, row update) on tickets with
// 50 events each, and of the derivation alone: figures for docs/benchmarks.md.
void TestSqlDerive::actionCost()
{
    Random rnd(m_seed + 2);
    QVector<qint64> ids;
    while (ids.size() < 100) {
        QString stage;
        QVector<Event> log = randomLog(rnd, &stage, 48);
        if (log.size() != 49)
            continue;
        // Moved to end a minute ago (the server stamps the 50th event now).
        const qint64 shift = QDateTime::currentSecsSinceEpoch() - 60 - log.last().at;
        for (Event &e : log) {
            e.at += shift;
            if (e.kind == EventKind::DueOverride)
                e.due += shift;
        }
        if (log.first().at < 946684800)
            continue;
        const qint64 id = insertTicket(stage, log);
        QVERIFY(id > 0);
        ids << id;
    }
    QSqlQuery q = m_admin->query();
    std::vector<double> action;
    std::vector<double> derive;
    for (const qint64 id : std::as_const(ids)) {
        QVERIFY2(q.exec(QStringLiteral("SELECT row_version FROM tickets WHERE id = %1").arg(id)) &&
                         q.next(),
                 qPrintable(q.lastError().text()));
        const qint64 version = q.value(0).toLongLong();
        // The action first, in its own transaction as a client's would be; then the derivation
        // alone once more.
        const QString sql =
                QStringLiteral(
                        "DO $$ DECLARE t0 TIMESTAMPTZ; t1 TIMESTAMPTZ; t2 TIMESTAMPTZ; BEGIN "
                        "t0 := clock_timestamp(); "
                        "PERFORM dueline_stamp(%1); "
                        "PERFORM * FROM dueline_append_event(%1, %2, 50, 'note', NULL, '%3', "
                        "NULL, NULL, NULL, NULL, NULL, NULL, 'cost'); "
                        "t1 := clock_timestamp(); "
                        "PERFORM * FROM dueline_derive(%1, (SELECT max(at) FROM events WHERE "
                        "ticket_id = %1)); "
                        "t2 := clock_timestamp(); "
                        "CREATE TEMP TABLE IF NOT EXISTS cost (action float8, derive float8); "
                        "INSERT INTO cost VALUES (extract(epoch FROM t1 - t0) * 1000, "
                        "extract(epoch FROM t2 - t1) * 1000); END $$")
                        .arg(id)
                        .arg(version)
                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT action, derive FROM cost")));
    while (q.next()) {
        action.push_back(q.value(0).toDouble());
        derive.push_back(q.value(1).toDouble());
    }
    QCOMPARE(int(action.size()), int(ids.size()));
    qInfo("server time on tickets with 50 events (%d actions): derivation p50 %.3f ms, p95 %.3f "
          "ms; whole action (stamp, checks, append, derivation, row) p50 %.3f ms, p95 %.3f ms, "
          "max %.3f ms",
          int(action.size()), percentile(derive, 0.5), percentile(derive, 0.95),
          percentile(action, 0.5), percentile(action, 0.95), percentile(action, 1.0));
}

QTEST_GUILESS_MAIN(TestSqlDerive)
#include "tst_sqlderive.moc"
