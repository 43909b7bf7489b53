// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications against a real D-Bus session bus (issue 20). CTest runs this test under
// dbus-run-session with tests/views/queue/dbus-session.conf (a private bus that can start no
// service), and the test's own FakeNotificationServer owns org.freedesktop.Notifications on a
// second connection and records every Notify. The Queue workspace runs on a temporary SQLite
// database, driven by a fake clock through the at-risk and breach instants of its tickets:
// what a notification says (ticket, clock, due in the reader's zone, time left), replaces_id and
// urgency, ActionInvoked "default" and "take" (checked in the store), NotificationClosed, the
// tray when nobody owns the name, no storms (3 notifications and a summary), and the list of
// what was missed while the window was hidden.
#include "app/bootstrap/i18n.h"
#include "models/item/dateformat.h"
#include "models/item/ticker.h"
#include "models/sla/clocktext.h"
#include "models/store/notificationsettingsstore.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/queueopening.h"
#include "views/queue/assigndialog.h"
#include "views/queue/desktopnotifications.h"
#include "views/queue/missednotificationsdialog.h"
#include "views/queue/queuenotifier.h"
#include "views/queue/queueworkspace.h"
#include "views/queue/ticketpanel.h"
#include "views/queue/traynotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace dueline;

// org.freedesktop.Notifications as a test sees it: every Notify recorded, ids from 1, and
// ActionInvoked and NotificationClosed emitted on demand. It lives on a connection of its own,
// so the workspace's calls really cross the bus.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString app;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        uint id = 0; // what the server answered
    };

    FakeNotificationServer()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("fakeNotificationServer")))
    { }
    ~FakeNotificationServer() override
    {
        stop();
        QDBusConnection::disconnectFromBus(QStringLiteral("fakeNotificationServer"));
    }

    bool start()
    {
        if (!m_bus.objectRegisteredAt(QLatin1String(DesktopNotifications::objectPath)) &&
            !m_bus.registerObject(QLatin1String(DesktopNotifications::objectPath), this,
                                  QDBusConnection::ExportAllSlots |
                                          QDBusConnection::ExportAllSignals))
            return false;
        return m_bus.registerService(QLatin1String(DesktopNotifications::serviceName));
    }
    void stop() { m_bus.unregisterService(QLatin1String(DesktopNotifications::serviceName)); }

    // The calls about a ticket (its number in the summary).
    QVector<Call> callsAbout(qint64 ticketId) const
    {
        QVector<Call> found;
        for (const Call &c : calls) {
            if (c.summary.contains(QStringLiteral("#%1 ").arg(ticketId)))
                found << c;
        }
        return found;
    }

    void invoke(uint id, const QString &action) { emit ActionInvoked(id, action); }
    void close(uint id, uint reason) { emit NotificationClosed(id, reason); }

    QVector<Call> calls;
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};

public slots:
    QStringList GetCapabilities() const { return capabilities; }
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeout)
    {
        const uint id = replacesId != 0 ? replacesId : m_nextId++;
        calls.append({app, replacesId, icon, summary, body, actions, hints, timeout, id});
        return id;
    }
    void CloseNotification(uint id) { emit NotificationClosed(id, 3); }

signals:
    // (id, reason) and (id, action key); unnamed, as moc defines them in this file.
    void NotificationClosed(uint, uint);
    void ActionInvoked(uint, const QString &);

private:
    QDBusConnection m_bus;
    uint m_nextId = 1;
};

class TestDesktopNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void notificationNamesTicketClockDueAndTimeLeft();
    void laterNotificationReplacesTheEarlier();
    void bodyIsEscapedWhereTheServiceReadsMarkup();
    void defaultActionOpensTheTicket();
    void takeActionTakesTheTicket();
    void closedNotificationIsForgotten();
    void trayWhenNobodyOwnsTheName();
    void aStormIsThreeNotificationsAndASummary();
    void missedListFillsWhileHidden();
    void nightShiftCrossesMidnightAndTheWeekend();
    void doNotDisturbKeepsThemForLater();
    void leadHearsBreachesAndUnassignedTickets();
    void leadHearsOfAnAgentOutsideTheirHours();
    void assignActionAssignsTheTicket();
    void assignFromTheTicketMenu();

private:
    std::unique_ptr<TicketStore> openStore(FakeClock &clock);
    std::unique_ptr<QueueWorkspace> openWorkspace(bool trayAvailable = false,
                                                  const Agent *as = nullptr);
    // Opens a ticket at `at` (the fixture's clock moves there) for Anna or nobody.
    qint64 addTicketAt(Instant at, const char *subject, qint64 assignee);
    // Saves a person's notification settings in the database, as their dialog does.
    bool saveSettings(qint64 agentId, const NotificationSettings &settings);
    qint64 addTicket(TicketStore &store, const char *subject, qint64 assignee);
    // Moves the queue's clock to `at` and ticks.
    void tickAt(Instant at);

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    FakeClock m_clock{0};
    std::unique_ptr<Ticker> m_ticker;
    std::unique_ptr<FakeNotificationServer> m_server;
    Agent m_anna;
    Agent m_lead;
    qint64 m_customer = 0;
    Instant m_t0 = 0; // when the tickets were opened
    qint64 m_mine = 0; // assigned to Anna
    qint64 m_unassigned = 0;
    qint64 m_leads = 0; // assigned to the lead: never Anna's notification
    std::function<int(QDialog &)> m_answer;
};

namespace {

// VK CS Standard: 24×7 in Moscow, a response within 1 h for every severity, at risk in its last
// 25 % (15 min).
constexpr qint64 atRiskAfter = 45 * qint64(60);
constexpr qint64 breachAfter = 60 * qint64(60);

// A due instant on the day of the notification, in the reader's zone: "16:00 CST".
QString readerTime(Instant at)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(at, QTimeZone::systemTimeZone());
    return t.toString(QStringLiteral("HH:mm ")) + t.timeZoneAbbreviation();
}

} // namespace

void TestDesktopNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopnotifications"));
    QVERIFY(i18n::installTranslators(QStringLiteral("en")));
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run the test under dbus-run-session (ctest does)");
    // The reader is in Shanghai, the tickets' calendar in Moscow.
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Asia/Shanghai"));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<TicketStore> TestDesktopNotifications::openStore(FakeClock &clock)
{
    StoreError error;
    auto store =
            TicketStore::open(m_url, m_catalog, clock, Connection::Mode::CreateIfMissing, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

qint64 TestDesktopNotifications::addTicket(TicketStore &store, const char *subject, qint64 assignee)
{
    NewTicket t;
    t.customerId = m_customer;
    t.subject = QString::fromUtf8(subject);
    t.severity = QStringLiteral("medium");
    t.channel = QStringLiteral("email");
    t.body = QStringLiteral("Please help");
    const ActionResult r = store.createTicket(Action::newActionId(), m_lead.id, t);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error.message));
        return 0;
    }
    if (assignee != 0) {
        Action a;
        a.actionId = Action::newActionId();
        a.actorId = m_lead.id;
        a.ticketId = r.ticket.id;
        const ActionResult assigned = store.assign(a, assignee);
        if (!assigned.ok())
            qWarning("%s", qPrintable(assigned.error.message));
    }
    return r.ticket.id;
}

void TestDesktopNotifications::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("queue.sqlite")));
    // Tuesday 2026-03-03 10:00 Moscow time, 15:00 in Shanghai.
    m_t0 = QDateTime(QDate(2026, 3, 3), QTime(7, 0), Qt::UTC).toSecsSinceEpoch();
    m_clock.set(m_t0);
    m_ticker = std::make_unique<Ticker>(m_clock);

    auto store = openStore(m_clock);
    QVERIFY(store);
    StoreError error;
    QVERIFY2(store->migrate(&error) >= 0, qPrintable(error.message));
    m_lead.login = QStringLiteral("lead");
    m_lead.displayName = QStringLiteral("Lena Lead");
    m_lead.role = Agent::Role::Lead;
    m_lead.id = store->addAgent(m_lead, &error);
    m_anna.login = QStringLiteral("anna");
    m_anna.displayName = QStringLiteral("Anna Agent");
    m_anna.id = store->addAgent(m_anna, &error);
    QVERIFY2(m_lead.id && m_anna.id, qPrintable(error.message));
    Customer vk;
    vk.name = QStringLiteral("Ivan");
    vk.company = QStringLiteral("Romashka");
    vk.planId = QStringLiteral("vkcs/standard");
    vk.timeZone = "Europe/Moscow";
    vk.language = QStringLiteral("ru");
    m_customer = store->addCustomer(vk, &error);
    QVERIFY2(m_customer, qPrintable(error.message));
    m_mine = addTicket(*store, "Database down", m_anna.id);
    m_unassigned = addTicket(*store, "Slow disks", 0);
    m_leads = addTicket(*store, "Question about quotas", m_lead.id);
    QVERIFY(m_mine && m_unassigned && m_leads);

    m_server = std::make_unique<FakeNotificationServer>();
    QVERIFY(m_server->start());
    m_answer = [](QDialog &) {
        return int(QDialog::Rejected);
    };
}

void TestDesktopNotifications::cleanup()
{
    m_server.reset();
    m_ticker.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<QueueWorkspace> TestDesktopNotifications::openWorkspace(bool trayAvailable,
                                                                        const Agent *as)
{
    auto workspace = std::make_unique<QueueWorkspace>();
    workspace->setDialogRunner([this](QDialog &dialog) { return m_answer(dialog); });
    if (trayAvailable)
        workspace->notifier()->setTrayAvailability([] { return true; });
    QueueSource source;
    source.url = m_url;
    source.catalog = m_catalog;
    source.clock = &m_clock;
    source.live = false;
    QString error;
    if (!testsupport::openQueue(*workspace, source, as ? *as : m_anna, m_ticker.get(), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    workspace->resize(1280, 700);
    workspace->show();
    workspace->activateWindow();
    if (!QTest::qWaitForWindowActive(workspace.get()))
        return nullptr;
    return workspace;
}

qint64 TestDesktopNotifications::addTicketAt(Instant at, const char *subject, qint64 assignee)
{
    m_clock.set(at);
    auto store = openStore(m_clock);
    return store ? addTicket(*store, subject, assignee) : 0;
}

bool TestDesktopNotifications::saveSettings(qint64 agentId, const NotificationSettings &settings)
{
    FakeClock clock(m_clock.nowUtc());
    auto store = openStore(clock);
    if (!store)
        return false;
    StoreError error;
    if (!NotificationSettingsStore(store->connection(), clock).save(agentId, settings, &error)) {
        qWarning("%s", qPrintable(error.message));
        return false;
    }
    return true;
}

void TestDesktopNotifications::tickAt(Instant at)
{
    m_clock.set(at);
    m_ticker->tickNow();
}

// At 10:45 Moscow time the response clocks of Anna's ticket and the unassigned one have 15 min
// left: one notification each (none for the lead's ticket), naming the ticket, the clock, the due
// instant in the reader's zone (Shanghai) and the time left.
void TestDesktopNotifications::notificationNamesTicketClockDueAndTimeLeft()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QVERIFY(workspace->notifier()->desktopNotifications());
    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(m_server->calls.size(), 2);
    QVERIFY(m_server->callsAbout(m_leads).isEmpty());

    const QVector<FakeNotificationServer::Call> mine = m_server->callsAbout(m_mine);
    QCOMPARE(mine.size(), 1);
    const FakeNotificationServer::Call &c = mine[0];
    QCOMPARE(c.app, QStringLiteral("Dueline"));
    QCOMPARE(c.icon, QStringLiteral("org.dueline.Dueline"));
    QCOMPARE(c.replacesId, 0u);
    QCOMPARE(c.timeout, -1);
    QCOMPARE(c.summary, QStringLiteral("Ticket #%1 is at risk").arg(m_mine));
    // "Database down / Response due 16:00 CST · 15 min left": 11:00 in Moscow.
    const QString due = readerTime(m_t0 + breachAfter);
    QCOMPARE(due, QStringLiteral("16:00 CST"));
    QCOMPARE(c.body, QStringLiteral("Database down\nResponse due %1 · 15 min left").arg(due));
    QCOMPARE(c.hints.value(QStringLiteral("urgency")).toInt(), 1);
    QCOMPARE(c.hints.value(QStringLiteral("urgency")).userType(), int(QMetaType::UChar));
    QCOMPARE(c.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("org.dueline.Dueline"));
    // Mine already: Open only.
    QCOMPARE(c.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open")}));

    // The unassigned one offers Take too, and says it is nobody's.
    const QVector<FakeNotificationServer::Call> unassigned = m_server->callsAbout(m_unassigned);
    QCOMPARE(unassigned.size(), 1);
    QCOMPARE(unassigned[0].actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open"),
                                                 QStringLiteral("take"), QStringLiteral("Take")}));
    QVERIFY(unassigned[0].body.endsWith(QStringLiteral("\nNot assigned to anyone yet")));
    QCOMPARE(workspace->notifier()->desktopNotifications()->notificationId(m_mine), c.id);
    // A due instant on another day than the notification's carries its date.
    SlaAlert later;
    later.at = m_t0;
    later.ticketId = m_mine;
    later.hasClock = true;
    later.clock = TargetKind::Resolution;
    later.due = m_t0 + 86400;
    later.remaining = 3600;
    QCOMPARE(QueueNotifier::alertDetail(later),
             QStringLiteral("Resolution due Wed 4 Mar 15:00 CST · 1 h left"));
    // A business-day target's time left is in business days of its calendar, as everywhere
    // (docs/architecture.md §2): Stormbpmn Enterprise's critical resolution, 15 business days.
    const Plan *storm = m_catalog->plan(QStringLiteral("stormbpmn/enterprise"));
    QVERIFY(storm && storm->targetsFor(QStringLiteral("critical")));
    const Target &days = storm->targetsFor(QStringLiteral("critical"))->resolution;
    QCOMPARE(days.unit, TargetUnit::BusinessDays);
    later.unit = days.unit;
    later.calendar = m_catalog->calendarFor(*storm, days);
    later.remaining = (4 * 9 + 5) * qint64(3600);
    const QString businessDays =
            ClockText::remaining(later.remaining, later.unit, later.calendar.get(), later.at);
    QVERIFY2(businessDays.contains(QStringLiteral("business day")), qPrintable(businessDays));
    QCOMPARE(QueueNotifier::alertDetail(later),
             QStringLiteral("Resolution due Wed 4 Mar 15:00 CST · %1 left").arg(businessDays));

    // Once per threshold: the queue loaded again crosses nothing new.
    workspace->reload();
    QVERIFY(testsupport::settled(*workspace));
    tickAt(m_t0 + atRiskAfter + 1);
    QTest::qWait(50);
    QCOMPARE(m_server->calls.size(), 2);
}

// The breach of the same ticket replaces its at-risk notification, with urgency critical.
void TestDesktopNotifications::laterNotificationReplacesTheEarlier()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(m_server->calls.size(), 2);
    const uint first = m_server->callsAbout(m_mine).value(0).id;
    QVERIFY(first != 0);

    tickAt(m_t0 + breachAfter + 90);
    QTRY_COMPARE(m_server->calls.size(), 4);
    const QVector<FakeNotificationServer::Call> mine = m_server->callsAbout(m_mine);
    QCOMPARE(mine.size(), 2);
    const FakeNotificationServer::Call &breach = mine[1];
    QCOMPARE(breach.replacesId, first);
    QCOMPARE(breach.id, first);
    QCOMPARE(breach.summary, QStringLiteral("Ticket #%1 breached its SLA").arg(m_mine));
    QCOMPARE(breach.hints.value(QStringLiteral("urgency")).toInt(), 2);
    // How long ago, in wall-clock time.
    QCOMPARE(breach.body, QStringLiteral("Database down\nResponse was due %1 · breached 1 min ago")
                                  .arg(readerTime(m_t0 + breachAfter)));
    // The other ticket's notification is replaced by its own breach, not by this one.
    const QVector<FakeNotificationServer::Call> other = m_server->callsAbout(m_unassigned);
    QCOMPARE(other.size(), 2);
    QCOMPARE(other[1].replacesId, other[0].id);
    QVERIFY(other[0].id != first);
}

// A service that reads markup in the body (capability body-markup) gets the subject escaped; the
// summary is plain text by the specification.
void TestDesktopNotifications::bodyIsEscapedWhereTheServiceReadsMarkup()
{
    m_server->capabilities << QStringLiteral("body-markup");
    qint64 marked = 0;
    {
        auto store = openStore(m_clock);
        QVERIFY(store);
        marked = addTicket(*store, "R&D <lab> down", m_anna.id);
        QVERIFY(marked);
    }
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(m_server->calls.size(), 3);
    const FakeNotificationServer::Call c = m_server->callsAbout(marked).value(0);
    QVERIFY2(c.body.startsWith(QStringLiteral("R&amp;D &lt;lab&gt; down\nResponse due ")),
             qPrintable(c.body));
    QCOMPARE(c.summary, QStringLiteral("Ticket #%1 is at risk").arg(marked));
}

// "default" (a click on the notification) opens its ticket in the workspace; an id the workspace
// never sent (another application's notification) does nothing.
void TestDesktopNotifications::defaultActionOpensTheTicket()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QVERIFY(workspace->selectTicket(m_leads));
    QVERIFY(testsupport::settled(*workspace));
    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(m_server->calls.size(), 2);
    const uint id = m_server->callsAbout(m_mine).value(0).id;

    m_server->invoke(999, QStringLiteral("default"));
    QTest::qWait(100);
    QCOMPARE(workspace->currentTicketId(), m_leads);

    QSignalSpy requested(workspace->notifier(), &QueueNotifier::ticketRequested);
    m_server->invoke(id, QStringLiteral("default"));
    QTRY_COMPARE(workspace->currentTicketId(), m_mine);
    QCOMPARE(requested.size(), 1);
    QTRY_COMPARE(workspace->panel()->ticketId(), m_mine);
    QVERIFY(testsupport::settled(*workspace));
}

// "take" assigns the unassigned ticket to the agent: checked in the store.
void TestDesktopNotifications::takeActionTakesTheTicket()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QVERIFY(workspace->selectTicket(m_leads));
    QVERIFY(testsupport::settled(*workspace));
    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(m_server->calls.size(), 2);
    const FakeNotificationServer::Call c = m_server->callsAbout(m_unassigned).value(0);
    QVERIFY(c.actions.contains(QStringLiteral("take")));

    m_server->invoke(c.id, QStringLiteral("take"));
    FakeClock checkClock(m_clock.nowUtc());
    auto check = openStore(checkClock);
    QVERIFY(check);
    StoreError error;
    QTRY_COMPARE(check->ticket(m_unassigned, &error)->assigneeId, m_anna.id);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->currentTicketId(), m_unassigned);
    QCOMPARE(workspace->model()->ticket(m_unassigned)->assigneeId, m_anna.id);
    // Taken by the agent, once: the history has one assignment to Anna.
    int taken = 0;
    for (const Event &e : check->events(m_unassigned, &error))
        taken += int(e.kind == EventKind::Assigned && e.assigneeId == m_anna.id);
    QCOMPARE(taken, 1);
}

// NotificationClosed is mapped back to its ticket: the next notification of that ticket is a new
// one (replaces_id 0), not a replacement of one that is gone.
void TestDesktopNotifications::closedNotificationIsForgotten()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    DesktopNotifications *desktop = workspace->notifier()->desktopNotifications();
    QVERIFY(desktop);
    QSignalSpy closed(desktop, &NotificationChannel::closed);
    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(m_server->calls.size(), 2);
    const uint id = m_server->callsAbout(m_mine).value(0).id;
    m_server->close(id, 2); // dismissed by the user
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).toLongLong(), m_mine);
    QCOMPARE(desktop->notificationId(m_mine), 0u);
    QVERIFY(desktop->notificationId(m_unassigned) != 0);

    tickAt(m_t0 + breachAfter);
    QTRY_COMPARE(m_server->calls.size(), 4);
    QCOMPARE(m_server->callsAbout(m_mine).value(1).replacesId, 0u);
    QVERIFY(m_server->callsAbout(m_unassigned).value(1).replacesId != 0);
}

// Nobody owns org.freedesktop.Notifications: the tray's balloon shows the notification, and a
// click on it opens the ticket. Once the service is back, notifications go to it again.
void TestDesktopNotifications::trayWhenNobodyOwnsTheName()
{
    m_server->stop();
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QLatin1String(DesktopNotifications::serviceName)));
    auto workspace = openWorkspace(true);
    QVERIFY(workspace);
    QueueNotifier *notifier = workspace->notifier();
    QVERIFY(notifier->tray());
    QVERIFY(notifier->tray()->isVisible());
    QSignalSpy tray(notifier->trayNotifications(), &NotificationChannel::shown);
    QSignalSpy desktop(notifier->desktopNotifications(), &NotificationChannel::shown);
    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(tray.size(), 2);
    QVERIFY(m_server->calls.isEmpty());
    QCOMPARE(desktop.size(), 0);
    const auto shown = qvariant_cast<DesktopNotification>(tray.at(0).at(0));
    QVERIFY(shown.summary.startsWith(QStringLiteral("Ticket #")));
    QVERIFY(shown.body.contains(QStringLiteral("15 min left")));

    // A click on the balloon: its ticket (the last one shown).
    const qint64 last = qvariant_cast<DesktopNotification>(tray.at(1).at(0)).ticketId;
    emit notifier->tray()->messageClicked();
    QTRY_COMPARE(workspace->currentTicketId(), last);

    QVERIFY(m_server->start());
    tickAt(m_t0 + breachAfter);
    QTRY_COMPARE(m_server->calls.size(), 2);
    QCOMPARE(tray.size(), 2);
    QCOMPARE(desktop.size(), 2);
}

// Six tickets cross at one tick, one more 20 s later, one more 40 s after that: three
// notifications, then one summary that counts them all and is replaced in place as it grows, then
// — 30 s without a crossing having passed — one by one again.
void TestDesktopNotifications::aStormIsThreeNotificationsAndASummary()
{
    QVector<qint64> storm{m_mine, m_unassigned};
    qint64 later = 0;
    qint64 last = 0;
    {
        auto store = openStore(m_clock);
        QVERIFY(store);
        for (const char *subject : {"Login fails", "Backups late", "DNS flaps", "Quota reached"})
            storm << addTicket(*store, subject, 0);
        m_clock.set(m_t0 + 20);
        later = addTicket(*store, "Certificate expires", m_anna.id);
        m_clock.set(m_t0 + 60);
        last = addTicket(*store, "Mail bounces", 0);
        m_clock.set(m_t0);
        QVERIFY(!storm.contains(0) && later && last);
    }
    auto workspace = openWorkspace();
    QVERIFY(workspace);

    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(m_server->calls.size(), 4);
    QTest::qWait(50);
    QCOMPARE(m_server->calls.size(), 4); // one summary for the whole tick
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_server->calls[i].summary.startsWith(QStringLiteral("Ticket #")));
    const FakeNotificationServer::Call summary = m_server->calls[3];
    QCOMPARE(summary.summary, QStringLiteral("6 tickets at risk"));
    QCOMPARE(summary.replacesId, 0u);
    QCOMPARE(summary.hints.value(QStringLiteral("urgency")).toInt(), 1);
    QVERIFY(summary.body.endsWith(QStringLiteral("\nand 1 more")));
    QCOMPARE(summary.body.count(QLatin1Char('\n')), 5);
    QCOMPARE(summary.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Open")}));

    // 20 s later, within 30 s: the summary grows, in place.
    tickAt(m_t0 + atRiskAfter + 20);
    QTRY_COMPARE(m_server->calls.size(), 5);
    QCOMPARE(m_server->calls[4].summary, QStringLiteral("7 tickets at risk"));
    QCOMPARE(m_server->calls[4].replacesId, summary.id);

    // 40 s after that, the storm is over: a notification of its own.
    tickAt(m_t0 + atRiskAfter + 60);
    QTRY_COMPARE(m_server->calls.size(), 6);
    QCOMPARE(m_server->calls[5].summary, QStringLiteral("Ticket #%1 is at risk").arg(last));

    // A click on the summary brings the window up and opens no ticket.
    QSignalSpy requested(workspace->notifier(), &QueueNotifier::ticketRequested);
    m_server->invoke(summary.id, QStringLiteral("default"));
    QTest::qWait(100);
    QCOMPARE(requested.size(), 0);
}

// While the window is hidden every notification also goes to the missed list; the status bar's
// button says how many; the list shows them newest first, a click opens the ticket, and the list
// is cleared once seen. While the window is shown and active, nothing is missed.
void TestDesktopNotifications::missedListFillsWhileHidden()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QueueNotifier *notifier = workspace->notifier();
    QWidget statusBar;
    QToolButton *button = notifier->missedButton(&statusBar);
    QVERIFY(button->isHidden());

    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(m_server->calls.size(), 2);
    QVERIFY(notifier->missed().isEmpty());

    workspace->hide();
    QVERIFY(notifier->isAway());
    QSignalSpy changed(notifier, &QueueNotifier::missedChanged);
    tickAt(m_t0 + breachAfter);
    QTRY_COMPARE(m_server->calls.size(), 4);
    QCOMPARE(notifier->missed().size(), 2);
    QCOMPARE(changed.last().at(0).toInt(), 2);
    QVERIFY(!button->isHidden());
    QCOMPARE(button->text(), QStringLiteral("2 missed"));
    for (const SlaAlert &alert : notifier->missed()) {
        QCOMPARE(alert.state, ClockState::Breached);
        QCOMPARE(alert.at, m_t0 + breachAfter);
    }
    const qint64 newest = notifier->missed().last().ticketId;

    int rows = 0;
    m_answer = [&rows, newest](QDialog &dialog) {
        auto *d = qobject_cast<MissedNotificationsDialog *>(&dialog);
        if (!d)
            return int(QDialog::Rejected);
        QTreeWidget *list = d->list();
        rows = list->topLevelItemCount();
        QTreeWidgetItem *top = list->topLevelItem(0);
        if (!top || !top->text(1).startsWith(QStringLiteral("#%1 ").arg(newest)))
            return int(QDialog::Rejected);
        if (top->text(2) != QStringLiteral("Breached") ||
            !top->text(3).contains(QStringLiteral("breached just now")))
            return int(QDialog::Rejected);
        d->show();
        if (!QTest::qWaitForWindowExposed(d))
            return int(QDialog::Rejected);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(top).center());
        return d->result();
    };
    button->click();
    QCOMPARE(rows, 2);
    QVERIFY(notifier->missed().isEmpty());
    QVERIFY(button->isHidden());
    QTRY_VERIFY(workspace->isVisible());
    QTRY_COMPARE(workspace->currentTicketId(), newest);
    QVERIFY(testsupport::settled(*workspace));

    // Seen once, shown again: empty.
    m_answer = [&rows](QDialog &dialog) {
        auto *d = qobject_cast<MissedNotificationsDialog *>(&dialog);
        rows = d ? d->list()->topLevelItemCount() : -1;
        return int(QDialog::Rejected);
    };
    notifier->missedAction()->trigger();
    QCOMPARE(rows, 0);
}

namespace {

Instant moscow(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Europe/Moscow"))
            .toSecsSinceEpoch();
}

// Weekly hours in Moscow time: `days` a bit set (bit 0 Monday), "HH:mm" to "HH:mm".
NotificationSettings hoursIn(quint8 days, int fromHour, int fromMinute, int toHour, int toMinute)
{
    NotificationSettings s;
    s.always = false;
    s.timeZone = QStringLiteral("Europe/Moscow");
    WeeklyHours h;
    h.days = days;
    h.from = fromHour * 60 + fromMinute;
    h.to = toHour * 60 + toMinute;
    s.hours = {h};
    return s;
}

constexpr quint8 friToSun = 0x70; // Friday, Saturday, Sunday
constexpr quint8 weekdays = 0x1f;

} // namespace

// Anna works the weekend nights, Friday to Sunday 20:00–06:00 Moscow time. A ticket at risk on
// Saturday evening and one at risk after midnight on Monday (the Sunday night's shift) reach her
// desktop; one at risk on Saturday noon and one at 06:15 on Monday, outside her hours, do not:
// they wait in the missed list, with the window in front all the while.
void TestDesktopNotifications::nightShiftCrossesMidnightAndTheWeekend()
{
    const qint64 saturdayNoon = addTicketAt(moscow(2026, 3, 7, 12, 0), "Saturday noon", m_anna.id);
    const qint64 saturdayEvening =
            addTicketAt(moscow(2026, 3, 7, 19, 30), "Saturday evening", m_anna.id);
    const qint64 sundayNight = addTicketAt(moscow(2026, 3, 8, 23, 30), "Sunday night", m_anna.id);
    const qint64 mondayDawn = addTicketAt(moscow(2026, 3, 9, 5, 30), "Monday dawn", m_anna.id);
    QVERIFY(saturdayNoon && saturdayEvening && sundayNight && mondayDawn);
    // The week's earlier tickets are long breached by Saturday: out of the way.
    m_clock.set(moscow(2026, 3, 7, 11, 0));
    QVERIFY(saveSettings(m_anna.id, hoursIn(friToSun, 20, 0, 6, 0)));
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QVERIFY(!workspace->notifier()->settingsOf(m_anna.id).isOn(moscow(2026, 3, 7, 12, 45)));
    QVERIFY(workspace->notifier()->settingsOf(m_anna.id).isOn(moscow(2026, 3, 9, 0, 15)));
    m_server->calls.clear();

    tickAt(moscow(2026, 3, 7, 12, 45)); // Saturday noon's ticket at risk: outside her hours
    QTest::qWait(100);
    QVERIFY(m_server->callsAbout(saturdayNoon).isEmpty());
    QCOMPARE(workspace->notifier()->missed().size(), 1);
    QCOMPARE(workspace->notifier()->missed()[0].ticketId, saturdayNoon);

    tickAt(moscow(2026, 3, 7, 13, 0)); // and breached, still outside
    tickAt(moscow(2026, 3, 7, 20, 15)); // Saturday evening, in her hours
    QTRY_COMPARE(m_server->callsAbout(saturdayEvening).size(), 1);
    // Saturday noon's breach came at 13:00, outside her hours: missed too, not on the desktop.
    QVERIFY(m_server->callsAbout(saturdayNoon).isEmpty());

    tickAt(moscow(2026, 3, 7, 20, 30));
    tickAt(moscow(2026, 3, 9, 0, 15)); // Monday 00:15: the shift that began on Sunday
    QTRY_COMPARE(m_server->callsAbout(sundayNight).size(), 1);
    QVERIFY(m_server->callsAbout(sundayNight)[0].summary.contains(QStringLiteral("at risk")));

    tickAt(moscow(2026, 3, 9, 0, 30));
    tickAt(moscow(2026, 3, 9, 6, 15)); // Monday 06:15: the shift is over
    QTest::qWait(100);
    QVERIFY(m_server->callsAbout(mondayDawn).isEmpty());
    QVector<qint64> missed;
    for (const SlaAlert &a : workspace->notifier()->missed())
        missed << a.ticketId;
    QVERIFY2(missed.contains(saturdayNoon) && missed.contains(mondayDawn),
             qPrintable(QStringLiteral("missed: %1").arg(missed.size())));
    QVERIFY(!missed.contains(saturdayEvening));
    QVERIFY(!missed.contains(sundayNight));
    // The status bar says so, and the list shows them.
    QToolButton *button = workspace->notifier()->missedButton(workspace.get());
    QVERIFY(button->isVisibleTo(workspace.get()));
}

// Do not disturb: nothing reaches the desktop, everything waits in the missed list; turned off,
// the next crossing is notified again.
void TestDesktopNotifications::doNotDisturbKeepsThemForLater()
{
    NotificationSettings dnd;
    dnd.doNotDisturb = true;
    QVERIFY(saveSettings(m_anna.id, dnd));
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QVERIFY(workspace->notifier()->settingsOf(m_anna.id).doNotDisturb);
    tickAt(m_t0 + atRiskAfter);
    QTest::qWait(100);
    QVERIFY(m_server->calls.isEmpty());
    QCOMPARE(workspace->notifier()->missed().size(), 2);

    // Turned off (from another computer): read again with the queue.
    QVERIFY(saveSettings(m_anna.id, NotificationSettings()));
    workspace->reload();
    QTRY_VERIFY(!workspace->notifier()->settingsOf(m_anna.id).doNotDisturb);
    QVERIFY(testsupport::settled(*workspace));
    tickAt(m_t0 + breachAfter);
    QTRY_COMPARE(m_server->calls.size(), 2);
    for (const FakeNotificationServer::Call &c : m_server->calls)
        QVERIFY(c.summary.contains(QStringLiteral("breached")));
}

// A lead (default settings) hears about an unassigned ticket at risk, their own, and every
// breach, but not about an agent's ticket at risk; a lead's notification offers Assign….
void TestDesktopNotifications::leadHearsBreachesAndUnassignedTickets()
{
    auto workspace = openWorkspace(false, &m_lead);
    QVERIFY(workspace);
    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(m_server->calls.size(), 2);
    QVERIFY(m_server->callsAbout(m_mine).isEmpty()); // Anna's, at risk: hers to handle
    const FakeNotificationServer::Call unassigned = m_server->callsAbout(m_unassigned).value(0);
    QVERIFY(unassigned.actions.contains(QStringLiteral("assign")));
    QVERIFY(unassigned.actions.contains(QStringLiteral("take")));
    QVERIFY(unassigned.body.endsWith(QStringLiteral("Not assigned to anyone yet")));
    const FakeNotificationServer::Call own = m_server->callsAbout(m_leads).value(0);
    QVERIFY(!own.actions.contains(QStringLiteral("take")));

    tickAt(m_t0 + breachAfter);
    QTRY_COMPARE(m_server->calls.size(), 5);
    const QVector<FakeNotificationServer::Call> annas = m_server->callsAbout(m_mine);
    QCOMPARE(annas.size(), 1);
    QCOMPARE(annas[0].summary, QStringLiteral("Ticket #%1 breached its SLA").arg(m_mine));
    QCOMPARE(annas[0].hints.value(QStringLiteral("urgency")).toInt(), 2);
    QVERIFY2(annas[0].body.endsWith(QStringLiteral("\nAssigned to Anna Agent")),
             qPrintable(annas[0].body));
    QVERIFY(annas[0].actions.contains(QStringLiteral("assign")));
    // Anna, meanwhile, heard of her own ticket and the unassigned one only.
}

// With "tell me when an assigned agent is outside their hours" on, the lead hears about Anna's
// ticket at risk once her hours end (10:50, after it became at risk at 10:45), naming her and when
// she is back; with it off (the default), nothing.
void TestDesktopNotifications::leadHearsOfAnAgentOutsideTheirHours()
{
    NotificationSettings lead;
    lead.escalateOutsideHours = true;
    const NotificationSettings anna = hoursIn(weekdays, 9, 0, 10, 50);

    QVERIFY(saveSettings(m_lead.id, lead));
    QVERIFY(saveSettings(m_anna.id, anna));
    auto workspace = openWorkspace(false, &m_lead);
    QVERIFY(workspace);
    tickAt(m_t0 + atRiskAfter); // 10:45 Moscow: Anna is still at work
    QTRY_COMPARE(m_server->calls.size(), 2);
    QVERIFY(m_server->callsAbout(m_mine).isEmpty());
    tickAt(m_t0 + atRiskAfter + qint64(4) * 60);
    QTest::qWait(50);
    QVERIFY(m_server->callsAbout(m_mine).isEmpty());

    tickAt(m_t0 + atRiskAfter +
           qint64(5) * 60); // 10:50: her hours are over, the ticket still at risk
    QTRY_COMPARE(m_server->callsAbout(m_mine).size(), 1);
    const FakeNotificationServer::Call c = m_server->callsAbout(m_mine)[0];
    QCOMPARE(c.summary, QStringLiteral("Ticket #%1 is at risk").arg(m_mine));
    // Back on Wednesday at 09:00 Moscow time, 14:00 in the reader's Shanghai.
    const QString back = DateFormat::dateTime(
            QLocale(),
            QDateTime::fromSecsSinceEpoch(moscow(2026, 3, 4, 9, 0), QTimeZone::systemTimeZone()));
    QVERIFY2(c.body.endsWith(QStringLiteral("Assigned to Anna Agent, outside their hours until %1")
                                     .arg(back)),
             qPrintable(c.body));
    QVERIFY(c.actions.contains(QStringLiteral("assign")));
    // Once per threshold: later ticks say nothing more.
    tickAt(m_t0 + atRiskAfter + qint64(6) * 60);
    QTest::qWait(50);
    QCOMPARE(m_server->callsAbout(m_mine).size(), 1);

    // The same with the setting off: the breach only.
    m_server->calls.clear();
    workspace.reset();
    m_clock.set(m_t0);
    QVERIFY(saveSettings(m_lead.id, NotificationSettings()));
    workspace = openWorkspace(false, &m_lead);
    QVERIFY(workspace);
    tickAt(m_t0 + atRiskAfter + qint64(5) * 60);
    tickAt(m_t0 + atRiskAfter + qint64(10) * 60);
    QTRY_COMPARE(m_server->calls.size(), 2);
    QVERIFY(m_server->callsAbout(m_mine).isEmpty());
}

// Assign… on a lead's notification opens the ticket and asks who; the choice is saved.
void TestDesktopNotifications::assignActionAssignsTheTicket()
{
    auto workspace = openWorkspace(false, &m_lead);
    QVERIFY(workspace);
    tickAt(m_t0 + atRiskAfter);
    QTRY_COMPARE(m_server->calls.size(), 2);
    const FakeNotificationServer::Call c = m_server->callsAbout(m_unassigned).value(0);
    int asked = 0;
    m_answer = [&](QDialog &dialog) {
        auto *assign = qobject_cast<AssignDialog *>(&dialog);
        if (!assign)
            return int(QDialog::Rejected);
        ++asked;
        // Nobody is where it is now: not offered.
        if (assign->select(0))
            return int(QDialog::Rejected);
        if (!assign->select(m_anna.id))
            return int(QDialog::Rejected);
        return int(QDialog::Accepted);
    };
    m_server->invoke(c.id, QStringLiteral("assign"));
    FakeClock checkClock(m_clock.nowUtc());
    auto check = openStore(checkClock);
    QVERIFY(check);
    StoreError error;
    QTRY_COMPARE(check->ticket(m_unassigned, &error)->assigneeId, m_anna.id);
    QCOMPARE(asked, 1);
    QTRY_COMPARE(workspace->currentTicketId(), m_unassigned);
    QVERIFY(testsupport::settled(*workspace));
}

// Ticket ▸ Assign… (Ctrl+Shift+A): the dialog lists nobody and the active agents with their load
// and hours, filters as one types, and the choice is saved; the current assignee cannot be chosen.
void TestDesktopNotifications::assignFromTheTicketMenu()
{
    QVERIFY(saveSettings(m_lead.id, hoursIn(weekdays, 9, 0, 10, 0)));
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QVERIFY(workspace->selectTicket(m_mine));
    QVERIFY(testsupport::settled(*workspace));
    QAction *assign = workspace->action(QueueWorkspace::AssignAction);
    QVERIFY(assign->isEnabled());
    QCOMPARE(assign->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QStringList rows;
    QString leadHours;
    m_answer = [&](QDialog &dialog) {
        auto *d = qobject_cast<AssignDialog *>(&dialog);
        if (!d)
            return int(QDialog::Rejected);
        auto *list = d->findChild<QTreeWidget *>(QStringLiteral("assignList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = list->topLevelItem(i);
            rows << item->text(0) + QLatin1Char('|') + item->text(2);
            if (item->text(0) == QStringLiteral("Lena Lead"))
                leadHours = item->text(3);
        }
        if (d->select(m_anna.id)) // assigned to her now
            return int(QDialog::Rejected);
        // Nothing is chosen before the person types or picks a row.
        if (d->findChild<QPushButton *>(QStringLiteral("assignButton"))->isEnabled())
            return int(QDialog::Rejected);
        auto *filter = d->findChild<QLineEdit *>(QStringLiteral("assignFilter"));
        QTest::keyClicks(filter, QStringLiteral("LEN"));
        int shown = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            shown += int(!list->topLevelItem(i)->isHidden());
        if (shown != 1 || d->assigneeId() != m_lead.id)
            return int(QDialog::Rejected);
        return int(QDialog::Accepted);
    };
    assign->trigger();
    FakeClock checkClock(m_clock.nowUtc());
    auto check = openStore(checkClock);
    QVERIFY(check);
    StoreError error;
    QTRY_COMPARE(check->ticket(m_mine, &error)->assigneeId, m_lead.id);
    // Nobody, me first, then the others; each with their open tickets.
    QCOMPARE(rows, (QStringList{QStringLiteral("Nobody|1"),
                                QStringLiteral("Anna Agent (me, assigned now)|1"),
                                QStringLiteral("Lena Lead|1")}));
    // 10:00 Moscow: Lena's hours (09:00–10:00) are over until tomorrow.
    QVERIFY2(leadHours.startsWith(QStringLiteral("Outside their hours until ")),
             qPrintable(leadHours));
}

QTEST_MAIN(TestDesktopNotifications)
#include "tst_desktopnotifications.moc"
