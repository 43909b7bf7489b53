// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as it first starts, on a 1920×1080 offscreen screen (the platform's default
// screen is 800×600) and a demo database: the default size, the queue's default columns showing
// number, severity, both clocks and subject without scrolling, and no warning printed on the way
// (the tray icon gets its icon before it is shown).
#include "models/item/ticker.h"
#include "models/store/demodata.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "views/queue/queuenotifier.h"
#include "views/queue/queueworkspace.h"
#include "views/shell/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dueline;

namespace {

QStringList g_messages; // what Qt printed while a test captured it

void capture(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_messages << message;
}

} // namespace

class TestMainWindowStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultSizeFitsTheScreen();
    void defaultLayoutShowsTheSubject();
    void startPrintsNoTrayWarning();

private:
    // A main window started as app/gui/main.cpp does: the queue opened, then shown.
    std::unique_ptr<MainWindow> start(const std::function<void(MainWindow &)> &beforeOpen = {});

    CatalogPtr m_catalog;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    std::unique_ptr<Ticker> m_ticker;
};

void TestMainWindowStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowstart"));
    QString text;
    m_catalog = Catalog::loadBuiltIn(&text);
    QVERIFY2(m_catalog, qPrintable(text));
    QVERIFY(m_dir.isValid());
    m_url = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("demo.sqlite")));
    StoreError error;
    auto store =
            TicketStore::open(m_url, m_catalog, m_clock, Connection::Mode::CreateIfMissing, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY2(store->migrate(&error) >= 0, qPrintable(error.message));
    DemoOptions options;
    options.tickets = 400;
    QVERIFY2(DemoData::generate(store->connection(), *m_catalog, m_clock.nowUtc(), options, nullptr,
                                &error),
             qPrintable(error.message));
    m_ticker = std::make_unique<Ticker>(m_clock);
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QCOMPARE(screen->availableSize(), QSize(1920, 1080)); // main() below sets it
}

void TestMainWindowStart::init()
{
    QSettings().clear(); // no saved geometry or column layout: the defaults
}

void TestMainWindowStart::cleanup()
{
    qInstallMessageHandler(nullptr);
    QSettings().clear();
}

std::unique_ptr<MainWindow>
TestMainWindowStart::start(const std::function<void(MainWindow &)> &beforeOpen)
{
    auto window = std::make_unique<MainWindow>();
    if (beforeOpen)
        beforeOpen(*window);
    StoreError error;
    FakeClock clock(m_clock.nowUtc());
    auto store = TicketStore::open(m_url, m_catalog, clock, Connection::Mode::OpenExisting, &error);
    if (!store)
        return nullptr;
    const QVector<Agent> agents = store->agents(&error);
    store.reset();
    if (agents.isEmpty())
        return nullptr;
    QueueSource source;
    source.url = m_url;
    source.catalog = m_catalog;
    source.clock = &m_clock;
    source.live = false;
    QSignalSpy opened(window->queueWorkspace(), &QueueWorkspace::opened);
    window->openQueue(source, agents.first(), m_ticker.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) ||
        !QTest::qWaitFor([&opened] { return !opened.isEmpty(); }, 10000) ||
        !QTest::qWaitFor([&] { return window->queueWorkspace()->controller()->isIdle(); }, 10000))
        return nullptr;
    return window;
}

void TestMainWindowStart::defaultSizeFitsTheScreen()
{
    QCOMPARE(MainWindow::defaultSize(QSize(1920, 1080)), QSize(1280, 800));
    QCOMPARE(MainWindow::defaultSize(QSize(1280, 800)), QSize(1280, 800));
    // A smaller screen: the window fits it.
    QCOMPARE(MainWindow::defaultSize(QSize(1024, 738)), QSize(1024, 738));
    QCOMPARE(MainWindow::defaultSize(QSize()), QSize(1280, 800));
}

void TestMainWindowStart::defaultLayoutShowsTheSubject()
{
    auto window = start();
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(1280, 800));
    QTableView *view = window->queueWorkspace()->view();
    QVERIFY(window->queueWorkspace()->model()->rowCount() > 0);
    QCOMPARE(view->horizontalScrollBar()->value(), 0);
    const QHeaderView *header = view->horizontalHeader();
    const int width = view->viewport()->width();
    int previousEnd = 0;
    // Number, severity, both clocks, subject: in this order, each whole in the viewport.
    for (int column : {QueueModel::IdColumn, QueueModel::SeverityColumn, QueueModel::ResponseColumn,
                       QueueModel::ResolutionColumn, QueueModel::SubjectColumn}) {
        const int left = view->columnViewportPosition(column);
        const int right = left + view->columnWidth(column);
        QVERIFY2(left >= previousEnd && right <= width,
                 qPrintable(QStringLiteral("column %1: %2–%3 in a viewport %4 wide")
                                    .arg(column)
                                    .arg(left)
                                    .arg(right)
                                    .arg(width)));
        QVERIFY(!header->isSectionHidden(column));
        previousEnd = right;
    }
    // The subject has room for a subject.
    QVERIFY2(view->columnWidth(QueueModel::SubjectColumn) >= 160,
             qPrintable(QString::number(view->columnWidth(QueueModel::SubjectColumn))));
    // The panel beside the queue shows the selected ticket.
    QVERIFY(window->queueWorkspace()->currentTicketId() != 0);
}

void TestMainWindowStart::startPrintsNoTrayWarning()
{
    // The offscreen platform has no system tray: the notifier is told there is one, so that
    // the tray is made as on a desktop with a tray.
    g_messages.clear();
    qInstallMessageHandler(capture);
    QueueNotifier *notifier = nullptr;
    auto window = start([&notifier](MainWindow &w) {
        notifier = w.queueWorkspace()->findChild<QueueNotifier *>(QStringLiteral("queueNotifier"));
        if (notifier)
            notifier->setTrayAvailability([] { return true; });
    });
    QVERIFY(window);
    QVERIFY(notifier);
    QTest::qWait(50); // whatever start-up posted
    qInstallMessageHandler(nullptr);
    QVERIFY(notifier->tray());
    QVERIFY(!notifier->tray()->icon().isNull());
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(QLatin1String("QSystemTrayIcon")), qPrintable(message));
}

int main(int argc, char *argv[])
{
    // A 1920×1080 screen instead of the offscreen platform's 800×600 (its configfile option).
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("screens.json"));
    {
        QFile json(file);
        if (!json.open(QIODevice::WriteOnly))
            return 1;
        json.write(R"({"screens":[{"name":"desktop","x":0,"y":0,"width":1920,"height":1080,)"
                   R"("logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})");
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.toLocal8Bit());
    QApplication app(argc, argv);
    TestMainWindowStart test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindowstart.moc"
