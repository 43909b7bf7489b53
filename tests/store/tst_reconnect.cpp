// SPDX-License-Identifier: GPL-3.0-or-later
// Losing the PostgreSQL server in the middle of a scripted run (issue 9, "Faults"): the server of
// tests/support/testdatabase.h is stopped (pg_ctl stop -m fast or -m immediate) and started
// again while a store and a change feed are connected. Actions while it is down fail with a
// connection error (no crash, nothing half-written); after reconnecting, every action whose
// outcome was unknown is retried with its action id and is applied exactly once (counted on a
// second connection); a retry that no longer fits is refused clearly; the change feed delivers
// again. Also the reconnection backoff (1, 2, 4 … s, capped at 30 s, with jitter).
#include "models/store/changefeed.h"
#include "models/store/migrations.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <atomic>
#include <functional>
#include <thread>

using namespace dueline;
using testsupport::PostgresServer;
using testsupport::TestDatabase;

class TestReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void backoffDelays();
    void scriptedRunAcrossARestart();
    void committedButUnconfirmedIsReplayed();
    void droppedInsideTheTransaction();
    void retryThatNoLongerFitsIsRefused();
    void changeFeedReconnectsByItself();
    void changeFeedRestartedByItsOwner();

private:
    std::unique_ptr<TicketStore> openStore();
    qint64 createTicket(TicketStore &store, const QString &subject);
    // Events with this action id, read on a separate connection.
    int eventsWithAction(qint64 ticketId, const QString &actionId);
    int eventCount(qint64 ticketId);
    void stopServer(const char *mode);
    void startServer();

    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    PostgresServer *m_server = nullptr;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    qint64 m_agent = 0;
    qint64 m_customer = 0;
};

void TestReconnect::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_server = PostgresServer::instance(&error);
    QVERIFY2(m_server, qPrintable(error));
}

std::unique_ptr<TicketStore> TestReconnect::openStore()
{
    StoreError error;
    auto store = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::OpenExisting,
                                   &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

void TestReconnect::init()
{
    QString error;
    m_db = TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(m_db->makeCommitsDurable(&error), qPrintable(error));
    m_store = openStore();
    QVERIFY(m_store);
    StoreError storeError;
    QCOMPARE(m_store->migrate(&storeError), Migrations::latestVersion());
    m_agent = m_store->addAgent(
            {0, QStringLiteral("anna"), QStringLiteral("Anna"), Agent::Role::Agent}, &storeError);
    QVERIFY2(m_agent > 0, qPrintable(storeError.message));
    Customer c;
    c.name = QStringLiteral("Ольга Петрова");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = m_store->addCustomer(c, &storeError);
    QVERIFY2(m_customer > 0, qPrintable(storeError.message));
}

void TestReconnect::cleanup()
{
    // A failed test must not leave the process-wide server down for the next one.
    QString error;
    if (!m_server->isServerRunning())
        QVERIFY2(m_server->startServer(&error), qPrintable(error));
    m_store.reset();
    m_db.reset();
}

qint64 TestReconnect::createTicket(TicketStore &store, const QString &subject)
{
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = subject;
    nt.severity = QStringLiteral("high");
    nt.channel = QStringLiteral("email");
    const ActionResult r = store.createTicket(Action::newActionId(), 0, nt);
    if (!r.ok())
        qWarning("createTicket: %s", qPrintable(r.error.message));
    return r.ticket.id;
}

int TestReconnect::eventsWithAction(qint64 ticketId, const QString &actionId)
{
    auto other = openStore();
    if (!other)
        return -1;
    StoreError error;
    int n = 0;
    for (const Event &e : other->events(ticketId, &error))
        n += e.actionId == actionId ? 1 : 0;
    return error ? -1 : n;
}

int TestReconnect::eventCount(qint64 ticketId)
{
    auto other = openStore();
    if (!other)
        return -1;
    StoreError error;
    const int n = int(other->events(ticketId, &error).size());
    return error ? -1 : n;
}

void TestReconnect::stopServer(const char *mode)
{
    QString error;
    QVERIFY2(m_server->stopServer(QString::fromLatin1(mode), &error), qPrintable(error));
}

void TestReconnect::startServer()
{
    QString error;
    QVERIFY2(m_server->startServer(&error), qPrintable(error));
}

void TestReconnect::backoffDelays()
{
    ReconnectBackoff backoff;
    backoff.setJitter(0);
    QList<int> delays;
    for (int i = 0; i < 8; ++i)
        delays.append(backoff.nextDelayMs());
    QCOMPARE(delays, (QList<int>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
    QCOMPARE(backoff.attempts(), 8);
    backoff.reset();
    QCOMPARE(backoff.nextDelayMs(), 1000);

    // With jitter: within ±20 % of the exact delay, never over the cap, and not all equal.
    ReconnectBackoff jittered;
    QSet<int> seen;
    for (int round = 0; round < 50; ++round) {
        jittered.reset();
        for (int exact : {1000, 2000, 4000, 8000, 16000, 30000, 30000}) {
            const int delay = jittered.nextDelayMs();
            QVERIFY2(delay >= exact * 0.8 && delay <= std::min(exact * 1.2, 30000.0),
                     qPrintable(QStringLiteral("%1 for %2").arg(delay).arg(exact)));
            if (exact == 1000)
                seen.insert(delay);
        }
    }
    QVERIFY(seen.size() > 1);

    ReconnectBackoff small;
    small.setJitter(0);
    small.setDelays(50, 120);
    QCOMPARE(small.nextDelayMs(), 50);
    QCOMPARE(small.nextDelayMs(), 100);
    QCOMPARE(small.nextDelayMs(), 120);
}

void TestReconnect::scriptedRunAcrossARestart()
{
    // A client works through a script of actions on three tickets. The server stops (fast
    // shutdown) in the middle; the actions it tries meanwhile fail with a connection error and
    // wait, with their ids, until it is back; then they are sent again.
    QVector<qint64> tickets;
    for (int i = 0; i < 3; ++i)
        tickets.append(createTicket(*m_store, QStringLiteral("Ticket %1").arg(i + 1)));
    QVERIFY(!tickets.contains(0));

    using Run = std::function<ActionResult(TicketStore &, const Action &)>;
    struct Step
    {
        Action action;
        Run run;
    };
    const QList<Run> perTicket{
            [](TicketStore &s, const Action &a) { return s.take(a); },
            [](TicketStore &s, const Action &a) { return s.note(a, QStringLiteral("looking")); },
            [](TicketStore &s, const Action &a) { return s.reply(a, QStringLiteral("on it")); },
            [](TicketStore &s, const Action &a) {
                return s.replyAndWait(a, QStringLiteral("logs?"));
            },
            [](TicketStore &s, const Action &a) { return s.resume(a); },
    };
    QVector<Step> script;
    for (const Run &run : perTicket) {
        for (qint64 id : std::as_const(tickets)) {
            Step step;
            step.action.actionId = Action::newActionId();
            step.action.actorId = m_agent;
            step.action.ticketId = id;
            step.run = run;
            script.append(step);
        }
    }
    const int stopAt = 6;
    QVector<int> unconfirmed; // steps whose outcome the client does not know
    for (int i = 0; i < script.size(); ++i) {
        if (i == stopAt)
            stopServer("fast");
        const ActionResult r = script[i].run(*m_store, script[i].action);
        if (i < stopAt) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            continue;
        }
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("step %1 succeeded with the server down").arg(i)));
        QVERIFY2(m_store->isConnectionLost(r.error), qPrintable(r.error.message));
        QCOMPARE(r.error.kind, StoreError::Kind::Connection);
        QVERIFY2(r.error.message.contains(QLatin1String("lost the connection")),
                 qPrintable(r.error.message));
        unconfirmed.append(i);
        // Reads fail the same way; reconnecting fails while the server is down.
        StoreError error;
        QVERIFY(!m_store->ticket(script[i].action.ticketId, &error));
        QVERIFY(m_store->isConnectionLost(error));
        QVERIFY(!m_store->reconnect(&error));
        QCOMPARE(error.kind, StoreError::Kind::Connection);
        QVERIFY2(error.message.contains(QLatin1String("cannot connect")),
                 qPrintable(error.message));
    }
    QCOMPARE(unconfirmed.size(), script.size() - stopAt);

    startServer();
    StoreError error;
    QVERIFY2(m_store->reconnect(&error), qPrintable(error.message));
    QCOMPARE(m_store->connection().reconnectCount(), 1);
    for (int i : std::as_const(unconfirmed)) {
        const ActionResult r = script[i].run(*m_store, script[i].action);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(!r.replayed); // it never reached the server
    }
    // Sending everything again changes nothing: each id was applied once.
    for (const Step &step : std::as_const(script)) {
        const ActionResult r = step.run(*m_store, step.action);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.replayed);
    }
    for (const Step &step : std::as_const(script))
        QCOMPARE(eventsWithAction(step.action.ticketId, step.action.actionId), 1);
    // The created event and one per action, two for the reply and wait (its reply and pause).
    for (qint64 id : std::as_const(tickets))
        QCOMPARE(eventCount(id), 1 + int(perTicket.size()) + 1);
}

void TestReconnect::committedButUnconfirmedIsReplayed()
{
    // The commit reached the server but its answer never came back (the server crashed right
    // after): the client only knows the outcome is unknown, and retries with the same id.
    const qint64 id = createTicket(*m_store, QStringLiteral("Unconfirmed"));
    QVERIFY(id > 0);
    Action action;
    action.actionId = Action::newActionId();
    action.actorId = m_agent;
    action.ticketId = id;
    action.expectedVersion = 1;
    const ActionResult first = m_store->reply(action, QStringLiteral("first answer"));
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    stopServer("immediate");
    StoreError error;
    QVERIFY(!m_store->ticket(id, &error));
    QVERIFY(m_store->isConnectionLost(error));
    startServer();
    QVERIFY2(m_store->reconnect(&error), qPrintable(error.message));

    const ActionResult retry = m_store->reply(action, QStringLiteral("first answer"));
    QVERIFY2(retry.ok(), qPrintable(retry.error.message));
    QVERIFY(retry.replayed);
    QCOMPARE(retry.event.seq, first.event.seq);
    QCOMPARE(retry.ticket.rowVersion, first.ticket.rowVersion);
    QCOMPARE(eventsWithAction(id, action.actionId), 1);
    QCOMPARE(eventCount(id), 2);
}

void TestReconnect::droppedInsideTheTransaction()
{
    // The action is in flight, inside its transaction (its event waits for a table lock another
    // session holds: a ticket's row lock is refused at once, never waited for), when the server
    // crashes: it fails with a connection error, nothing of it was committed, and its retry
    // after the restart applies it once.
    const qint64 id = createTicket(*m_store, QStringLiteral("In flight"));
    QVERIFY(id > 0);
    const QString name = QStringLiteral("tst_reconnect_locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        locker.setHostName(m_db->url().host);
        locker.setPort(m_db->url().port);
        locker.setUserName(m_db->url().user);
        locker.setDatabaseName(m_db->url().database);
        QVERIFY2(locker.open(), qPrintable(locker.lastError().text()));
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        QVERIFY2(lock.exec(QStringLiteral("LOCK TABLE events IN SHARE MODE")),
                 qPrintable(lock.lastError().text()));

        // Another thread waits until the store's session is blocked on that lock, then crashes
        // the server.
        std::atomic<bool> stopped{false};
        QString threadError;
        PostgresServer *server = m_server;
        const DatabaseUrl url = m_db->url();
        std::thread killer([&, server, url] {
            const QString watcherName = QStringLiteral("tst_reconnect_watcher");
            {
                QSqlDatabase watcher =
                        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), watcherName);
                watcher.setHostName(url.host);
                watcher.setPort(url.port);
                watcher.setUserName(url.user);
                watcher.setDatabaseName(url.database);
                if (!watcher.open()) {
                    threadError = watcher.lastError().text();
                } else {
                    QSqlQuery q(watcher);
                    bool blocked = false;
                    for (int i = 0; i < 600 && !blocked; ++i) {
                        blocked = q.exec(QStringLiteral(
                                          "SELECT count(*) FROM pg_stat_activity WHERE "
                                          "datname = current_database() AND wait_event_type = "
                                          "'Lock'")) &&
                                  q.next() && q.value(0).toInt() > 0;
                        if (!blocked)
                            QThread::msleep(50);
                    }
                    q = QSqlQuery();
                    watcher.close();
                    if (!blocked)
                        threadError = QStringLiteral("the action never waited for the lock");
                }
            }
            QSqlDatabase::removeDatabase(watcherName);
            QString error;
            if (!server->stopServer(QStringLiteral("immediate"), &error))
                threadError = error;
            stopped = true;
        });
        Action action;
        action.actionId = Action::newActionId();
        action.actorId = m_agent;
        action.ticketId = id;
        action.expectedVersion = 1;
        const ActionResult r = m_store->take(action);
        killer.join();
        QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
        QVERIFY(stopped);
        QVERIFY(!r.ok());
        QVERIFY2(m_store->isConnectionLost(r.error), qPrintable(r.error.message));
        lock = QSqlQuery();
        locker.close();

        startServer();
        StoreError error;
        QVERIFY2(m_store->reconnect(&error), qPrintable(error.message));
        const ActionResult retry = m_store->take(action);
        QVERIFY2(retry.ok(), qPrintable(retry.error.message));
        QVERIFY(!retry.replayed);
        QCOMPARE(retry.ticket.assigneeId, m_agent);
        QCOMPARE(eventsWithAction(id, action.actionId), 1);
        QCOMPARE(eventCount(id), 2);
    }
    QSqlDatabase::removeDatabase(name);
}

void TestReconnect::retryThatNoLongerFitsIsRefused()
{
    // The action failed with the server down; meanwhile another agent changed the ticket. The
    // retry (same id, the version the client saw) is refused as a conflict: reported, never
    // applied over the other change.
    const qint64 id = createTicket(*m_store, QStringLiteral("Changed meanwhile"));
    QVERIFY(id > 0);
    Action action;
    action.actionId = Action::newActionId();
    action.actorId = m_agent;
    action.ticketId = id;
    action.expectedVersion = 1;
    stopServer("fast");
    const ActionResult failed = m_store->resolve(action, QStringLiteral("fixed"));
    QVERIFY(!failed.ok());
    QVERIFY(m_store->isConnectionLost(failed.error));
    startServer();

    auto other = openStore();
    QVERIFY(other);
    Action theirs;
    theirs.actionId = Action::newActionId();
    theirs.actorId = m_agent;
    theirs.ticketId = id;
    theirs.expectedVersion = 1;
    QVERIFY(other->note(theirs, QStringLiteral("customer called")).ok());

    StoreError error;
    QVERIFY2(m_store->reconnect(&error), qPrintable(error.message));
    const ActionResult retry = m_store->resolve(action, QStringLiteral("fixed"));
    QCOMPARE(retry.error.kind, StoreError::Kind::Conflict);
    QVERIFY(!retry.error.message.isEmpty());
    QCOMPARE(eventsWithAction(id, action.actionId), 0);
    QCOMPARE(eventCount(id), 2);
}

void TestReconnect::changeFeedReconnectsByItself()
{
    const qint64 id = createTicket(*m_store, QStringLiteral("Feed"));
    QVERIFY(id > 0);
    auto feed = ChangeFeed::create(m_db->url());
    feed->setInterval(50);
    feed->backoff().setDelays(100, 400);
    QVERIFY(feed->autoReconnect());
    StoreError error;
    QVERIFY2(feed->start(&error), qPrintable(error.message));
    QSignalSpy lost(feed.get(), &ChangeFeed::connectionLost);
    QSignalSpy restored(feed.get(), &ChangeFeed::connectionRestored);
    QSignalSpy resync(feed.get(), &ChangeFeed::resyncNeeded);
    QSignalSpy scheduled(feed.get(), &ChangeFeed::reconnectScheduled);
    QSignalSpy changed(feed.get(), &ChangeFeed::ticketsChanged);

    stopServer("fast");
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
    QVERIFY(feed->isLost());
    QVERIFY(!lost.first().first().toString().isEmpty());
    // It keeps trying with growing delays while the server is down (and says so once).
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 3, 10000);
    QCOMPARE(lost.size(), 1);
    QVERIFY(scheduled.at(0).first().toInt() <= scheduled.at(2).first().toInt());
    QVERIFY(restored.isEmpty());

    startServer();
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 10000);
    QVERIFY(!feed->isLost());
    QVERIFY(!resync.isEmpty()); // notifications while away were missed

    // Another client's change arrives again.
    StoreError storeError;
    QVERIFY2(m_store->reconnect(&storeError), qPrintable(storeError.message));
    Action action;
    action.actionId = Action::newActionId();
    action.actorId = m_agent;
    action.ticketId = id;
    QVERIFY(m_store->take(action).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(changed.last().first().value<QVector<qint64>>(), QVector<qint64>{id});
}

void TestReconnect::changeFeedRestartedByItsOwner()
{
    // Without auto-reconnect (the Agent workspace drives one backoff for the store and the feed)
    // the feed reports the loss, stops, and works again once started again.
    const qint64 id = createTicket(*m_store, QStringLiteral("Owner"));
    QVERIFY(id > 0);
    auto feed = ChangeFeed::create(m_db->url());
    feed->setInterval(50);
    feed->setAutoReconnect(false);
    StoreError error;
    QVERIFY2(feed->start(&error), qPrintable(error.message));
    QSignalSpy lost(feed.get(), &ChangeFeed::connectionLost);
    QSignalSpy scheduled(feed.get(), &ChangeFeed::reconnectScheduled);
    QSignalSpy changed(feed.get(), &ChangeFeed::ticketsChanged);

    stopServer("immediate");
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 10000);
    QVERIFY(!feed->isRunning());
    QTest::qWait(200);
    QVERIFY(scheduled.isEmpty());
    QVERIFY(!feed->start(&error));
    QCOMPARE(error.kind, StoreError::Kind::Connection);

    startServer();
    QVERIFY2(feed->start(&error), qPrintable(error.message));
    QVERIFY(!feed->isLost());
    QVERIFY2(m_store->reconnect(&error), qPrintable(error.message));
    Action action;
    action.actionId = Action::newActionId();
    action.actorId = m_agent;
    action.ticketId = id;
    QVERIFY(m_store->take(action).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QCOMPARE(changed.last().first().value<QVector<qint64>>(), QVector<qint64>{id});
}

QTEST_GUILESS_MAIN(TestReconnect)

#include "tst_reconnect.moc"
