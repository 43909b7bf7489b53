// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21: a language or theme switch at run time reaches every widget, chart, delegate and
// cached format. A main window on a demo database is switched English → Russian → Chinese and
// light → dark while it runs; after each switch, each workspace (Queue, Plans, Dashboard) shows
// exactly what a main window started in those settings shows: every visible text, table cell,
// tooltip, colour and style sheet (tests/support/widgetrendering.h).

#include "app/bootstrap/i18n.h"
#include "models/item/ticker.h"
#include "models/store/demodata.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/queueopening.h"
#include "tests/support/widgetrendering.h"
#include "views/common/theme.h"
#include "views/dashboard/dashboardworkspace.h"
#include "views/dashboard/daybarchartview.h"
#include "views/plans/planscalculatorview.h"
#include "views/plans/plansworkspace.h"
#include "views/queue/queueworkspace.h"
#include "views/shell/mainwindow.h"

#include <QDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dueline;

namespace {

void processLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

// The breaches chart, drawn by Dueline: its labels and legend as laid out now.
QStringList dayBarChartLines(QWidget *w)
{
    auto *bars = qobject_cast<DayBarChartView *>(w);
    if (!bars)
        return {};
    bars->layoutFor(bars->size());
    QStringList lines;
    for (const DayBarChart::Text &t : bars->chart().dayLabels())
        lines << QStringLiteral("day label ") + t.text;
    for (const DayBarChart::LegendEntry &e : bars->chart().legend())
        lines << QStringLiteral("legend ") + e.text.text + QLatin1Char(' ') + e.color.name();
    return lines;
}

} // namespace

class TestRuntimeSwitch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void switchesMatchAFreshStart();

private:
    std::unique_ptr<MainWindow> openWindow();
    bool settle(MainWindow &window);
    // A workspace as shown; for Plans, `calculator` picks the Real deadline page.
    QStringList rendering(MainWindow &window, MainWindow::Workspace workspace,
                          bool calculator = false);

    FakeClock m_clock = FakeClock::at("2026-12-28T07:00:00Z");
    std::unique_ptr<Ticker> m_ticker;
    CatalogPtr m_catalog;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    Agent m_lead;
};

void TestRuntimeSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_runtimeswitch"));
    QSettings().clear();
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_ticker = std::make_unique<Ticker>(m_clock);
    m_url = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("demo.sqlite")));
    StoreError storeError;
    auto store = TicketStore::open(m_url, m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                   &storeError);
    QVERIFY(store && store->migrate(&storeError) >= 0);
    DemoOptions options;
    options.tickets = 1500;
    options.seed = 9;
    DemoSummary summary;
    QVERIFY2(DemoData::generate(store->connection(), *m_catalog, m_clock.nowUtc(), options,
                                &summary, &storeError),
             qPrintable(storeError.message));
    const QVector<Agent> agents = store->agents(&storeError);
    for (const Agent &a : agents) {
        if (a.role == Agent::Role::Lead)
            m_lead = a;
    }
    QVERIFY(m_lead.id > 0);
}

void TestRuntimeSwitch::cleanupTestCase()
{
    i18n::installTranslators(QStringLiteral("en"));
    Theme::apply(Theme::Mode::Light);
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestRuntimeSwitch::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setDialogRunner([](QDialog &) { return int(QDialog::Rejected); });
    window->setCatalog(m_catalog);
    window->setTeamCatalogFiles([] { return QStringList(); });
    window->setDatabaseUrl(m_url);
    // The calculator's moment from the test's clock, not the computer's.
    window->plansWorkspace()->setClock(&m_clock);
    window->plansWorkspace()->calculatorView()->applyPreset(
            PlansCalculatorView::FridayMoscowPreset);
    QueueSource source;
    source.url = m_url;
    source.catalog = m_catalog;
    source.clock = &m_clock;
    source.live = false;
    QSignalSpy opened(window->queueWorkspace(), &QueueWorkspace::opened);
    window->openQueue(source, m_lead, m_ticker.get());
    if (!opened.wait(20000) || !testsupport::settled(*window->queueWorkspace()))
        return nullptr;
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !settle(*window))
        return nullptr;
    return window;
}

bool TestRuntimeSwitch::settle(MainWindow &window)
{
    DashboardWorkspace *dashboard = window.dashboardWorkspace();
    const bool ok = QTest::qWaitFor(
            [&] {
                return dashboard->model()->hasData() && !dashboard->service()->isBusy() &&
                       testsupport::settled(*window.queueWorkspace());
            },
            20000);
    QTest::qWait(100); // charts laid out again after the layout settled
    return ok;
}

QStringList TestRuntimeSwitch::rendering(MainWindow &window, MainWindow::Workspace workspace,
                                         bool calculator)
{
    window.setCurrentWorkspace(workspace);
    if (workspace == MainWindow::Plans)
        window.plansWorkspace()->setCurrentPage(calculator ? PlansWorkspace::CalculatorPage
                                                           : PlansWorkspace::MatrixPage);
    settle(window);
    return testsupport::renderingOf(&window, 12, dayBarChartLines);
}

void TestRuntimeSwitch::switchesMatchAFreshStart()
{
    QVERIFY(i18n::installTranslators(QStringLiteral("en")));
    processLanguageChange();
    Theme::apply(Theme::Mode::Light);
    auto running = openWindow();
    QVERIFY(running);
    const QStringList englishQueue = rendering(*running, MainWindow::Queue);

    for (const QString &language : {QStringLiteral("ru"), QStringLiteral("zh_CN")}) {
        for (Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
            QVERIFY(i18n::installTranslators(language));
            processLanguageChange();
            Theme::apply(mode);
            QCoreApplication::processEvents();
            QVERIFY(settle(*running));
            auto fresh = openWindow();
            QVERIFY(fresh);
            const QVector<QPair<MainWindow::Workspace, bool>> pages{{MainWindow::Queue, false},
                                                                    {MainWindow::Plans, false},
                                                                    {MainWindow::Plans, true},
                                                                    {MainWindow::Dashboard, false}};
            for (const auto &[workspace, calculator] : pages) {
                const QStringList started = rendering(*fresh, workspace, calculator);
                const QStringList switched = rendering(*running, workspace, calculator);
                QVERIFY(started.size() > 40);
                const QString where =
                        QStringLiteral("%1, %2, workspace %3%4")
                                .arg(language, Theme::name(mode))
                                .arg(int(workspace))
                                .arg(calculator ? QStringLiteral(" (calculator)") : QString());
                for (int i = 0; i < std::min(started.size(), switched.size()); ++i) {
                    QVERIFY2(switched.at(i) == started.at(i),
                             qPrintable(QStringLiteral("%1:\nswitched: %2\nstarted:  %3")
                                                .arg(where, switched.at(i), started.at(i))));
                }
                QVERIFY2(switched.size() == started.size(), qPrintable(where));
            }
            QVERIFY(rendering(*running, MainWindow::Queue) != englishQueue);
        }
    }
}

QTEST_MAIN(TestRuntimeSwitch)
#include "tst_runtimeswitch.moc"
