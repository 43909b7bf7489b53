// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21: every period of the dashboard draws exactly the days it names, and its breaches per
// day are the ones `dueline-cli report` prints for the same days, zone and filters. The reader is
// in Shanghai while UTC is still on the previous day, so "today" is cut at midnight in the
// reader's zone; a year of demo history plus one ticket whose breach day is known.

#include "models/store/demodata.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"
#include "views/dashboard/dashboardworkspace.h"
#include "views/dashboard/daybarchartview.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace dueline;

namespace {

const char Zone[] = "Asia/Shanghai";

} // namespace

class TestDashboardPeriods : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void periods_data();
    void periods();
    void knownBreach();
    void filtersReachTheReport();

private:
    // The report's breaches per day: {"2026-12-03": {"vkcs/standard": 4, …}, …} in day order.
    QVector<QPair<QDate, QHash<QString, qint64>>> report(QDate first, QDate last,
                                                         const QStringList &extra = {});
    // Shows `period` (or the custom days) and waits for figures of exactly those days.
    bool show(DashboardWorkspace::Period period, QDate first, QDate last);
    void compareWithReport(QDate first, QDate last, const QStringList &extra = {});

    FakeClock m_clock = FakeClock::at("2026-12-02T18:30:00Z"); // 02:30 on 3 Dec in Shanghai
    CatalogPtr m_catalog;
    std::unique_ptr<testsupport::TestDatabase> m_db;
    std::unique_ptr<DashboardWorkspace> m_widget;
    QDate m_today;
    QDate m_knownBreachDay;
    QString m_knownPlan;
};

void TestDashboardPeriods::initTestCase()
{
    QCOMPARE(QTimeZone::systemTimeZone().id(), QByteArray(Zone));
    m_today = QDate(2026, 12, 3);
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_db = testsupport::TestDatabase::create(Engine::SQLite, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    auto store = TicketStore::open(m_db->url(), m_catalog, m_clock,
                                   Connection::Mode::CreateIfMissing, &storeError);
    QVERIFY2(store && store->migrate(&storeError) >= 0, qPrintable(storeError.message));
    DemoOptions options;
    options.tickets = 3000;
    options.seed = 21;
    options.historyDays = 400;
    DemoSummary summary;
    QVERIFY2(DemoData::generate(store->connection(), *m_catalog, m_clock.nowUtc(), options,
                                &summary, &storeError),
             qPrintable(storeError.message));

    // One ticket opened 80 days ago and never answered: its response breaches at its due.
    const qint64 now = m_clock.nowUtc();
    m_clock.set(now - qint64(80) * 86400);
    const QVector<Customer> customers = store->customers(&storeError);
    QVERIFY(!customers.isEmpty());
    // A customer whose plan commits to a response at level 1, in hours or minutes.
    const Customer *chosen = nullptr;
    const Plan *plan = nullptr;
    for (const Customer &c : customers) {
        const Plan *p = m_catalog->plan(c.planId);
        const SeverityTargets *targets = p ? p->targetsFor(p->severityForLevel(1)) : nullptr;
        if (targets && targets->target(TargetKind::Response).committed &&
            targets->target(TargetKind::Response).unit != TargetUnit::BusinessDays) {
            chosen = &c;
            plan = p;
            break;
        }
    }
    QVERIFY(chosen && plan);
    const Customer &customer = *chosen;
    m_knownPlan = plan->id;
    NewTicket t;
    t.customerId = customer.id;
    t.subject = QStringLiteral("Known breach");
    t.severity = plan->severityForLevel(1);
    t.channel = plan->firstOfferedChannel();
    const QVector<Agent> agents = store->agents(&storeError);
    QVERIFY(!agents.isEmpty());
    const ActionResult created = store->createTicket(Action::newActionId(), agents.first().id, t);
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    m_clock.set(now);
    const auto ticket = store->ticket(created.ticket.id, &storeError);
    QVERIFY(ticket);
    const Instant due = ticket->clock(TargetKind::Response).due;
    QVERIFY2(due > now - qint64(80) * 86400 && due < now - qint64(60) * 86400,
             qPrintable(QStringLiteral("plan %1, severity %2, due %3")
                                .arg(plan->id, t.severity)
                                .arg(QDateTime::fromSecsSinceEpoch(due).toString(Qt::ISODate))));
    m_knownBreachDay = QDateTime::fromSecsSinceEpoch(due, QTimeZone(Zone)).date();

    m_widget = std::make_unique<DashboardWorkspace>();
    m_widget->resize(1280, 800);
    m_widget->show();
    QSignalSpy updated(m_widget.get(), &DashboardWorkspace::updated);
    m_widget->setDatabase(m_db->url(), m_catalog, m_clock);
    QTRY_VERIFY_WITH_TIMEOUT(!m_widget->isShowingEmptyState(), 20000);
}

QVector<QPair<QDate, QHash<QString, qint64>>> TestDashboardPeriods::report(QDate first, QDate last,
                                                                           const QStringList &extra)
{
    QProcess cli;
    cli.start(QStringLiteral(DUELINE_CLI_PATH),
              QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db->urlText(),
                          QStringLiteral("--from"), first.toString(Qt::ISODate),
                          QStringLiteral("--to"), last.toString(Qt::ISODate),
                          QStringLiteral("--tz"), QString::fromLatin1(Zone),
                          QStringLiteral("--now"),
                          QDateTime::fromSecsSinceEpoch(m_clock.nowUtc(), QTimeZone::utc())
                                  .toString(Qt::ISODate),
                          QStringLiteral("--json")} +
                      extra);
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
        qWarning() << cli.readAllStandardError();
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QVector<QPair<QDate, QHash<QString, qint64>>> days;
    for (const auto &v : o.value(QStringLiteral("breaches_per_day")).toArray()) {
        const QJsonObject day = v.toObject();
        QHash<QString, qint64> plans;
        const QJsonObject perPlan = day.value(QStringLiteral("plans")).toObject();
        for (auto it = perPlan.begin(); it != perPlan.end(); ++it)
            plans.insert(it.key(), it.value().toInteger());
        days.append({QDate::fromString(day.value(QStringLiteral("day")).toString(), Qt::ISODate),
                     plans});
    }
    return days;
}

bool TestDashboardPeriods::show(DashboardWorkspace::Period period, QDate first, QDate last)
{
    if (period == DashboardWorkspace::CustomPeriod)
        m_widget->setCustomPeriod(first, last);
    else
        m_widget->setPeriod(period);
    const auto shows = [&] {
        const DashboardData &d = m_widget->model()->dashboardData();
        return !d.days.isEmpty() && d.days.first() == first && d.days.last() == last &&
               !m_widget->service()->isBusy();
    };
    return QTest::qWaitFor(shows, 20000);
}

void TestDashboardPeriods::compareWithReport(QDate first, QDate last, const QStringList &extra)
{
    const DayBarChart &chart = m_widget->breachChart()->chart();
    const DashboardData &d = m_widget->model()->dashboardData();
    const auto expected = report(first, last, extra);
    // Exactly the days named, each once, in order, on the chart as in the data.
    QCOMPARE(chart.days().size(), int(first.daysTo(last) + 1));
    QCOMPARE(chart.days(), d.days);
    QCOMPARE(expected.size(), chart.days().size());
    qint64 total = 0;
    for (int i = 0; i < chart.days().size(); ++i) {
        QCOMPARE(chart.days().at(i), first.addDays(i));
        QCOMPARE(expected.at(i).first, chart.days().at(i));
        qint64 reported = 0;
        for (qint64 n : expected.at(i).second)
            reported += n;
        QCOMPARE(chart.total(i), reported);
        // Plan by plan: the chart's series follow the data's plans.
        QCOMPARE(chart.series().size(), d.breachPlans.size());
        for (int p = 0; p < d.breachPlans.size(); ++p)
            QCOMPARE(chart.series().at(p).values.at(i),
                     expected.at(i).second.value(d.breachPlans.at(p)));
        total += reported;
    }
    QCOMPARE(chart.grandTotal(), total);
}

void TestDashboardPeriods::periods_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("days");
    QTest::newRow("today") << int(DashboardWorkspace::TodayPeriod) << 1;
    QTest::newRow("7 days") << int(DashboardWorkspace::Last7DaysPeriod) << 7;
    QTest::newRow("30 days") << int(DashboardWorkspace::Last30DaysPeriod) << 30;
    QTest::newRow("90 days") << int(DashboardWorkspace::Last90DaysPeriod) << 90;
    QTest::newRow("365 days") << int(DashboardWorkspace::Last365DaysPeriod) << 365;
    QTest::newRow("custom, 21 days") << int(DashboardWorkspace::CustomPeriod) << 21;
}

void TestDashboardPeriods::periods()
{
    QFETCH(int, period);
    QFETCH(int, days);
    const QDate last = period == DashboardWorkspace::CustomPeriod ? m_today.addDays(-100) : m_today;
    const QDate first = last.addDays(1 - days);
    QVERIFY(show(DashboardWorkspace::Period(period), first, last));
    compareWithReport(first, last);
    const DayBarChart &chart = m_widget->breachChart()->chart();
    if (days >= 30) {
        // Breaches all through the period, not only in its first month.
        QVERIFY(chart.grandTotal() > 0);
        qint64 lastThird = 0;
        for (int i = days - days / 3; i < days; ++i)
            lastThird += chart.total(i);
        QVERIFY(lastThird > 0);
    }
    // The description names the period's days.
    QVERIFY2(m_widget->periodDescription().contains(
                     QLocale().toString(last, QStringLiteral("d MMM"))),
             qPrintable(m_widget->periodDescription()));
}

void TestDashboardPeriods::knownBreach()
{
    const int index90 = int(m_today.addDays(-89).daysTo(m_knownBreachDay));
    QVERIFY(show(DashboardWorkspace::Last90DaysPeriod, m_today.addDays(-89), m_today));
    const DayBarChart &chart = m_widget->breachChart()->chart();
    const DashboardData &d = m_widget->model()->dashboardData();
    const int plan = int(d.breachPlans.indexOf(m_knownPlan));
    QVERIFY(plan >= 0);
    QVERIFY(chart.series().at(plan).values.at(index90) >= 1);
    // The 30 days do not reach it.
    QVERIFY(show(DashboardWorkspace::Last30DaysPeriod, m_today.addDays(-29), m_today));
    QVERIFY(!m_widget->breachChart()->chart().days().contains(m_knownBreachDay));
}

void TestDashboardPeriods::filtersReachTheReport()
{
    // One plan: the chart and the report agree on it too.
    m_widget->setPlanFilter({}, m_knownPlan);
    QVERIFY(show(DashboardWorkspace::Last90DaysPeriod, m_today.addDays(-89), m_today));
    QTRY_COMPARE_WITH_TIMEOUT(m_widget->service()->filter().planId, m_knownPlan, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_widget->service()->isBusy() &&
                                     m_widget->model()->dashboardData().filter.planId ==
                                             m_knownPlan,
                             20000);
    compareWithReport(m_today.addDays(-89), m_today, {QStringLiteral("--plan"), m_knownPlan});
    QVERIFY(m_widget->breachChart()->chart().series().size() <= 1);
    m_widget->setPlanFilter({}, {});
}

int main(int argc, char **argv)
{
    // The reader's zone, before anything reads it.
    qputenv("TZ", Zone);
    QApplication app(argc, argv);
    TestDashboardPeriods test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dashboardperiods.moc"
