// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog editor's session with a shared database (a SQLite file): the team catalog is read
// and saved off the GUI thread, on connections the worker opens itself, and the outcome comes
// back through signals; only a lead saves, and a save against a stale row version fails.
#include "models/catalog/catalog.h"
#include "models/presenters/catalogeditingsession.h"
#include "models/store/migrations.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dueline;

class TestCatalogSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void leadSavesOffTheGuiThread();
    void reopensTheDatabaseCopy();
    void staleSaveFails();
    void agentSavesOnlyToThisComputer();
    void unusableDatabaseIsReported();
    void sessionWaitsForItsSave();

private:
    SharedCatalogDatabase shared(const Agent &me) const;
    // An open session (waited for) with a copy of stormbpmn/enterprise as acme/gold.
    std::unique_ptr<CatalogEditingSession> openSession(const Agent &me);
    QVector<TeamCatalogFile> databaseFiles();

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    std::unique_ptr<testsupport::TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    Agent m_agent;
    Agent m_lead;
};

void TestCatalogSessionStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestCatalogSessionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("catalog/team.json"));
    QString error;
    m_db = testsupport::TestDatabase::create(Engine::SQLite, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    m_store = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message));
    QCOMPARE(m_store->migrate(&storeError), Migrations::latestVersion());
    m_agent = {0, QStringLiteral("anna"), QStringLiteral("Anna"), Agent::Role::Agent};
    m_agent.id = m_store->addAgent(m_agent, &storeError);
    m_lead = {0, QStringLiteral("lead"), QStringLiteral("Lena"), Agent::Role::Lead};
    m_lead.id = m_store->addAgent(m_lead, &storeError);
    QVERIFY(m_agent.id > 0 && m_lead.id > 0);
}

void TestCatalogSessionStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

SharedCatalogDatabase TestCatalogSessionStore::shared(const Agent &me) const
{
    SharedCatalogDatabase s;
    s.url = m_db->url();
    s.clock = &m_clock;
    s.me = me;
    s.database = m_db->url().path;
    return s;
}

std::unique_ptr<CatalogEditingSession> TestCatalogSessionStore::openSession(const Agent &me)
{
    auto session =
            std::make_unique<CatalogEditingSession>(m_catalog, m_path, QStringList(), shared(me));
    QSignalSpy opened(session.get(), &CatalogEditingSession::opened);
    session->open();
    if (!opened.wait(20000))
        qWarning("the session did not open");
    QString error;
    if (session->duplicatePlan(QStringLiteral("stormbpmn/enterprise"), QStringLiteral("acme"),
                               QStringLiteral("gold"), QStringLiteral("Acme"),
                               QStringLiteral("Gold"), &error)
                .isEmpty())
        qWarning("duplicatePlan: %s", qPrintable(error));
    return session;
}

QVector<TeamCatalogFile> TestCatalogSessionStore::databaseFiles()
{
    TeamCatalogStore store(m_store->connection(), m_clock);
    StoreError error;
    QVector<TeamCatalogFile> files = store.files(&error);
    if (error)
        qWarning("%s", qPrintable(error.message));
    return files;
}

void TestCatalogSessionStore::leadSavesOffTheGuiThread()
{
    CatalogEditingSession session(m_catalog, m_path, {}, shared(m_lead));
    QSignalSpy opened(&session, &CatalogEditingSession::opened);
    QSignalSpy busy(&session, &CatalogEditingSession::busyChanged);
    session.open();
    // The read runs in a thread of its own: its outcome comes through the event loop.
    QVERIFY(session.isBusy());
    QVERIFY(!session.isOpen());
    QCOMPARE(opened.count(), 0);
    QVERIFY(!session.canSave());
    QVERIFY(opened.wait(20000));
    QVERIFY(!session.isBusy());
    QCOMPARE(busy.count(), 2);
    QVERIFY(!busy.at(1).at(0).toBool());
    QVERIFY(session.loadError().isEmpty());
    QVERIFY(!session.openedFromDatabase());
    // No team file anywhere yet: a lead's catalog goes to the team's database.
    QCOMPARE(session.destination(), CatalogEditingSession::Destination::SharedDatabase);
    QVERIFY(session.storageNote().contains(QLatin1String("shared database")));

    QVERIFY(!session.duplicatePlan(QStringLiteral("stormbpmn/enterprise"), QStringLiteral("acme"),
                                   QStringLiteral("gold"), QStringLiteral("Acme"),
                                   QStringLiteral("Gold"))
                     .isEmpty());
    QVERIFY(session.canSave());
    QSignalSpy finished(&session, &CatalogEditingSession::saveFinished);
    QVERIFY(session.save());
    QVERIFY(session.isBusy());
    QVERIFY(!session.canSave());
    QVERIFY(!session.save()); // one store call at a time
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(finished.first().at(1).toString().isEmpty());
    QVERIFY(session.isSaved());
    QVERIFY(!session.isModified());
    QCOMPARE(session.savedTo(), CatalogEditingSession::Destination::SharedDatabase);
    QVERIFY(!QFile::exists(m_path));

    const QVector<TeamCatalogFile> files = databaseFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].name, QStringLiteral("team.json"));
    QCOMPARE(files[0].rowVersion, 1);
    QCOMPARE(files[0].updatedBy, m_lead.id);
    QVERIFY(files[0].content.contains("acme/gold"));
}

void TestCatalogSessionStore::reopensTheDatabaseCopy()
{
    {
        auto first = openSession(m_lead);
        QSignalSpy finished(first.get(), &CatalogEditingSession::saveFinished);
        QVERIFY(first->save());
        QVERIFY(finished.wait(20000));
    }
    QString localError;
    QStringList skipped;
    const CatalogPtr loaded =
            TeamCatalogStore::loadCombined({}, databaseFiles(), &localError, &skipped);
    QVERIFY(loaded && skipped.isEmpty());
    CatalogEditingSession again(loaded, m_path, {}, shared(m_lead));
    QSignalSpy opened(&again, &CatalogEditingSession::opened);
    again.open();
    QVERIFY(opened.wait(20000));
    QVERIFY(again.openedFromDatabase());
    QVERIFY(again.isTeamPlan(QStringLiteral("acme/gold")));
    QCOMPARE(again.destination(), CatalogEditingSession::Destination::SharedDatabase);
    QVERIFY(!again.isModified());
    QVERIFY(!again.canSave());
    // Kept on this computer instead: allowed without an edit, the database's copy stays in use.
    QVERIFY(again.setDestination(CatalogEditingSession::Destination::ThisComputer));
    QVERIFY(again.canSave());
    QVERIFY(again.storageNote().contains(QLatin1String("its copy is the one in use")));
    QVERIFY(again.setDestination(CatalogEditingSession::Destination::SharedDatabase));
    QVERIFY(again.setPlanNames(QStringLiteral("acme/gold"),
                               LocalizedText(QStringLiteral("Gold Plus"))));
    QSignalSpy finished(&again, &CatalogEditingSession::saveFinished);
    QVERIFY(again.save());
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().at(0).toBool());
    const QVector<TeamCatalogFile> files = databaseFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].rowVersion, 2);
    QVERIFY(files[0].content.contains("Gold Plus"));
}

void TestCatalogSessionStore::staleSaveFails()
{
    auto first = openSession(m_lead);
    auto second = openSession(m_lead);
    QSignalSpy firstFinished(first.get(), &CatalogEditingSession::saveFinished);
    QVERIFY(first->save());
    QVERIFY(firstFinished.wait(20000));
    QVERIFY(first->isSaved());
    QSignalSpy secondFinished(second.get(), &CatalogEditingSession::saveFinished);
    QVERIFY(second->save());
    QVERIFY(secondFinished.wait(20000));
    QCOMPARE(secondFinished.first().at(0).toBool(), false);
    const QString error = secondFinished.first().at(1).toString();
    QVERIFY2(error.contains(QLatin1String("database:team.json")), qPrintable(error));
    QVERIFY(!second->isSaved());
    QVERIFY(second->isModified());
    QCOMPARE(databaseFiles().size(), 1);
    QCOMPARE(databaseFiles().first().rowVersion, 1);
}

void TestCatalogSessionStore::agentSavesOnlyToThisComputer()
{
    auto session = openSession(m_agent);
    QString why;
    QVERIFY(!session->canSaveToDatabase(&why));
    QVERIFY2(why.contains(QLatin1String("Only a team lead")), qPrintable(why));
    QVERIFY(why.contains(QLatin1String("Anna")));
    QCOMPARE(session->destination(), CatalogEditingSession::Destination::ThisComputer);
    QVERIFY(!session->setDestination(CatalogEditingSession::Destination::SharedDatabase));
    QVERIFY(session->storageNote().contains(why));
    QSignalSpy finished(session.get(), &CatalogEditingSession::saveFinished);
    QVERIFY(session->save());
    QCOMPARE(finished.count(), 1);
    QVERIFY(!session->isBusy());
    QCOMPARE(session->savedTo(), CatalogEditingSession::Destination::ThisComputer);
    QVERIFY(QFile::exists(m_path));
    QVERIFY(databaseFiles().isEmpty());
}

void TestCatalogSessionStore::unusableDatabaseIsReported()
{
    SharedCatalogDatabase missing = shared(m_lead);
    missing.url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("missing.sqlite")));
    CatalogEditingSession session(m_catalog, m_path, {}, missing);
    QSignalSpy opened(&session, &CatalogEditingSession::opened);
    session.open();
    QVERIFY(opened.wait(20000));
    QVERIFY(session.isOpen());
    QVERIFY(session.loadError().isEmpty());
    QString why;
    QVERIFY(!session.canSaveToDatabase(&why));
    QVERIFY2(why.startsWith(QLatin1String("The shared database cannot be used: ")),
             qPrintable(why));
    QCOMPARE(session.destination(), CatalogEditingSession::Destination::ThisComputer);
    QVERIFY(!QFile::exists(missing.url->path));
}

void TestCatalogSessionStore::sessionWaitsForItsSave()
{
    {
        auto session = openSession(m_lead);
        QVERIFY(session->save());
        QVERIFY(session->isBusy());
        // Gone before the outcome arrives: the destructor waits for the store call.
    }
    QCOMPARE(databaseFiles().size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalogSessionStore)
#include "tst_catalogsessionstore.moc"
