// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's start on its ticket database without a window (app/bootstrap/opendatabase.h): which
// database, the first run's demo data, who I am, the team catalog stored in the database, and the
// errors. tst_bootstrap works on temporary SQLite files; tst_bootstrap_postgres (the same source,
// DUELINE_TEST_POSTGRES) on a throwaway PostgreSQL server, for the logins bound to an agent.

#include "app/bootstrap/catalogfiles.h"
#include "app/bootstrap/database.h"
#include "app/bootstrap/identity.h"
#include "app/bootstrap/opendatabase.h"
#include "models/store/roles.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/teamcatalog.h"
#include "tests/support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace dueline;
using testsupport::teamCatalogJson;
using testsupport::TestDatabase;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The settings and environment of a test start from nothing.
void isolate(const char *applicationName)
{
    QStandardPaths::setTestModeEnabled(true); // no team files of the user's data folder
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    QSettings().clear();
    qunsetenv("DUELINE_CATALOG");
    qunsetenv("DUELINE_DB");
}

} // namespace

class TestBootstrap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void chooseDatabase_data();
    void chooseDatabase();
    void brokenUrlIsOneLineError_data();
    void brokenUrlIsOneLineError();
    void currentReadsSettingsAndEnvironment();
    void firstRunFillsDemoData();
    void existingDefaultFileIsNotTouched();
    void missingFileFromCommandLine();
    void agentLoginSetting();
    void identityRememberedPerDatabase();
    void unknownLoginFallsBack();
    void noAgentsGetsNewAgent();
    void databaseCatalogJoins();
    void opensOnWorkerThread();
    void restartArguments();
    void startupCatalogFallsBackToBuiltIn();

private:
    // A SQLite file with the schema and the given agents (the first a lead), no tickets.
    DatabaseUrl fileWithAgents(const QString &name, std::initializer_list<const char *> logins);
    bootstrap::OpenedDatabase open(const DatabaseUrl &url, const bootstrap::OpenOptions &options,
                                   QString *error);

    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    CatalogPtr m_catalog;
    QTemporaryDir m_dir;
};

void TestBootstrap::initTestCase()
{
    isolate("tst_bootstrap");
    QVERIFY(m_dir.isValid());
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestBootstrap::cleanup()
{
    QSettings().clear();
    qunsetenv("DUELINE_CATALOG");
    qunsetenv("DUELINE_DB");
}

DatabaseUrl TestBootstrap::fileWithAgents(const QString &name,
                                          std::initializer_list<const char *> logins)
{
    DatabaseUrl url = DatabaseUrl::sqlite(m_dir.filePath(name));
    StoreError error;
    auto store =
            TicketStore::open(url, m_catalog, m_clock, Connection::Mode::CreateIfMissing, &error);
    if (!store || store->migrate(&error) < 0) {
        qWarning("%s", qPrintable(error.message));
        return url;
    }
    Agent::Role role = Agent::Role::Lead;
    for (const char *login : logins) {
        const QString text = QString::fromLatin1(login);
        if (store->addAgent({0, text, text.toUpper(), role}, &error) == 0)
            qWarning("%s", qPrintable(error.message));
        role = Agent::Role::Agent;
    }
    return url;
}

bootstrap::OpenedDatabase TestBootstrap::open(const DatabaseUrl &url,
                                              const bootstrap::OpenOptions &options, QString *error)
{
    return bootstrap::openDatabase(url, options, m_catalog, m_clock, error);
}

void TestBootstrap::chooseDatabase_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<bool>("fromCommandLine");
    QTest::addColumn<bool>("isDefault");
    const QString option = QStringLiteral("sqlite:/tmp/option.sqlite");
    const QString variable = QStringLiteral("sqlite:/tmp/variable.sqlite");
    const QString saved = QStringLiteral("postgresql://anna@db.example.org/support");
    const QString none;
    QTest::newRow("default") << none << none << none << QStringLiteral("sqlite:/tmp/default.sqlite")
                             << false << true;
    QTest::newRow("saved") << none << none << saved << saved << false << false;
    QTest::newRow("variable") << none << variable << saved << variable << true << false;
    QTest::newRow("option") << option << variable << saved << option << true << false;
}

void TestBootstrap::chooseDatabase()
{
    QFETCH(QString, option);
    QFETCH(QString, variable);
    QFETCH(QString, saved);
    QFETCH(QString, chosen);
    QFETCH(bool, fromCommandLine);
    QFETCH(bool, isDefault);
    const bootstrap::DatabaseChoice choice = bootstrap::chooseDatabase(
            {option, variable, saved, QStringLiteral("sqlite:/tmp/default.sqlite")});
    QCOMPARE(choice.text, chosen);
    QVERIFY2(choice.url, qPrintable(choice.error));
    QCOMPARE(choice.url->toString(), chosen);
    QVERIFY(choice.error.isEmpty());
    QCOMPARE(choice.fromCommandLine, fromCommandLine);
    QCOMPARE(choice.isDefault, isDefault);
}

void TestBootstrap::brokenUrlIsOneLineError_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("saved");
    QTest::newRow("other engine") << QStringLiteral("mysql://db.example.org/support") << QString();
    QTest::newRow("no file") << QStringLiteral("sqlite:") << QString();
    QTest::newRow("password") << QStringLiteral("postgresql://anna:secret@db.example.org/support")
                              << QString();
    QTest::newRow("saved") << QString()
                           << QStringLiteral("postgresql://db.example.org:99999/support");
}

void TestBootstrap::brokenUrlIsOneLineError()
{
    QFETCH(QString, option);
    QFETCH(QString, saved);
    const bootstrap::DatabaseChoice choice =
            bootstrap::chooseDatabase({option, {}, saved, QStringLiteral("sqlite:/tmp/d.sqlite")});
    QVERIFY(!choice.url);
    QVERIFY(!choice.error.isEmpty());
    QVERIFY2(!choice.error.contains(QLatin1Char('\n')), qPrintable(choice.error));
    QVERIFY2(!choice.error.contains(QLatin1String("secret")), qPrintable(choice.error));
}

void TestBootstrap::currentReadsSettingsAndEnvironment()
{
    QSettings().setValue(QStringLiteral("database/url"),
                         QStringLiteral("sqlite:/tmp/saved.sqlite"));
    QSettings().setValue(QStringLiteral("agent/login"), QStringLiteral("anna"));
    qputenv("DUELINE_DB", "sqlite:/tmp/variable.sqlite");
    bootstrap::DatabaseSources sources =
            bootstrap::DatabaseSources::current(QStringLiteral("sqlite:/tmp/o.sqlite"));
    QCOMPARE(sources.option, QStringLiteral("sqlite:/tmp/o.sqlite"));
    QCOMPARE(sources.variable, QStringLiteral("sqlite:/tmp/variable.sqlite"));
    QCOMPARE(sources.saved, QStringLiteral("sqlite:/tmp/saved.sqlite"));
    QCOMPARE(sources.defaultUrl, defaultDatabaseUrl());
    qunsetenv("DUELINE_DB");
    sources = bootstrap::DatabaseSources::current({});
    QVERIFY(sources.variable.isEmpty());
    const bootstrap::DatabaseChoice choice = bootstrap::chooseDatabase(sources);
    QCOMPARE(choice.text, QStringLiteral("sqlite:/tmp/saved.sqlite"));

    const QByteArray user = qgetenv("USER");
    const auto restoreUser = qScopeGuard([&] { qputenv("USER", user); });
    qputenv("USER", "kim");
    bootstrap::OpenOptions options = bootstrap::OpenOptions::current(choice);
    QCOMPARE(options.agentLogin, QStringLiteral("anna"));
    QCOMPARE(options.newAgentLogin, QStringLiteral("kim"));
    QVERIFY(!options.fromCommandLine);
    QVERIFY(!options.isDefault);
    QCOMPARE(options.demoTickets, bootstrap::FirstRunDemoTickets);
    qunsetenv("USER");
    options = bootstrap::OpenOptions::current(choice);
    QCOMPARE(options.newAgentLogin, QStringLiteral("agent"));
}

// First run: the default file does not exist yet; it is made, filled with demo data, and I am the
// demo team's lead.
void TestBootstrap::firstRunFillsDemoData()
{
    const QString path = m_dir.filePath(QStringLiteral("first/Dueline/dueline.sqlite"));
    const DatabaseUrl url = DatabaseUrl::sqlite(path);
    bootstrap::OpenOptions options;
    options.isDefault = true;
    options.demoTickets = 40;
    QStringList notices;
    options.notice = [&notices](const QString &line) {
        notices << line;
    };
    QString error;
    bootstrap::OpenedDatabase opened = open(url, options, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QVERIFY(QFile::exists(path));
    QCOMPARE(opened.demoTickets, qint64(40));
    StoreError storeError;
    QCOMPARE(opened.store->ticketCount(&storeError), qint64(40));
    const QVector<Agent> agents = opened.store->agents(&storeError);
    QVERIFY(agents.size() > 1);
    QCOMPARE(opened.me.id, agents.first().id);
    QCOMPARE(opened.me.role, Agent::Role::Lead);
    QCOMPARE(
            notices,
            QStringList{
                    QStringLiteral("first run: filling sqlite:%1 with 40 demo tickets").arg(path)});
    QCOMPARE(opened.catalog, m_catalog);
    QVERIFY(opened.warnings.isEmpty());

    // The second start finds the demo data and adds nothing.
    opened.store.reset();
    notices.clear();
    opened = open(url, options, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QCOMPARE(opened.demoTickets, qint64(0));
    QCOMPARE(opened.store->ticketCount(&storeError), qint64(40));
    QCOMPARE(opened.store->agents(&storeError).size(), agents.size());
    QVERIFY(notices.isEmpty());
}

// A default file that has a team already (an agent, no tickets yet) gets no demo data, and its
// bytes stay as they were.
void TestBootstrap::existingDefaultFileIsNotTouched()
{
    const DatabaseUrl url = fileWithAgents(QStringLiteral("existing.sqlite"), {"lena"});
    const QByteArray before = fileHash(url.path);
    QVERIFY(!before.isEmpty());
    bootstrap::OpenOptions options;
    options.isDefault = true;
    options.demoTickets = 40;
    QString error;
    bootstrap::OpenedDatabase opened = open(url, options, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QCOMPARE(opened.demoTickets, qint64(0));
    StoreError storeError;
    QCOMPARE(opened.store->ticketCount(&storeError), qint64(0));
    QCOMPARE(opened.store->agents(&storeError).size(), 1);
    QCOMPARE(opened.me.login, QStringLiteral("lena"));
    opened.store.reset();
    QCOMPARE(fileHash(url.path), before);
}

// --db or DUELINE_DB naming a file that does not exist: a clear error, and no file or folder is
// made.
void TestBootstrap::missingFileFromCommandLine()
{
    const QString folder = m_dir.filePath(QStringLiteral("missing"));
    const DatabaseUrl url = DatabaseUrl::sqlite(folder + QStringLiteral("/typo.sqlite"));
    bootstrap::OpenOptions options;
    options.fromCommandLine = true;
    QString error;
    const bootstrap::OpenedDatabase opened = open(url, options, &error);
    QVERIFY(!opened.store);
    QCOMPARE(error, QStringLiteral("there is no database at %1; create it with \"dueline-cli db "
                                   "init\"")
                            .arg(url.path));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestBootstrap::agentLoginSetting()
{
    const DatabaseUrl url = fileWithAgents(QStringLiteral("team.sqlite"), {"lena", "anna", "omar"});
    bootstrap::OpenOptions options;
    options.agentLogin = QStringLiteral("anna");
    QString error;
    const bootstrap::OpenedDatabase opened = open(url, options, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QCOMPARE(opened.me.login, QStringLiteral("anna"));
    QCOMPARE(opened.me.displayName, QStringLiteral("ANNA"));
    QCOMPARE(opened.me.role, Agent::Role::Agent);
}

// Who I am is remembered per database: two files, two people; a file never chosen is a guess
// (meDecided false: the GUI asks); a remembered agent who was deactivated is a guess again.
void TestBootstrap::identityRememberedPerDatabase()
{
    const DatabaseUrl first = fileWithAgents(QStringLiteral("first.sqlite"), {"lena", "anna"});
    const DatabaseUrl second = fileWithAgents(QStringLiteral("second.sqlite"), {"lena", "omar"});
    const DatabaseUrl third = fileWithAgents(QStringLiteral("third.sqlite"), {"lena", "omar"});
    bootstrap::rememberLogin(first, QStringLiteral("anna"));
    bootstrap::rememberLogin(second, QStringLiteral("omar"));
    QVERIFY(bootstrap::identityKey(first) != bootstrap::identityKey(second));
    // The same file by another path is the same database.
    QCOMPARE(bootstrap::identityKey(
                     DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("sub/../first.sqlite")))),
             bootstrap::identityKey(first));

    const auto openChosen = [this](const DatabaseUrl &url, QString *error) {
        bootstrap::DatabaseChoice choice;
        choice.url = url;
        return open(url, bootstrap::OpenOptions::current(choice), error);
    };
    QString error;
    bootstrap::OpenedDatabase opened = openChosen(first, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QCOMPARE(opened.me.login, QStringLiteral("anna"));
    QVERIFY(opened.meDecided);
    opened = openChosen(second, &error);
    QCOMPARE(opened.me.login, QStringLiteral("omar"));
    QVERIFY(opened.meDecided);
    opened = openChosen(third, &error);
    QCOMPARE(opened.me.login, QStringLiteral("lena"));
    QVERIFY(!opened.meDecided);

    // Omar is deactivated on the second file: the first active agent, and the GUI asks again.
    StoreError storeError;
    {
        opened = openChosen(second, &error);
        Agent omar = *opened.store->agentByLogin(QStringLiteral("omar"), &storeError);
        omar.active = false;
        QVERIFY2(opened.store->updateAgent(omar, &storeError), qPrintable(storeError.message));
    }
    opened = openChosen(second, &error);
    QCOMPARE(opened.me.login, QStringLiteral("lena"));
    QVERIFY(!opened.meDecided);
}

// A login the file does not know: the first agent; in a file without agents, a new agent of that
// login.
void TestBootstrap::unknownLoginFallsBack()
{
    bootstrap::OpenOptions options;
    options.agentLogin = QStringLiteral("zoe");
    options.newAgentLogin = QStringLiteral("kim");
    QString error;
    bootstrap::OpenedDatabase opened =
            open(fileWithAgents(QStringLiteral("known.sqlite"), {"lena", "anna"}), options, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QCOMPARE(opened.me.login, QStringLiteral("lena"));

    opened = open(fileWithAgents(QStringLiteral("nobody.sqlite"), {}), options, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QCOMPARE(opened.me.login, QStringLiteral("zoe"));
    QVERIFY(opened.me.id > 0);
    StoreError storeError;
    QCOMPARE(opened.store->agents(&storeError).size(), 1);
}

// No agent and no agent/login setting: a new agent named after $USER (OpenOptions::current), in a
// new file that is not the default (no demo data).
void TestBootstrap::noAgentsGetsNewAgent()
{
    const DatabaseUrl url = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("saved.sqlite")));
    bootstrap::OpenOptions options;
    options.newAgentLogin = QStringLiteral("kim");
    QString error;
    const bootstrap::OpenedDatabase opened = open(url, options, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QCOMPARE(opened.demoTickets, qint64(0));
    QCOMPARE(opened.me.login, QStringLiteral("kim"));
    QCOMPARE(opened.me.displayName, QStringLiteral("kim"));
    QCOMPARE(opened.me.role, Agent::Role::Agent);
    StoreError storeError;
    const auto stored = opened.store->agentByLogin(QStringLiteral("kim"), &storeError);
    QVERIFY(stored);
    QCOMPARE(stored->id, opened.me.id);
    QCOMPARE(opened.store->ticketCount(&storeError), qint64(0));
}

// The team catalog files kept in the file join the catalog, and the store works with it; a bad one
// is skipped with a warning.
void TestBootstrap::databaseCatalogJoins()
{
    const DatabaseUrl url = fileWithAgents(QStringLiteral("catalog.sqlite"), {"lena"});
    {
        StoreError error;
        auto store =
                TicketStore::open(url, m_catalog, m_clock, Connection::Mode::OpenExisting, &error);
        QVERIFY2(store, qPrintable(error.message));
        const qint64 lead =
                store->agentByLogin(QStringLiteral("lena"), &error).value_or(Agent()).id;
        TeamCatalogStore files(store->connection(), m_clock);
        QVERIFY2(files.save(lead, QStringLiteral("team.json"),
                            teamCatalogJson(*m_catalog, QStringLiteral("our-alibaba"),
                                            QStringLiteral("gold")),
                            0, &error) > 0,
                 qPrintable(error.message));
        QSqlQuery q = store->connection().query();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO team_catalog_files (name, content, "
                                      "row_version, updated_at) VALUES ('zz-bad.json', '{', 1, "
                                      "0)")));
    }
    QString error;
    const bootstrap::OpenedDatabase opened = open(url, {}, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QVERIFY(opened.catalog != m_catalog);
    QVERIFY(opened.catalog->plan(QStringLiteral("our-alibaba/gold")));
    QVERIFY(opened.store->catalog().plan(QStringLiteral("our-alibaba/gold")));
    QCOMPARE(opened.warnings.size(), 1);
    QVERIFY2(opened.warnings.first().startsWith(
                     QLatin1String("A team catalog file in the shared database was not loaded: "
                                   "database:zz-bad.json")),
             qPrintable(opened.warnings.first()));
}

// The next step opens the queue's store on a worker thread: the store is made, used and closed
// there.
void TestBootstrap::opensOnWorkerThread()
{
    const DatabaseUrl url = fileWithAgents(QStringLiteral("worker.sqlite"), {"lena", "anna"});
    QString error;
    QString login;
    qint64 agents = 0;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        bootstrap::OpenOptions options;
        options.agentLogin = QStringLiteral("anna");
        bootstrap::OpenedDatabase opened = open(url, options, &error);
        if (!opened.store)
            return;
        login = opened.me.login;
        StoreError storeError;
        agents = opened.store->agents(&storeError).size();
    }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(login, QStringLiteral("anna"));
    QCOMPARE(agents, qint64(2));
}

// File > Connect: the new process gets --db only when this one had it.
void TestBootstrap::restartArguments()
{
    const DatabaseUrl next = DatabaseUrl::sqlite(QStringLiteral("/tmp/next.sqlite"));
    const QStringList arguments{QStringLiteral("--lang"),
                                QStringLiteral("ru"),
                                QStringLiteral("--db"),
                                QStringLiteral("sqlite:/tmp/a.sqlite"),
                                QStringLiteral("--db=sqlite:/tmp/b.sqlite"),
                                QStringLiteral("--theme=dark")};
    QCOMPARE(argumentsForDatabase(arguments, true, next),
             (QStringList{QStringLiteral("--lang"), QStringLiteral("ru"),
                          QStringLiteral("--theme=dark"), QStringLiteral("--db"),
                          QStringLiteral("sqlite:/tmp/next.sqlite")}));
    QCOMPARE(argumentsForDatabase(arguments, false, next),
             (QStringList{QStringLiteral("--lang"), QStringLiteral("ru"),
                          QStringLiteral("--theme=dark")}));
    QCOMPARE(argumentsForDatabase({QStringLiteral("--db")}, false, next), QStringList());
}

// The catalog the GUI starts with: a bad team file leaves the built-in catalog and says why.
void TestBootstrap::startupCatalogFallsBackToBuiltIn()
{
    const QString path = m_dir.filePath(QStringLiteral("startup.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(teamCatalogJson(*m_catalog, QStringLiteral("our-alibaba"), QStringLiteral("gold")));
    file.close();
    qputenv("DUELINE_CATALOG", QFile::encodeName(path));
    QString error;
    CatalogPtr catalog = loadCatalogOrBuiltIn({}, &error);
    QVERIFY2(catalog && error.isEmpty(), qPrintable(error));
    QVERIFY(catalog->plan(QStringLiteral("our-alibaba/gold")));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[");
    file.close();
    catalog = loadCatalogOrBuiltIn({}, &error);
    QVERIFY(catalog);
    QVERIFY(!catalog->plan(QStringLiteral("our-alibaba/gold")));
    QVERIFY(catalog->plan(QStringLiteral("vkcs/standard")));
    QVERIFY2(error.contains(path), qPrintable(error));
}

// On a shared PostgreSQL server where I log in as my own role, that role's agent is me.
class TestBootstrapPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void boundLoginIsMe();
    void loginThatIsNotAnAgent();
    void trustedLoginUsesTheSetting();
    void databaseCatalogJoins();

private:
    DatabaseUrl loginUrl(const QString &login) const;

    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    CatalogPtr m_catalog;
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
};

DatabaseUrl TestBootstrapPostgres::loginUrl(const QString &login) const
{
    DatabaseUrl url = m_db->url();
    url.user = login;
    return url;
}

void TestBootstrapPostgres::initTestCase()
{
    isolate("tst_bootstrap_postgres");
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_db = TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    auto admin = Connection::open(m_db->url(), Connection::Mode::OpenExisting, &storeError);
    QVERIFY2(admin, qPrintable(storeError.message));
    QVERIFY2(testsupport::makeSharedTeam(*admin, m_clock.nowUtc(), &error), qPrintable(error));
    // A login of the agents' group that nobody made an agent (no "db add-user").
    QVERIFY2(admin->exec(QStringLiteral("CREATE ROLE carol LOGIN IN ROLE dueline_agent"),
                         &storeError),
             qPrintable(storeError.message));
}

void TestBootstrapPostgres::cleanup()
{
    qunsetenv("DUELINE_CATALOG");
}

void TestBootstrapPostgres::boundLoginIsMe()
{
    bootstrap::OpenOptions options;
    options.agentLogin = QStringLiteral("lena"); // another agent: the server's login wins
    options.newAgentLogin = QStringLiteral("kim");
    QString error;
    const bootstrap::OpenedDatabase opened = bootstrap::openDatabase(
            loginUrl(QStringLiteral("alice")), options, m_catalog, m_clock, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QCOMPARE(opened.me.login, QStringLiteral("alice"));
    QCOMPARE(opened.me.displayName, QStringLiteral("Alice"));
    QCOMPARE(opened.me.role, Agent::Role::Agent);
}

void TestBootstrapPostgres::loginThatIsNotAnAgent()
{
    bootstrap::OpenOptions options;
    options.agentLogin = QStringLiteral("alice");
    options.newAgentLogin = QStringLiteral("carol");
    const DatabaseUrl url = loginUrl(QStringLiteral("carol"));
    QString error;
    const bootstrap::OpenedDatabase opened =
            bootstrap::openDatabase(url, options, m_catalog, m_clock, &error);
    QVERIFY(!opened.store);
    QCOMPARE(error, QStringLiteral("%1: login carol is not a Dueline agent; ask the "
                                   "administrator to run \"dueline-cli db add-user carol\"")
                            .arg(url.toString()));
    // Nobody was made an agent on the way.
    StoreError storeError;
    auto admin = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::OpenExisting,
                                   &storeError);
    QVERIFY2(admin, qPrintable(storeError.message));
    QVERIFY(!admin->agentByLogin(QStringLiteral("carol"), &storeError));
}

// The schema's superuser is trusted (bound to no agent): the agent/login setting decides.
void TestBootstrapPostgres::trustedLoginUsesTheSetting()
{
    bootstrap::OpenOptions options;
    options.agentLogin = QStringLiteral("lena");
    QString error;
    const bootstrap::OpenedDatabase opened =
            bootstrap::openDatabase(m_db->url(), options, m_catalog, m_clock, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QCOMPARE(opened.me.login, QStringLiteral("lena"));
    QCOMPARE(opened.me.role, Agent::Role::Lead);
}

// The team catalog a lead stored in the database joins the catalog of everyone who opens it; a
// local file that adds a plan is left out and named in a warning.
void TestBootstrapPostgres::databaseCatalogJoins()
{
    {
        StoreError error;
        auto lena = TicketStore::open(loginUrl(QStringLiteral("lena")), m_catalog, m_clock,
                                      Connection::Mode::OpenExisting, &error);
        QVERIFY2(lena, qPrintable(error.message));
        const qint64 lead = lena->agentByLogin(QStringLiteral("lena"), &error).value_or(Agent()).id;
        TeamCatalogStore files(lena->connection(), m_clock);
        QVERIFY2(files.save(lead, QStringLiteral("team.json"),
                            teamCatalogJson(*m_catalog, QStringLiteral("our-alibaba"),
                                            QStringLiteral("shared")),
                            0, &error) > 0,
                 qPrintable(error.message));
    }
    const QString local = m_dir.filePath(QStringLiteral("local.json"));
    QFile file(local);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(teamCatalogJson(*m_catalog, QStringLiteral("our-tencent"), QStringLiteral("local")));
    file.close();
    qputenv("DUELINE_CATALOG", QFile::encodeName(local));

    QString error;
    const bootstrap::OpenedDatabase opened = bootstrap::openDatabase(
            loginUrl(QStringLiteral("alice")), {}, m_catalog, m_clock, &error);
    QVERIFY2(opened.store, qPrintable(error));
    QCOMPARE(opened.me.login, QStringLiteral("alice"));
    QVERIFY(opened.catalog->plan(QStringLiteral("our-alibaba/shared")));
    QVERIFY(opened.store->catalog().plan(QStringLiteral("our-alibaba/shared")));
    QVERIFY(!opened.catalog->plan(QStringLiteral("our-tencent/local")));
    QCOMPARE(opened.warnings.size(), 1);
    QVERIFY2(opened.warnings.first().contains(local) &&
                     opened.warnings.first().contains(QLatin1String("our-tencent/local")),
             qPrintable(opened.warnings.first()));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
#ifdef DUELINE_TEST_POSTGRES
    TestBootstrapPostgres test;
#else
    TestBootstrap test;
#endif
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bootstrap.moc"
