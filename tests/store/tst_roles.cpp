// SPDX-License-Identifier: GPL-3.0-or-later
// Shared-database roles on a real PostgreSQL server (a throwaway cluster, tests/support): the
// schema belongs to dueline_owner, agents and leads log in as their own roles and write only
// through the SECURITY DEFINER functions of migration 3. Every refusal the design promises is
// tried here on the server itself, with plain SQL, as a hostile client would.

#include "models/catalog/catalogwriter.h"
#include "models/store/migrations.h"
#include "models/store/roles.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace dueline;
using testsupport::PostgresServer;
using testsupport::TestDatabase;

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sqliteHasNoRoles();
    void initAdminIsRepeatable();
    void addUserValidates();
    void addUserRefusesForeignRoles();
    void loginsHaveSessionLimits();
    void passwordsAreStoredAsVerifiers();
    void passwordLogin();
    void agentActsThroughFunctions();
    void agentCannotWriteTablesDirectly_data();
    void agentCannotWriteTablesDirectly();
    void agentCannotBackdateOrImpersonate();
    void agentCannotOverrideDue();
    void staleVersionIsRefused();
    void leadOverridesWithReason();
    void overrideReturnsWithItsSeverity();
    void leadCannotRewriteHistory();
    void teamCatalogOnlyForLeadsAndStamped();
    void boundLoginIdentifiesTheAgent();
    void adminAfterPlainInit();

private:
    DatabaseUrl loginUrl(const QString &login) const;
    std::unique_ptr<TicketStore> openAs(const QString &login);
    // The SQLSTATE of running `sql` as `login`, empty when it succeeded.
    QString stateOf(const QString &login, const QString &sql);
    qint64 newTicket(TicketStore &store, qint64 actor);
    QString roleState(const QString &role);
    QString appendCall(qint64 ticket, qint64 version, int seq, const QString &kind, qint64 actor,
                       const QString &body) const;

    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    CatalogPtr m_catalog;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_admin;
    qint64 m_alice = 0;
    qint64 m_lena = 0;
    qint64 m_customer = 0;
};

DatabaseUrl TestRoles::loginUrl(const QString &login) const
{
    DatabaseUrl url = m_db->url();
    url.user = login;
    return url;
}

std::unique_ptr<TicketStore> TestRoles::openAs(const QString &login)
{
    StoreError error;
    auto store = TicketStore::open(loginUrl(login), m_catalog, m_clock,
                                   Connection::Mode::OpenExisting, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

QString TestRoles::stateOf(const QString &login, const QString &sql)
{
    StoreError error;
    auto connection = Connection::open(loginUrl(login), Connection::Mode::OpenExisting, &error);
    if (!connection)
        return QStringLiteral("no connection: ") + error.message;
    QSqlQuery q = connection->query();
    if (q.exec(sql))
        return {};
    if (q.lastError().nativeErrorCode() == QLatin1String("42601")) // a mistake in this test
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().databaseText()));
    else
        qInfo("refused: %s", qPrintable(q.lastError().databaseText().simplified().left(300)));
    return q.lastError().nativeErrorCode();
}

qint64 TestRoles::newTicket(TicketStore &store, qint64 actor)
{
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = QStringLiteral("Backups fail every night");
    nt.severity = QStringLiteral("critical");
    nt.channel = QStringLiteral("email");
    const ActionResult r = store.createTicket(Action::newActionId(), actor, nt);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message));
    return r.ok() ? r.ticket.id : 0;
}

// A raw call of the write function, as a client that skips every check of its own would make:
// the server's stamp for the ticket, then the event (the server derives the ticket's state).
QString TestRoles::appendCall(qint64 ticket, qint64 version, int seq, const QString &kind,
                              qint64 actor, const QString &body) const
{
    return QStringLiteral(
                   "WITH s AS (SELECT dueline_stamp(%1) AS at) "
                   "SELECT f.* FROM tickets t, s, LATERAL dueline_append_event(CASE WHEN s.at IS "
                   "NOT NULL THEN %1 END, %2, %3, '%4', "
                   "%5, '%6', NULL, NULL, NULL, NULL, %7, %8, '%9') f "
                   "WHERE t.id = %1")
            .arg(ticket)
            .arg(version)
            .arg(seq)
            .arg(kind)
            .arg(actor)
            .arg(QUuid::createUuid().toString(QUuid::WithoutBraces),
                 kind == QLatin1String("due_override") ? QStringLiteral("'response'")
                                                       : QStringLiteral("NULL"),
                 kind == QLatin1String("due_override") ? QStringLiteral("t.response_due + 86400")
                                                       : QStringLiteral("CAST(NULL AS BIGINT)"),
                 body);
}

void TestRoles::initTestCase()
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
    // The owner's side (a trusted connection) adds a customer; agents only read.
    auto owner = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::OpenExisting,
                                   &storeError);
    QVERIFY(owner);
    Customer c;
    c.name = QStringLiteral("Northwind");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = owner->addCustomer(c, &storeError);
    QVERIFY2(m_customer > 0, qPrintable(storeError.message));
    m_alice = owner->agentByLogin(QStringLiteral("alice"), &storeError).value_or(Agent()).id;
    m_lena = owner->agentByLogin(QStringLiteral("lena"), &storeError).value_or(Agent()).id;
    QVERIFY(m_alice > 0 && m_lena > 0);
    QCOMPARE(owner->agent(m_lena, &storeError)->role, Agent::Role::Lead);
}

void TestRoles::sqliteHasNoRoles()
{
    QString error;
    auto db = TestDatabase::create(Engine::SQLite, &error);
    QVERIFY2(db, qPrintable(error));
    StoreError storeError;
    auto connection = Connection::open(db->url(), Connection::Mode::CreateIfMissing, &storeError);
    QVERIFY(connection);
    QCOMPARE(DatabaseRoles::initAdmin(*connection, 0, &storeError), -1);
    QVERIFY2(storeError.message.contains(QLatin1String("only on a PostgreSQL server")),
             qPrintable(storeError.message));
    QVERIFY(!DatabaseRoles::boundLogin(*connection, &storeError));
}

void TestRoles::initAdminIsRepeatable()
{
    StoreError error;
    QCOMPARE(DatabaseRoles::initAdmin(*m_admin, m_clock.nowUtc(), &error), 0);
    QVERIFY2(!error, qPrintable(error.message));
    QSqlQuery q = m_admin->query();
    QVERIFY(q.exec(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename IN "
                                  "('tickets', 'events', 'agents') GROUP BY tableowner")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("dueline_owner"));
    QVERIFY(!q.next());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname LIKE 'dueline\\_%' "
                                  "AND prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(proconfig) "
                                  "c WHERE c LIKE 'search_path=%')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // every SECURITY DEFINER function fixes its search_path
    // A database that already had a schema (made by its administrator) is handed over too.
    QString dbError;
    auto other = TestDatabase::create(Engine::PostgreSQL, &dbError);
    QVERIFY2(other, qPrintable(dbError));
    auto store = TicketStore::open(other->url(), m_catalog, m_clock, Connection::Mode::OpenExisting,
                                   &error);
    QVERIFY(store);
    QCOMPARE(store->migrate(&error), Migrations::latestVersion());
    QCOMPARE(DatabaseRoles::initAdmin(store->connection(), m_clock.nowUtc(), &error), 0);
    QSqlQuery o = store->connection().query();
    QVERIFY(o.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'tickets' "
                                  "AND tableowner = 'dueline_owner'")));
    QVERIFY(o.next());
    QCOMPARE(o.value(0).toInt(), 1);
}

void TestRoles::addUserValidates()
{
    StoreError error;
    QVERIFY(!DatabaseRoles::addUser(*m_admin, QStringLiteral("bob; DROP ROLE x"),
                                    Agent::Role::Agent, {}, QStringLiteral("long enough"), &error));
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(error.message.contains(QLatin1String("bob; DROP ROLE x")));
    QVERIFY(!DatabaseRoles::addUser(*m_admin, QStringLiteral("dueline_owner"), Agent::Role::Lead,
                                    {}, QStringLiteral("long enough"), &error));
    QVERIFY(!DatabaseRoles::addUser(*m_admin, QStringLiteral("bob"), Agent::Role::Agent, {},
                                    QStringLiteral("short"), &error));
    QVERIFY(error.message.contains(QLatin1String("too short")));
    // Nothing was made by the refusals.
    QSqlQuery q = m_admin->query();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'bob%'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // An agent may not make logins.
    auto alice = openAs(QStringLiteral("alice"));
    QVERIFY(alice);
    QVERIFY(!DatabaseRoles::addUser(alice->connection(), QStringLiteral("mallory"),
                                    Agent::Role::Lead, {}, QStringLiteral("long enough"), &error));
    QCOMPARE(DatabaseRoles::initAdmin(alice->connection(), 0, &error), -1);
    QCOMPARE(error.kind, StoreError::Kind::Forbidden);
}

// The role as the server stores it: password verifier (or NULL), superuser bit, whether it may
// log in, and its memberships in the Dueline group roles.
QString TestRoles::roleState(const QString &role)
{
    QSqlQuery q = m_admin->query();
    if (!q.exec(QStringLiteral(
                        "SELECT coalesce(a.rolpassword, '<none>'), a.rolsuper, a.rolcanlogin, "
                        "a.rolcreatedb, (SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM "
                        "pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = "
                        "a.oid), "
                        "(SELECT count(*) FROM agents WHERE login = a.rolname), (SELECT count(*) "
                        "FROM "
                        "pg_db_role_setting s WHERE s.setrole = a.oid) FROM pg_authid a WHERE "
                        "a.rolname = "
                        "'%1'")
                        .arg(role)) ||
        !q.next())
        return QStringLiteral("no role: ") + q.lastError().text();
    QStringList parts;
    for (int i = 0; i < 7; ++i)
        parts << q.value(i).toString();
    return parts.join(QLatin1Char('|'));
}

// Issue 15, item 6: add-user replaced the superuser's password ("add-user postgres --role
// agent" made an agent that logs in as superuser) and a service role's. Now it changes only
// Dueline users, existing roles only when told to adopt them, and never a privileged role.
void TestRoles::addUserRefusesForeignRoles()
{
    StoreError error;
    QSqlQuery q = m_admin->query();
    QVERIFY(q.exec(QStringLiteral("SELECT current_user")) && q.next());
    const QString superuser = q.value(0).toString();
    QCOMPARE(superuser, QStringLiteral("postgres"));
    q.finish();
    const auto refused = [&](const QString &login,
                             DatabaseRoles::ExistingRole existing) -> QString {
        StoreError e;
        const bool ok = DatabaseRoles::addUser(*m_admin, login, Agent::Role::Agent,
                                               QStringLiteral("Mallory"),
                                               QStringLiteral("a new password"), &e, existing);
        if (ok)
            return QStringLiteral("accepted");
        if (e.message.contains(QLatin1Char('\n')) || !e.message.contains(login))
            return QStringLiteral("not one line naming the role: ") + e.message;
        return e.message;
    };

    // The superuser: refused, adopted or not, and left exactly as it was.
    const QString superBefore = roleState(superuser);
    QVERIFY2(superBefore.contains(QLatin1String("|true|true|")), qPrintable(superBefore));
    for (auto existing :
         {DatabaseRoles::ExistingRole::Refuse, DatabaseRoles::ExistingRole::Adopt}) {
        const QString message = refused(superuser, existing);
        QVERIFY2(message.contains(QLatin1String("SUPERUSER")), qPrintable(message));
    }
    QCOMPARE(roleState(superuser), superBefore);
    // It still logs in the way the test cluster logs it in.
    auto again = Connection::open(m_db->url(), Connection::Mode::OpenExisting, &error);
    QVERIFY2(again, qPrintable(error.message));
    QVERIFY(!DatabaseRoles::boundLogin(*again, &error)); // trusted, not an agent

    // The service roles: never, not even adopted.
    for (const char *service : {"dueline_agent", "dueline_lead", "dueline_owner"}) {
        const QString role = QString::fromLatin1(service);
        const QString before = roleState(role);
        for (auto existing :
             {DatabaseRoles::ExistingRole::Refuse, DatabaseRoles::ExistingRole::Adopt}) {
            const QString message = refused(role, existing);
            QVERIFY2(message.contains(QLatin1String("service role")), qPrintable(message));
        }
        QCOMPARE(roleState(role), before);
        QVERIFY2(before.contains(QLatin1String("|false|false|")), qPrintable(before)); // NOLOGIN
    }

    // A plain role of someone else's: only adopted.
    QVERIFY(m_admin->exec(QStringLiteral("CREATE ROLE carol LOGIN PASSWORD 'her own secret'"),
                          &error));
    const QString carolBefore = roleState(QStringLiteral("carol"));
    const QString notUser = refused(QStringLiteral("carol"), DatabaseRoles::ExistingRole::Refuse);
    QVERIFY2(notUser.contains(QLatin1String("not a Dueline user")) &&
                     notUser.contains(QLatin1String("--adopt")),
             qPrintable(notUser));
    QCOMPARE(roleState(QStringLiteral("carol")), carolBefore);
    QVERIFY2(DatabaseRoles::addUser(*m_admin, QStringLiteral("carol"), Agent::Role::Agent,
                                    QStringLiteral("Carol"), QStringLiteral("a new password"),
                                    &error, DatabaseRoles::ExistingRole::Adopt),
             qPrintable(error.message));
    const QString carolAfter = roleState(QStringLiteral("carol"));
    QVERIFY2(carolAfter.startsWith(QLatin1String("SCRAM-SHA-256$")) &&
                     carolAfter.endsWith(QLatin1String("|false|true|false|dueline_agent|1|1")),
             qPrintable(carolAfter));
    QVERIFY(carolAfter != carolBefore);
    // Now a Dueline user: add-user changes it without --adopt (made a lead).
    QVERIFY2(DatabaseRoles::addUser(*m_admin, QStringLiteral("carol"), Agent::Role::Lead,
                                    QStringLiteral("Carol"), QStringLiteral("a newer password"),
                                    &error),
             qPrintable(error.message));
    QVERIFY2(roleState(QStringLiteral("carol")).endsWith(QLatin1String("|dueline_lead|1|1")),
             qPrintable(roleState(QStringLiteral("carol"))));

    // Roles that may create databases or roles: never, not even adopted, and not when they are
    // Dueline users already.
    QVERIFY(m_admin->exec(QStringLiteral("CREATE ROLE dave LOGIN CREATEDB PASSWORD 'dave pw'"),
                          &error));
    QVERIFY(m_admin->exec(QStringLiteral("CREATE ROLE erin LOGIN CREATEROLE PASSWORD 'erin pw'"),
                          &error));
    QVERIFY(m_admin->exec(QStringLiteral("ALTER ROLE alice CREATEDB"), &error));
    QVERIFY(m_admin->exec(QStringLiteral("CREATE ROLE frank LOGIN IN ROLE dueline_owner"), &error));
    const struct
    {
        const char *role;
        const char *expected;
    } privileged[] = {{"dave", "CREATEDB"},
                      {"erin", "CREATEROLE"},
                      {"alice", "CREATEDB"},
                      {"frank", "dueline_owner"}};
    for (const auto &p : privileged) {
        const QString role = QString::fromLatin1(p.role);
        const QString before = roleState(role);
        for (auto existing :
             {DatabaseRoles::ExistingRole::Refuse, DatabaseRoles::ExistingRole::Adopt}) {
            const QString message = refused(role, existing);
            QVERIFY2(message.contains(QLatin1String(p.expected)), qPrintable(message));
        }
        QCOMPARE(roleState(role), before);
    }
    QVERIFY(m_admin->exec(QStringLiteral("ALTER ROLE alice NOCREATEDB"), &error));
    QVERIFY(m_admin->exec(QStringLiteral("DROP ROLE dave, erin, frank"), &error));
}

// Every login add-user makes gets the server-side session limits in this database; db init
// --admin gives them to existing Dueline logins (made by an older Dueline).
void TestRoles::loginsHaveSessionLimits()
{
    const auto settings = [this](const QString &role) {
        QSqlQuery q = m_admin->query();
        if (!q.exec(QStringLiteral("SELECT array_to_string(s.setconfig, ' ') FROM "
                                   "pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole "
                                   "JOIN pg_database d ON d.oid = s.setdatabase WHERE r.rolname "
                                   "= '%1' AND d.datname = current_database()")
                            .arg(role)) ||
            !q.next())
            return QString();
        QStringList items = q.value(0).toString().split(QLatin1Char(' '));
        items.sort();
        return items.join(QLatin1Char(' '));
    };
    const QString expected = QStringLiteral(
            "idle_in_transaction_session_timeout=60s lock_timeout=5s statement_timeout=30s");
    QCOMPARE(settings(QStringLiteral("alice")), expected);
    QCOMPARE(settings(QStringLiteral("lena")), expected);
    // What a session of the agent sees.
    StoreError error;
    auto alice = Connection::open(loginUrl(QStringLiteral("alice")), Connection::Mode::OpenExisting,
                                  &error);
    QVERIFY2(alice, qPrintable(error.message));
    const struct
    {
        const char *name;
        const char *shown;
    } shown[] = {{"lock_timeout", "5s"},
                 {"statement_timeout", "30s"},
                 {"idle_in_transaction_session_timeout", "1min"}};
    for (const auto &s : shown) {
        QSqlQuery q = alice->query();
        QVERIFY(q.exec(QStringLiteral("SHOW %1").arg(QLatin1String(s.name))) && q.next());
        QCOMPARE(q.value(0).toString(), QString::fromLatin1(s.shown));
    }
    // A lock held by another session: the agent's wait ends after the lock timeout.
    QVERIFY(m_admin->exec(QStringLiteral("BEGIN"), &error));
    QVERIFY(m_admin->exec(QStringLiteral("LOCK TABLE tickets IN ACCESS EXCLUSIVE MODE"), &error));
    QElapsedTimer timer;
    timer.start();
    QSqlQuery blocked = alice->query();
    QVERIFY(!blocked.exec(QStringLiteral("SELECT count(*) FROM tickets")));
    const qint64 waited = timer.elapsed();
    QVERIFY(m_admin->exec(QStringLiteral("ROLLBACK"), &error));
    QCOMPARE(blocked.lastError().nativeErrorCode(), QStringLiteral("55P03"));
    QVERIFY2(waited >= 4500 && waited < 20000, qPrintable(QString::number(waited)));

    // A login made before the limits existed: db init --admin adds them.
    QVERIFY(m_admin->exec(QStringLiteral("CREATE ROLE gina LOGIN IN ROLE dueline_agent"), &error));
    QVERIFY(m_admin->exec(QStringLiteral("CREATE ROLE hank LOGIN CREATEDB IN ROLE dueline_agent"),
                          &error));
    QCOMPARE(settings(QStringLiteral("gina")), QString());
    QCOMPARE(DatabaseRoles::initAdmin(*m_admin, m_clock.nowUtc(), &error), 0);
    QCOMPARE(settings(QStringLiteral("gina")), expected);
    QCOMPARE(settings(QStringLiteral("hank")), QString()); // never touches a privileged role
    QVERIFY(m_admin->exec(QStringLiteral("DROP ROLE gina, hank"), &error));
}

void TestRoles::passwordsAreStoredAsVerifiers()
{
    QSqlQuery q = m_admin->query();
    QVERIFY(q.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'alice'")));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toString().startsWith(QLatin1String("SCRAM-SHA-256$")),
             qPrintable(q.value(0).toString()));
    QVERIFY(!q.value(0).toString().contains(QLatin1String("correct horse")));
}

// The verifier made on the client really opens the door: with password authentication for
// alice (a pg_hba.conf line ahead of the test cluster's "trust"), her password logs in, a wrong
// one or none does not.
void TestRoles::passwordLogin()
{
    QString error;
    PostgresServer *server = PostgresServer::instance(&error);
    QVERIFY2(server, qPrintable(error));
    QFile hba(server->dataDir() + QStringLiteral("/pg_hba.conf"));
    QVERIFY2(hba.open(QIODevice::ReadOnly), qPrintable(hba.errorString()));
    const QByteArray original = hba.readAll();
    hba.close();
    const auto reload = [this] {
        QSqlQuery q = m_admin->query();
        return q.exec(QStringLiteral("SELECT pg_reload_conf()"));
    };
    const auto login = [this](const QString &password) {
        DatabaseUrl url = loginUrl(QStringLiteral("alice"));
        url.password = password;
        StoreError storeError;
        const bool ok = bool(Connection::open(url, Connection::Mode::OpenExisting, &storeError));
        return ok ? QString() : storeError.message;
    };
    const auto restore = qScopeGuard([&] {
        QFile file(hba.fileName());
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(original);
        file.close();
        reload();
        // Back to trust before the next test logs in without a password.
        for (int i = 0; i < 100 && !login(QString()).isEmpty(); ++i)
            QTest::qWait(100);
    });
    QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("host all alice 127.0.0.1/32 scram-sha-256\n" + original);
    hba.close();
    QVERIFY(reload());
    // The server rereads pg_hba.conf after the signal, not at once.
    QTRY_VERIFY_WITH_TIMEOUT(!login(QStringLiteral("wrong horse")).isEmpty(), 10000);
    QCOMPARE(login(QStringLiteral("correct horse")), QString());
    const QString wrong = login(QStringLiteral("wrong horse"));
    QVERIFY2(wrong.contains(QLatin1String("password authentication failed")), qPrintable(wrong));
    qputenv("PGPASSFILE", "/nonexistent"); // no ~/.pgpass
    const QString none = login(QString());
    qunsetenv("PGPASSFILE");
    QVERIFY(!none.isEmpty());
    // The password never appears in what the store says.
    QVERIFY(!wrong.contains(QLatin1String("wrong horse")));
}

void TestRoles::agentActsThroughFunctions()
{
    auto alice = openAs(QStringLiteral("alice"));
    QVERIFY(alice);
    StoreError error;
    QVERIFY2(alice->checkSchema(&error), qPrintable(error.message));
    QCOMPARE(alice->migrate(&error), 0); // current: nothing to do, no privilege needed
    const qint64 id = newTicket(*alice, m_alice);
    QVERIFY(id > 0);
    Action a{Action::newActionId(), m_alice, id, 1};
    ActionResult r = alice->take(a);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.assigneeId, m_alice);
    QCOMPARE(r.ticket.rowVersion, 2);
    r = alice->reply({Action::newActionId(), m_alice, id, 2}, QStringLiteral("Looking into it"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    // The same action again is a replay, not a second event.
    const ActionResult again = alice->take(a);
    QVERIFY2(again.ok() && again.replayed, qPrintable(again.error.message));
    const QVector<Event> events = alice->events(id, &error);
    QCOMPARE(events.size(), 3);
    for (const Event &e : events)
        QCOMPARE(e.actorId, m_alice);
    // The server's clock stamped the events, not the test's fake clock (2026-03-02).
    QVERIFY(qAbs(events.last().at - QDateTime::currentSecsSinceEpoch()) < 600);
}

void TestRoles::agentCannotWriteTablesDirectly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update ticket") << QStringLiteral("UPDATE tickets SET subject = 'x'");
    QTest::newRow("cached clock") << QStringLiteral("UPDATE tickets SET response_due = NULL");
    QTest::newRow("delete ticket") << QStringLiteral("DELETE FROM tickets");
    QTest::newRow("insert ticket")
            << QStringLiteral("INSERT INTO tickets SELECT * FROM tickets LIMIT 1");
    QTest::newRow("backdated event")
            << QStringLiteral("INSERT INTO events (ticket_id, seq, at, kind, body) SELECT id, 99, "
                              "0, 'replied', 'answered long ago' FROM tickets LIMIT 1");
    QTest::newRow("edit event") << QStringLiteral("UPDATE events SET at = at - 86400");
    QTest::newRow("delete event") << QStringLiteral("DELETE FROM events");
    QTest::newRow("truncate events") << QStringLiteral("TRUNCATE events");
    QTest::newRow("promote self") << QStringLiteral("UPDATE agents SET role = 'lead'");
    QTest::newRow("new agent") << QStringLiteral(
            "INSERT INTO agents (login, display_name, role) VALUES ('x', 'x', 'lead')");
    QTest::newRow("team catalog") << QStringLiteral(
            "INSERT INTO team_catalog_files (name, content, updated_at) VALUES ('t', '{}', 0)");
    QTest::newRow("schema version") << QStringLiteral("DELETE FROM schema_migrations");
    QTest::newRow("replace function") << QStringLiteral(
            "CREATE OR REPLACE FUNCTION dueline_trusted() RETURNS boolean LANGUAGE sql AS "
            "'SELECT true'");
    QTest::newRow("shadow table") << QStringLiteral("CREATE TABLE public.agents2 (id int)");
    QTest::newRow("become owner") << QStringLiteral("SET ROLE dueline_owner");
    QTest::newRow("become lead") << QStringLiteral("SET ROLE dueline_lead");
    QTest::newRow("drop trigger") << QStringLiteral("DROP TRIGGER events_append_only ON events");
}

void TestRoles::agentCannotWriteTablesDirectly()
{
    QFETCH(QString, sql);
    QCOMPARE(stateOf(QStringLiteral("alice"), sql), QStringLiteral("42501"));
    // Leads may not either (only the team catalog is theirs to write).
    if (!sql.contains(QLatin1String("team_catalog")) &&
        !sql.contains(QLatin1String("dueline_lead")))
        QCOMPARE(stateOf(QStringLiteral("lena"), sql), QStringLiteral("42501"));
}

void TestRoles::agentCannotBackdateOrImpersonate()
{
    // Time itself: tst_serverwrites (the server's stamp is the only event time).
    auto alice = openAs(QStringLiteral("alice"));
    QVERIFY(alice);
    const qint64 id = newTicket(*alice, m_alice);
    QVERIFY(id > 0);
    // As someone else.
    QCOMPARE(stateOf(QStringLiteral("alice"), appendCall(id, 1, 2, QStringLiteral("note"), m_lena,
                                                         QStringLiteral("signed by the lead"))),
             QStringLiteral("42501"));
    // A 2 MiB note from a client that skips its own size check.
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     appendCall(id, 1, 2, QStringLiteral("note"), m_alice,
                                QStringLiteral("x").repeated(qsizetype(2) * 1024 * 1024))),
             QStringLiteral("DL004"));
    // The lock function cannot be abused to read-modify anything: still one event.
    StoreError error;
    QCOMPARE(alice->events(id, &error).size(), 1);
    // The same call, honest, works.
    QCOMPARE(stateOf(QStringLiteral("alice"), appendCall(id, 1, 2, QStringLiteral("note"), m_alice,
                                                         QStringLiteral("at the server time"))),
             QString());
    QCOMPARE(alice->events(id, &error).size(), 2);
}

void TestRoles::agentCannotOverrideDue()
{
    auto alice = openAs(QStringLiteral("alice"));
    QVERIFY(alice);
    const qint64 id = newTicket(*alice, m_alice);
    QVERIFY(id > 0);
    StoreError error;
    const Ticket t = *alice->ticket(id, &error);
    // Through the store (the client refuses first).
    const ActionResult r =
            alice->overrideDue({Action::newActionId(), m_alice, id, 1}, TargetKind::Response,
                               t.response.due + 86400, QStringLiteral("customer asked"));
    QCOMPARE(r.error.kind, StoreError::Kind::Forbidden);
    // A client without that check: the server refuses.
    QCOMPARE(
            stateOf(QStringLiteral("alice"), appendCall(id, 1, 2, QStringLiteral("due_override"),
                                                        m_alice, QStringLiteral("customer asked"))),
            QStringLiteral("DL003"));
    QCOMPARE(alice->events(id, &error).size(), 1);
    // Nor through another event: a note moves no due (the server derives the row).
    QCOMPARE(stateOf(QStringLiteral("alice"), appendCall(id, 1, 2, QStringLiteral("note"), m_alice,
                                                         QStringLiteral("quietly"))),
             QString());
    QCOMPARE(alice->events(id, &error).size(), 2);
    QCOMPARE(alice->ticket(id, &error)->response.due, t.response.due);
    QVERIFY(!alice->ticket(id, &error)->response.overridden);
}

void TestRoles::staleVersionIsRefused()
{
    auto alice = openAs(QStringLiteral("alice"));
    QVERIFY(alice);
    const qint64 id = newTicket(*alice, m_alice);
    QVERIFY(id > 0);
    const ActionResult first =
            alice->note({Action::newActionId(), m_alice, id, 1}, QStringLiteral("first"));
    QVERIFY(first.ok());
    const ActionResult stale =
            alice->note({Action::newActionId(), m_alice, id, 1}, QStringLiteral("stale"));
    QCOMPARE(stale.error.kind, StoreError::Kind::Conflict);
    QCOMPARE(stateOf(QStringLiteral("alice"), appendCall(id, 1, 3, QStringLiteral("note"), m_alice,
                                                         QStringLiteral("stale version"))),
             QStringLiteral("DL001"));
    QCOMPARE(stateOf(QStringLiteral("alice"), appendCall(id, 2, 2, QStringLiteral("note"), m_alice,
                                                         QStringLiteral("reused sequence"))),
             QStringLiteral("DL001"));
    StoreError error;
    QCOMPARE(alice->events(id, &error).size(), 2);
}

void TestRoles::leadOverridesWithReason()
{
    auto lena = openAs(QStringLiteral("lena"));
    QVERIFY(lena);
    const qint64 id = newTicket(*lena, m_lena);
    QVERIFY(id > 0);
    StoreError error;
    const Ticket t = *lena->ticket(id, &error);
    const Instant later = t.response.due + 86400;
    const ActionResult r =
            lena->overrideDue({Action::newActionId(), m_lena, id, 1}, TargetKind::Response, later,
                              QStringLiteral("customer agreed to Monday"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.response.due, later);
    QVERIFY(r.ticket.response.overridden);
    const QVector<Event> events = lena->events(id, &error);
    QCOMPARE(events.last().kind, EventKind::DueOverride);
    QCOMPARE(events.last().actorId, m_lena);
    QCOMPARE(events.last().body, QStringLiteral("customer agreed to Monday"));
    // Without a reason the server refuses even a lead.
    QCOMPARE(stateOf(QStringLiteral("lena"), appendCall(id, 2, 3, QStringLiteral("due_override"),
                                                        m_lena, QStringLiteral("  "))),
             QStringLiteral("DL004"));
}

// An override made for one severity comes back when the ticket returns to it: the cached bit
// reappears without a new override event, and the server lets it (the log holds the override).
void TestRoles::overrideReturnsWithItsSeverity()
{
    auto lena = openAs(QStringLiteral("lena"));
    QVERIFY(lena);
    NewTicket nt;
    nt.customerId = m_customer;
    nt.planId = QStringLiteral("stormbpmn/enterprise");
    nt.subject = QStringLiteral("Process engine stalls");
    nt.severity = QStringLiteral("critical");
    nt.channel = m_catalog->plan(nt.planId)->firstOfferedChannel();
    ActionResult r = lena->createTicket(Action::newActionId(), m_lena, nt);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const qint64 id = r.ticket.id;
    r = lena->overrideDue({Action::newActionId(), m_lena, id, 1}, TargetKind::Resolution,
                          r.ticket.createdAt + qint64(30) * 86400, QStringLiteral("agreed"));
    QVERIFY2(r.ok() && r.ticket.resolution.overridden, qPrintable(r.error.message));
    r = lena->changeSeverity({Action::newActionId(), m_lena, id, 2}, QStringLiteral("other"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(!r.ticket.resolution.overridden);
    r = lena->changeSeverity({Action::newActionId(), m_lena, id, 3}, QStringLiteral("critical"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(r.ticket.resolution.overridden);
    // The response clock never had one: a raw note leaves the overrides as the log has them
    // (the server derives them; no client says which clocks are overridden).
    QCOMPARE(stateOf(QStringLiteral("lena"), appendCall(id, 4, 5, QStringLiteral("note"), m_lena,
                                                        QStringLiteral("and the response too"))),
             QString());
    StoreError error;
    const auto after = lena->ticket(id, &error);
    QVERIFY2(after, qPrintable(error.message));
    QVERIFY(after->resolution.overridden);
    QVERIFY(!after->response.overridden);
}

void TestRoles::leadCannotRewriteHistory()
{
    // Even the owner role cannot edit the log: the append-only trigger stands.
    QSqlQuery q = m_admin->query();
    QVERIFY(q.exec(QStringLiteral("SET ROLE dueline_owner")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE events SET body = 'rewritten'")));
    QVERIFY(q.lastError().databaseText().contains(QLatin1String("append-only")));
    QVERIFY(q.exec(QStringLiteral("RESET ROLE")));
    QCOMPARE(stateOf(QStringLiteral("lena"), QStringLiteral("DELETE FROM events")),
             QStringLiteral("42501"));
}

void TestRoles::teamCatalogOnlyForLeadsAndStamped()
{
    TeamCatalog team;
    QString error;
    QVERIFY(!team.duplicatePlan(*m_catalog, QStringLiteral("L3"), QStringLiteral("acme"),
                                QStringLiteral("gold"), &error)
                     .isEmpty());
    const QByteArray json = CatalogWriter::toJson(team);
    auto lena = openAs(QStringLiteral("lena"));
    QVERIFY(lena);
    TeamCatalogStore leadCatalogs(lena->connection(), m_clock);
    StoreError storeError;
    QVERIFY2(leadCatalogs.save(m_lena, QStringLiteral("acme.json"), json, 0, &storeError) > 0,
             qPrintable(storeError.message));
    // The server names the logged-in lead as the author, whatever the client says.
    QCOMPARE(stateOf(QStringLiteral("lena"),
                     QStringLiteral("UPDATE team_catalog_files SET updated_by = %1, row_version "
                                    "= row_version + 1 WHERE name = 'acme.json'")
                             .arg(m_alice)),
             QString());
    const QVector<TeamCatalogFile> files = leadCatalogs.files(&storeError);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().updatedBy, m_lena);
    // An agent's client that skips its own check is refused by the server.
    auto alice = openAs(QStringLiteral("alice"));
    QVERIFY(alice);
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     QStringLiteral("UPDATE team_catalog_files SET content = '{}'")),
             QStringLiteral("42501"));
    QCOMPARE(stateOf(QStringLiteral("alice"), QStringLiteral("DELETE FROM team_catalog_files")),
             QStringLiteral("42501"));
}

void TestRoles::boundLoginIdentifiesTheAgent()
{
    StoreError error;
    auto alice = openAs(QStringLiteral("alice"));
    QVERIFY(alice);
    QCOMPARE(DatabaseRoles::boundLogin(alice->connection(), &error).value_or(QString()),
             QStringLiteral("alice"));
    QVERIFY(!DatabaseRoles::boundLogin(*m_admin, &error)); // the administrator is trusted
    QVERIFY(!error);
}

// A database made with a plain "db init" (every object the superuser's), then shared with
// "db init --admin": every Dueline table and function goes to the owner, including those only
// the write functions touch, so an agent's action works (it once failed with "permission denied
// for table dueline_stamps").
void TestRoles::adminAfterPlainInit()
{
    QString text;
    auto db = TestDatabase::create(Engine::PostgreSQL, &text);
    QVERIFY2(db, qPrintable(text));
    StoreError error;
    auto plain = TicketStore::open(db->url(), m_catalog, m_clock, Connection::Mode::OpenExisting,
                                   &error);
    QVERIFY2(plain, qPrintable(error.message));
    QCOMPARE(plain->migrate(&error), Migrations::latestVersion());
    Customer c;
    c.name = QStringLiteral("Contoso");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("en");
    const qint64 customer = plain->addCustomer(c, &error);
    QVERIFY2(customer > 0, qPrintable(error.message));
    plain.reset();
    auto admin = Connection::open(db->url(), Connection::Mode::OpenExisting, &error);
    QVERIFY2(admin, qPrintable(error.message));
    QVERIFY2(DatabaseRoles::initAdmin(*admin, m_clock.nowUtc(), &error) >= 0,
             qPrintable(error.message));
    QSqlQuery q = admin->query();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                  "current_schema() AND tableowner <> 'dueline_owner'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // alice, a login of the cluster already, becomes this database's agent too.
    QVERIFY2(DatabaseRoles::addUser(*admin, QStringLiteral("alice"), Agent::Role::Agent,
                                    QStringLiteral("Alice"), QStringLiteral("correct horse"),
                                    &error, DatabaseRoles::ExistingRole::Adopt),
             qPrintable(error.message));
    DatabaseUrl url = db->url();
    url.user = QStringLiteral("alice");
    auto alice = TicketStore::open(url, m_catalog, m_clock, Connection::Mode::OpenExisting, &error);
    QVERIFY2(alice, qPrintable(error.message));
    const qint64 aliceId =
            alice->agentByLogin(QStringLiteral("alice"), &error).value_or(Agent()).id;
    QVERIFY(aliceId > 0);
    NewTicket nt;
    nt.customerId = customer;
    nt.subject = QStringLiteral("Shared later");
    nt.severity = QStringLiteral("high");
    nt.channel = m_catalog->plan(c.planId)->firstOfferedChannel();
    const ActionResult created = alice->createTicket(Action::newActionId(), aliceId, nt);
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    const ActionResult taken = alice->take({Action::newActionId(), aliceId, created.ticket.id, 1});
    QVERIFY2(taken.ok(), qPrintable(taken.error.message));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
