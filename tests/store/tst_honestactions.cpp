// SPDX-License-Identifier: GPL-3.0-or-later
// Actions that keep the SLA honest (issue 19), in the store on both engines and then on the
// shared server through plain SQL as an agent or a lead with their own scram-sha-256 logins:
//
// - "wait on customer" is reply and wait: a public reply (required) that stops the response
//   clock, then the pause, both or neither; a pause that no reply earned is refused (on the
//   server whoever calls the write functions, DL007);
// - a due override before the ticket was opened is refused (DL006);
// - an agent undoes their own latest take or assign, back to the assignee before it (which may
//   be nobody); another agent, an older assignment, another target are refused (DL008).
//
// Every refusal leaves the ticket's events and row version as they were.

#include "models/store/consistency.h"
#include "models/store/migrations.h"
#include "models/store/roles.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace dueline;
using testsupport::TestDatabase;

namespace {

constexpr qint64 Minute = 60;

Action action(qint64 ticketId, qint64 actor)
{
    Action a;
    a.actionId = Action::newActionId();
    a.actorId = actor;
    a.ticketId = ticketId;
    return a;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The store, on both engines.

class TestHonestActions : public QObject
{
    Q_OBJECT
public:
    explicit TestHonestActions(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void replyAndWaitStopsTheResponseClockAndPauses();
    void pauseWithoutReplyIsRefused();
    void failedPauseLeavesNothing();
    void overrideBeforeOpenedIsRefused();
    void undoTakeAndAssign();
    void undoIsTheMakersLatestOnly();

private:
    qint64 createTicket(const QString &severity = QStringLiteral("critical"));
    QVector<Event> events(qint64 ticket);
    Ticket current(qint64 ticket);
    // The ticket's events and row version, to show that nothing was written.
    QString fingerprint(qint64 ticket);
    // Runs a statement as the database's owner (a superuser on PostgreSQL).
    bool exec(const QString &sql);
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }

    Engine m_engine;
    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    qint64 m_anna = 0;
    qint64 m_boris = 0;
    qint64 m_lead = 0;
    qint64 m_customer = 0;
};

void TestHonestActions::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestHonestActions::init()
{
    QString error;
    m_db = TestDatabase::create(m_engine, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    m_store = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message));
    QCOMPARE(m_store->migrate(&storeError), Migrations::latestVersion());
    m_anna = m_store->addAgent(
            {0, QStringLiteral("anna"), QStringLiteral("Anna Smirnova"), Agent::Role::Agent},
            &storeError);
    m_boris = m_store->addAgent(
            {0, QStringLiteral("boris"), QStringLiteral("Борис"), Agent::Role::Agent}, &storeError);
    m_lead = m_store->addAgent(
            {0, QStringLiteral("lead"), QStringLiteral("李娜"), Agent::Role::Lead}, &storeError);
    QVERIFY2(m_anna > 0 && m_boris > 0 && m_lead > 0, qPrintable(storeError.message));
    Customer c;
    c.name = QStringLiteral("Ольга Петрова");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    m_customer = m_store->addCustomer(c, &storeError);
    QVERIFY2(m_customer > 0, qPrintable(storeError.message));
}

void TestHonestActions::cleanup()
{
    m_store.reset();
    m_db.reset();
}

qint64 TestHonestActions::createTicket(const QString &severity)
{
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = QStringLiteral("VM does not boot");
    nt.severity = severity;
    nt.channel = QStringLiteral("email");
    const ActionResult r = m_store->createTicket(Action::newActionId(), 0, nt);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message));
    return r.ticket.id;
}

QVector<Event> TestHonestActions::events(qint64 ticket)
{
    StoreError error;
    return m_store->events(ticket, &error);
}

Ticket TestHonestActions::current(qint64 ticket)
{
    StoreError error;
    return m_store->ticket(ticket, &error).value_or(Ticket());
}

QString TestHonestActions::fingerprint(qint64 ticket)
{
    QStringList parts;
    for (const Event &e : events(ticket))
        parts << QStringLiteral("%1:%2:%3:%4")
                         .arg(e.seq)
                         .arg(eventKindKey(e.kind), e.actionId, e.body);
    const Ticket t = current(ticket);
    parts << QStringLiteral("v%1 %2 a%3 r%4")
                     .arg(t.rowVersion)
                     .arg(ticketStatusKey(t.status))
                     .arg(t.assigneeId)
                     .arg(t.firstReplyAt);
    return parts.join(QLatin1Char('|'));
}

bool TestHonestActions::exec(const QString &sql)
{
    QSqlQuery q = m_store->connection().query();
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

// One action: the reply meets the response target (stops its clock), then the clocks pause.
// Both events carry the agent; the reply the action id, the pause "<id>/wait"; the row version
// moves by two. A retry with the same action id writes nothing.
void TestHonestActions::replyAndWaitStopsTheResponseClockAndPauses()
{
    const qint64 id = createTicket(); // vkcs/standard critical: response 1 h, resolution 2 h
    QVERIFY(id > 0);
    QVERIFY(m_store->take(action(id, m_anna)).ok());
    m_clock.advance(10 * Minute);
    const Ticket before = current(id);
    QCOMPARE(before.response.phase, ClockPhase::Running);
    const Action a = action(id, m_anna);
    const ActionResult r = m_store->replyAndWait(a, QStringLiteral("Which VM, and since when?"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(!r.replayed);
    QCOMPARE(r.event.kind, EventKind::Replied);
    QCOMPARE(r.event.actionId, a.actionId);
    QCOMPARE(r.ticket.status, TicketStatus::WaitingCustomer);
    QVERIFY(r.ticket.paused);
    QCOMPARE(r.ticket.response.phase, ClockPhase::Met);
    QCOMPARE(r.ticket.resolution.phase, ClockPhase::Paused);
    QCOMPARE(r.ticket.rowVersion, before.rowVersion + 2);

    const QVector<Event> log = events(id);
    QVERIFY(log.size() >= 2);
    const Event &reply = log.at(log.size() - 2);
    const Event &pause = log.last();
    QCOMPARE(reply.kind, EventKind::Replied);
    QCOMPARE(reply.body, QStringLiteral("Which VM, and since when?"));
    QCOMPARE(reply.actorId, m_anna);
    QCOMPARE(reply.actionId, a.actionId);
    QCOMPARE(pause.kind, EventKind::Status);
    QCOMPARE(pause.status, TicketStatus::WaitingCustomer);
    QCOMPARE(pause.actorId, m_anna);
    QCOMPARE(pause.actionId, Action::waitActionId(a.actionId));
    QCOMPARE(pause.seq, reply.seq + 1);
    QVERIFY(pause.at >= reply.at && pause.at - reply.at <= 5);
    QCOMPARE(r.ticket.firstReplyAt, reply.at);

    // A retry (a lost answer): the original reply, nothing new.
    const QString written = fingerprint(id);
    const ActionResult again =
            m_store->replyAndWait(a, QStringLiteral("Which VM, and since when?"));
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QVERIFY(again.replayed);
    QCOMPARE(again.event.seq, reply.seq);
    QCOMPARE(fingerprint(id), written);

    // The customer answers; waiting again takes another reply.
    QVERIFY(m_store->resume(action(id, 0), QStringLiteral("vm-42, since Monday")).ok());
    m_clock.advance(Minute);
    const ActionResult second = m_store->replyAndWait(action(id, m_anna), QStringLiteral("Logs?"));
    QVERIFY2(second.ok(), qPrintable(second.error.message));
    QCOMPARE(second.ticket.status, TicketStatus::WaitingCustomer);
    QCOMPARE(second.ticket.firstReplyAt, reply.at); // the first reply met the target

    // The log replays, and the row is what it leads to.
    ConsistencyReport report;
    ConsistencyOptions options;
    options.ticketId = id;
    StoreError error;
    QVERIFY2(ConsistencyCheck::run(m_store->connection(), *m_catalog, options, &report, &error),
             qPrintable(error.message));
    QVERIFY(report.consistent());
}

// There is no pause without its reply: an empty or blank reply is refused, nothing is written,
// and the response clock keeps running.
void TestHonestActions::pauseWithoutReplyIsRefused()
{
    const qint64 id = createTicket();
    QVERIFY(id > 0);
    QVERIFY(m_store->take(action(id, m_anna)).ok());
    const QString before = fingerprint(id);
    for (const QString &blank :
         {QString(), QStringLiteral("   "), QStringLiteral("\n\t"), QStringLiteral("\u3000")}) {
        const ActionResult r = m_store->replyAndWait(action(id, m_anna), blank);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, StoreError::Kind::Invalid);
        QVERIFY2(r.error.message.contains(QLatin1String("reply")), qPrintable(r.error.message));
        QCOMPARE(fingerprint(id), before);
    }
    const Ticket t = current(id);
    QCOMPARE(t.status, TicketStatus::Open);
    QCOMPARE(t.response.phase, ClockPhase::Running);
    QVERIFY(!t.paused);
}

// All or nothing: when the pause cannot be written after the reply was (a ticket already waiting;
// the database refusing the status event), the reply is not written either: no first reply,
// the response clock running, the same row version.
void TestHonestActions::failedPauseLeavesNothing()
{
    const qint64 id = createTicket();
    QVERIFY(id > 0);
    m_clock.advance(5 * Minute);
    // The database refuses any status event (a trigger the test adds as the owner).
    if (isPostgres()) {
        QVERIFY(exec(QStringLiteral(
                "CREATE FUNCTION refuse_status() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'no status today'; END $$")));
        QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse_status BEFORE INSERT ON events FOR "
                                    "EACH ROW WHEN (NEW.kind = 'status') EXECUTE FUNCTION "
                                    "refuse_status()")));
    } else {
        QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse_status BEFORE INSERT ON events WHEN "
                                    "NEW.kind = 'status' BEGIN SELECT RAISE(ABORT, 'no status "
                                    "today'); END")));
    }
    const QString before = fingerprint(id);
    const ActionResult refused = m_store->replyAndWait(action(id, m_anna), QStringLiteral("Logs?"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.message.contains(QLatin1String("no status today")),
             qPrintable(refused.error.message));
    QCOMPARE(fingerprint(id), before);
    Ticket t = current(id);
    QCOMPARE(t.firstReplyAt, InvalidInstant);
    QCOMPARE(t.response.phase, ClockPhase::Running);
    QCOMPARE(t.status, TicketStatus::New);
    QVERIFY(exec(QStringLiteral("DROP TRIGGER refuse_status") +
                 (isPostgres() ? QStringLiteral(" ON events") : QString())));

    // Now it works; waiting again is refused by the history after the reply was written in the
    // same transaction, and leaves nothing either.
    QVERIFY(m_store->replyAndWait(action(id, m_anna), QStringLiteral("Logs?")).ok());
    const QString waiting = fingerprint(id);
    const ActionResult twice = m_store->replyAndWait(action(id, m_anna), QStringLiteral("Logs??"));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error.kind, StoreError::Kind::Invalid);
    QCOMPARE(fingerprint(id), waiting);
}

// A lead cannot move a due before the ticket was opened (it would read "0 min counted"); at or
// after the opening is fine.
void TestHonestActions::overrideBeforeOpenedIsRefused()
{
    const qint64 id = createTicket();
    QVERIFY(id > 0);
    m_clock.advance(Minute);
    const Ticket t = current(id);
    const QString before = fingerprint(id);
    for (const Instant due : {t.createdAt - 1, t.createdAt - qint64(16) * 3600, Instant(86400)}) {
        for (const TargetKind target : {TargetKind::Response, TargetKind::Resolution}) {
            const ActionResult r = m_store->overrideDue(action(id, m_lead), target, due,
                                                        QStringLiteral("customer agreed"));
            QVERIFY(!r.ok());
            QCOMPARE(r.error.kind, StoreError::Kind::Invalid);
            QVERIFY2(r.error.message.contains(QLatin1String("opened")),
                     qPrintable(r.error.message));
            QCOMPARE(fingerprint(id), before);
        }
    }
    const ActionResult atOpening = m_store->overrideDue(action(id, m_lead), TargetKind::Resolution,
                                                        t.createdAt, QStringLiteral("agreed"));
    QVERIFY2(atOpening.ok(), qPrintable(atOpening.error.message));
    const ActionResult later =
            m_store->overrideDue(action(id, m_lead), TargetKind::Response,
                                 t.createdAt + qint64(4) * 3600, QStringLiteral("customer agreed"));
    QVERIFY2(later.ok(), qPrintable(later.error.message));
    QCOMPARE(later.ticket.response.due, t.createdAt + qint64(4) * 3600);
}

// Take, then undo: nobody has the ticket again. Assign to someone else, then undo: back to the
// one before. The undo is an assignment event with the action id "<id>/undo"; a second undo is a
// retry that writes nothing.
void TestHonestActions::undoTakeAndAssign()
{
    const qint64 id = createTicket();
    QVERIFY(id > 0);
    const Action take = action(id, m_anna);
    QVERIFY(m_store->take(take).ok());
    QCOMPARE(current(id).assigneeId, m_anna);
    const ActionResult undone = m_store->undoAssignment(action(id, m_anna), take.actionId);
    QVERIFY2(undone.ok(), qPrintable(undone.error.message));
    QVERIFY(!undone.replayed);
    QCOMPARE(undone.ticket.assigneeId, 0);
    QCOMPARE(undone.event.kind, EventKind::Assigned);
    QCOMPARE(undone.event.assigneeId, 0);
    QCOMPARE(undone.event.actorId, m_anna);
    QCOMPARE(undone.event.actionId, Action::undoActionId(take.actionId));
    QCOMPARE(events(id).last().actionId, Action::undoActionId(take.actionId));
    const QString after = fingerprint(id);
    const ActionResult twice = m_store->undoAssignment(action(id, m_anna), take.actionId);
    QVERIFY2(twice.ok() && twice.replayed, qPrintable(twice.error.message));
    QCOMPARE(fingerprint(id), after);

    // Anna takes it again; Boris assigns it to the lead and takes that back: Anna has it again.
    QVERIFY(m_store->take(action(id, m_anna)).ok());
    const Action assign = action(id, m_boris);
    QVERIFY(m_store->assign(assign, m_lead).ok());
    QCOMPARE(current(id).assigneeId, m_lead);
    m_clock.advance(Minute);
    QVERIFY(m_store->reply(action(id, m_boris), QStringLiteral("On it")).ok()); // not an assignment
    const ActionResult back = m_store->undoAssignment(action(id, m_boris), assign.actionId);
    QVERIFY2(back.ok(), qPrintable(back.error.message));
    QCOMPARE(back.ticket.assigneeId, m_anna);
    QCOMPARE(current(id).assigneeId, m_anna);

    // An unassignment is undone too: back to Anna.
    const Action unassign = action(id, m_boris);
    QVERIFY(m_store->assign(unassign, 0).ok());
    const ActionResult reassigned = m_store->undoAssignment(action(id, m_boris), unassign.actionId);
    QVERIFY2(reassigned.ok(), qPrintable(reassigned.error.message));
    QCOMPARE(reassigned.ticket.assigneeId, m_anna);
}

// Only the agent who made the assignment undoes it, only while it is the ticket's latest, and
// only an assignment; each refusal writes nothing.
void TestHonestActions::undoIsTheMakersLatestOnly()
{
    const qint64 id = createTicket();
    QVERIFY(id > 0);
    const Action take = action(id, m_anna);
    QVERIFY(m_store->take(take).ok());
    QString before = fingerprint(id);

    // Boris cannot undo Anna's take.
    ActionResult r = m_store->undoAssignment(action(id, m_boris), take.actionId);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, StoreError::Kind::Forbidden);
    QCOMPARE(fingerprint(id), before);
    // Nothing to undo: an unknown action, a reply, an assignment of another ticket.
    const Action reply = action(id, m_anna);
    QVERIFY(m_store->reply(reply, QStringLiteral("Looking")).ok());
    const qint64 other = createTicket(QStringLiteral("low"));
    const Action otherTake = action(other, m_anna);
    QVERIFY(m_store->take(otherTake).ok());
    before = fingerprint(id);
    for (const QString &undone : {Action::newActionId(), reply.actionId, otherTake.actionId}) {
        r = m_store->undoAssignment(action(id, m_anna), undone);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, StoreError::Kind::Invalid);
        QCOMPARE(fingerprint(id), before);
    }
    // The lead assigns it to Boris: Anna's take is not the latest any more.
    QVERIFY(m_store->assign(action(id, m_lead), m_boris).ok());
    before = fingerprint(id);
    r = m_store->undoAssignment(action(id, m_anna), take.actionId);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, StoreError::Kind::Invalid);
    QVERIFY2(r.error.message.contains(QLatin1String("latest")), qPrintable(r.error.message));
    QCOMPARE(fingerprint(id), before);
    QCOMPARE(current(id).assigneeId, m_boris);
}

// ---------------------------------------------------------------------------------------------
// The shared server refuses the same, whoever calls the write functions.

class TestHonestActionsOnServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pauseIsEarnedByAReply();
    void overrideBeforeOpenedIsRefused();
    void undoIsTheMakersLatestOnly();

private:
    DatabaseUrl loginUrl(const QString &login) const;
    std::unique_ptr<TicketStore> storeAs(const QString &login);
    std::unique_ptr<Connection> loginAs(const QString &login);
    QString stateOf(const QString &login, const QString &sql, QString *message = nullptr);
    qint64 newTicket(TicketStore &store);
    // One statement: the server's stamp for the ticket, then dueline_append_event as the ordinary
    // client calls it, with `fields` (p_kind, p_status, p_assignee, p_due, p_body, p_action …)
    // in place of a note's.
    static QString appendSql(qint64 ticket, const QHash<QString, QString> &fields);
    // Runs statements on `connection` in one transaction; the SQLSTATE of the first that fails
    // ("" when all succeed, then committed; else rolled back), its message in *message.
    static QString inTransaction(Connection &connection, const QStringList &statements,
                                 QString *message = nullptr);
    QString fingerprint(qint64 ticket);
    qint64 id(const char *login) const { return m_ids.value(QLatin1String(login)); }

    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    CatalogPtr m_catalog;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_admin;
    std::unique_ptr<TicketStore> m_owner;
    qint64 m_customer = 0;
    QHash<QString, qint64> m_ids;
};

namespace {

const QHash<QString, QString> &passwords()
{
    static const QHash<QString, QString> p{
            {QStringLiteral("alice"), QStringLiteral("correct horse")},
            {QStringLiteral("lena"), QStringLiteral("battery staple")},
            {QStringLiteral("carl"), QStringLiteral("carl's secret")}};
    return p;
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

} // namespace

void TestHonestActionsOnServer::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_db = TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    m_admin = Connection::open(m_db->url(), Connection::Mode::OpenExisting, &storeError);
    QVERIFY2(m_admin, qPrintable(storeError.message));
    QVERIFY2(testsupport::makeSharedTeam(*m_admin, m_clock.nowUtc(), &error), qPrintable(error));
    QVERIFY2(DatabaseRoles::addUser(*m_admin, QStringLiteral("carl"), Agent::Role::Agent,
                                    QStringLiteral("Carl"),
                                    passwords().value(QStringLiteral("carl")), &storeError),
             qPrintable(storeError.message));
    QVERIFY2(testsupport::requirePasswords(*m_admin, passwords().keys(), &error),
             qPrintable(error));
    m_owner = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::OpenExisting,
                                &storeError);
    QVERIFY2(m_owner, qPrintable(storeError.message));
    Customer c;
    c.name = QStringLiteral("Northwind");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    m_customer = m_owner->addCustomer(c, &storeError);
    QVERIFY2(m_customer > 0, qPrintable(storeError.message));
    for (const Agent &a : m_owner->agents(&storeError))
        m_ids.insert(a.login, a.id);
    QCOMPARE(m_ids.size(), 3);
}

DatabaseUrl TestHonestActionsOnServer::loginUrl(const QString &login) const
{
    DatabaseUrl url = m_db->url();
    url.user = login;
    url.password = passwords().value(login);
    return url;
}

std::unique_ptr<TicketStore> TestHonestActionsOnServer::storeAs(const QString &login)
{
    StoreError error;
    auto store = TicketStore::open(loginUrl(login), m_catalog, m_clock,
                                   Connection::Mode::OpenExisting, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

std::unique_ptr<Connection> TestHonestActionsOnServer::loginAs(const QString &login)
{
    StoreError error;
    auto connection = Connection::open(loginUrl(login), Connection::Mode::OpenExisting, &error);
    if (!connection)
        qWarning("%s", qPrintable(error.message));
    return connection;
}

QString TestHonestActionsOnServer::stateOf(const QString &login, const QString &sql,
                                           QString *message)
{
    return testsupport::sqlStateOf(loginUrl(login), sql, message);
}

qint64 TestHonestActionsOnServer::newTicket(TicketStore &store)
{
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = QStringLiteral("Backups fail every night");
    nt.severity = QStringLiteral("critical");
    nt.channel = QStringLiteral("email");
    StoreError error;
    const qint64 actor = store.agentByLogin(store.url().user, &error).value_or(Agent()).id;
    const ActionResult created = store.createTicket(Action::newActionId(), actor, nt);
    if (!created.ok())
        qWarning("createTicket: %s", qPrintable(created.error.message));
    return created.ticket.id;
}

QString TestHonestActionsOnServer::appendSql(qint64 ticket, const QHash<QString, QString> &fields)
{
    const char *const names[] = {"p_kind",     "p_action", "p_status", "p_severity", "p_plan",
                                 "p_assignee", "p_target", "p_due",    "p_body"};
    QHash<QString, QString> values{{QStringLiteral("p_kind"), QStringLiteral("'note'")},
                                   {QStringLiteral("p_action"),
                                    quoted(QUuid::createUuid().toString(QUuid::WithoutBraces))},
                                   {QStringLiteral("p_body"), QStringLiteral("'a note'")}};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        values.insert(it.key(), it.value());
    QStringList arguments;
    for (const char *name : names)
        arguments << QStringLiteral("%1 => %2")
                             .arg(QLatin1String(name),
                                  values.value(QLatin1String(name), QStringLiteral("NULL")));
    return QStringLiteral(
                   "WITH s AS (SELECT dueline_stamp(%1) AS at) SELECT f.* FROM tickets t, s, "
                   "LATERAL dueline_append_event(p_ticket => CASE WHEN s.at IS NOT NULL THEN t.id "
                   "END, p_base_version => t.row_version, p_seq => (SELECT max(seq) + 1 FROM "
                   "events WHERE ticket_id = t.id), p_actor => NULL, %2) f WHERE t.id = %1")
            .arg(ticket)
            .arg(arguments.join(QStringLiteral(", ")));
}

QString TestHonestActionsOnServer::inTransaction(Connection &connection,
                                                 const QStringList &statements, QString *message)
{
    QSqlQuery q = connection.query();
    if (!q.exec(QStringLiteral("BEGIN")))
        return QStringLiteral("no transaction");
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            const QString state = q.lastError().nativeErrorCode();
            if (message)
                *message = q.lastError().databaseText();
            q.exec(QStringLiteral("ROLLBACK"));
            return state.isEmpty() ? QStringLiteral("error") : state;
        }
    }
    return q.exec(QStringLiteral("COMMIT")) ? QString() : QStringLiteral("commit");
}

QString TestHonestActionsOnServer::fingerprint(qint64 ticket)
{
    StoreError error;
    QStringList parts;
    for (const Event &e : m_owner->events(ticket, &error))
        parts << QStringLiteral("%1:%2:%3").arg(e.seq).arg(eventKindKey(e.kind), e.actionId);
    const Ticket t = m_owner->ticket(ticket, &error).value_or(Ticket());
    parts << QStringLiteral("v%1 %2 a%3 r%4")
                     .arg(t.rowVersion)
                     .arg(ticketStatusKey(t.status))
                     .arg(t.assigneeId)
                     .arg(t.firstReplyAt);
    return parts.join(QLatin1Char('|'));
}

// Alice with psql and her own password: a pause alone, a pause after a note, after a reply in an
// earlier transaction, after a reply followed by a note, and after a lead's reply are refused
// (DL007) and leave the ticket as it was; a reply and the pause in one transaction are accepted,
// as the ordinary client sends them.
void TestHonestActionsOnServer::pauseIsEarnedByAReply()
{
    auto aliceStore = storeAs(QStringLiteral("alice"));
    QVERIFY(aliceStore);
    const qint64 ticket = newTicket(*aliceStore);
    QVERIFY(ticket > 0);
    const QHash<QString, QString> wait{
            {QStringLiteral("p_kind"), QStringLiteral("'status'")},
            {QStringLiteral("p_status"), QStringLiteral("'waiting_customer'")},
            {QStringLiteral("p_body"), QStringLiteral("''")}};
    const QHash<QString, QString> reply{{QStringLiteral("p_kind"), QStringLiteral("'replied'")},
                                        {QStringLiteral("p_body"), QStringLiteral("'Logs?'")}};
    const QHash<QString, QString> note{};
    auto alice = loginAs(QStringLiteral("alice"));
    QVERIFY(alice);
    QString before = fingerprint(ticket);
    QString message;

    // A pause alone, in its own statement and in a transaction.
    QCOMPARE(stateOf(QStringLiteral("alice"), appendSql(ticket, wait), &message),
             QStringLiteral("DL007"));
    QVERIFY2(message.contains(QLatin1String("reply")), qPrintable(message));
    QCOMPARE(inTransaction(*alice, {appendSql(ticket, wait)}), QStringLiteral("DL007"));
    // After a note in the same transaction.
    QCOMPARE(inTransaction(*alice, {appendSql(ticket, note), appendSql(ticket, wait)}),
             QStringLiteral("DL007"));
    // After a reply and then a note in the same transaction (not right after the reply).
    QCOMPARE(inTransaction(*alice, {appendSql(ticket, reply), appendSql(ticket, note),
                                    appendSql(ticket, wait)}),
             QStringLiteral("DL007"));
    QCOMPARE(fingerprint(ticket), before);
    // After a reply in an earlier transaction: the reply stays, the pause is refused.
    QCOMPARE(inTransaction(*alice, {appendSql(ticket, reply)}), QString());
    before = fingerprint(ticket);
    QCOMPARE(inTransaction(*alice, {appendSql(ticket, wait)}), QStringLiteral("DL007"));
    // After a reply inside a savepoint that was rolled back: there is no reply.
    QCOMPARE(inTransaction(*alice,
                           {QStringLiteral("SAVEPOINT a"), appendSql(ticket, reply),
                            QStringLiteral("ROLLBACK TO SAVEPOINT a"), appendSql(ticket, wait)}),
             QStringLiteral("DL007"));
    QCOMPARE(fingerprint(ticket), before);
    // After the lead's reply (another agent, another session).
    auto lena = loginAs(QStringLiteral("lena"));
    QVERIFY(lena);
    QCOMPARE(inTransaction(*lena, {appendSql(ticket, reply)}), QString());
    before = fingerprint(ticket);
    QCOMPARE(inTransaction(*alice, {appendSql(ticket, wait)}), QStringLiteral("DL007"));
    QCOMPARE(fingerprint(ticket), before);

    // Honest: the reply, then the pause, in one transaction.
    QCOMPARE(inTransaction(*alice, {appendSql(ticket, reply), appendSql(ticket, wait)}), QString());
    StoreError error;
    QCOMPARE(m_owner->ticket(ticket, &error)->status, TicketStatus::WaitingCustomer);
    // And through the store.
    QVERIFY(aliceStore->resume(action(ticket, id("alice"))).ok());
    const ActionResult r =
            aliceStore->replyAndWait(action(ticket, id("alice")), QStringLiteral("Which VM?"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.status, TicketStatus::WaitingCustomer);
}

// Lena, a lead, with psql: a due override before the ticket was opened is refused (DL006),
// whichever clock; at the opening and after it is fine.
void TestHonestActionsOnServer::overrideBeforeOpenedIsRefused()
{
    auto aliceStore = storeAs(QStringLiteral("alice"));
    QVERIFY(aliceStore);
    const qint64 ticket = newTicket(*aliceStore);
    QVERIFY(ticket > 0);
    StoreError error;
    const Instant opened = m_owner->ticket(ticket, &error)->createdAt;
    const QString before = fingerprint(ticket);
    auto overrideTo = [&](const char *target, Instant due) {
        return appendSql(ticket, {{QStringLiteral("p_kind"), QStringLiteral("'due_override'")},
                                  {QStringLiteral("p_target"),
                                   QStringLiteral("'%1'").arg(QLatin1String(target))},
                                  {QStringLiteral("p_due"), QString::number(due)},
                                  {QStringLiteral("p_body"), QStringLiteral("'agreed'")}});
    };
    for (const char *target : {"response", "resolution"}) {
        for (const Instant due : {opened - 1, opened - qint64(16) * 3600, Instant(0)}) {
            QString message;
            QCOMPARE(stateOf(QStringLiteral("lena"), overrideTo(target, due), &message),
                     QStringLiteral("DL006"));
            QVERIFY2(message.contains(QLatin1String("opened")), qPrintable(message));
        }
    }
    QCOMPARE(fingerprint(ticket), before);
    QCOMPARE(stateOf(QStringLiteral("lena"), overrideTo("resolution", opened)), QString());
    QCOMPARE(stateOf(QStringLiteral("lena"), overrideTo("response", opened + 7200)), QString());
    QCOMPARE(m_owner->ticket(ticket, &error)->response.due, opened + 7200);
}

// The undo of an assignment, as an attacker with psql would try it: Carl undoing Alice's take,
// Alice undoing to someone else, undoing an assignment that is not the latest, an action of
// another ticket, a note dressed up as an undo, the same undo twice. The maker's undo of her own
// latest assignment, back to the assignee before it, is accepted.
void TestHonestActionsOnServer::undoIsTheMakersLatestOnly()
{
    auto aliceStore = storeAs(QStringLiteral("alice"));
    auto lenaStore = storeAs(QStringLiteral("lena"));
    QVERIFY(aliceStore && lenaStore);
    const qint64 ticket = newTicket(*aliceStore);
    const qint64 other = newTicket(*aliceStore);
    QVERIFY(ticket > 0 && other > 0);
    const Action take = action(ticket, id("alice"));
    QVERIFY(aliceStore->take(take).ok());
    const Action otherTake = action(other, id("alice"));
    QVERIFY(aliceStore->take(otherTake).ok());
    auto undo = [&](const QString &undone, const QString &assignee,
                    const QString &kind = QStringLiteral("'assigned'")) {
        return appendSql(
                ticket,
                {{QStringLiteral("p_kind"), kind},
                 {QStringLiteral("p_action"), quoted(Action::undoActionId(undone))},
                 {QStringLiteral("p_assignee"), assignee},
                 {QStringLiteral("p_body"),
                  kind == QLatin1String("'note'") ? QStringLiteral("'x'") : QStringLiteral("''")}});
    };
    QString before = fingerprint(ticket);
    QString message;
    // Another agent.
    QCOMPARE(stateOf(QStringLiteral("carl"), undo(take.actionId, QStringLiteral("NULL")), &message),
             QStringLiteral("DL008"));
    QVERIFY2(message.contains(QLatin1String("only the agent")), qPrintable(message));
    // Another target than the assignee before (nobody).
    QCOMPARE(stateOf(QStringLiteral("alice"), undo(take.actionId, QString::number(id("carl"))),
                     &message),
             QStringLiteral("DL008"));
    QVERIFY2(message.contains(QLatin1String("nobody")), qPrintable(message));
    // An assignment of another ticket; an unknown one; a note dressed up as an undo.
    QCOMPARE(stateOf(QStringLiteral("alice"), undo(otherTake.actionId, QStringLiteral("NULL"))),
             QStringLiteral("DL008"));
    QCOMPARE(stateOf(QStringLiteral("alice"), undo(Action::newActionId(), QStringLiteral("NULL"))),
             QStringLiteral("DL008"));
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     undo(take.actionId, QStringLiteral("NULL"), QStringLiteral("'note'"))),
             QStringLiteral("DL008"));
    QCOMPARE(fingerprint(ticket), before);

    // Lena (a lead) reassigns it to Carl: Alice's take is no longer the latest assignment.
    const Action reassign = action(ticket, id("lena"));
    QVERIFY(lenaStore->assign(reassign, id("carl")).ok());
    before = fingerprint(ticket);
    QCOMPARE(
            stateOf(QStringLiteral("alice"), undo(take.actionId, QStringLiteral("NULL")), &message),
            QStringLiteral("DL008"));
    QVERIFY2(message.contains(QLatin1String("latest")), qPrintable(message));
    QCOMPARE(stateOf(QStringLiteral("alice"), undo(take.actionId, QString::number(id("alice")))),
             QStringLiteral("DL008"));
    // Not even Lena's own undo may pick another target than Alice.
    QCOMPARE(stateOf(QStringLiteral("lena"), undo(reassign.actionId, QStringLiteral("NULL"))),
             QStringLiteral("DL008"));
    QCOMPARE(fingerprint(ticket), before);

    // Lena undoes her reassignment: back to Alice. Once only.
    QCOMPARE(stateOf(QStringLiteral("lena"), undo(reassign.actionId, QString::number(id("alice")))),
             QString());
    StoreError error;
    QCOMPARE(m_owner->ticket(ticket, &error)->assigneeId, id("alice"));
    before = fingerprint(ticket);
    QCOMPARE(stateOf(QStringLiteral("lena"), undo(reassign.actionId, QString::number(id("carl")))),
             QStringLiteral("DL008")); // assigning Carl again: the undo's target is Alice
    QCOMPARE(fingerprint(ticket), before);

    // Alice's own take on the other ticket, undone by her through the store: nobody has it.
    const ActionResult undone =
            aliceStore->undoAssignment(action(other, id("alice")), otherTake.actionId);
    QVERIFY2(undone.ok(), qPrintable(undone.error.message));
    QCOMPARE(undone.ticket.assigneeId, 0);
    // The same undo again through SQL: it is not the latest assignment's undo any more (and
    // its action id is taken).
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     appendSql(other, {{QStringLiteral("p_kind"), QStringLiteral("'assigned'")},
                                       {QStringLiteral("p_action"),
                                        quoted(Action::undoActionId(otherTake.actionId))},
                                       {QStringLiteral("p_assignee"), QString::number(id("alice"))},
                                       {QStringLiteral("p_body"), QStringLiteral("''")}})),
             QStringLiteral("DL008"));
    // Carl cannot undo Alice's take through his own client either.
    const Action carlTake = action(other, id("carl"));
    auto carlStore = storeAs(QStringLiteral("carl"));
    QVERIFY(carlStore);
    QVERIFY(carlStore->take(carlTake).ok());
    const ActionResult refused =
            aliceStore->undoAssignment(action(other, id("alice")), carlTake.actionId);
    QCOMPARE(refused.error.kind, StoreError::Kind::Forbidden);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestHonestActions test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    TestHonestActionsOnServer server;
    failures += QTest::qExec(&server, argc, argv);
    return failures == 0 ? 0 : 1;
}

#include "tst_honestactions.moc"
