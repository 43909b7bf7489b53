// SPDX-License-Identifier: GPL-3.0-or-later
// The team catalog in the shared database on both engines: every test function runs once against
// a temporary SQLite file and once against a throwaway PostgreSQL server
// (tests/support/testdatabase.h).

#include "app/bootstrap/catalogfiles.h"
#include "models/store/migrations.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/teamcatalog.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dueline;
using testsupport::teamCatalogJson;
using testsupport::TestDatabase;

class TestTeamCatalogStore : public QObject
{
    Q_OBJECT
public:
    explicit TestTeamCatalogStore(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void migratesVersionOne();
    void saveListAndLoad();
    void rowVersionConflict();
    void onlyLeadsWrite();
    void invalidNeverReachesDatabase();
    void conflictsWithOtherDatabaseFiles();
    void remove();
    void combinedWithLocalFiles();

private:
    QVector<TeamCatalogFile> files();

    Engine m_engine;
    CatalogPtr m_builtIn;
    FakeClock m_clock;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<TeamCatalogStore> m_catalogs;
    qint64 m_agent = 0;
    qint64 m_lead = 0;
};

void TestTeamCatalogStore::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QStandardPaths::setTestModeEnabled(true); // no team files of the user's data folder
    qunsetenv("DUELINE_CATALOG");
    QString error;
    m_builtIn = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_builtIn, qPrintable(error));
}

void TestTeamCatalogStore::init()
{
    m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    QString error;
    m_db = TestDatabase::create(m_engine, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    m_store = TicketStore::open(m_db->url(), m_builtIn, m_clock, Connection::Mode::CreateIfMissing,
                                &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message));
    QCOMPARE(m_store->migrate(&storeError), Migrations::latestVersion());
    m_agent = m_store->addAgent(
            {0, QStringLiteral("anna"), QStringLiteral("Anna"), Agent::Role::Agent}, &storeError);
    m_lead = m_store->addAgent(
            {0, QStringLiteral("lead"), QStringLiteral("李娜"), Agent::Role::Lead}, &storeError);
    QVERIFY(m_agent > 0 && m_lead > 0);
    m_catalogs = std::make_unique<TeamCatalogStore>(m_store->connection(), m_clock);
}

void TestTeamCatalogStore::cleanup()
{
    m_catalogs.reset();
    m_store.reset();
    m_db.reset();
}

QVector<TeamCatalogFile> TestTeamCatalogStore::files()
{
    StoreError error;
    QVector<TeamCatalogFile> all = m_catalogs->files(&error);
    if (error)
        qWarning("%s", qPrintable(error.message));
    return all;
}

void TestTeamCatalogStore::migratesVersionOne()
{
    QVERIFY(Migrations::latestVersion() >= 2);
    // A database made by a Dueline that knew schema 1 only.
    QString error;
    auto db = TestDatabase::create(m_engine, &error);
    QVERIFY2(db, qPrintable(error));
    StoreError storeError;
    auto connection = Connection::open(db->url(), Connection::Mode::CreateIfMissing, &storeError);
    QVERIFY2(connection, qPrintable(storeError.message));
    const QVector<Migrations::Step> steps = Migrations::steps(m_engine, &error);
    QVERIFY2(steps.size() >= 2, qPrintable(error));
    QCOMPARE(steps[1].name, QStringLiteral("team_catalog"));
    QVERIFY(connection->exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER "
                                            "PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT "
                                            "NOT NULL)"),
                             &storeError));
    for (const QString &statement : steps[0].statements)
        QVERIFY2(connection->exec(statement, &storeError), qPrintable(storeError.message));
    QVERIFY(connection->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (1, 'initial', "
                                            "0)"),
                             &storeError));
    QCOMPARE(Migrations::currentVersion(*connection, &storeError), 1);
    TeamCatalogStore before(*connection, m_clock);
    QVERIFY(before.files(&storeError).isEmpty()); // no table yet: nothing, no error
    QVERIFY2(!storeError, qPrintable(storeError.message));
    QVERIFY(!Migrations::checkCurrent(*connection, &storeError));
    storeError = {};

    QCOMPARE(Migrations::migrate(*connection, m_clock.nowUtc(), &storeError),
             Migrations::latestVersion() - 1);
    QVERIFY2(Migrations::checkCurrent(*connection, &storeError), qPrintable(storeError.message));
    QVERIFY(before.files(&storeError).isEmpty());
    QVERIFY2(!storeError, qPrintable(storeError.message));

    if (m_engine == Engine::SQLite) {
        // The file as it was before the update is kept beside it, still at version 1.
        const QString backup = QStringLiteral("%1.before-v%2")
                                       .arg(db->url().path)
                                       .arg(Migrations::latestVersion());
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        auto old = Connection::open(DatabaseUrl::sqlite(backup), Connection::Mode::OpenExisting,
                                    &storeError);
        QVERIFY2(old, qPrintable(storeError.message));
        QCOMPARE(Migrations::currentVersion(*old, &storeError), 1);
        // An up-to-date database is not copied again.
        QVERIFY(QFile::remove(backup));
        QCOMPARE(Migrations::migrate(*connection, m_clock.nowUtc(), &storeError), 0);
        QVERIFY(!QFile::exists(backup));
    }
}

void TestTeamCatalogStore::saveListAndLoad()
{
    QVERIFY(files().isEmpty());
    const QByteArray json = teamCatalogJson(*m_builtIn, QStringLiteral("our-alibaba"),
                                            QStringLiteral("l3-negotiated"));
    StoreError error;
    const qint64 realBefore = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(m_catalogs->save(m_lead, QStringLiteral("team.json"), json, 0, &error), 1);
    QVERIFY2(!error, qPrintable(error.message));
    const QVector<TeamCatalogFile> all = files();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all[0].name, QStringLiteral("team.json"));
    QCOMPARE(all[0].content, json);
    QCOMPARE(all[0].rowVersion, 1);
    QCOMPARE(all[0].updatedBy, m_lead);
    if (m_engine == Engine::SQLite) {
        QCOMPARE(all[0].updatedAt, m_clock.nowUtc());
    } else {
        // The server's clock, not the (fake) client clock.
        QVERIFY(all[0].updatedAt >= realBefore - 5);
        QVERIFY(all[0].updatedAt <= QDateTime::currentSecsSinceEpoch() + 5);
    }

    QString loadError;
    const CatalogPtr catalog = Catalog::loadData(TeamCatalogStore::asData(all), true, &loadError);
    QVERIFY2(catalog, qPrintable(loadError));
    QVERIFY(catalog->plan(QStringLiteral("our-alibaba/l3-negotiated")));
}

void TestTeamCatalogStore::rowVersionConflict()
{
    const QString name = QStringLiteral("team.json");
    const QByteArray one =
            teamCatalogJson(*m_builtIn, QStringLiteral("our-alibaba"), QStringLiteral("a"));
    const QByteArray two =
            teamCatalogJson(*m_builtIn, QStringLiteral("our-alibaba"), QStringLiteral("b"));
    StoreError error;
    QCOMPARE(m_catalogs->save(m_lead, name, one, 0, &error), 1);
    // Someone else created it first.
    QCOMPARE(m_catalogs->save(m_lead, name, two, 0, &error), 0);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY2(error.message.contains(QStringLiteral("database:team.json")),
             qPrintable(error.message));
    error = {};
    QCOMPARE(m_catalogs->save(m_lead, name, two, 1, &error), 2);
    QVERIFY2(!error, qPrintable(error.message));
    // A save of the version seen before the last one.
    QCOMPARE(m_catalogs->save(m_lead, name, one, 1, &error), 0);
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QVERIFY2(error.message.contains(QStringLiteral("version 2")), qPrintable(error.message));
    QCOMPARE(files().value(0).content, two);
    QCOMPARE(files().value(0).rowVersion, 2);
    // Saving a file someone removed.
    error = {};
    QCOMPARE(m_catalogs->save(m_lead, QStringLiteral("gone.json"), one, 3, &error), 0);
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
}

void TestTeamCatalogStore::onlyLeadsWrite()
{
    const QByteArray json =
            teamCatalogJson(*m_builtIn, QStringLiteral("our-alibaba"), QStringLiteral("a"));
    StoreError error;
    QCOMPARE(m_catalogs->save(m_agent, QStringLiteral("team.json"), json, 0, &error), 0);
    QCOMPARE(error.kind, StoreError::Kind::Forbidden);
    QVERIFY(error.message.contains(QStringLiteral("lead")));
    QVERIFY(files().isEmpty());
    error = {};
    QCOMPARE(m_catalogs->save(424242, QStringLiteral("team.json"), json, 0, &error), 0);
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    QVERIFY(files().isEmpty());
}

void TestTeamCatalogStore::invalidNeverReachesDatabase()
{
    StoreError error;
    // Not JSON.
    QCOMPARE(m_catalogs->save(m_lead, QStringLiteral("team.json"), "{\"format\": ", 0, &error), 0);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY2(error.message.startsWith(QStringLiteral("database:team.json")),
             qPrintable(error.message));
    // A plan that clashes with a built-in one.
    QByteArray clash =
            teamCatalogJson(*m_builtIn, QStringLiteral("our-alibaba"), QStringLiteral("a"));
    clash.replace("our-alibaba/a", "alibaba/L3");
    error = {};
    QCOMPARE(m_catalogs->save(m_lead, QStringLiteral("team.json"), clash, 0, &error), 0);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY2(error.message.contains(QStringLiteral("database:team.json")),
             qPrintable(error.message));
    // A bad file name.
    error = {};
    QCOMPARE(m_catalogs->save(m_lead, QStringLiteral("../team.json"),
                              teamCatalogJson(*m_builtIn, QStringLiteral("x"), QStringLiteral("a")),
                              0, &error),
             0);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(files().isEmpty());
}

void TestTeamCatalogStore::conflictsWithOtherDatabaseFiles()
{
    const QByteArray json =
            teamCatalogJson(*m_builtIn, QStringLiteral("our-alibaba"), QStringLiteral("a"));
    StoreError error;
    QCOMPARE(m_catalogs->save(m_lead, QStringLiteral("one.json"), json, 0, &error), 1);
    // The same provider again in another file: the loader refuses both together.
    QCOMPARE(m_catalogs->save(m_lead, QStringLiteral("two.json"), json, 0, &error), 0);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QCOMPARE(files().size(), 1);
    const QByteArray other =
            teamCatalogJson(*m_builtIn, QStringLiteral("our-tencent"), QStringLiteral("b"));
    error = {};
    QCOMPARE(m_catalogs->save(m_lead, QStringLiteral("two.json"), other, 0, &error), 1);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(files().size(), 2);
}

void TestTeamCatalogStore::remove()
{
    const QByteArray json =
            teamCatalogJson(*m_builtIn, QStringLiteral("our-alibaba"), QStringLiteral("a"));
    StoreError error;
    QCOMPARE(m_catalogs->save(m_lead, QStringLiteral("team.json"), json, 0, &error), 1);
    QVERIFY(!m_catalogs->remove(m_agent, QStringLiteral("team.json"), 1, &error));
    QCOMPARE(error.kind, StoreError::Kind::Forbidden);
    error = {};
    QVERIFY(!m_catalogs->remove(m_lead, QStringLiteral("team.json"), 7, &error));
    QCOMPARE(error.kind, StoreError::Kind::Conflict);
    QCOMPARE(files().size(), 1);
    error = {};
    QVERIFY2(m_catalogs->remove(m_lead, QStringLiteral("team.json"), 1, &error),
             qPrintable(error.message));
    QVERIFY(files().isEmpty());
    QVERIFY(!m_catalogs->remove(m_lead, QStringLiteral("team.json"), 0, &error));
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
}

void TestTeamCatalogStore::combinedWithLocalFiles()
{
    // The loader the GUI and dueline-cli use (app/bootstrap/catalogfiles): built-in catalog,
    // local files, the database's files.
    QTemporaryDir dir;
    const QString localTeam = dir.filePath(QStringLiteral("team.json"));
    const QString localOther = dir.filePath(QStringLiteral("other.json"));
    for (const auto &[path, slug] : {std::pair{localTeam, QStringLiteral("local")},
                                     std::pair{localOther, QStringLiteral("o")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(teamCatalogJson(*m_builtIn,
                                   path == localTeam ? QStringLiteral("our-alibaba")
                                                     : QStringLiteral("our-tencent"),
                                   slug));
    }
    StoreError error;
    QCOMPARE(m_catalogs->save(m_lead, QStringLiteral("team.json"),
                              teamCatalogJson(*m_builtIn, QStringLiteral("our-alibaba"),
                                              QStringLiteral("shared")),
                              0, &error),
             1);
    // A bad file that got in some other way (an older Dueline, a hand edit) is skipped.
    QSqlQuery q = m_store->connection().query();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO team_catalog_files (name, content, row_version, "
                                  "updated_at) VALUES ('zz-bad.json', '{', 1, 0)")));

    QString loadError;
    QStringList skipped;
    int shared = 0;
    const CatalogPtr catalog = loadCatalog({localTeam, localOther}, m_store->connection(),
                                           &loadError, &skipped, &shared);
    QVERIFY2(catalog, qPrintable(loadError));
    QVERIFY2(loadError.isEmpty(), qPrintable(loadError));
    QCOMPARE(shared, 2);
    QCOMPARE(skipped.size(), 1);
    QVERIFY2(skipped[0].startsWith(QStringLiteral("database:zz-bad.json")), qPrintable(skipped[0]));
    // The database's team.json replaces the local one of the same name; the other local file
    // stays.
    QVERIFY(catalog->plan(QStringLiteral("our-alibaba/shared")));
    QVERIFY(!catalog->plan(QStringLiteral("our-alibaba/local")));
    if (m_engine == Engine::PostgreSQL) {
        // A shared server's catalog is the database's only: the local file that adds a plan is
        // left out, and refused by name.
        QVERIFY(!catalog->plan(QStringLiteral("our-tencent/o")));
        const QString refusal =
                sharedModeCatalogRefusal({localTeam, localOther}, m_store->connection());
        QVERIFY2(refusal.contains(localOther) && refusal.contains(QLatin1String("our-tencent/o")),
                 qPrintable(refusal));
        return;
    }
    QVERIFY(catalog->plan(QStringLiteral("our-tencent/o")));
    QVERIFY(sharedModeCatalogRefusal({localTeam, localOther}, m_store->connection()).isEmpty());

    // A bad local file leaves the built-in catalog with the database's files.
    QFile broken(localOther);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("[");
    broken.close();
    skipped.clear();
    const CatalogPtr fallback = loadCatalog({localTeam, localOther}, m_store->connection(),
                                            &loadError, &skipped, &shared);
    QVERIFY(fallback);
    QVERIFY2(loadError.contains(localOther), qPrintable(loadError));
    QVERIFY(fallback->plan(QStringLiteral("our-alibaba/shared")));
    QVERIFY(!fallback->plan(QStringLiteral("our-tencent/o")));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestTeamCatalogStore test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}

#include "tst_teamcatalogstore.moc"
