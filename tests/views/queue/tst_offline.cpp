// SPDX-License-Identifier: GPL-3.0-or-later
// The Agent workspace losing its PostgreSQL server (issue 9, "Faults"), offscreen, on this test
// process's own throwaway server (tests/support/testdatabase.h), which the test stops and starts:
// the offline banner with the server's name and the next attempt, every ticket action disabled,
// countdowns ticking on from the last known state, automatic reconnection with backoff, and
// after it a resynced queue (a ticket another connection changed meanwhile shows its new state,
// the selection is kept, the change feed delivers again) and a status message. An action in
// flight when the connection drops is shown as not confirmed and saved exactly once afterwards.
#include "models/item/ticker.h"
#include "models/store/changefeed.h"
#include "models/store/migrations.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/queueopening.h"
#include "tests/support/testdatabase.h"
#include "views/queue/offlinebanner.h"
#include "views/queue/queueworkspace.h"
#include "views/queue/ticketpanel.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace dueline;
using testsupport::PostgresServer;
using testsupport::TestDatabase;

namespace {

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bannerWhileLostResyncAfterwards();
    void inFlightActionSavedOnceAfterReconnect();
    void lockedTicketKeepsWindowPainting();

private:
    std::unique_ptr<TicketStore> openStore(const FakeClock &clock);
    std::unique_ptr<QueueWorkspace> openWorkspace(int heartbeatMs);
    qint64 addTicket(TicketStore &store, const char *subject, const char *severity);
    void stopServer();
    void startServer();
    QList<QAction *> ticketActions(QueueWorkspace &workspace) const;

    CatalogPtr m_catalog;
    PostgresServer *m_server = nullptr;
    std::unique_ptr<TestDatabase> m_db;
    FakeClock m_clock{0};
    std::unique_ptr<Ticker> m_ticker;
    Agent m_anna;
    Agent m_lead;
    qint64 m_customer = 0;
    QVector<qint64> m_tickets;
};

void TestOffline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_offline"));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_server = PostgresServer::instance(&error);
    QVERIFY2(m_server, qPrintable(error));
}

std::unique_ptr<TicketStore> TestOffline::openStore(const FakeClock &clock)
{
    StoreError error;
    auto store = TicketStore::open(m_db->url(), m_catalog, clock, Connection::Mode::OpenExisting,
                                   &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

qint64 TestOffline::addTicket(TicketStore &store, const char *subject, const char *severity)
{
    NewTicket t;
    t.customerId = m_customer;
    t.subject = QString::fromUtf8(subject);
    t.severity = QString::fromLatin1(severity);
    t.channel = QStringLiteral("email");
    const ActionResult r = store.createTicket(Action::newActionId(), m_lead.id, t);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message));
    return r.ticket.id;
}

void TestOffline::init()
{
    QSettings().clear();
    QString error;
    m_db = TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(m_db->makeCommitsDurable(&error), qPrintable(error));
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
    m_ticker = std::make_unique<Ticker>(m_clock);

    StoreError storeError;
    auto store = TicketStore::open(m_db->url(), m_catalog, m_clock,
                                   Connection::Mode::CreateIfMissing, &storeError);
    QVERIFY2(store, qPrintable(storeError.message));
    QVERIFY2(store->migrate(&storeError) >= 0, qPrintable(storeError.message));
    m_lead = {0, QStringLiteral("lead"), QStringLiteral("Lena Lead"), Agent::Role::Lead};
    m_lead.id = store->addAgent(m_lead, &storeError);
    m_anna = {0, QStringLiteral("anna"), QStringLiteral("Anna Agent"), Agent::Role::Agent};
    m_anna.id = store->addAgent(m_anna, &storeError);
    QVERIFY2(m_lead.id && m_anna.id, qPrintable(storeError.message));
    Customer c;
    c.name = QStringLiteral("Ivan");
    c.company = QStringLiteral("Romashka");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = store->addCustomer(c, &storeError);
    QVERIFY2(m_customer, qPrintable(storeError.message));
    m_tickets.clear();
    m_tickets << addTicket(*store, "Database down", "critical");
    m_tickets << addTicket(*store, "Slow disks", "medium");
    m_tickets << addTicket(*store, "Question about quotas", "low");
    QVERIFY(!m_tickets.contains(0));
}

void TestOffline::cleanup()
{
    QString error;
    if (!m_server->isServerRunning())
        QVERIFY2(m_server->startServer(&error), qPrintable(error));
    m_ticker.reset();
    m_db.reset();
    QSettings().clear();
}

std::unique_ptr<QueueWorkspace> TestOffline::openWorkspace(int heartbeatMs)
{
    auto workspace = std::make_unique<QueueWorkspace>();
    workspace->setDialogRunner([](QDialog &) { return int(QDialog::Rejected); });
    QueueSource source;
    source.url = m_db->url();
    source.catalog = m_catalog;
    source.clock = &m_clock;
    source.feedIntervalMs = heartbeatMs;
    QString error;
    if (!testsupport::openQueue(*workspace, source, m_anna, m_ticker.get(), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    workspace->resize(1280, 700);
    workspace->show();
    if (!QTest::qWaitForWindowExposed(workspace.get()))
        return nullptr;
    return workspace;
}

void TestOffline::stopServer()
{
    QString error;
    QVERIFY2(m_server->stopServer(QStringLiteral("fast"), &error), qPrintable(error));
}

void TestOffline::startServer()
{
    QString error;
    QVERIFY2(m_server->startServer(&error), qPrintable(error));
}

QList<QAction *> TestOffline::ticketActions(QueueWorkspace &workspace) const
{
    using W = QueueWorkspace;
    QList<QAction *> actions;
    for (W::ActionId id :
         {W::NewTicketAction, W::TakeAction, W::AssignAction, W::ReplyAction, W::NoteAction,
          W::WaitAction, W::ResumeAction, W::ChangeSeverityAction, W::ChangePlanAction,
          W::ResolveAction, W::ReopenAction, W::OverrideDueAction})
        actions.append(workspace.action(id));
    return actions;
}

void TestOffline::bannerWhileLostResyncAfterwards()
{
    auto workspace = openWorkspace(50);
    QVERIFY(workspace);
    workspace->reconnectBackoff().setDelays(300, 1200);
    workspace->reconnectBackoff().setJitter(0);
    QSignalSpy messages(workspace.get(), &QueueWorkspace::statusMessage);
    OfflineBanner *banner = workspace->offlineBanner();
    QVERIFY(!banner->isVisible());
    const qint64 selected = m_tickets[1];
    QVERIFY(workspace->selectTicket(selected));
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(workspace->action(QueueWorkspace::TakeAction)->isEnabled());
    const int row = workspace->model()->rowForTicket(selected);
    const QModelIndex countdown = workspace->model()->index(row, QueueModel::ResponseColumn);
    const QString before = countdown.data().toString();

    // The server goes away: the feed's heartbeat notices, the banner says so.
    stopServer();
    QTRY_VERIFY_WITH_TIMEOUT(workspace->isOffline(), 10000);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Connection to 127.0.0.1:%1/%2 lost")
                                             .arg(m_db->url().port)
                                             .arg(m_db->url().database)),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QLatin1String("Ticket actions are off")),
             qPrintable(banner->text()));
    QVERIFY(banner->retryIn() >= 0);
    QVERIFY(workspace->connectionText().startsWith(QLatin1String("Offline")));
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.last().first().toString().contains(QLatin1String("lost")));
    for (QAction *action : ticketActions(*workspace))
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    // Reload stays available: offline it tries the connection at once.
    QVERIFY(workspace->action(QueueWorkspace::RefreshAction)->isEnabled());

    // Countdowns go on from the last known state.
    m_clock.advance(600);
    m_ticker->tickNow();
    QVERIFY(countdown.data().toString() != before);
    QCOMPARE(workspace->model()->ticket(selected)->assigneeId, 0);
    // Another ticket's details cannot be read now: the panel says so.
    QVERIFY(workspace->selectTicket(m_tickets[2]));
    QCOMPARE(workspace->panel()->unavailableTicketId(), m_tickets[2]);
    QVERIFY(!workspace->panel()->ticket());
    QVERIFY(workspace->selectTicket(selected));
    QVERIFY(testsupport::settled(*workspace));

    // It keeps trying with growing delays while the server is down.
    QTRY_VERIFY_WITH_TIMEOUT(workspace->reconnectBackoff().attempts() >= 3, 15000);
    QVERIFY(workspace->isOffline());

    // The server comes back; before this client reconnects (no attempt is on its way, and no
    // event loop runs to start one), another agent takes the selected ticket and resolves
    // another one.
    QVERIFY(testsupport::settled(*workspace));
    startServer();
    {
        FakeClock otherClock(m_clock.nowUtc());
        auto other = openStore(otherClock);
        QVERIFY(other);
        Action take;
        take.actionId = Action::newActionId();
        take.actorId = m_lead.id;
        take.ticketId = selected;
        QVERIFY(other->take(take).ok());
        Action resolve = take;
        resolve.actionId = Action::newActionId();
        resolve.ticketId = m_tickets[0];
        QVERIFY(other->resolve(resolve, QStringLiteral("done")).ok());
    }

    // Back within the backoff: banner gone, actions back, the queue resynced, selection kept.
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->isOffline(), 30000);
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(!banner->isVisible());
    QCOMPARE(workspace->connectionText(), QStringLiteral("Live"));
    QVERIFY(messages.last().first().toString().contains(QLatin1String("is back")));
    QCOMPARE(workspace->currentTicketId(), selected);
    QCOMPARE(workspace->panel()->ticketId(), selected);
    QCOMPARE(workspace->model()->ticket(selected)->assigneeId, m_lead.id);
    QCOMPARE(workspace->model()->rowForTicket(m_tickets[0]), -1);
    QVERIFY(workspace->action(QueueWorkspace::ReplyAction)->isEnabled());
    QVERIFY(workspace->action(QueueWorkspace::NewTicketAction)->isEnabled());

    // The change feed is back too: another agent's change arrives live.
    {
        FakeClock otherClock(m_clock.nowUtc());
        auto other = openStore(otherClock);
        QVERIFY(other);
        Action take;
        take.actionId = Action::newActionId();
        take.actorId = m_lead.id;
        take.ticketId = m_tickets[2];
        QVERIFY(other->take(take).ok());
    }
    QTRY_COMPARE_WITH_TIMEOUT(workspace->model()->ticket(m_tickets[2])->assigneeId, m_lead.id,
                              5000);
}

void TestOffline::inFlightActionSavedOnceAfterReconnect()
{
    // A slow heartbeat: the action is what finds the connection gone.
    auto workspace = openWorkspace(60000);
    QVERIFY(workspace);
    workspace->reconnectBackoff().setDelays(30000, 30000);
    const qint64 id = m_tickets[1];
    QVERIFY(workspace->selectTicket(id));
    QVERIFY(testsupport::settled(*workspace));

    stopServer();
    QVERIFY(workspace->action(QueueWorkspace::TakeAction)->isEnabled());
    workspace->action(QueueWorkspace::TakeAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(workspace->isOffline());
    QVERIFY(workspace->hasPendingAction());
    OfflineBanner *banner = workspace->offlineBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(
                     QStringLiteral("Not confirmed yet: taking ticket #%1").arg(id)) &&
                     banner->text().contains(QLatin1String("recorded at the time the server "
                                                           "receives it")),
             qPrintable(banner->text()));
    QVERIFY(!workspace->action(QueueWorkspace::TakeAction)->isEnabled());
    QCOMPARE(workspace->model()->ticket(id)->assigneeId, 0); // nothing shown as done

    // Back: "Retry Now" instead of waiting 30 s.
    startServer();
    QVERIFY(banner->retryButton()->isEnabled());
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(!workspace->isOffline());
    QVERIFY(!workspace->hasPendingAction());
    QVERIFY(!banner->isVisible());
    QVERIFY2(workspace->message().contains(QLatin1String("sent again after reconnecting")),
             qPrintable(workspace->message()));
    QCOMPARE(workspace->model()->ticket(id)->assigneeId, m_anna.id);

    // Saved exactly once (counted on another connection).
    FakeClock otherClock(m_clock.nowUtc());
    auto other = openStore(otherClock);
    QVERIFY(other);
    StoreError error;
    const QVector<Event> events = other->events(id, &error);
    QVERIFY2(!error, qPrintable(error.message));
    int assigned = 0;
    for (const Event &e : events)
        assigned += e.kind == EventKind::Assigned ? 1 : 0;
    QCOMPARE(assigned, 1);
    QCOMPARE(events.size(), 2);
}

// No store call runs on the GUI thread (issue 17): while another session holds the tickets
// table's lock (as a schema change does; a ticket's row lock alone makes an action fail at once
// with "ticket is busy"), taking a ticket waits in the queue's worker; the window goes on
// painting its ticking countdowns, says what it waits for and offers no second action. When the
// lock goes, the action is saved.
void TestOffline::lockedTicketKeepsWindowPainting()
{
    auto workspace = openWorkspace(2000);
    QVERIFY(workspace);
    const qint64 id = m_tickets[1];
    QVERIFY(workspace->selectTicket(id));
    QVERIFY(testsupport::settled(*workspace));

    StoreError error;
    auto locker = Connection::open(m_db->url(), Connection::Mode::OpenExisting, &error);
    QVERIFY2(locker, qPrintable(error.message));
    QVERIFY2(locker->begin(&error), qPrintable(error.message));
    QVERIFY2(locker->exec(QStringLiteral("LOCK TABLE tickets IN ACCESS EXCLUSIVE MODE"), &error),
             qPrintable(error.message));

    auto *painted = new PaintCounter(workspace->view()->viewport());
    QVERIFY(workspace->action(QueueWorkspace::TakeAction)->isEnabled());
    workspace->action(QueueWorkspace::TakeAction)->trigger();
    QVERIFY(workspace->controller()->isBusy());
    // Two seconds of a clock that moves every quarter: each tick repaints the countdowns.
    for (int i = 0; i < 8; ++i) {
        m_clock.advance(15);
        m_ticker->tickNow();
        QTest::qWait(250);
    }
    QVERIFY(workspace->controller()->isBusy()); // still waiting for the lock
    QVERIFY2(painted->count >= 4, qPrintable(QString::number(painted->count)));
    QVERIFY2(workspace->message().contains(
                     QStringLiteral("Waiting for the database: taking ticket #%1").arg(id)),
             qPrintable(workspace->message()));
    for (QAction *action : ticketActions(*workspace))
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QCOMPARE(workspace->model()->ticket(id)->assigneeId, 0);

    QVERIFY2(locker->commit(&error), qPrintable(error.message));
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(!workspace->controller()->isBusy());
    QCOMPARE(workspace->model()->ticket(id)->assigneeId, m_anna.id);
    QVERIFY2(workspace->message().isEmpty(), qPrintable(workspace->message()));
}

QTEST_MAIN(TestOffline)

#include "tst_offline.moc"
