// SPDX-License-Identifier: GPL-3.0-or-later
// Agents in the store (issue 18): added, listed, renamed, given another role, deactivated and
// activated again through TicketStore. A deactivated agent is not assigned tickets and cannot
// act, keeps their name in the history, and the last active lead stays. Every test function runs
// once against a temporary SQLite file and once against a throwaway PostgreSQL server
// (tests/support/testdatabase.h). Then, on a shared server with scram-sha-256 logins, what the
// server itself refuses whoever calls it: an event that assigns a deactivated agent or that one
// writes (schema 7's trigger), and an agent or lead login that updates the agents table.

#include "models/store/inputlimits.h"
#include "models/store/migrations.h"
#include "models/store/roles.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QUuid>
#include <QtTest>

using namespace dueline;
using testsupport::TestDatabase;

namespace {

// What an agent row says, to compare lists.
QString describe(const Agent &a)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
            .arg(a.id)
            .arg(a.login, a.displayName, agentRoleKey(a.role),
                 a.active ? QStringLiteral("active") : QStringLiteral("deactivated"));
}

QStringList describe(const QVector<Agent> &agents)
{
    QStringList list;
    for (const Agent &a : agents)
        list << describe(a);
    return list;
}

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

class TestAgents : public QObject
{
    Q_OBJECT
public:
    explicit TestAgents(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addAndList();
    void renameAndChangeRole();
    void deactivateAndActivate();
    void deactivatedIsNotAssigned();
    void deactivatedCannotAct();
    void historyKeepsTheirName();
    void lastActiveLeadStays();
    void badInputChangesNothing();

private:
    Agent agent(qint64 id);
    // Sets the agent's fields through updateAgent; false and a warning when refused.
    bool update(qint64 id, const std::function<void(Agent &)> &change, StoreError *error = nullptr);
    qint64 createTicket();
    int eventCount(qint64 ticket);

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

void TestAgents::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestAgents::init()
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

void TestAgents::cleanup()
{
    m_store.reset();
    m_db.reset();
}

Agent TestAgents::agent(qint64 id)
{
    StoreError error;
    const auto a = m_store->agent(id, &error);
    if (!a)
        qWarning("no agent #%lld: %s", id, qPrintable(error.message));
    return a.value_or(Agent());
}

bool TestAgents::update(qint64 id, const std::function<void(Agent &)> &change, StoreError *error)
{
    Agent a = agent(id);
    change(a);
    StoreError local;
    StoreError *e = error ? error : &local;
    const bool ok = m_store->updateAgent(a, e);
    if (!ok && !error)
        qWarning("updateAgent #%lld: %s", id, qPrintable(local.message));
    return ok;
}

qint64 TestAgents::createTicket()
{
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = QStringLiteral("Виртуальная машина не запускается");
    nt.severity = QStringLiteral("high");
    nt.channel = QStringLiteral("email");
    const ActionResult r = m_store->createTicket(Action::newActionId(), 0, nt);
    if (!r.ok())
        qWarning("createTicket: %s", qPrintable(r.error.message));
    return r.ticket.id;
}

int TestAgents::eventCount(qint64 ticket)
{
    StoreError error;
    return int(m_store->events(ticket, &error).size());
}

// Agents come back by id with login, name, role and whether they are active; one added
// deactivated stays so.
void TestAgents::addAndList()
{
    StoreError error;
    const qint64 former =
            m_store->addAgent({0, QStringLiteral("former"), QStringLiteral("Former Agent"),
                               Agent::Role::Agent, false},
                              &error);
    QVERIFY2(former > 0, qPrintable(error.message));
    // Without a name the login is the name.
    const qint64 bare =
            m_store->addAgent({0, QStringLiteral("bare"), QString(), Agent::Role::Lead}, &error);
    QVERIFY2(bare > 0, qPrintable(error.message));
    const QStringList expected{
            QStringLiteral("%1|anna|Anna Smirnova|agent|active").arg(m_anna),
            QStringLiteral("%1|boris|Борис|agent|active").arg(m_boris),
            QStringLiteral("%1|lead|李娜|lead|active").arg(m_lead),
            QStringLiteral("%1|former|Former Agent|agent|deactivated").arg(former),
            QStringLiteral("%1|bare|bare|lead|active").arg(bare)};
    QCOMPARE(describe(m_store->agents(&error)), expected);
    QVERIFY(!error);
    QCOMPARE(describe(m_store->agentByLogin(QStringLiteral("former"), &error).value_or(Agent())),
             expected[3]);
    QCOMPARE(describe(agent(m_boris)), expected[1]);
    QVERIFY(!m_store->agentByLogin(QStringLiteral("nobody"), &error));
    QVERIFY(!error);
    // A login is taken once.
    QCOMPARE(m_store->addAgent({0, QStringLiteral("anna"), QStringLiteral("Another Anna")}, &error),
             0);
    QVERIFY(error);
    QCOMPARE(m_store->agents(&error).size(), expected.size());
}

// A new name (trimmed) and another role; the login stays.
void TestAgents::renameAndChangeRole()
{
    QVERIFY(update(m_anna, [](Agent &a) { a.displayName = QStringLiteral("  Анна Смирнова  "); }));
    QCOMPARE(describe(agent(m_anna)),
             QStringLiteral("%1|anna|Анна Смирнова|agent|active").arg(m_anna));
    QVERIFY(update(m_boris, [](Agent &a) { a.role = Agent::Role::Lead; }));
    QCOMPARE(agent(m_boris).role, Agent::Role::Lead);
    // With Boris a lead, the first lead may become an agent.
    QVERIFY(update(m_lead, [](Agent &a) { a.role = Agent::Role::Agent; }));
    QCOMPARE(describe(agent(m_lead)), QStringLiteral("%1|lead|李娜|agent|active").arg(m_lead));
    // The login is not changed by an update.
    QVERIFY(update(m_anna, [](Agent &a) { a.login = QStringLiteral("hacked"); }));
    QCOMPARE(agent(m_anna).login, QStringLiteral("anna"));
    // A lead can act as one: a due override.
    const qint64 ticket = createTicket();
    QVERIFY(ticket > 0);
    const ActionResult override =
            m_store->overrideDue(action(ticket, m_boris), TargetKind::Resolution,
                                 m_store->now() + 86400, QStringLiteral("x"));
    QVERIFY2(override.ok(), qPrintable(override.error.message));
    const ActionResult refused =
            m_store->overrideDue(action(ticket, m_lead), TargetKind::Resolution,
                                 m_store->now() + 86400, QStringLiteral("x"));
    QCOMPARE(refused.error.kind, StoreError::Kind::Forbidden);
}

void TestAgents::deactivateAndActivate()
{
    QVERIFY(update(m_anna, [](Agent &a) { a.active = false; }));
    QCOMPARE(describe(agent(m_anna)),
             QStringLiteral("%1|anna|Anna Smirnova|agent|deactivated").arg(m_anna));
    StoreError error;
    QCOMPARE(m_store->agents(&error).size(), 3); // still listed
    QVERIFY(!m_store->agentByLogin(QStringLiteral("anna"), &error)->active);
    // Renaming a deactivated agent keeps them deactivated.
    QVERIFY(update(m_anna, [](Agent &a) { a.displayName = QStringLiteral("Anna S."); }));
    QCOMPARE(describe(agent(m_anna)),
             QStringLiteral("%1|anna|Anna S.|agent|deactivated").arg(m_anna));
    QVERIFY(update(m_anna, [](Agent &a) { a.active = true; }));
    QVERIFY(agent(m_anna).active);
    // Active again: works tickets again.
    const qint64 ticket = createTicket();
    const ActionResult taken = m_store->take(action(ticket, m_anna));
    QVERIFY2(taken.ok(), qPrintable(taken.error.message));
    QCOMPARE(taken.ticket.assigneeId, m_anna);
}

// Taking a ticket as a deactivated agent, or assigning one to them, is refused by name and
// writes nothing.
void TestAgents::deactivatedIsNotAssigned()
{
    const qint64 ticket = createTicket();
    QVERIFY(ticket > 0);
    QVERIFY(update(m_boris, [](Agent &a) { a.active = false; }));
    StoreError error;
    const Ticket before = *m_store->ticket(ticket, &error);
    const int events = eventCount(ticket);

    const ActionResult take = m_store->take(action(ticket, m_boris));
    QVERIFY(!take.ok());
    QCOMPARE(take.error.kind, StoreError::Kind::Forbidden);
    QVERIFY2(take.error.message.contains(QStringLiteral("Борис")) &&
                     take.error.message.contains(QLatin1String("deactivated")),
             qPrintable(take.error.message));

    const ActionResult assign = m_store->assign(action(ticket, m_anna), m_boris);
    QVERIFY(!assign.ok());
    QCOMPARE(assign.error.kind, StoreError::Kind::Invalid);
    QVERIFY2(assign.error.message.contains(QStringLiteral("Борис")) &&
                     assign.error.message.contains(QLatin1String("deactivated")),
             qPrintable(assign.error.message));
    // A lead cannot either.
    QVERIFY(!m_store->assign(action(ticket, m_lead), m_boris).ok());

    QCOMPARE(eventCount(ticket), events);
    const Ticket after = *m_store->ticket(ticket, &error);
    QCOMPARE(after.assigneeId, 0);
    QCOMPARE(after.rowVersion, before.rowVersion);
    // Another agent is assigned as ever.
    const ActionResult toAnna = m_store->assign(action(ticket, m_lead), m_anna);
    QVERIFY2(toAnna.ok(), qPrintable(toAnna.error.message));
    QCOMPARE(toAnna.ticket.assigneeId, m_anna);
}

// Whatever a deactivated agent tries is refused by name: a reply, a note, waiting, resolving, a
// new ticket. Someone else can take their tickets over; activated again, they act again.
void TestAgents::deactivatedCannotAct()
{
    const qint64 ticket = createTicket();
    QVERIFY(m_store->take(action(ticket, m_anna)).ok());
    QVERIFY(m_store->reply(action(ticket, m_anna), QStringLiteral("Looking into it.")).ok());
    QVERIFY(update(m_anna, [](Agent &a) { a.active = false; }));
    const int events = eventCount(ticket);
    const QVector<ActionResult> refused{
            m_store->reply(action(ticket, m_anna), QStringLiteral("Fixed?")),
            m_store->note(action(ticket, m_anna), QStringLiteral("note")),
            m_store->replyAndWait(action(ticket, m_anna), QStringLiteral("Please check.")),
            m_store->resolve(action(ticket, m_anna), QStringLiteral("Done")),
            m_store->changeSeverity(action(ticket, m_anna), QStringLiteral("low")),
            m_store->assign(action(ticket, m_anna), m_boris)};
    for (const ActionResult &r : refused) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, StoreError::Kind::Forbidden);
        QVERIFY2(r.error.message.contains(QLatin1String("Anna Smirnova")) &&
                         r.error.message.contains(QLatin1String("deactivated")),
                 qPrintable(r.error.message));
    }
    QCOMPARE(eventCount(ticket), events);
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = QStringLiteral("Another one");
    nt.severity = QStringLiteral("low");
    nt.channel = QStringLiteral("email");
    StoreError error;
    const qint64 tickets = m_store->ticketCount(&error);
    const ActionResult created = m_store->createTicket(Action::newActionId(), m_anna, nt);
    QVERIFY(!created.ok());
    QCOMPARE(created.error.kind, StoreError::Kind::Forbidden);
    QVERIFY2(created.error.message.contains(QLatin1String("Anna Smirnova")),
             qPrintable(created.error.message));
    QCOMPARE(m_store->ticketCount(&error), tickets);
    // Boris takes the ticket over from her.
    const ActionResult takeOver = m_store->take(action(ticket, m_boris));
    QVERIFY2(takeOver.ok(), qPrintable(takeOver.error.message));
    QCOMPARE(takeOver.ticket.assigneeId, m_boris);
    QVERIFY(update(m_anna, [](Agent &a) { a.active = true; }));
    const ActionResult again = m_store->note(action(ticket, m_anna), QStringLiteral("back"));
    QVERIFY2(again.ok(), qPrintable(again.error.message));
}

// Events keep naming a deactivated agent, the agent list keeps them, and a ticket assigned to
// them stays so until someone takes it over.
void TestAgents::historyKeepsTheirName()
{
    const qint64 ticket = createTicket();
    QVERIFY(m_store->take(action(ticket, m_boris)).ok());
    QVERIFY(m_store->reply(action(ticket, m_boris), QStringLiteral("Смотрю.")).ok());
    QVERIFY(m_store->resolve(action(ticket, m_boris), QStringLiteral("Готово")).ok());
    QVERIFY(update(m_boris, [](Agent &a) { a.active = false; }));

    StoreError error;
    const QVector<Event> events = m_store->events(ticket, &error);
    QCOMPARE(events.size(), 4);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(events[i].actorId, m_boris);
    QCOMPARE(events[1].assigneeId, m_boris);
    const Agent boris = agent(events[2].actorId);
    QCOMPARE(boris.displayName, QStringLiteral("Борис"));
    QCOMPARE(boris.login, QStringLiteral("boris"));
    QVERIFY(!boris.active);
    QVERIFY(describe(m_store->agents(&error))
                    .contains(QStringLiteral("%1|boris|Борис|agent|deactivated").arg(m_boris)));
    const Ticket t = *m_store->ticket(ticket, &error);
    QCOMPARE(t.assigneeId, m_boris);
    QCOMPARE(t.status, TicketStatus::Resolved);
    // Their resolved ticket can still be reopened and closed by others.
    QVERIFY(m_store->reopen(action(ticket, m_anna), QStringLiteral("Again")).ok());
    QVERIFY(m_store->resolve(action(ticket, m_anna)).ok());
    QVERIFY(m_store->close(action(ticket, m_lead)).ok());
    QCOMPARE(m_store->events(ticket, &error)[2].actorId, m_boris);
}

// The last active lead can be renamed but neither deactivated nor made an agent; a deactivated
// lead does not count.
void TestAgents::lastActiveLeadStays()
{
    StoreError error;
    const QStringList before = describe(m_store->agents(&error));
    QVERIFY(!update(
            m_lead, [](Agent &a) { a.active = false; }, &error));
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY2(error.message.contains(QStringLiteral("李娜")), qPrintable(error.message));
    error = {};
    QVERIFY(!update(
            m_lead, [](Agent &a) { a.role = Agent::Role::Agent; }, &error));
    QVERIFY2(error.message.contains(QStringLiteral("李娜")), qPrintable(error.message));
    QCOMPARE(describe(m_store->agents(&error)), before);
    QVERIFY(update(m_lead, [](Agent &a) { a.displayName = QStringLiteral("李娜 (lead)"); }));

    // A second lead, deactivated, leaves the first the only active one.
    QVERIFY(update(m_boris, [](Agent &a) { a.role = Agent::Role::Lead; }));
    QVERIFY(update(m_boris, [](Agent &a) { a.active = false; }));
    QVERIFY(!update(
            m_lead, [](Agent &a) { a.role = Agent::Role::Agent; }, &error));
    QCOMPARE(agent(m_lead).role, Agent::Role::Lead);
    // Active again, Boris lets the first lead go, and is then the one that stays.
    QVERIFY(update(m_boris, [](Agent &a) { a.active = true; }));
    QVERIFY(update(m_lead, [](Agent &a) { a.active = false; }));
    error = {};
    QVERIFY(!update(
            m_boris, [](Agent &a) { a.active = false; }, &error));
    QVERIFY2(error.message.contains(QStringLiteral("Борис")), qPrintable(error.message));
    QVERIFY(agent(m_boris).active);
}

// An empty, blank, over-long or control-character name, an unknown agent, and bad new agents
// are refused with the field named, and nothing changes.
void TestAgents::badInputChangesNothing()
{
    StoreError error;
    const QStringList before = describe(m_store->agents(&error));
    const QString tooLong(int(inputlimits::LineChars) + 1, QLatin1Char('x'));
    for (const QString &name : {QString(), QStringLiteral("   "), tooLong,
                                QStringLiteral("Anna\x1b[2J"), QStringLiteral("Anna\nSmirnova")}) {
        error = {};
        QVERIFY2(!update(
                         m_anna, [&](Agent &a) { a.displayName = name; }, &error),
                 qPrintable(name));
        QCOMPARE(error.kind, StoreError::Kind::Invalid);
        QVERIFY(!error.message.isEmpty());
    }
    QVERIFY2(error.message.contains(QLatin1String("name")), qPrintable(error.message));
    error = {};
    QVERIFY(!update(
            m_anna, [&](Agent &a) { a.displayName = tooLong; }, &error));
    QVERIFY2(error.message.contains(QLatin1String("name")) &&
                     error.message.contains(QString::number(inputlimits::LineChars)),
             qPrintable(error.message));
    // An agent that is not there.
    Agent ghost = agent(m_anna);
    ghost.id = 999999;
    error = {};
    QVERIFY(!m_store->updateAgent(ghost, &error));
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    // New agents: a login is needed, without spaces, both fields bounded.
    const Agent badNew[] = {{0, QString(), QStringLiteral("No Login")},
                            {0, QStringLiteral("two words"), QStringLiteral("Spaces")},
                            {0, tooLong, QStringLiteral("Long Login")},
                            {0, QStringLiteral("longname"), tooLong},
                            {0, QStringLiteral("ctl"), QStringLiteral("bell\x07")}};
    for (const Agent &a : badNew) {
        error = {};
        QCOMPARE(m_store->addAgent(a, &error), 0);
        QCOMPARE(error.kind, StoreError::Kind::Invalid);
    }
    QCOMPARE(describe(m_store->agents(&error)), before);
}

// ---------------------------------------------------------------------------------------------
// The shared server refuses it too, whoever calls.

class TestAgentsOnServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverRefusesADeactivatedAssignee();
    void serverRefusesADeactivatedActor();
    void onlyTheOwnerUpdatesAgents();

private:
    DatabaseUrl loginUrl(const QString &login) const; // with the login's password
    // The SQLSTATE of `sql` run as `login` ("" when it succeeded); the message in *message.
    QString stateOf(const QString &login, const QString &sql, QString *message = nullptr);
    // (De)activates an agent as the schema owner; false and a warning when refused.
    bool setActive(qint64 agent, bool active);
    // A new ticket of the Northwind customer, created by the store's login.
    qint64 newTicket(dueline::TicketStore &store, const QString &severity);
    // One statement: the server's stamp for the ticket, then dueline_append_event with an event
    // of `kind` (assigned: to `assignee`; note: with a body), as the ordinary client would.
    static QString appendSql(qint64 ticket, const QString &kind, qint64 assignee = 0);
    std::unique_ptr<TicketStore> storeAs(const QString &login);
    int eventCount(qint64 ticket);

    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    CatalogPtr m_catalog;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_admin;
    std::unique_ptr<TicketStore> m_owner; // the schema owner's store (a superuser here)
    qint64 m_customer = 0;
    QHash<QString, qint64> m_ids; // agent id by login
};

namespace {

// The logins of the shared team and their passwords: alice and lena from makeSharedTeam, and
// two more agents added here.
const QHash<QString, QString> &passwords()
{
    static const QHash<QString, QString> p{
            {QStringLiteral("alice"), QStringLiteral("correct horse")},
            {QStringLiteral("lena"), QStringLiteral("battery staple")},
            {QStringLiteral("carl"), QStringLiteral("carl's secret")},
            {QStringLiteral("dora"), QStringLiteral("dora's secret")}};
    return p;
}

} // namespace

void TestAgentsOnServer::initTestCase()
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
    for (const char *login : {"carl", "dora"}) {
        const QString name = QString::fromLatin1(login);
        QVERIFY2(DatabaseRoles::addUser(*m_admin, name, Agent::Role::Agent, name.toUpper(),
                                        passwords().value(name), &storeError),
                 qPrintable(storeError.message));
    }
    // scram-sha-256 for these logins from here on (the superuser keeps trust); this process's
    // throwaway cluster is its own.
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
    QCOMPARE(m_ids.size(), 4);
}

DatabaseUrl TestAgentsOnServer::loginUrl(const QString &login) const
{
    DatabaseUrl url = m_db->url();
    url.user = login;
    url.password = passwords().value(login);
    return url;
}

std::unique_ptr<TicketStore> TestAgentsOnServer::storeAs(const QString &login)
{
    StoreError error;
    auto store = TicketStore::open(loginUrl(login), m_catalog, m_clock,
                                   Connection::Mode::OpenExisting, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

QString TestAgentsOnServer::stateOf(const QString &login, const QString &sql, QString *message)
{
    return testsupport::sqlStateOf(loginUrl(login), sql, message);
}

bool TestAgentsOnServer::setActive(qint64 agent, bool active)
{
    StoreError error;
    Agent changed = m_owner->agent(agent, &error).value_or(Agent());
    changed.active = active;
    if (m_owner->updateAgent(changed, &error))
        return true;
    qWarning("updateAgent #%lld: %s", agent, qPrintable(error.message));
    return false;
}

qint64 TestAgentsOnServer::newTicket(TicketStore &store, const QString &severity)
{
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = QStringLiteral("Backups fail every night");
    nt.severity = severity;
    nt.channel = QStringLiteral("email");
    StoreError error;
    const qint64 actor = store.agentByLogin(store.url().user, &error).value_or(Agent()).id;
    const ActionResult created = store.createTicket(Action::newActionId(), actor, nt);
    if (!created.ok())
        qWarning("createTicket: %s", qPrintable(created.error.message));
    return created.ticket.id;
}

QString TestAgentsOnServer::appendSql(qint64 ticket, const QString &kind, qint64 assignee)
{
    return QStringLiteral(
                   "WITH s AS (SELECT dueline_stamp(%1) AS at) SELECT f.* FROM tickets t, s, "
                   "LATERAL dueline_append_event(p_ticket => CASE WHEN s.at IS NOT NULL THEN t.id "
                   "END, p_base_version => t.row_version, p_seq => (SELECT max(seq) + 1 FROM "
                   "events WHERE ticket_id = t.id), p_kind => '%2', p_actor => NULL, p_action => "
                   "'%3', p_status => NULL, p_severity => NULL, p_plan => NULL, p_assignee => %4, "
                   "p_target => NULL, p_due => NULL, p_body => '%5') f WHERE t.id = %1")
            .arg(ticket)
            .arg(kind, QUuid::createUuid().toString(QUuid::WithoutBraces),
                 assignee ? QString::number(assignee) : QStringLiteral("NULL"),
                 kind == QLatin1String("note") ? QStringLiteral("a note") : QString());
}

int TestAgentsOnServer::eventCount(qint64 ticket)
{
    StoreError error;
    return int(m_owner->events(ticket, &error).size());
}

// Alice assigns a ticket to Dora straight through the write function: the server accepts it while
// Dora is active and refuses it (DL004, "deactivated") once she is not.
void TestAgentsOnServer::serverRefusesADeactivatedAssignee()
{
    auto alice = storeAs(QStringLiteral("alice"));
    QVERIFY(alice);
    const qint64 ticket = newTicket(*alice, QStringLiteral("critical"));
    QVERIFY(ticket > 0);
    const qint64 dora = m_ids.value(QStringLiteral("dora"));
    // The call is well formed: with Dora active, it assigns her.
    QCOMPARE(stateOf(QStringLiteral("alice"), appendSql(ticket, QStringLiteral("assigned"), dora)),
             QString());
    StoreError error;
    QCOMPARE(m_owner->ticket(ticket, &error)->assigneeId, dora);
    QVERIFY(m_owner->assign(action(ticket, m_ids.value(QStringLiteral("lena"))), 0).ok());

    QVERIFY(setActive(dora, false));
    const int events = eventCount(ticket);
    for (const char *login : {"alice", "lena"}) {
        QString message;
        QCOMPARE(stateOf(QLatin1String(login), appendSql(ticket, QStringLiteral("assigned"), dora),
                         &message),
                 QStringLiteral("DL004"));
        QVERIFY2(message.contains(QLatin1String("deactivated")), qPrintable(message));
    }
    QCOMPARE(eventCount(ticket), events);
    QCOMPARE(m_owner->ticket(ticket, &error)->assigneeId, 0);
    // The ordinary client is refused before it asks.
    const ActionResult honest =
            alice->assign(action(ticket, m_ids.value(QStringLiteral("alice"))), dora);
    QCOMPARE(honest.error.kind, StoreError::Kind::Invalid);
    QVERIFY2(honest.error.message.contains(QLatin1String("DORA")),
             qPrintable(honest.error.message));
    QCOMPARE(eventCount(ticket), events);
}

// Carl, deactivated, still has his login: whatever event he writes through the write function,
// the server refuses (DL004) — a note he could write while active.
void TestAgentsOnServer::serverRefusesADeactivatedActor()
{
    auto alice = storeAs(QStringLiteral("alice"));
    QVERIFY(alice);
    const qint64 ticket = newTicket(*alice, QStringLiteral("medium"));
    QVERIFY(ticket > 0);
    const qint64 carl = m_ids.value(QStringLiteral("carl"));
    QCOMPARE(stateOf(QStringLiteral("carl"), appendSql(ticket, QStringLiteral("note"))), QString());

    QVERIFY(setActive(carl, false));
    const int events = eventCount(ticket);
    QString message;
    QCOMPARE(stateOf(QStringLiteral("carl"), appendSql(ticket, QStringLiteral("note")), &message),
             QStringLiteral("DL004"));
    QVERIFY2(message.contains(QLatin1String("deactivated")), qPrintable(message));
    message.clear();
    QCOMPARE(stateOf(QStringLiteral("carl"), appendSql(ticket, QStringLiteral("assigned"), carl),
                     &message),
             QStringLiteral("DL004"));
    QVERIFY2(message.contains(QLatin1String("deactivated")), qPrintable(message));
    QCOMPARE(eventCount(ticket), events);
    // Through his own client, refused by name.
    auto carlStore = storeAs(QStringLiteral("carl"));
    QVERIFY(carlStore);
    const ActionResult note = carlStore->note(action(ticket, carl), QStringLiteral("still here"));
    QCOMPARE(note.error.kind, StoreError::Kind::Forbidden);
    QVERIFY2(note.error.message.contains(QLatin1String("CARL")), qPrintable(note.error.message));
    QCOMPARE(eventCount(ticket), events);
    // Activated again by the owner, he writes again.
    QVERIFY(setActive(carl, true));
    QCOMPARE(stateOf(QStringLiteral("carl"), appendSql(ticket, QStringLiteral("note"))), QString());
}

// Neither an agent nor a lead may (re)activate, rename or promote anybody, themselves included:
// the table refuses their UPDATE (42501) and TicketStore::updateAgent reports the server's
// refusal; the schema owner may.
void TestAgentsOnServer::onlyTheOwnerUpdatesAgents()
{
    StoreError error;
    const QStringList before = describe(m_owner->agents(&error));
    for (const char *login : {"alice", "lena"}) {
        for (const QString &sql :
             {QStringLiteral("UPDATE agents SET active = false WHERE login = 'lena'"),
              QStringLiteral("UPDATE agents SET active = true"),
              QStringLiteral("UPDATE agents SET display_name = 'Mallory' WHERE login = '%1'")
                      .arg(QLatin1String(login))})
            QCOMPARE(stateOf(QLatin1String(login), sql), QStringLiteral("42501"));
        auto store = storeAs(QLatin1String(login));
        QVERIFY(store);
        Agent self = *store->agentByLogin(QLatin1String(login), &error);
        self.displayName = QStringLiteral("Mallory");
        error = {};
        QVERIFY(!store->updateAgent(self, &error));
        QVERIFY2(error.message.contains(QLatin1String("permission denied")),
                 qPrintable(error.message));
    }
    QCOMPARE(describe(m_owner->agents(&error)), before);
    Agent alice = *m_owner->agentByLogin(QStringLiteral("alice"), &error);
    alice.displayName = QStringLiteral("Alice Liddell");
    QVERIFY2(m_owner->updateAgent(alice, &error), qPrintable(error.message));
    QCOMPARE(m_owner->agentByLogin(QStringLiteral("alice"), &error)->displayName,
             QStringLiteral("Alice Liddell"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestAgents test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    TestAgentsOnServer server;
    failures += QTest::qExec(&server, argc, argv);
    return failures == 0 ? 0 : 1;
}

#include "tst_agents.moc"
