// The dashboard widget and the wallboard, offscreen: a helpful empty state on an empty
// database, figures and charts from a small database, a click on a number asking for the
// matching queue view, exports (PNG, PDF, CSV) and the wallboard's pages.

#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"
#include "views/common/emptystatewidget.h"
#include "views/dashboard/dashboardworkspace.h"
#include "views/dashboard/wallboardwidget.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QtTest>

using namespace dueline;

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyDatabaseShowsEmptyState();
    void showsFiguresAndCharts();
    void wallboardRotates();

private:
    FakeClock m_clock = FakeClock::at("2026-12-28T07:00:00Z");
    CatalogPtr m_catalog;
};

void TestDashboard::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestDashboard::emptyDatabaseShowsEmptyState()
{
    QString error;
    auto db = testsupport::TestDatabase::create(Engine::SQLite, &error);
    QVERIFY2(db, qPrintable(error));
    StoreError storeError;
    auto store = TicketStore::open(db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                   &storeError);
    QVERIFY(store && store->migrate(&storeError) >= 0);

    DashboardWorkspace widget;
    widget.resize(1200, 800);
    widget.show();
    QVERIFY(widget.isShowingEmptyState());
    QSignalSpy updated(&widget, &DashboardWorkspace::updated);
    widget.setDatabase(db->url(), m_catalog, m_clock);
    QVERIFY(updated.wait(10000));
    QVERIFY(widget.isShowingEmptyState());
    auto *empty = widget.findChild<EmptyStateWidget *>(QStringLiteral("dashboardDataEmptyState"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->hint().contains(QStringLiteral("no tickets")));
    QVERIFY(empty->command().contains(QStringLiteral("dueline-cli demo")));
    QVERIFY(!widget.grab().isNull());
}

void TestDashboard::showsFiguresAndCharts()
{
    QString error;
    auto db = testsupport::TestDatabase::create(Engine::SQLite, &error);
    QVERIFY2(db, qPrintable(error));
    StoreError storeError;
    auto store = TicketStore::open(db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                   &storeError);
    QVERIFY(store && store->migrate(&storeError) >= 0);
    Agent lead{0, QStringLiteral("lead"), QStringLiteral("Lead"), Agent::Role::Lead};
    const qint64 leadId = store->addAgent(lead, &storeError);
    Customer c;
    c.name = QStringLiteral("Customer");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("en");
    const qint64 customer = store->addCustomer(c, &storeError);
    // Two tickets: one created an hour and a half ago without a reply (breached), one created
    // 50 minutes ago (at risk: 10 minutes of the hour left).
    for (qint64 ago : {90 * 60, 50 * 60}) {
        m_clock.set(FakeClock::at("2026-12-28T07:00:00Z").nowUtc() - ago);
        NewTicket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Down");
        t.severity = QStringLiteral("high");
        t.channel = m_catalog->plan(c.planId)->channels.first().id;
        QVERIFY(store->createTicket(Action::newActionId(), leadId, t).ok());
    }
    m_clock.set(FakeClock::at("2026-12-28T07:00:00Z").nowUtc());

    DashboardWorkspace widget;
    widget.resize(1200, 900);
    widget.show();
    QSignalSpy updated(&widget, &DashboardWorkspace::updated);
    widget.setDatabase(db->url(), m_catalog, m_clock);
    QTRY_VERIFY_WITH_TIMEOUT(!widget.isShowingEmptyState(), 10000);
    const DashboardData &d = widget.model()->dashboardData();
    QCOMPARE(d.openNow.open, 2);
    QCOMPARE(d.openNow.breached, 1);
    QCOMPARE(d.openNow.atRisk, 1);
    QCOMPARE(d.forecast.nextHour, 1);

    auto *breached = widget.findChild<QToolButton *>(QStringLiteral("tile3"));
    QVERIFY(breached);
    QVERIFY(breached->text().startsWith(QStringLiteral("1\n")));
    QSignalSpy open(&widget, &DashboardWorkspace::openQueueView);
    breached->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<QueueFilter>().view, QueueFilter::View::Breached);

    // The breaches chart has the VK CS stack with today's breach.
    QChart *chart = widget.chartView(DashboardWorkspace::BreachesPerDayChart)->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *stacked = qobject_cast<QStackedBarSeries *>(chart->series().first());
    QVERIFY(stacked);
    QCOMPARE(stacked->count(), 1);
    QCOMPARE(stacked->barSets().first()->at(stacked->barSets().first()->count() - 1), 1.0);

    // A filter that matches nothing gives zeros, not the empty state.
    updated.clear();
    widget.setPlanFilter(QStringLiteral("tencent"), {});
    QVERIFY(updated.wait(10000));
    QCOMPARE(widget.model()->dashboardData().openNow.open, 0);
    QVERIFY(!widget.isShowingEmptyState());
    updated.clear();
    widget.setPlanFilter({}, {});
    QVERIFY(updated.wait(10000));

    // Exports.
    QString exportError;
    const QString png = db->tempPath(QStringLiteral("chart.png"));
    QVERIFY2(widget.exportChart(DashboardWorkspace::BreachesPerDayChart, png, &exportError),
             qPrintable(exportError));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200);
    const QString pdf = db->tempPath(QStringLiteral("chart.pdf"));
    QVERIFY(widget.exportChart(DashboardWorkspace::ComplianceByPlanChart, pdf, &exportError));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    const QString csv = db->tempPath(QStringLiteral("figures.csv"));
    QVERIFY(widget.exportCsv(csv, &exportError));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray text = csvFile.readAll();
    QVERIFY(text.startsWith("key,section,name,value\n"));
    QVERIFY(text.contains("open.breached,Open now,Breached,1\n"));
    QVERIFY(!widget.exportCsv(QStringLiteral("/nonexistent/dir/x.csv"), &exportError));
    QVERIFY(exportError.contains(QStringLiteral("/nonexistent/dir/x.csv")));
}

void TestDashboard::wallboardRotates()
{
    WallboardWidget wallboard(m_catalog);
    wallboard.resize(1600, 900);
    wallboard.setRotationSeconds(1);
    wallboard.show();
    QVERIFY(wallboard.palette().color(QPalette::Window).lightness() < 64); // dark by default
    DashboardData d;
    d.openNow.open = 42;
    d.openNow.breached = 3;
    d.forecast.nextHour = 5;
    wallboard.setDashboardData(d);
    QVERIFY(wallboard.findChildren<QLabel *>().size() > 10);
    bool shown42 = false;
    for (QLabel *label : wallboard.findChildren<QLabel *>())
        shown42 = shown42 || label->text() == QStringLiteral("42");
    QVERIFY(shown42);
    QCOMPARE(wallboard.currentPage(), WallboardWidget::OpenPage);
    QTRY_COMPARE_WITH_TIMEOUT(wallboard.currentPage(), WallboardWidget::ForecastPage, 3000);
    QVERIFY(!wallboard.grab().isNull());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
