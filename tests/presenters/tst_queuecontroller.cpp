// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's presenter without widgets, on a temporary SQLite database made through
// TicketStore with a fake clock: opening in the worker (and a clear failure), which actions fit
// which ticket and agent, an action on its way blocking the others, the result reaching the
// model, the shown ticket and the status bar, a conflict (also one that happened while the
// action's dialog was open) with the fresh state, and the change feed bringing another
// connection's change.

#include "models/catalog/catalog.h"
#include "models/presenters/queuecontroller.h"
#include "models/store/notificationsettingsstore.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dueline;

namespace {

QueueRequest request(QueueRequest::Kind kind)
{
    QueueRequest r;
    r.kind = kind;
    return r;
}

} // namespace

class TestQueueController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensInTheWorker();
    void ticketShownWhenOpenedIsRead();
    void missingDatabaseFailsClearly();
    void actionsFitTheTicketAndTheAgent();
    void actionOnItsWayBlocksTheOthers();
    void conflictShowsTheFreshState();
    void versionSeenBeforeTheDialogCounts();
    void assignmentsCanBeUndone();
    void liveFeedRefreshesInPlace();
    void notificationSettingsLoadSaveAndFollow();

private:
    std::unique_ptr<TicketStore> openStore(FakeClock &clock);
    QueueSource source(bool live = false) const;
    bool open(QueueController &controller, const Agent &me, bool live = false);
    bool show(QueueController &controller, qint64 ticketId);
    static bool settled(QueueController &controller);
    qint64 addTicket(TicketStore &store, const char *subject, const char *severity);

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    FakeClock m_clock{0};
    Agent m_anna;
    Agent m_lead;
    qint64 m_customer = 0;
    QVector<qint64> m_tickets;
};

void TestQueueController::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<TicketStore> TestQueueController::openStore(FakeClock &clock)
{
    StoreError error;
    auto store =
            TicketStore::open(m_url, m_catalog, clock, Connection::Mode::CreateIfMissing, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

QueueSource TestQueueController::source(bool live) const
{
    QueueSource s;
    s.url = m_url;
    s.catalog = m_catalog;
    s.clock = &m_clock;
    s.live = live;
    s.feedIntervalMs = 20;
    return s;
}

bool TestQueueController::settled(QueueController &controller)
{
    return QTest::qWaitFor([&] { return controller.isIdle(); }, 10000);
}

bool TestQueueController::open(QueueController &controller, const Agent &me, bool live)
{
    QSignalSpy opened(&controller, &QueueController::opened);
    controller.open(source(live), me);
    return opened.wait(10000) && settled(controller);
}

bool TestQueueController::show(QueueController &controller, qint64 ticketId)
{
    controller.showTicket(ticketId);
    return settled(controller) && controller.isShownTicketLoaded();
}

qint64 TestQueueController::addTicket(TicketStore &store, const char *subject, const char *severity)
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

void TestQueueController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("queue.sqlite")));
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
    auto store = openStore(m_clock);
    QVERIFY(store);
    StoreError error;
    QVERIFY2(store->migrate(&error) >= 0, qPrintable(error.message));
    m_lead = {0, QStringLiteral("lead"), QStringLiteral("Lena Lead"), Agent::Role::Lead};
    m_lead.id = store->addAgent(m_lead, &error);
    m_anna = {0, QStringLiteral("anna"), QStringLiteral("Anna Agent"), Agent::Role::Agent};
    m_anna.id = store->addAgent(m_anna, &error);
    QVERIFY2(m_lead.id && m_anna.id, qPrintable(error.message));
    Customer c;
    c.name = QStringLiteral("Ivan");
    c.company = QStringLiteral("Romashka");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = store->addCustomer(c, &error);
    QVERIFY2(m_customer, qPrintable(error.message));
    m_tickets.clear();
    m_tickets << addTicket(*store, "Database down", "critical");
    m_tickets << addTicket(*store, "Slow disks", "medium");
    m_tickets << addTicket(*store, "Question about quotas", "low");
    QVERIFY(!m_tickets.contains(0));
}

void TestQueueController::cleanup()
{
    m_dir.reset();
}

void TestQueueController::opensInTheWorker()
{
    QueueController controller;
    QCOMPARE(controller.state(), QueueController::State::Closed);
    QSignalSpy opened(&controller, &QueueController::opened);
    controller.open(source(), m_anna);
    // Nothing is read on this thread: the model fills when the worker reports.
    QCOMPARE(controller.state(), QueueController::State::Opening);
    QCOMPARE(controller.model()->rowCount(), 0);
    QCOMPARE(controller.connectionText(), QStringLiteral("Connecting"));
    QVERIFY(opened.wait(10000));
    QCOMPARE(controller.state(), QueueController::State::Online);
    QCOMPARE(controller.model()->rowCount(), 3);
    QCOMPARE(controller.agentNames().value(m_lead.id), QStringLiteral("Lena Lead"));
    QCOMPARE(controller.customersByName().size(), 1);
    QCOMPARE(controller.connectionText(), QStringLiteral("Connected"));
    QCOMPARE(controller.serverName(), QStringLiteral("queue.sqlite"));
    QCOMPARE(controller.serverClockOffset(), 0);

    controller.close();
    QCOMPARE(controller.state(), QueueController::State::Closed);
    QCOMPARE(controller.model()->rowCount(), 0);
    QVERIFY(settled(controller));
}

void TestQueueController::ticketShownWhenOpenedIsRead()
{
    // The workspace applies the saved view and selects its first ticket from opened() (issue
    // 18: with a saved view other than "All open" the panel said the ticket could not be loaded
    // while the connection was lost, on a local file). The controller is online by then, so the
    // ticket is read, and the actions fit it.
    QueueController controller;
    bool onlineWhenOpened = false;
    connect(&controller, &QueueController::opened, this, [&] {
        onlineWhenOpened = controller.isOnline();
        controller.showTicket(m_tickets[1]);
    });
    QVERIFY(open(controller, m_anna, true));
    QVERIFY(onlineWhenOpened);
    QVERIFY(!controller.isShownTicketUnavailable());
    QVERIFY(controller.isShownTicketLoaded());
    QCOMPARE(controller.shownTicket()->subject, QStringLiteral("Slow disks"));
    QVERIFY(controller.canRun(QueueRequest::Take));
    QVERIFY(controller.canRun(QueueRequest::Reply));
    QCOMPARE(controller.connectionText(), QStringLiteral("Live"));
}

void TestQueueController::missingDatabaseFailsClearly()
{
    QueueController controller;
    QSignalSpy failed(&controller, &QueueController::openFailed);
    QueueSource missing = source();
    missing.url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("nothing-here.sqlite")));
    controller.open(missing, m_anna);
    QVERIFY(failed.wait(10000));
    QVERIFY2(!failed.at(0).at(0).toString().isEmpty(), "a reason");
    QCOMPARE(controller.state(), QueueController::State::Closed);
    QVERIFY(!QFile::exists(missing.url.path)); // opening never creates a file
}

void TestQueueController::actionsFitTheTicketAndTheAgent()
{
    QueueController controller;
    QVERIFY(open(controller, m_anna));
    using R = QueueRequest;
    // No ticket shown yet: only a new ticket.
    QVERIFY(controller.canRun(R::NewTicket));
    QVERIFY(!controller.canRun(R::Take));
    QVERIFY(!controller.run(request(R::Take)));

    const qint64 id = m_tickets[1];
    QVERIFY(show(controller, id));
    QVERIFY(controller.canRun(R::Take));
    QVERIFY(controller.canRun(R::Wait));
    QVERIFY(!controller.canRun(R::Resume));
    QVERIFY(!controller.canRun(R::Reopen));
    QVERIFY(!controller.canRun(R::OverrideDue)); // leads only

    QVERIFY(controller.run(request(R::Take)));
    QVERIFY(settled(controller));
    QCOMPARE(controller.shownTicket()->assigneeId, m_anna.id);
    QVERIFY(!controller.canRun(R::Take)); // already mine
    // Waiting on the customer is earned by a reply: without one it is refused, nothing saved.
    QSignalSpy messages(&controller, &QueueController::messageChanged);
    QVERIFY(controller.run(request(R::Wait)));
    QVERIFY(settled(controller));
    QVERIFY(!messages.isEmpty() && messages.last().at(1).toBool());
    QCOMPARE(controller.shownTicket()->status, TicketStatus::Open);
    QueueRequest wait = request(R::Wait);
    wait.text = QStringLiteral("Which disks?");
    QVERIFY(controller.run(wait));
    QVERIFY(settled(controller));
    QCOMPARE(controller.shownTicket()->status, TicketStatus::WaitingCustomer);
    QCOMPARE(controller.shownTicket()->response.phase, ClockPhase::Met);
    QVERIFY(!controller.canRun(R::Wait));
    QVERIFY(controller.canRun(R::Resume));

    QueueRequest resolve = request(R::Resolve);
    resolve.text = QStringLiteral("Disks replaced");
    QVERIFY(controller.run(resolve));
    QVERIFY(settled(controller));
    // Resolved: out of the queue, still shown, only a note or reopening fit.
    QCOMPARE(controller.model()->rowForTicket(id), -1);
    QCOMPARE(controller.shownTicket()->status, TicketStatus::Resolved);
    QCOMPARE(controller.shownEvents().last().body, QStringLiteral("Disks replaced"));
    QVERIFY(controller.canRun(R::Reopen));
    QVERIFY(controller.canRun(R::Note));
    QVERIFY(!controller.canRun(R::Reply));

    // A lead may override a due instant.
    QueueController lead;
    QVERIFY(open(lead, m_lead));
    QVERIFY(show(lead, m_tickets[0]));
    QVERIFY(lead.canRun(R::OverrideDue));
}

void TestQueueController::actionOnItsWayBlocksTheOthers()
{
    QueueController controller;
    QVERIFY(open(controller, m_anna));
    const qint64 id = m_tickets[0];
    QVERIFY(show(controller, id));
    QSignalSpy saved(&controller, &QueueController::actionSaved);
    QSignalSpy status(&controller, &QueueController::statusMessage);
    using R = QueueRequest;
    QVERIFY(controller.run(request(R::Take)));
    QVERIFY(controller.isBusy());
    QCOMPARE(controller.busyDescription(), QStringLiteral("taking ticket #%1").arg(id));
    for (int k = R::NewTicket; k < R::KindCount; ++k)
        QVERIFY2(!controller.canRun(R::Kind(k)), qPrintable(QString::number(k)));
    QVERIFY(!controller.run(request(R::Reply)));
    QVERIFY(settled(controller));
    QVERIFY(!controller.isBusy());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toLongLong(), id);
    QCOMPARE(status.last().at(0).toString(), QStringLiteral("Took ticket #%1").arg(id));
    QCOMPARE(controller.model()->ticket(id)->assigneeId, m_anna.id);
    QCOMPARE(controller.model()->counts().mine, 1);

    // A new ticket: saved, in the model, its number reported.
    QueueRequest create = request(R::NewTicket);
    create.ticket.customerId = m_customer;
    create.ticket.subject = QStringLiteral("Backups fail");
    create.ticket.severity = QStringLiteral("high");
    create.ticket.channel = QStringLiteral("email");
    QVERIFY(controller.run(create));
    QVERIFY(settled(controller));
    QCOMPARE(saved.count(), 2);
    const qint64 created = saved.at(1).at(1).toLongLong();
    QVERIFY(!m_tickets.contains(created));
    QCOMPARE(controller.model()->ticket(created)->subject, QStringLiteral("Backups fail"));
}

void TestQueueController::conflictShowsTheFreshState()
{
    QueueController controller; // no change feed: this view is stale
    QVERIFY(open(controller, m_anna));
    const qint64 id = m_tickets[0];
    QVERIFY(show(controller, id));
    const qint64 seen = controller.shownTicket()->rowVersion;
    FakeClock otherClock(m_clock.nowUtc() + 5);
    auto other = openStore(otherClock);
    QVERIFY(other->take(Action{Action::newActionId(), m_lead.id, id, 0}).ok());

    QSignalSpy messages(&controller, &QueueController::messageChanged);
    QVERIFY(controller.run(request(QueueRequest::Take)));
    QVERIFY(settled(controller));
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().at(0).toString().contains(QLatin1String("changed by someone else")),
             qPrintable(messages.last().at(0).toString()));
    QVERIFY(messages.last().at(1).toBool()); // an error
    StoreError error;
    QCOMPARE(other->ticket(id, &error)->assigneeId, m_lead.id); // nothing overwritten
    QVERIFY(controller.shownTicket()->rowVersion > seen);
    QCOMPARE(controller.model()->ticket(id)->assigneeId, m_lead.id);

    // The fresh state lets the next action through and clears the message.
    QVERIFY(controller.run(request(QueueRequest::Take)));
    QVERIFY(settled(controller));
    QVERIFY(messages.last().at(0).toString().isEmpty());
    QCOMPARE(other->ticket(id, &error)->assigneeId, m_anna.id);
}

void TestQueueController::versionSeenBeforeTheDialogCounts()
{
    QueueController controller;
    QVERIFY(open(controller, m_anna));
    const qint64 id = m_tickets[1];
    QVERIFY(show(controller, id));
    // The agent opens the reply dialog on what is shown…
    QueueRequest reply = request(QueueRequest::Reply);
    reply.text = QStringLiteral("Looking into it");
    reply.action.ticketId = id;
    reply.action.expectedVersion = controller.shownTicket()->rowVersion;
    // …meanwhile someone else changes the ticket and this view learns of it.
    FakeClock otherClock(m_clock.nowUtc() + 5);
    auto other = openStore(otherClock);
    QVERIFY(other->note(Action{Action::newActionId(), m_lead.id, id, 0},
                        QStringLiteral("Customer called"))
                    .ok());
    controller.refreshTickets({id});
    QVERIFY(settled(controller));
    QVERIFY(controller.shownTicket()->rowVersion > reply.action.expectedVersion);
    // The reply is checked against the version the agent saw: a conflict, not a silent save.
    QSignalSpy messages(&controller, &QueueController::messageChanged);
    QVERIFY(controller.run(reply));
    QVERIFY(settled(controller));
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.last().at(0).toString().contains(QLatin1String("changed by someone else")));
    StoreError error;
    const QVector<Event> events = other->events(id, &error);
    QCOMPARE(events.last().body, QStringLiteral("Customer called"));
}

// A take or an assign is announced with its action id (assignmentSaved); undoAssignment gives
// the ticket back to the assignee before it, whichever ticket is shown by then, once.
void TestQueueController::assignmentsCanBeUndone()
{
    QueueController controller;
    QVERIFY(open(controller, m_anna));
    using R = QueueRequest;
    const qint64 id = m_tickets[1];
    QVERIFY(show(controller, id));
    QSignalSpy saved(&controller, &QueueController::assignmentSaved);
    QVERIFY(controller.run(request(R::Take)));
    QVERIFY(settled(controller));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).value<R::Kind>(), R::Take);
    QCOMPARE(saved.at(0).at(1).toLongLong(), id);
    QCOMPARE(saved.at(0).at(3).toLongLong(), m_anna.id);
    const QString take = saved.at(0).at(2).toString();
    QVERIFY(!take.isEmpty());

    // Assigned on to the lead: announced too.
    QueueRequest assign = request(R::Assign);
    assign.assigneeId = m_lead.id;
    QVERIFY(controller.canRun(R::Assign));
    QVERIFY(controller.run(assign));
    QVERIFY(settled(controller));
    QCOMPARE(saved.count(), 2);
    QCOMPARE(saved.at(1).at(0).value<R::Kind>(), R::Assign);
    QCOMPARE(saved.at(1).at(3).toLongLong(), m_lead.id);
    QCOMPARE(controller.model()->ticket(id)->assigneeId, m_lead.id);

    // The take is not the latest assignment any more: refused, said above the queue.
    QSignalSpy messages(&controller, &QueueController::messageChanged);
    QVERIFY(controller.undoAssignment(id, take));
    QVERIFY(settled(controller));
    QVERIFY(!messages.isEmpty() && messages.last().at(1).toBool());
    QVERIFY2(messages.last().at(0).toString().contains(QLatin1String("latest")),
             qPrintable(messages.last().at(0).toString()));
    QCOMPARE(controller.model()->ticket(id)->assigneeId, m_lead.id);

    // Another ticket shown; the assign undone: Anna has the ticket again.
    QVERIFY(show(controller, m_tickets[0]));
    QSignalSpy status(&controller, &QueueController::statusMessage);
    QVERIFY(controller.undoAssignment(id, saved.at(1).at(2).toString()));
    QVERIFY(settled(controller));
    QCOMPARE(controller.model()->ticket(id)->assigneeId, m_anna.id);
    QCOMPARE(controller.shownTicketId(), m_tickets[0]);
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().at(0).toString(),
             QStringLiteral("Undone: ticket #%1 has its assignee from before again").arg(id));
    QCOMPARE(saved.count(), 2); // an undo is not offered for undoing
    // Nothing to name: not sent.
    QVERIFY(!controller.undoAssignment(0, take));
    QVERIFY(!controller.undoAssignment(id, QString()));
}

void TestQueueController::liveFeedRefreshesInPlace()
{
    QueueController controller;
    QVERIFY(open(controller, m_anna, true));
    QCOMPARE(controller.connectionText(), QStringLiteral("Live"));
    QVERIFY(show(controller, m_tickets[1]));
    QSignalSpy resets(controller.model(), &QAbstractItemModel::modelReset);
    FakeClock otherClock(m_clock.nowUtc() + 30);
    auto other = openStore(otherClock);
    QVERIFY(other->take(Action{Action::newActionId(), m_lead.id, m_tickets[2], 0}).ok());
    QTRY_COMPARE(controller.model()->ticket(m_tickets[2])->assigneeId, m_lead.id);
    // A change to the shown ticket reaches it (with its events).
    QVERIFY(other->note(Action{Action::newActionId(), m_lead.id, m_tickets[1], 0},
                        QStringLiteral("Customer called"))
                    .ok());
    QTRY_COMPARE(controller.shownEvents().last().body, QStringLiteral("Customer called"));
    QVERIFY(other->resolve(Action{Action::newActionId(), m_lead.id, m_tickets[2], 0}).ok());
    QTRY_COMPARE(controller.model()->rowForTicket(m_tickets[2]), -1);
    QCOMPARE(resets.count(), 0);
    QVERIFY(settled(controller));
}

// Issue 20: everybody's notification settings come with the queue; the person saves their own in
// the worker; another person's save arrives with the change feed and a reload; a save while
// offline is refused at once.
void TestQueueController::notificationSettingsLoadSaveAndFollow()
{
    FakeClock otherClock(m_clock.nowUtc());
    auto other = openStore(otherClock);
    QVERIFY(other);
    NotificationSettings lead;
    lead.escalateOutsideHours = true;
    StoreError error;
    QVERIFY2(NotificationSettingsStore(other->connection(), otherClock)
                     .save(m_lead.id, lead, &error),
             qPrintable(error.message));

    QueueController controller;
    QVERIFY(controller.notificationSettings().isEmpty());
    QSignalSpy changed(&controller, &QueueController::notificationSettingsChanged);
    QVERIFY(open(controller, m_anna, true));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(controller.notificationSettings().size(), 1);
    QVERIFY(controller.notificationSettingsOf(m_lead.id) == lead);
    QVERIFY(controller.notificationSettingsOf(m_anna.id) == NotificationSettings()); // defaults
    QVERIFY(!controller.notificationSettings().contains(m_anna.id));

    NotificationSettings night;
    night.always = false;
    night.timeZone = QStringLiteral("Asia/Shanghai");
    night.hours = {{WeeklyHours::Weekdays, 20 * 60, 6 * 60}};
    QSignalSpy saved(&controller, &QueueController::notificationSettingsSaved);
    QSignalSpy failed(&controller, &QueueController::notificationSettingsSaveFailed);
    controller.saveNotificationSettings(night);
    QVERIFY(saved.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(changed.count(), 2);
    QVERIFY(controller.notificationSettingsOf(m_anna.id) == night);
    QVERIFY(*NotificationSettingsStore(other->connection(), otherClock).read(m_anna.id, &error) ==
            night);

    // Invalid settings are refused by the store; nothing changes.
    NotificationSettings bad = night;
    bad.hours[0].days = 0;
    controller.saveNotificationSettings(bad);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.last().at(0).toString().contains(QLatin1String("$.hours[0].days")),
             qPrintable(failed.last().at(0).toString()));
    QVERIFY(controller.notificationSettingsOf(m_anna.id) == night);

    // The lead changes theirs elsewhere, then a ticket changes: the feed brings both.
    lead.doNotDisturb = true;
    QVERIFY(NotificationSettingsStore(other->connection(), otherClock)
                    .save(m_lead.id, lead, &error));
    QVERIFY(other->take(Action{Action::newActionId(), m_lead.id, m_tickets[2], 0}).ok());
    QTRY_VERIFY(controller.notificationSettingsOf(m_lead.id).doNotDisturb);
    QVERIFY(settled(controller));
    // And a reload.
    lead.doNotDisturb = false;
    QVERIFY(NotificationSettingsStore(other->connection(), otherClock)
                    .save(m_lead.id, lead, &error));
    const int before = changed.count();
    controller.reload();
    QVERIFY(settled(controller));
    QCOMPARE(changed.count(), before + 1);
    QVERIFY(!controller.notificationSettingsOf(m_lead.id).doNotDisturb);

    controller.close();
    QVERIFY(settled(controller));
    controller.saveNotificationSettings(night);
    QCOMPARE(failed.count(), 2);
    QVERIFY2(failed.last().at(0).toString().contains(QLatin1String("offline")),
             qPrintable(failed.last().at(0).toString()));
}

QTEST_GUILESS_MAIN(TestQueueController)
#include "tst_queuecontroller.moc"
