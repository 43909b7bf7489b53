// SPDX-License-Identifier: GPL-3.0-or-later
// Who dueline-cli acts as, and the agents of a database, as a user runs them (the real executable,
// a home of its own): `agent list|add|rename|deactivate|activate|use`, `whoami`, `--as` and
// `queue --mine`, on a SQLite file and on the throwaway PostgreSQL server; then, on a shared
// server, the login that decides who one is and the rights of the agent logins.

#include "app/bootstrap/identity.h"
#include "models/store/migrations.h"
#include "models/store/ticketstore.h"
#include "tests/support/clihome.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QtTest>

using namespace dueline;
using testsupport::CliHome;
using testsupport::CliRun;
using testsupport::TestDatabase;

namespace {

constexpr const char *Now = "2026-03-02T12:00:00+03:00";

QJsonObject jsonOf(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), run.out.constData());
    return doc.object();
}

// "login|name|role|active" of each agent of `agent list --json`.
QStringList agentRows(const CliRun &run)
{
    QStringList rows;
    for (const auto &v : jsonOf(run).value(QStringLiteral("agents")).toArray()) {
        const QJsonObject a = v.toObject();
        rows << QStringLiteral("%1|%2|%3|%4")
                        .arg(a.value(QStringLiteral("login")).toString(),
                             a.value(QStringLiteral("name")).toString(),
                             a.value(QStringLiteral("role")).toString(),
                             a.value(QStringLiteral("active")).toBool() ? QStringLiteral("active")
                                                                        : QStringLiteral("off"));
    }
    return rows;
}

// The ids of the tickets of `queue --json`.
QList<qint64> queueIds(const CliRun &run)
{
    QList<qint64> ids;
    for (const auto &v : jsonOf(run).value(QStringLiteral("tickets")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toInteger();
    return ids;
}

} // namespace

class TestCliAgents : public QObject
{
    Q_OBJECT
public:
    explicit TestCliAgents(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void agentCommands();
    void agentErrors();
    void whoamiAndRemembered();
    void asOption();
    void queueMine();

private:
    CliRun cli(QStringList arguments) const;
    // Adds anna (agent), lena (lead) and boris (agent) with `agent add`.
    void addTeam();

    Engine m_engine;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CliHome> m_home;
};

void TestCliAgents::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
}

void TestCliAgents::init()
{
    QString error;
    m_db = TestDatabase::create(m_engine, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_home = std::make_unique<CliHome>(QStringLiteral(DUELINE_CLI_PATH));
    QVERIFY(m_home->isValid());
    const CliRun r = cli({QStringLiteral("db"), QStringLiteral("init")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCliAgents::cleanup()
{
    m_home.reset();
    m_db.reset();
}

CliRun TestCliAgents::cli(QStringList arguments) const
{
    arguments << QStringLiteral("--db") << m_db->urlText();
    return m_home->run(arguments);
}

void TestCliAgents::addTeam()
{
    CliRun r = cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("anna"),
                    QStringLiteral("--name"), QStringLiteral("Anna Smirnova")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.text().contains(QLatin1String("added anna as an agent")), qPrintable(r.text()));
    r = cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("lena"),
             QStringLiteral("--name"), QStringLiteral("Лена"), QStringLiteral("--role"),
             QStringLiteral("lead")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.text().contains(QLatin1String("added lena as a team lead")), qPrintable(r.text()));
    r = cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("boris")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

// add, list (text and JSON), rename, deactivate, activate; the last active lead stays.
void TestCliAgents::agentCommands()
{
    addTeam();
    CliRun r = cli({QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(agentRows(r), QStringList({QStringLiteral("anna|Anna Smirnova|agent|active"),
                                        QStringLiteral("lena|Лена|lead|active"),
                                        QStringLiteral("boris|boris|agent|active")}));
    r = cli({QStringLiteral("agent"), QStringLiteral("rename"), QStringLiteral("anna"),
             QStringLiteral("Анна Смирнова")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.text(), QStringLiteral("anna is now called Анна Смирнова\n"));
    r = cli({QStringLiteral("agent"), QStringLiteral("deactivate"), QStringLiteral("anna")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.text().startsWith(QStringLiteral("anna (Анна Смирнова) is deactivated")),
             qPrintable(r.text()));
    r = cli({QStringLiteral("agent"), QStringLiteral("deactivate"), QStringLiteral("anna")});
    QVERIFY2(r.code == 0 && r.text().contains(QLatin1String("already deactivated")),
             qPrintable(r.text()));
    r = cli({QStringLiteral("agent"), QStringLiteral("list")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0].simplified(), QStringLiteral("LOGIN NAME ROLE STATUS"));
    QCOMPARE(lines[1].simplified(), QStringLiteral("anna Анна Смирнова agent deactivated"));
    QCOMPARE(lines[2].simplified(), QStringLiteral("lena Лена team lead active"));
    QCOMPARE(lines[3].simplified(), QStringLiteral("boris boris agent active"));
    // Columns line up (Cyrillic takes one column each).
    QCOMPARE(lines[1].indexOf(QLatin1String("agent")), lines[0].indexOf(QLatin1String("ROLE")));

    // The only active lead stays: neither deactivated nor (by the store) demoted.
    r = cli({QStringLiteral("agent"), QStringLiteral("deactivate"), QStringLiteral("lena")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.isOneLineError(QStringLiteral("agent")) && r.err.contains(QStringLiteral("Лена")) &&
                     r.err.contains(QLatin1String("only active team lead")),
             qPrintable(r.err));
    r = cli({QStringLiteral("agent"), QStringLiteral("activate"), QStringLiteral("anna")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.text(), QStringLiteral("anna (Анна Смирнова) is active again\n"));
    r = cli({QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(agentRows(r).first(), QStringLiteral("anna|Анна Смирнова|agent|active"));
}

void TestCliAgents::agentErrors()
{
    addTeam();
    CliRun r = cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("anna")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.isOneLineError(QStringLiteral("agent")) && r.err.contains(QLatin1String("anna")),
             qPrintable(r.err));
    r = cli({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("two words")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.isOneLineError(QStringLiteral("agent")), qPrintable(r.err));
    for (const QString &action : {QStringLiteral("rename"), QStringLiteral("deactivate"),
                                  QStringLiteral("activate"), QStringLiteral("use")}) {
        QStringList arguments{QStringLiteral("agent"), action, QStringLiteral("nobody")};
        if (action == QLatin1String("rename"))
            arguments << QStringLiteral("New Name");
        r = cli(arguments);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral("dueline-cli agent: there is no agent with the login nobody "
                                       "(see dueline-cli agent list)\n"));
    }
    // A name is needed, on one line, and bounded.
    for (const QString &name : {QString(), QStringLiteral("  "), QString(201, QLatin1Char('x')),
                                QStringLiteral("two\nlines")}) {
        r = cli({QStringLiteral("agent"), QStringLiteral("rename"), QStringLiteral("anna"), name});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.isOneLineError(QStringLiteral("agent")), qPrintable(r.err));
    }
    r = cli({QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(agentRows(r).first(), QStringLiteral("anna|Anna Smirnova|agent|active"));
    // Usage errors: exit 2.
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("agent")},
          QStringList{QStringLiteral("agent"), QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("agent"), QStringLiteral("rename"), QStringLiteral("anna")},
          QStringList{QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("extra")},
          QStringList{QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("x"),
                      QStringLiteral("--role"), QStringLiteral("boss")}}) {
        r = cli(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.isOneLineError(QStringLiteral("agent")), qPrintable(r.err));
    }
}

// Nobody at first; `agent use` remembers a person for this database only, in the settings the
// GUI reads; a remembered person who is deactivated is an error, never a silent guess.
void TestCliAgents::whoamiAndRemembered()
{
    addTeam();
    CliRun r = cli({QStringLiteral("whoami")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.text().contains(QLatin1String("nobody is chosen for this database yet")),
             qPrintable(r.text()));
    r = cli({QStringLiteral("whoami"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("source")).toString(), QStringLiteral("none"));
    QVERIFY(jsonOf(r).value(QStringLiteral("login")).isNull());
    QCOMPARE(jsonOf(r).value(QStringLiteral("database")).toString(), m_db->urlText());
    r = cli({QStringLiteral("queue"), QStringLiteral("--mine")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.isOneLineError(QStringLiteral("queue")) &&
                     r.err.contains(QLatin1String("dueline-cli agent use LOGIN")),
             qPrintable(r.err));

    r = cli({QStringLiteral("agent"), QStringLiteral("use"), QStringLiteral("lena")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.text(), QStringLiteral("You are lena (Лена) on %1, in dueline-cli and in Dueline\n")
                               .arg(m_db->urlText()));
    r = cli({QStringLiteral("whoami")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.text(),
             QStringLiteral("lena (Лена, team lead) on %1: remembered for this database\n")
                     .arg(m_db->urlText()));
    r = cli({QStringLiteral("whoami"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r), QJsonObject({{QStringLiteral("database"), m_db->urlText()},
                                     {QStringLiteral("source"), QStringLiteral("remembered")},
                                     {QStringLiteral("login"), QStringLiteral("lena")},
                                     {QStringLiteral("name"), QStringLiteral("Лена")},
                                     {QStringLiteral("role"), QStringLiteral("lead")}}));
    // Where the GUI looks (app/bootstrap/identity.h): the same settings file and key.
    {
        const QSettings settings(m_home->settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.value(bootstrap::identityKey(m_db->url())).toString(),
                 QStringLiteral("lena"));
    }
    // Another database has its own person: nobody yet.
    QString error;
    auto other = TestDatabase::create(m_engine, &error);
    QVERIFY2(other, qPrintable(error));
    r = m_home->run({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"),
                     other->urlText()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = m_home->run({QStringLiteral("whoami"), QStringLiteral("--json"), QStringLiteral("--db"),
                     other->urlText()});
    QCOMPARE(jsonOf(r).value(QStringLiteral("source")).toString(), QStringLiteral("none"));

    // Choosing someone deactivated is refused, and so is acting as a remembered person who was
    // deactivated since.
    r = cli({QStringLiteral("agent"), QStringLiteral("use"), QStringLiteral("anna")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("agent"), QStringLiteral("deactivate"), QStringLiteral("anna")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("whoami")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QStringLiteral("dueline-cli whoami: anna (Anna Smirnova), remembered for this "
                                   "database, is deactivated; choose someone else with "
                                   "\"dueline-cli agent use LOGIN\"\n"));
    r = cli({QStringLiteral("queue"), QStringLiteral("--mine")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.isOneLineError(QStringLiteral("queue")) && r.err.contains(QLatin1String("anna")),
             qPrintable(r.err));
    r = cli({QStringLiteral("agent"), QStringLiteral("use"), QStringLiteral("anna")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.isOneLineError(QStringLiteral("agent")) &&
                     r.err.contains(QLatin1String("anna (Anna Smirnova) is deactivated")),
             qPrintable(r.err));
    // The queue without --mine does not need anybody.
    r = cli({QStringLiteral("queue"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

// --as acts as another agent for one command, ahead of the remembered person; it must name an
// active agent.
void TestCliAgents::asOption()
{
    addTeam();
    CliRun r = cli({QStringLiteral("agent"), QStringLiteral("use"), QStringLiteral("lena")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("whoami"), QStringLiteral("--as"), QStringLiteral("boris")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.text(),
             QStringLiteral("boris (boris, agent) on %1: given with --as\n").arg(m_db->urlText()));
    r = cli({QStringLiteral("whoami"), QStringLiteral("--as"), QStringLiteral("boris"),
             QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("source")).toString(), QStringLiteral("as"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    r = cli({QStringLiteral("whoami"), QStringLiteral("--as"), QStringLiteral("ghost")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QStringLiteral("dueline-cli whoami: --as ghost: there is no agent with this "
                                   "login (see dueline-cli agent list)\n"));
    r = cli({QStringLiteral("agent"), QStringLiteral("deactivate"), QStringLiteral("boris")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const QString &command : {QStringLiteral("whoami"), QStringLiteral("queue")}) {
        r = cli({command, QStringLiteral("--as"), QStringLiteral("boris")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err,
                 QStringLiteral("dueline-cli %1: --as boris: boris is deactivated\n").arg(command));
    }
    // --as does not change who is remembered.
    r = cli({QStringLiteral("whoami"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("login")).toString(), QStringLiteral("lena"));
}

// queue --mine: the open tickets assigned to whoever the CLI acts as.
void TestCliAgents::queueMine()
{
    addTeam();
    FakeClock clock = FakeClock::at("2026-03-02T08:00:00Z");
    StoreError error;
    QString text;
    auto catalog = Catalog::loadBuiltIn(&text);
    QVERIFY2(catalog, qPrintable(text));
    auto store =
            TicketStore::open(m_db->url(), catalog, clock, Connection::Mode::OpenExisting, &error);
    QVERIFY2(store, qPrintable(error.message));
    Customer c;
    c.name = QStringLiteral("Northwind");
    c.planId = QStringLiteral("vkcs/standard");
    const qint64 customer = store->addCustomer(c, &error);
    QVERIFY2(customer > 0, qPrintable(error.message));
    const auto ticketFor = [&](const QString &login) {
        NewTicket nt;
        nt.customerId = customer;
        nt.subject = QStringLiteral("For ") + login;
        nt.severity = QStringLiteral("high");
        nt.channel = QStringLiteral("email");
        const ActionResult created = store->createTicket(Action::newActionId(), 0, nt);
        if (!login.isEmpty()) {
            Action take;
            take.actionId = Action::newActionId();
            take.ticketId = created.ticket.id;
            take.actorId = store->agentByLogin(login, &error)->id;
            if (!store->take(take).ok())
                qWarning("take failed");
        }
        return created.ticket.id;
    };
    const qint64 anna1 = ticketFor(QStringLiteral("anna"));
    const qint64 lena1 = ticketFor(QStringLiteral("lena"));
    const qint64 nobody = ticketFor(QString());
    const qint64 anna2 = ticketFor(QStringLiteral("anna"));
    QVERIFY(anna1 > 0 && lena1 > 0 && nobody > 0 && anna2 > 0);

    CliRun r = cli({QStringLiteral("queue"), QStringLiteral("--now"), QString::fromLatin1(Now),
                    QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(queueIds(r), QList<qint64>({anna1, lena1, nobody, anna2}));
    QVERIFY(!jsonOf(r).contains(QStringLiteral("mine")));
    r = cli({QStringLiteral("queue"), QStringLiteral("--mine"), QStringLiteral("--as"),
             QStringLiteral("anna"), QStringLiteral("--now"), QString::fromLatin1(Now),
             QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(queueIds(r), QList<qint64>({anna1, anna2}));
    QCOMPARE(jsonOf(r).value(QStringLiteral("mine")).toString(), QStringLiteral("anna"));
    r = cli({QStringLiteral("agent"), QStringLiteral("use"), QStringLiteral("lena")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("queue"), QStringLiteral("--mine"), QStringLiteral("--now"),
             QString::fromLatin1(Now)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.text().startsWith(QStringLiteral("1 open tickets assigned to lena at "
                                                "2026-03-02T09:00:00+00:00, by next breach\n#%1 ")
                                         .arg(lena1)),
             qPrintable(r.text()));
    QCOMPARE(r.text().count(QLatin1Char('\n')), 2);
    // --as alone does not filter.
    r = cli({QStringLiteral("queue"), QStringLiteral("--as"), QStringLiteral("anna"),
             QStringLiteral("--json")});
    QCOMPARE(queueIds(r).size(), 4);
}

// ---------------------------------------------------------------------------------------------
// A shared server: the login decides.

class TestCliAgentsShared : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverLoginDecides();
    void onlyTheOwnerChangesAgents();
    void addUserNotAgentAdd();
    void queueMineAsTheLogin();

private:
    // dueline-cli as `login` (empty: the superuser that owns the schema here).
    CliRun as(const QString &login, QStringList arguments) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CliHome> m_home;
};

void TestCliAgentsShared::initTestCase()
{
    QString error;
    m_db = TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_home = std::make_unique<CliHome>(QStringLiteral(DUELINE_CLI_PATH));
    CliRun r = as({}, {QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--admin")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The test cluster trusts local logins: no passwords needed to log in as them.
    for (const char *user : {"alice:agent:Alice", "lena:lead:Лена", "bob:agent:Bob"}) {
        const QStringList parts = QString::fromUtf8(user).split(QLatin1Char(':'));
        r = as({}, {QStringLiteral("db"), QStringLiteral("add-user"), parts[0],
                    QStringLiteral("--role"), parts[1], QStringLiteral("--name"), parts[2]});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
}

CliRun TestCliAgentsShared::as(const QString &login, QStringList arguments) const
{
    DatabaseUrl url = m_db->url();
    if (!login.isEmpty())
        url.user = login;
    arguments << QStringLiteral("--db") << url.toString();
    return m_home->run(arguments);
}

// Logged in as alice, the CLI is alice whatever is remembered; --as and `agent use` naming
// someone else are refused.
void TestCliAgentsShared::serverLoginDecides()
{
    // The owner remembers lena for this database (the key has no user in it).
    CliRun r = as({}, {QStringLiteral("agent"), QStringLiteral("use"), QStringLiteral("lena")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as({}, {QStringLiteral("whoami"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("source")).toString(), QStringLiteral("remembered"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("login")).toString(), QStringLiteral("lena"));

    r = as(QStringLiteral("alice"), {QStringLiteral("whoami")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.text().startsWith(QStringLiteral("alice (Alice, agent) on ")) &&
                     r.text().endsWith(QStringLiteral(": the server login decides\n")),
             qPrintable(r.text()));
    r = as(QStringLiteral("alice"), {QStringLiteral("whoami"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("source")).toString(), QStringLiteral("server_login"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("login")).toString(), QStringLiteral("alice"));
    r = as(QStringLiteral("alice"),
           {QStringLiteral("whoami"), QStringLiteral("--as"), QStringLiteral("alice")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(QStringLiteral("alice"),
           {QStringLiteral("whoami"), QStringLiteral("--as"), QStringLiteral("lena")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err,
             QStringLiteral("dueline-cli whoami: --as lena: you are logged in to this server "
                            "as alice, and the login decides who you are\n"));
    r = as(QStringLiteral("alice"),
           {QStringLiteral("agent"), QStringLiteral("use"), QStringLiteral("lena")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.isOneLineError(QStringLiteral("agent")) && r.err.contains(QLatin1String("alice")),
             qPrintable(r.err));
    r = as(QStringLiteral("alice"),
           {QStringLiteral("agent"), QStringLiteral("use"), QStringLiteral("alice")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A login that is not a Dueline agent at all.
    {
        StoreError error;
        auto admin = Connection::open(m_db->url(), Connection::Mode::OpenExisting, &error);
        QVERIFY2(admin, qPrintable(error.message));
        QVERIFY(admin->exec(QStringLiteral("CREATE ROLE cli_stranger LOGIN"), &error));
        QVERIFY(admin->exec(QStringLiteral("GRANT dueline_agent TO cli_stranger"), &error));
    }
    r = as(QStringLiteral("cli_stranger"), {QStringLiteral("whoami")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QStringLiteral("dueline-cli whoami: the server login cli_stranger is no agent "
                                   "of this database\n"));
}

// Renaming or (de)activating needs the schema owner: an agent's or a lead's login gets the
// server's refusal on one line. A deactivated login then cannot be anybody.
void TestCliAgentsShared::onlyTheOwnerChangesAgents()
{
    for (const char *login : {"alice", "lena"}) {
        CliRun r = as(QLatin1String(login), {QStringLiteral("agent"), QStringLiteral("rename"),
                                             QStringLiteral("bob"), QStringLiteral("Mallory")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.isOneLineError(QStringLiteral("agent")) &&
                         r.err.contains(QLatin1String("permission denied")),
                 qPrintable(r.err));
        r = as(QLatin1String(login),
               {QStringLiteral("agent"), QStringLiteral("deactivate"), QStringLiteral("bob")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.isOneLineError(QStringLiteral("agent")) &&
                         r.err.contains(QLatin1String("permission denied")),
                 qPrintable(r.err));
    }
    CliRun r = as(QStringLiteral("bob"),
                  {QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(agentRows(r), QStringList({QStringLiteral("alice|Alice|agent|active"),
                                        QStringLiteral("lena|Лена|lead|active"),
                                        QStringLiteral("bob|Bob|agent|active")}));
    r = as({}, {QStringLiteral("agent"), QStringLiteral("rename"), QStringLiteral("bob"),
                QStringLiteral("Bob Brown")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as({}, {QStringLiteral("agent"), QStringLiteral("deactivate"), QStringLiteral("bob")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(QStringLiteral("bob"), {QStringLiteral("whoami")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QStringLiteral("dueline-cli whoami: the server login bob (Bob Brown) is "
                                   "deactivated in this database\n"));
    r = as({}, {QStringLiteral("agent"), QStringLiteral("activate"), QStringLiteral("bob")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = as(QStringLiteral("bob"), {QStringLiteral("whoami"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("name")).toString(), QStringLiteral("Bob Brown"));
}

// On a shared server a person is added with their login (db add-user), not by agent add.
void TestCliAgentsShared::addUserNotAgentAdd()
{
    for (const QString &login : {QString(), QStringLiteral("lena")}) {
        const CliRun r = as(
                login, {QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("carol")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.isOneLineError(QStringLiteral("agent")) &&
                         r.err.contains(QLatin1String("db add-user")),
                 qPrintable(r.err));
    }
    const CliRun r =
            as({}, {QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(agentRows(r).size(), 3);
}

// queue --mine as a login: that login's tickets.
void TestCliAgentsShared::queueMineAsTheLogin()
{
    FakeClock clock = FakeClock::at("2026-03-02T08:00:00Z");
    StoreError error;
    QString text;
    auto catalog = Catalog::loadBuiltIn(&text);
    QVERIFY2(catalog, qPrintable(text));
    auto owner =
            TicketStore::open(m_db->url(), catalog, clock, Connection::Mode::OpenExisting, &error);
    QVERIFY2(owner, qPrintable(error.message));
    Customer c;
    c.name = QStringLiteral("Northwind");
    c.planId = QStringLiteral("vkcs/standard");
    const qint64 customer = owner->addCustomer(c, &error);
    QVERIFY2(customer > 0, qPrintable(error.message));
    QList<qint64> ids;
    for (const char *login : {"alice", "lena"}) {
        DatabaseUrl url = m_db->url();
        url.user = QLatin1String(login);
        auto store = TicketStore::open(url, catalog, clock, Connection::Mode::OpenExisting, &error);
        QVERIFY2(store, qPrintable(error.message));
        const qint64 me = store->agentByLogin(QLatin1String(login), &error)->id;
        NewTicket nt;
        nt.customerId = customer;
        nt.subject = QStringLiteral("Taken by ") + QLatin1String(login);
        nt.severity = QStringLiteral("high");
        nt.channel = QStringLiteral("email");
        const ActionResult created = store->createTicket(Action::newActionId(), me, nt);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        Action take;
        take.actionId = Action::newActionId();
        take.ticketId = created.ticket.id;
        take.actorId = me;
        QVERIFY(store->take(take).ok());
        ids << created.ticket.id;
    }
    CliRun r = as(QStringLiteral("lena"),
                  {QStringLiteral("queue"), QStringLiteral("--mine"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(queueIds(r), QList<qint64>({ids[1]}));
    r = as(QStringLiteral("alice"), {QStringLiteral("queue"), QStringLiteral("--mine"),
                                     QStringLiteral("--as"), QStringLiteral("lena")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.isOneLineError(QStringLiteral("queue")), qPrintable(r.err));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestCliAgents test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    TestCliAgentsShared shared;
    failures += QTest::qExec(&shared, argc, argv);
    return failures == 0 ? 0 : 1;
}

#include "tst_cliagents.moc"
