// The dashboard's aggregation on a fixed hand-built dataset: ten tickets written through
// TicketStore actions with a fake clock, and every figure computed by hand below. The same
// figures come from Report::dashboard(), the DashboardModel (under QAbstractItemModelTester) and
// the DashboardService (worker thread, live change feed); tests/app/tst_reportcli.cpp checks
// `dueline-cli report --json` on the same dataset (tests/support/dashboarddataset.h).
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
#include "tests/support/dashboarddataset.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace dueline;

namespace {

Instant utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

constexpr qint64 Hour = 3600;

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

    testsupport::DashboardDataset m_data;
    const Instant m_now = testsupport::DashboardDataset::now();
};

void TestDashboardModel::initTestCase()
{
    QString error;
    QVERIFY2(m_data.build(&error), qPrintable(error));
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

QTEST_GUILESS_MAIN(TestDashboardModel)
#include "tst_dashboardmodel.moc"
