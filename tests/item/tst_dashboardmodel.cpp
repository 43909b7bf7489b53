// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's aggregation on a fixed hand-built dataset: ten tickets written through
// TicketStore actions with a fake clock, and every figure computed by hand below. The same
// figures come from Report::dashboard(), the DashboardModel (under QAbstractItemModelTester) and
// the DashboardService (worker thread, live change feed); tests/app/tst_reportcli.cpp checks
// `dueline-cli report --json` on the same dataset (tests/support/dashboarddataset.h).
//
// The index reads its rows through SQLite's own API on SQLite and through QSqlQuery elsewhere:
// sqliteReaderMatchesQtSql and updateMatchesLoad check on generated demo data (NULLs, paused,
// no-SLA, unassigned, resolved and overridden tickets, an id far past the others) that both
// readers, after a load and after incremental updates, give every figure the same.
//
// Period: tickets created 2026-12-21 00:00 – 2026-12-28 00:00 UTC; now = Mon 2026-12-28 07:00 UTC
// (10:00 Moscow). Days in UTC.
//
//  #  plan/severity              created (UTC)   events                       state at now
//  1  vkcs/standard critical     21 Dec 00:00    reply 00:30, resolve 01:30   met (resp 50 %)
//  2  vkcs/standard critical     21 Dec 10:00    reply 11:30, resolve 11:45   breached 21 Dec 11:00
//                                                                             (resp 150 %)
//  3  vkcs/standard high         22 Dec 00:00    reply 00:10, resolve 09:00   breached 22 Dec 08:00
//                                                                             (resp 17 %)
//  4  tencent/enterprise down    23 Dec 00:00    reply 00:05 (bob)            met (resp 33 %),
//                                                                             open, no clock left
//  5  tencent/enterprise consult 24 Dec 00:00    (alice)                      breached 24 Dec 01:00
//  6  vkcs/standard low          28 Dec 06:30    reply 06:35 (alice)          running (due 30 Dec)
//  7  vkcs/standard medium       28 Dec 06:10    —                            at risk, due 07:10
//  8  vkcs/standard high         28 Dec 04:00    reply 04:20, wait 05:00 (bob) paused
//  9  stormbpmn/team critical    22 Dec 09:00    (alice)                      at risk (10 h of 45 h
//                                                                             left), due 29 Dec
//                                                                             09:00, before the
//                                                                             New Year days off
// 10  stormbpmn/team critical    28 Dec 07:00    —                            running, due 12 Jan
//
// Compliance (created in the period: 1–5, 9): met 1, 4; breached 2, 3, 5; pending 9 → 2/5 = 40 %.
// Russian New Year days off 2026-12-31 … 2027-01-10: answer by Wed 30 Dec 20:00 Moscow (17:00 UTC).

#include "models/item/dashboardmodel.h"
#include "models/item/ticker.h"
#include "models/store/demodata.h"
#include "tests/support/dashboarddataset.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace dueline;

namespace {

Instant utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

QString instantText(Instant t)
{
    return t == InvalidInstant ? QStringLiteral("-") : QString::number(t);
}

QString rowText(const ReportRow &r)
{
    return QStringLiteral("row %1 %2: %3 tickets, met %4, breached %5, pending %6, n/a %7, "
                          "response %8/%9, resolution %10/%11, replied %12, %13 %, median %14")
            .arg(r.planId, r.severity)
            .arg(r.tickets)
            .arg(r.met)
            .arg(r.breached)
            .arg(r.pending)
            .arg(r.notApplicable)
            .arg(r.responseMet)
            .arg(r.responseBreached)
            .arg(r.resolutionMet)
            .arg(r.resolutionBreached)
            .arg(r.replied)
            .arg(QString::number(r.compliancePercent, 'g', 17))
            .arg(r.medianResponseSeconds);
}

// Every figure of the dashboard, one per line, so that two of them compare line by line.
QStringList describe(const DashboardData &d)
{
    QStringList lines;
    lines << QStringLiteral("now %1, %2 tickets").arg(d.now).arg(d.totalTickets);
    for (const ReportRow &r : d.rows)
        lines << rowText(r);
    for (const ReportRow &r : d.byPlan)
        lines << QStringLiteral("plan ") + rowText(r);
    for (const ReportRow &r : d.bySeverity)
        lines << QStringLiteral("severity ") + rowText(r);
    lines << QStringLiteral("total ") + rowText(d.total);
    for (const QDate &day : d.days)
        lines << QStringLiteral("day ") + day.toString(Qt::ISODate);
    for (int p = 0; p < d.breachPlans.size(); ++p) {
        QStringList counts;
        for (qint64 n : d.breachesPerDay.value(p))
            counts << QString::number(n);
        lines << QStringLiteral("breaches %1: %2").arg(d.breachPlans[p], counts.join(u' '));
    }
    QStringList buckets;
    for (qint64 n : d.responseBuckets)
        buckets << QString::number(n);
    lines << QStringLiteral("response buckets ") + buckets.join(u' ');
    const OpenNow &o = d.openNow;
    lines << QStringLiteral("open %1: running %2, at risk %3, breached %4, paused %5, no SLA %6")
                     .arg(o.open)
                     .arg(o.running)
                     .arg(o.atRisk)
                     .arg(o.breached)
                     .arg(o.paused)
                     .arg(o.noSla);
    for (const AgentLoad &a : d.agents)
        lines << QStringLiteral("agent %1 %2: open %3, at risk %4, breached %5")
                         .arg(a.agentId)
                         .arg(a.name)
                         .arg(a.open)
                         .arg(a.atRisk)
                         .arg(a.breached);
    const BreachForecast &f = d.forecast;
    lines << QStringLiteral("forecast: hour %1, 4 hours %2, today %3 (until %4)")
                     .arg(f.nextHour)
                     .arg(f.next4Hours)
                     .arg(f.endOfToday)
                     .arg(instantText(f.endOfTodayAt));
    for (const HolidayForecast &h : f.holidays)
        lines << QStringLiteral("days off %1 %2 %3 %4–%5, cutoff %6, %7: %8 tickets, earliest %9")
                         .arg(h.calendarId, h.providerId, h.holidayNames.text(QStringLiteral("en")),
                              h.firstDay.toString(Qt::ISODate), h.lastDay.toString(Qt::ISODate),
                              instantText(h.cutoff), QString::fromLatin1(h.timeZone))
                         .arg(h.tickets)
                         .arg(instantText(h.earliestDue));
    return lines;
}

} // namespace

class TestDashboardModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void handComputedFigures();
    void filters();
    void reportComputeAgrees();
    void modelUnderTester();
    void serviceOffThreadAndLive();
    void sqliteReaderMatchesQtSql();
    void updateMatchesLoad();

private:
    void check(const ActionResult &r)
    {
        if (!r.ok())
            qFatal("action: %s", qPrintable(r.error.message));
    }
    DashboardFilter period() const
    {
        DashboardFilter f;
        f.from = testsupport::DashboardDataset::periodFrom();
        f.to = testsupport::DashboardDataset::periodTo();
        return f;
    }
    void verifyAll(const DashboardData &d);
    // Generated demo data on a SQLite file of its own, at m_now.
    bool buildDemo(QString *error);
    qint64 countOf(const QString &where);
    // The filters the readers are compared under (periods, every plan, provider, severity and
    // agent).
    QVector<DashboardFilter> comparedFilters();
    // The figures of `index` under comparedFilters() at each of `nows`.
    QStringList figures(const DashboardIndex &index, const QVector<Instant> &nows);

    testsupport::DashboardDataset m_data;
    FakeClock m_demoClock;
    std::unique_ptr<testsupport::TestDatabase> m_demoDatabase;
    std::unique_ptr<TicketStore> m_demo;
    const Instant m_now = testsupport::DashboardDataset::now();
};

void TestDashboardModel::initTestCase()
{
    QString error;
    QVERIFY2(m_data.build(&error), qPrintable(error));
    QVERIFY2(buildDemo(&error), qPrintable(error));
}

bool TestDashboardModel::buildDemo(QString *error)
{
    m_demoClock.set(m_now);
    m_demoDatabase = testsupport::TestDatabase::create(Engine::SQLite, error);
    if (!m_demoDatabase)
        return false;
    StoreError storeError;
    m_demo = TicketStore::open(m_demoDatabase->url(), m_data.catalog, m_demoClock,
                               Connection::Mode::CreateIfMissing, &storeError);
    if (!m_demo || m_demo->migrate(&storeError) < 0) {
        *error = storeError.message;
        return false;
    }
    DemoOptions options;
    options.tickets = 3000;
    options.seed = 21;
    options.openPercent = 40;
    if (!DemoData::generate(m_demo->connection(), *m_data.catalog, m_now, options, nullptr,
                            &storeError)) {
        *error = storeError.message;
        return false;
    }
    // A clock both overridden and paused (the override counts, not the remaining time): a
    // lead moves a resolution due to tomorrow, then the agent waits on the customer.
    QSqlQuery q = m_demo->connection().query();
    if (!q.exec(QStringLiteral("SELECT (SELECT id FROM agents WHERE role = 'lead' ORDER BY id "
                               "LIMIT 1), (SELECT id FROM tickets WHERE status = 'open' AND "
                               "resolution_state = 'running' ORDER BY id LIMIT 1)")) ||
        !q.next() || q.isNull(0) || q.isNull(1)) {
        *error = QStringLiteral("no lead or no open ticket with a running resolution clock");
        return false;
    }
    Action action;
    action.actorId = q.value(0).toLongLong();
    action.ticketId = q.value(1).toLongLong();
    q.finish();
    action.actionId = Action::newActionId();
    ActionResult r = m_demo->overrideDue(action, TargetKind::Resolution, m_now + Day,
                                         QStringLiteral("Agreed with the customer"));
    if (r.ok()) {
        action.actionId = Action::newActionId();
        r = m_demo->replyAndWait(action, QStringLiteral("Please try the new build."));
    }
    if (!r.ok()) {
        *error = r.error.message;
        return false;
    }
    // A ticket far past the others (ids need not be dense: an import, a PostgreSQL sequence):
    // a copy of ticket 5 as ticket 900000.
    for (const char *sql : {"CREATE TEMP TABLE copied AS SELECT * FROM tickets WHERE id = 5",
                            "UPDATE copied SET id = 900000",
                            "INSERT INTO tickets SELECT * FROM copied", "DROP TABLE copied"}) {
        if (!m_demo->connection().exec(QString::fromLatin1(sql), &storeError)) {
            *error = storeError.message;
            return false;
        }
    }
    return true;
}

qint64 TestDashboardModel::countOf(const QString &where)
{
    QSqlQuery q = m_demo->connection().query();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE ") + where) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QVector<DashboardFilter> TestDashboardModel::comparedFilters()
{
    DashboardFilter all;
    all.from = m_now - 120 * Day;
    all.to = m_now + Day;
    DashboardFilter month = all;
    month.from = m_now - 30 * Day;
    month.zone = QTimeZone("Europe/Moscow");
    QVector<DashboardFilter> filters{all, month};
    QSet<QString> providers;
    for (const Plan &p : m_data.catalog->plans()) {
        DashboardFilter f = all;
        f.planId = p.id;
        filters << f;
        providers.insert(p.providerId);
        for (const QString &severity : p.severities) {
            f = all;
            f.severity = severity;
            filters << f;
        }
    }
    for (const QString &provider : providers) {
        DashboardFilter f = all;
        f.providerId = provider;
        filters << f;
    }
    StoreError error;
    QVector<qint64> agents{0}; // unassigned
    for (const Agent &a : m_demo->agents(&error))
        agents << a.id;
    for (qint64 agent : agents) {
        DashboardFilter f = all;
        f.agentId = agent;
        filters << f;
    }
    return filters;
}

QStringList TestDashboardModel::figures(const DashboardIndex &index, const QVector<Instant> &nows)
{
    QStringList lines{QStringLiteral("%1 tickets in the index").arg(index.size())};
    const QVector<DashboardFilter> filters = comparedFilters();
    for (Instant now : nows) {
        for (int i = 0; i < filters.size(); ++i) {
            lines << QStringLiteral("filter %1 at %2").arg(i).arg(now);
            lines << describe(index.aggregate(filters[i], now));
        }
    }
    return lines;
}

void TestDashboardModel::verifyAll(const DashboardData &d)
{
    QCOMPARE(d.totalTickets, 10);
    // Compliance.
    QCOMPARE(d.total.tickets, 6);
    QCOMPARE(d.total.met, 2);
    QCOMPARE(d.total.breached, 3);
    QCOMPARE(d.total.pending, 1);
    QCOMPARE(d.total.notApplicable, 0);
    QCOMPARE(d.total.compliancePercent, 40.0);
    QCOMPARE(d.total.medianResponseSeconds, (600 + 1800) / 2);
    QCOMPARE(d.total.responseBreached, 2); // 2 (late reply), 5 (no reply)
    QCOMPARE(d.total.resolutionBreached, 1); // 3

    QHash<QString, ReportRow> plans;
    for (const ReportRow &r : d.byPlan)
        plans.insert(r.planId, r);
    QCOMPARE(plans.size(), 3);
    QCOMPARE(plans[QStringLiteral("vkcs/standard")].tickets, 3);
    QCOMPARE(plans[QStringLiteral("vkcs/standard")].met, 1);
    QCOMPARE(plans[QStringLiteral("vkcs/standard")].breached, 2);
    QCOMPARE(plans[QStringLiteral("vkcs/standard")].compliancePercent, 100.0 / 3.0);
    QCOMPARE(plans[QStringLiteral("tencent/enterprise")].compliancePercent, 50.0);
    QCOMPARE(plans[QStringLiteral("stormbpmn/team")].pending, 1);
    QCOMPARE(plans[QStringLiteral("stormbpmn/team")].compliancePercent, -1.0);
    // Plans in catalog order.
    QStringList catalogOrder;
    for (const Plan &p : m_data.catalog->plans())
        catalogOrder << p.id;
    for (int i = 1; i < d.byPlan.size(); ++i)
        QVERIFY(catalogOrder.indexOf(d.byPlan[i - 1].planId) <
                catalogOrder.indexOf(d.byPlan[i].planId));

    QHash<QString, ReportRow> severities;
    for (const ReportRow &r : d.bySeverity)
        severities.insert(r.severity, r);
    QCOMPARE(severities.size(), 4);
    QCOMPARE(severities[QStringLiteral("critical")].tickets, 3); // 1, 2, 9
    QCOMPARE(severities[QStringLiteral("critical")].compliancePercent, 50.0);
    QCOMPARE(severities[QStringLiteral("high")].compliancePercent, 0.0);
    QCOMPARE(severities[QStringLiteral("down")].compliancePercent, 100.0);
    QCOMPARE(severities[QStringLiteral("consult")].compliancePercent, 0.0);
    QCOMPARE(d.rows.size(), 5);

    // Breaches per day: 21 Dec (2), 22 Dec (3) for VK CS, 24 Dec (5) for Tencent.
    QCOMPARE(d.days.size(), 7);
    QCOMPARE(d.days.first(), QDate(2026, 12, 21));
    QCOMPARE(d.breachPlans.size(), 2);
    const int vk = int(d.breachPlans.indexOf(QStringLiteral("vkcs/standard")));
    const int tc = int(d.breachPlans.indexOf(QStringLiteral("tencent/enterprise")));
    QVERIFY(vk >= 0 && tc >= 0);
    QCOMPARE(d.breachesPerDay[vk], (QVector<qint64>{1, 1, 0, 0, 0, 0, 0}));
    QCOMPARE(d.breachesPerDay[tc], (QVector<qint64>{0, 0, 0, 1, 0, 0, 0}));

    // Response against the target: 3 (17 %), 1 (50 %), 4 (33 %), 2 (150 %).
    const qint64 buckets[ResponseBucketCount] = {1, 2, 0, 0, 1, 0, 0};
    for (int b = 0; b < ResponseBucketCount; ++b)
        QCOMPARE(d.responseBuckets[b], buckets[b]);

    // Open now.
    QCOMPARE(d.openNow.open, 7);
    QCOMPARE(d.openNow.running, 2); // 6, 10
    QCOMPARE(d.openNow.atRisk, 2); // 7, 9
    QCOMPARE(d.openNow.breached, 1); // 5
    QCOMPARE(d.openNow.paused, 1); // 8
    QCOMPARE(d.openNow.noSla, 1); // 4

    // Agents: Alice 5, 6, 9; Bob 4, 8; unassigned 7, 10.
    QCOMPARE(d.agents.size(), 3);
    QCOMPARE(d.agents[0].name, QStringLiteral("Alice"));
    QCOMPARE(d.agents[0].open, 3);
    QCOMPARE(d.agents[0].atRisk, 1);
    QCOMPARE(d.agents[0].breached, 1);
    QCOMPARE(d.agents[1].name, QStringLiteral("Bob"));
    QCOMPARE(d.agents[1].open, 2);
    QCOMPARE(d.agents[1].atRisk, 0);
    QCOMPARE(d.agents[2].agentId, 0);
    QCOMPARE(d.agents[2].open, 2);
    QCOMPARE(d.agents[2].atRisk, 1);

    // Forecast: 7 is due at 07:10; 9 before the New Year days off.
    QCOMPARE(d.forecast.nextHour, 1);
    QCOMPARE(d.forecast.next4Hours, 1);
    QCOMPARE(d.forecast.endOfToday, 1);
    QCOMPARE(d.forecast.endOfTodayAt, utc("2026-12-29T00:00:00Z"));
    QCOMPARE(d.forecast.holidays.size(), 1);
    const HolidayForecast &h = d.forecast.holidays.first();
    QCOMPARE(h.providerId, QStringLiteral("stormbpmn"));
    QCOMPARE(h.firstDay, QDate(2026, 12, 31));
    QCOMPARE(h.lastDay, QDate(2027, 1, 10));
    QCOMPARE(h.cutoff, utc("2026-12-30T17:00:00Z"));
    QCOMPARE(h.tickets, 1);
    QCOMPARE(h.earliestDue, utc("2026-12-29T09:00:00Z"));
    QVERIFY(!h.holidayNames.text(QStringLiteral("en")).isEmpty());
}

void TestDashboardModel::handComputedFigures()
{
    StoreError error;
    const auto d =
            Report::dashboard(m_data.store->connection(), m_data.catalog, period(), m_now, &error);
    QVERIFY2(d, qPrintable(error.message));
    verifyAll(*d);
}

void TestDashboardModel::filters()
{
    DashboardIndex index(m_data.catalog);
    StoreError error;
    QVERIFY(index.load(m_data.store->connection(), &error));

    DashboardFilter f = period();
    f.planId = QStringLiteral("vkcs/standard");
    DashboardData d = index.aggregate(f, m_now);
    QCOMPARE(d.total.tickets, 3);
    QCOMPARE(d.total.breached, 2);
    QCOMPARE(d.openNow.open, 3); // 6, 7, 8
    QCOMPARE(d.forecast.holidays.size(), 0);

    f = period();
    f.providerId = QStringLiteral("stormbpmn");
    d = index.aggregate(f, m_now);
    QCOMPARE(d.total.tickets, 1);
    QCOMPARE(d.openNow.open, 2);
    QCOMPARE(d.forecast.holidays.size(), 1);

    f = period();
    f.severity = QStringLiteral("critical");
    d = index.aggregate(f, m_now);
    QCOMPARE(d.total.tickets, 3);
    QCOMPARE(d.total.met, 1);
    QCOMPARE(d.total.breached, 1);

    f = period();
    f.agentId = m_data.alice;
    d = index.aggregate(f, m_now);
    QCOMPARE(d.openNow.open, 3);
    QCOMPARE(d.openNow.atRisk, 1);
    QCOMPARE(d.openNow.breached, 1);
    QCOMPARE(d.total.tickets, 2); // 5, 9

    f.agentId = 0; // unassigned
    d = index.aggregate(f, m_now);
    QCOMPARE(d.openNow.open, 2);
    QCOMPARE(d.total.tickets, 3); // 1, 2, 3

    // One hour later ticket 7 is breached (due 07:10) and nothing is due within the hour.
    d = index.aggregate(period(), m_now + Hour);
    QCOMPARE(d.openNow.breached, 2);
    QCOMPARE(d.forecast.nextHour, 0);
}

void TestDashboardModel::reportComputeAgrees()
{
    StoreError error;
    const QVector<ReportRow> rows = Report::compute(m_data.store->connection(), *m_data.catalog,
                                                    period().from, period().to, m_now, &error);
    QCOMPARE(rows.size(), 6); // five plan × severity rows and the total
    QCOMPARE(rows.last().compliancePercent, 40.0);
    QVERIFY(rows.last().planId.isEmpty());
}

void TestDashboardModel::modelUnderTester()
{
    DashboardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.hasData());
    QCOMPARE(model.rowCount(), 0);
    StoreError error;
    const auto d =
            Report::dashboard(m_data.store->connection(), m_data.catalog, period(), m_now, &error);
    QVERIFY(d);
    model.setDashboardData(*d);
    QVERIFY(model.hasData());
    QCOMPARE(model.valueOf(QStringLiteral("open.total")).toLongLong(), 7);
    QCOMPARE(model.valueOf(QStringLiteral("open.at_risk")).toLongLong(), 2);
    QCOMPARE(model.valueOf(QStringLiteral("forecast.hour")).toLongLong(), 1);
    QCOMPARE(model.valueOf(QStringLiteral("compliance.total")).toDouble(), 40.0);
    QCOMPARE(model.valueOf(QStringLiteral("compliance.plan.tencent/enterprise")).toDouble(), 50.0);
    QVERIFY(!model.valueOf(QStringLiteral("compliance.plan.stormbpmn/team")).isValid());
    QCOMPARE(model.valueOf(QStringLiteral("breaches.2026-12-24.tencent/enterprise")).toLongLong(),
             1);
    QCOMPARE(model.valueOf(QStringLiteral("response.4")).toLongLong(), 1);
    QCOMPARE(model.valueOf(QStringLiteral("agent.%1.open").arg(m_data.alice)).toLongLong(), 3);
    const int row = model.rowOfKey(QStringLiteral("compliance.total"));
    QCOMPARE(model.index(row, DashboardModel::ValueColumn).data().toString(),
             QStringLiteral("40.0%"));

    // The same rows again: values change in place, no reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    DashboardIndex index(m_data.catalog);
    QVERIFY(index.load(m_data.store->connection(), &error));
    model.setDashboardData(index.aggregate(period(), m_now + 60));
    QCOMPARE(resets.count(), 0);
    model.setDashboardData(index.aggregate(period(), m_now + 60));
    QCOMPARE(changes.count(), 0); // nothing moved in the last minute

    const QString csv = model.toCsv();
    QVERIFY(csv.startsWith(QStringLiteral("key,section,name,value\n")));
    QVERIFY(csv.contains(QStringLiteral("\ncompliance.total,Compliance %,All plans,40.0\n")));
    QVERIFY(csv.contains(QStringLiteral("\nopen.breached,Open now,Breached,1\n")));
}

void TestDashboardModel::serviceOffThreadAndLive()
{
    DashboardService service;
    QSignalSpy ready(&service, &DashboardService::dataReady);
    DashboardFilter f = period();
    service.setFilter(f);
    service.setDatabase(m_data.database->url(), m_data.catalog, m_data.clock);
    QVERIFY(ready.wait(10000));
    verifyAll(ready.last().first().value<DashboardData>());
    QCOMPARE(service.agents().size(), 3);

    // Another connection answers ticket 7: the feed updates the index and the figures follow.
    ready.clear();
    check(m_data.store->reply(m_data.action(m_data.ticket7), QStringLiteral("Answered")));
    QTRY_VERIFY_WITH_TIMEOUT(
            !ready.isEmpty() && ready.last().first().value<DashboardData>().openNow.atRisk == 1,
            10000);
    const DashboardData d = ready.last().first().value<DashboardData>();
    QCOMPARE(d.forecast.nextHour, 0);
    QCOMPARE(d.openNow.running, 3);

    // The ticker recomputes once refreshSeconds have passed.
    Ticker ticker(m_data.clock);
    service.setTicker(&ticker);
    service.setRefreshSeconds(5);
    ready.clear();
    m_data.clock.advance(10);
    ticker.tickNow();
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.last().first().value<DashboardData>().now, m_now + 10);
    m_data.clock.set(m_now);
}

void TestDashboardModel::sqliteReaderMatchesQtSql()
{
    // The demo data holds every kind of row the readers must agree on.
    QCOMPARE(countOf(QStringLiteral("1 = 1")), 3001);
    QVERIFY(countOf(QStringLiteral("first_reply_at IS NULL")) > 0);
    QVERIFY(countOf(QStringLiteral("response_due IS NULL AND response_required IS NULL")) > 0);
    QVERIFY(countOf(QStringLiteral("resolution_due IS NULL")) > 0);
    QVERIFY(countOf(QStringLiteral("assignee_id IS NULL")) > 0);
    QVERIFY(countOf(QStringLiteral("paused <> 0 AND status = 'waiting_customer'")) > 0);
    QVERIFY(countOf(QStringLiteral("response_state = 'not_applicable' AND "
                                   "resolution_state = 'not_applicable'")) > 0);
    QVERIFY(countOf(QStringLiteral("service_stage <> '' AND response_state = 'not_applicable' AND "
                                   "plan_id = 'vkcs/standard'")) > 0);
    QVERIFY(countOf(QStringLiteral("status = 'resolved'")) > 0);
    QVERIFY(countOf(QStringLiteral("status = 'closed'")) > 0);
    QVERIFY(countOf(QStringLiteral("overrides <> 0")) > 0);
    QVERIFY(countOf(QStringLiteral("overrides = 2 AND resolution_state = 'paused'")) > 0);
    QVERIFY(countOf(QStringLiteral("response_state = 'met_late'")) > 0);
    QVERIFY(countOf(QStringLiteral("response_remaining < 0 OR resolution_remaining < 0")) > 0);

    DashboardIndex native(m_data.catalog);
    DashboardIndex generic(m_data.catalog);
    generic.setReader(DashboardIndex::Reader::QtSql);
    StoreError error;
    QVERIFY2(native.load(m_demo->connection(), &error), qPrintable(error.message));
    QVERIFY2(generic.load(m_demo->connection(), &error), qPrintable(error.message));
    QCOMPARE(native.size(), 3001);
    QCOMPARE(generic.size(), 3001);

    // And the figures use them: the comparison below is not of empty dashboards.
    DashboardFilter all;
    all.from = m_now - 120 * Day;
    all.to = m_now + Day;
    const DashboardData d = native.aggregate(all, m_now);
    QCOMPARE(d.total.tickets, 3001);
    QVERIFY(d.total.met > 0 && d.total.breached > 0 && d.total.pending > 0);
    QVERIFY(d.total.notApplicable > 0);
    QVERIFY(d.openNow.running > 0 && d.openNow.atRisk > 0 && d.openNow.breached > 0);
    QVERIFY(d.openNow.paused > 0 && d.openNow.noSla > 0);
    QVERIFY(!d.forecast.holidays.isEmpty());
    QVERIFY(d.agents.size() > 2);

    const QVector<Instant> nows{m_now, m_now + 2 * Hour, m_now + 3 * Day};
    QCOMPARE(figures(native, nows), figures(generic, nows));
}

void TestDashboardModel::updateMatchesLoad()
{
    DashboardIndex native(m_data.catalog);
    DashboardIndex generic(m_data.catalog);
    generic.setReader(DashboardIndex::Reader::QtSql);
    StoreError error;
    QVERIFY2(native.load(m_demo->connection(), &error), qPrintable(error.message));
    QVERIFY2(generic.load(m_demo->connection(), &error), qPrintable(error.message));
    const QVector<Instant> nows{m_now + 120, m_now + 2 * Hour, m_now + 3 * Day};
    const QStringList unchanged = figures(native, nows);

    // Actions on tickets of each kind, a minute after the demo's now, and new tickets.
    m_demoClock.set(m_now + 60);
    QSqlQuery q = m_demo->connection().query();
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT id FROM agents WHERE role = 'lead' ORDER BY id "
                                  "LIMIT 1), (SELECT id FROM agents WHERE role = 'agent' ORDER BY "
                                  "id LIMIT 1)")));
    QVERIFY(q.next());
    const qint64 lead = q.value(0).toLongLong();
    const qint64 agent = q.value(1).toLongLong();
    q.finish();
    auto ticketWhere = [&](const QByteArray &where) -> qint64 {
        QSqlQuery t = m_demo->connection().query();
        if (!t.exec(QStringLiteral("SELECT id FROM tickets WHERE %1 AND id < 900000 ORDER BY id "
                                   "LIMIT 1")
                            .arg(QString::fromLatin1(where))) ||
            !t.next())
            return 0;
        return t.value(0).toLongLong();
    };
    auto action = [&](qint64 ticket) {
        Action a;
        a.actionId = Action::newActionId();
        a.actorId = lead;
        a.ticketId = ticket;
        return a;
    };
    QVector<qint64> changed;
    auto expectOk = [&](const ActionResult &r, qint64 ticket) {
        if (!r.ok())
            qWarning("ticket %lld: %s", ticket, qPrintable(r.error.message));
        changed << ticket;
        return r.ok();
    };
    const qint64 unassigned = ticketWhere("status = 'new' AND assignee_id IS NULL");
    QVERIFY(unassigned);
    QVERIFY(expectOk(m_demo->assign(action(unassigned), agent), unassigned));
    const qint64 unanswered =
            ticketWhere("status = 'new' AND id <> " + QByteArray::number(unassigned));
    QVERIFY(unanswered);
    QVERIFY(expectOk(m_demo->reply(action(unanswered), QStringLiteral("On it")), unanswered));
    const qint64 toPause = ticketWhere("status = 'open' AND response_state = 'met'");
    QVERIFY(toPause);
    QVERIFY(expectOk(m_demo->replyAndWait(action(toPause), QStringLiteral("Logs, please")),
                     toPause));
    const qint64 toResume = ticketWhere("status = 'waiting_customer' AND overrides = 0");
    QVERIFY(toResume);
    QVERIFY(expectOk(m_demo->resume(action(toResume)), toResume));
    const qint64 toResolve = ticketWhere("status = 'open' AND resolution_state = 'running'");
    QVERIFY(toResolve);
    QVERIFY(expectOk(m_demo->resolve(action(toResolve)), toResolve));
    const qint64 toReopen = ticketWhere("status = 'resolved'");
    QVERIFY(toReopen);
    QVERIFY(expectOk(m_demo->reopen(action(toReopen)), toReopen));
    const qint64 toUnassign = ticketWhere("status = 'open' AND assignee_id IS NOT NULL");
    QVERIFY(toUnassign);
    QVERIFY(expectOk(m_demo->assign(action(toUnassign), 0), toUnassign));
    const qint64 toOverride =
            ticketWhere("status IN ('new', 'open') AND response_state = 'running' AND "
                        "overrides = 0 AND plan_id = 'vkcs/standard'");
    QVERIFY(toOverride);
    QVERIFY(expectOk(m_demo->overrideDue(action(toOverride), TargetKind::Response, m_now + 6 * Hour,
                                         QStringLiteral("Agreed")),
                     toOverride));
    const qint64 toEscalate =
            ticketWhere("status IN ('new', 'open') AND plan_id = 'vkcs/standard' AND "
                        "severity = 'low'");
    QVERIFY(toEscalate);
    QVERIFY(expectOk(m_demo->changeSeverity(action(toEscalate), QStringLiteral("critical"),
                                            QStringLiteral("Production is down")),
                     toEscalate));
    // New tickets: ids past 900000, far from the dense range; one on a plan without SLA.
    for (const char *plan : {"alibaba/basic", "stormbpmn/team", "tencent/flagship"}) {
        QSqlQuery c = m_demo->connection().query();
        QVERIFY(c.exec(QStringLiteral("SELECT id FROM customers WHERE plan_id = '%1' LIMIT 1")
                               .arg(QString::fromLatin1(plan))));
        QVERIFY2(c.next(), plan);
        NewTicket t;
        t.customerId = c.value(0).toLongLong();
        c.finish();
        t.subject = QStringLiteral("New on %1").arg(QString::fromLatin1(plan));
        t.planId = QString::fromLatin1(plan);
        t.severity = m_data.catalog->plan(t.planId)->severities.first();
        t.channel = m_data.catalog->plan(t.planId)->firstOfferedChannel();
        const ActionResult r = m_demo->createTicket(Action::newActionId(), lead, t);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.ticket.id > 900000);
        changed << r.ticket.id;
    }

    // The changed ids, unchanged ones (the far one among them), one that does not exist, and more
    // than one chunk of them.
    QVector<qint64> ids = changed;
    ids << 7 << 900000 << 123456789;
    for (qint64 id = 1000; id < 1600; ++id)
        ids << id;
    QVERIFY2(native.update(m_demo->connection(), ids, &error), qPrintable(error.message));
    QVERIFY2(generic.update(m_demo->connection(), ids, &error), qPrintable(error.message));
    QCOMPARE(native.size(), 3004);
    QCOMPARE(generic.size(), 3004);
    // A second round: a new ticket is answered.
    m_demoClock.advance(60);
    QVERIFY(expectOk(m_demo->reply(action(changed.last()), QStringLiteral("Hello")),
                     changed.last()));
    QVERIFY2(native.update(m_demo->connection(), {changed.last()}, &error),
             qPrintable(error.message));
    QVERIFY2(generic.update(m_demo->connection(), {changed.last()}, &error),
             qPrintable(error.message));
    QCOMPARE(native.size(), 3004);

    DashboardIndex loaded(m_data.catalog);
    loaded.setReader(DashboardIndex::Reader::QtSql);
    QVERIFY2(loaded.load(m_demo->connection(), &error), qPrintable(error.message));
    const QStringList expected = figures(loaded, nows);
    QCOMPARE(figures(native, nows), expected);
    QCOMPARE(figures(generic, nows), expected);
    // And the changes moved the figures.
    QVERIFY(expected != unchanged);
    m_demoClock.set(m_now);
}

QTEST_GUILESS_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
