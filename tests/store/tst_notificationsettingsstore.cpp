// SPDX-License-Identifier: GPL-3.0-or-later
// Each person's notification settings in the database (issue 20, schema 10): the store on both
// engines (defaults without a row, save and read back, everybody's, refusals), then the shared
// server through plain SQL as an agent, a lead and a login that is no agent, with their own
// scram-sha-256 logins: nobody writes the table directly, the write function changes only the
// caller's own row and refuses garbage, huge or NULL settings (DL009); the owner (here: a
// superuser) may write anyone's.

#include "models/store/migrations.h"
#include "models/store/notificationsettingsstore.h"
#include "models/store/roles.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dueline;
using testsupport::TestDatabase;

namespace {

NotificationSettings nightShift()
{
    NotificationSettings s;
    s.always = false;
    s.timeZone = QStringLiteral("Europe/Moscow");
    s.hours = {{WeeklyHours::Weekdays, 20 * 60, 6 * 60}, {0x60, 10 * 60, 14 * 60}};
    s.scope = NotificationSettings::Scope::Mine;
    return s;
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The store, on both engines.

class TestNotificationSettingsStore : public QObject
{
    Q_OBJECT
public:
    explicit TestNotificationSettingsStore(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsWithoutARow();
    void saveAndReadBack();
    void everybodys();
    void unknownAgentIsRefused();
    void invalidSettingsAreRefused();
    void unreadableRowGivesDefaults();

private:
    NotificationSettingsStore settings() { return {m_store->connection(), m_clock}; }
    QString row(qint64 agentId);

    Engine m_engine;
    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    qint64 m_anna = 0;
    qint64 m_lead = 0;
};

void TestNotificationSettingsStore::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestNotificationSettingsStore::init()
{
    QString error;
    m_db = TestDatabase::create(m_engine, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    m_store = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message));
    QCOMPARE(m_store->migrate(&storeError), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 10);
    m_anna = m_store->addAgent(
            {0, QStringLiteral("anna"), QStringLiteral("Anna Smirnova"), Agent::Role::Agent},
            &storeError);
    m_lead = m_store->addAgent(
            {0, QStringLiteral("lead"), QStringLiteral("李娜"), Agent::Role::Lead}, &storeError);
    QVERIFY2(m_anna > 0 && m_lead > 0, qPrintable(storeError.message));
}

void TestNotificationSettingsStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

QString TestNotificationSettingsStore::row(qint64 agentId)
{
    QSqlQuery q = m_store->connection().query();
    q.prepare(QStringLiteral(
            "SELECT settings, updated_at FROM notification_settings WHERE agent_id = ?"));
    q.addBindValue(agentId);
    if (!q.exec() || !q.next())
        return QStringLiteral("none");
    return q.value(0).toString() + QLatin1Char('@') + q.value(1).toString();
}

void TestNotificationSettingsStore::defaultsWithoutARow()
{
    StoreError error;
    QString problem;
    const auto s = settings().read(m_anna, &error, &problem);
    QVERIFY2(s, qPrintable(error.message));
    QVERIFY(*s == NotificationSettings());
    QVERIFY(s->always);
    QVERIFY(problem.isEmpty());
    QVERIFY(settings().readAll(&error).isEmpty());
    QVERIFY(!error);
}

void TestNotificationSettingsStore::saveAndReadBack()
{
    StoreError error;
    const NotificationSettings night = nightShift();
    QVERIFY2(settings().save(m_anna, night, &error), qPrintable(error.message));
    const auto back = settings().read(m_anna, &error);
    QVERIFY2(back, qPrintable(error.message));
    QVERIFY(*back == night);
    // Stored as the client's JSON, stamped with the time (the server's on PostgreSQL).
    const QString stored = row(m_anna);
    QVERIFY2(stored.startsWith(QString::fromUtf8(night.toJson()) + QLatin1Char('@')),
             qPrintable(stored));
    const qint64 stamped = stored.section(QLatin1Char('@'), 1).toLongLong();
    if (m_engine == Engine::SQLite)
        QCOMPARE(stamped, m_clock.nowUtc());
    else
        QVERIFY(qAbs(stamped - QDateTime::currentSecsSinceEpoch()) < 60);
    // A second save replaces the row; the lead's stays the defaults.
    NotificationSettings dnd = night;
    dnd.doNotDisturb = true;
    dnd.hours.removeLast();
    m_clock.advance(60);
    QVERIFY2(settings().save(m_anna, dnd, &error), qPrintable(error.message));
    QVERIFY(*settings().read(m_anna, &error) == dnd);
    QVERIFY(*settings().read(m_lead, &error) == NotificationSettings());
    QSqlQuery q = m_store->connection().query();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM notification_settings")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestNotificationSettingsStore::everybodys()
{
    StoreError error;
    NotificationSettings lead;
    lead.escalateOutsideHours = true;
    lead.timeZone = QStringLiteral("Asia/Shanghai");
    QVERIFY2(settings().save(m_anna, nightShift(), &error), qPrintable(error.message));
    QVERIFY2(settings().save(m_lead, lead, &error), qPrintable(error.message));
    QStringList problems;
    const QHash<qint64, NotificationSettings> all = settings().readAll(&error, &problems);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(problems.isEmpty());
    QCOMPARE(all.size(), 2);
    QVERIFY(all.value(m_anna) == nightShift());
    QVERIFY(all.value(m_lead) == lead);
}

void TestNotificationSettingsStore::unknownAgentIsRefused()
{
    StoreError error;
    QVERIFY(!settings().save(9999, nightShift(), &error));
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    QVERIFY2(error.message.contains(QLatin1String("9999")), qPrintable(error.message));
    QVERIFY(settings().readAll(&error).isEmpty());
}

void TestNotificationSettingsStore::invalidSettingsAreRefused()
{
    StoreError error;
    NotificationSettings noDays = nightShift();
    noDays.hours[1].days = 0;
    QVERIFY(!settings().save(m_anna, noDays, &error));
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY2(error.message.contains(QLatin1String("$.hours[1].days")), qPrintable(error.message));
    NotificationSettings late = nightShift();
    late.hours[0].from = 24 * 60;
    QVERIFY(!settings().save(m_anna, late, &error));
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    NotificationSettings many = nightShift();
    many.hours.fill({1, 0, 60}, NotificationSettings::MaxIntervals + 1);
    QVERIFY(!settings().save(m_anna, many, &error));
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    NotificationSettings zone = nightShift();
    zone.timeZone = QStringLiteral("Mars/Olympus_Mons");
    QVERIFY(!settings().save(m_anna, zone, &error));
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QCOMPARE(row(m_anna), QStringLiteral("none"));
}

// A row the owner wrote by hand that does not read: the person gets the defaults, and the
// reader is told.
void TestNotificationSettingsStore::unreadableRowGivesDefaults()
{
    QSqlQuery q = m_store->connection().query();
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO notification_settings (agent_id, settings, "
                                   "updated_at) VALUES (%1, '{\"always\":\"sometimes\"}', 0)")
                            .arg(m_anna)),
             qPrintable(q.lastError().text()));
    StoreError error;
    QString problem;
    const auto s = settings().read(m_anna, &error, &problem);
    QVERIFY2(s, qPrintable(error.message));
    QVERIFY(*s == NotificationSettings());
    QVERIFY2(problem.contains(QLatin1String("$.always")), qPrintable(problem));
    QStringList problems;
    QVERIFY(settings().readAll(&error, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
}

// ---------------------------------------------------------------------------------------------
// The shared server: a login changes only its own row, only through the function.

class TestNotificationSettingsOnServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownRowThroughTheStore();
    void anotherAgentsRowIsRefused();
    void directWritesAreRefused();
    void badSettingsAreRefused_data();
    void badSettingsAreRefused();
    void loginThatIsNoAgentIsRefused();
    void ownerWritesAnyRow();
    void everybodyReadsEverybody();

private:
    DatabaseUrl loginUrl(const QString &login) const;
    QString stateOf(const QString &login, const QString &sql, QString *message = nullptr);
    QString rows();
    qint64 id(const char *login) const { return m_ids.value(QLatin1String(login)); }

    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    CatalogPtr m_catalog;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_admin;
    QHash<QString, qint64> m_ids;
};

namespace {

const QHash<QString, QString> &passwords()
{
    static const QHash<QString, QString> p{
            {QStringLiteral("alice"), QStringLiteral("correct horse")},
            {QStringLiteral("lena"), QStringLiteral("battery staple")},
            {QStringLiteral("mallory"), QStringLiteral("no agent here")}};
    return p;
}

} // namespace

void TestNotificationSettingsOnServer::initTestCase()
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
    // A login in the agents' group without an agents row (made by hand, not by add-user).
    QVERIFY2(m_admin->exec(QStringLiteral("CREATE ROLE mallory LOGIN PASSWORD 'no agent here' IN "
                                          "ROLE dueline_agent"),
                           &storeError),
             qPrintable(storeError.message));
    QVERIFY2(testsupport::requirePasswords(*m_admin, passwords().keys(), &error),
             qPrintable(error));
    QSqlQuery q = m_admin->query();
    QVERIFY(q.exec(QStringLiteral("SELECT login, id FROM agents")));
    while (q.next())
        m_ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    QCOMPARE(m_ids.size(), 2);
}

DatabaseUrl TestNotificationSettingsOnServer::loginUrl(const QString &login) const
{
    DatabaseUrl url = m_db->url();
    url.user = login;
    url.password = passwords().value(login);
    return url;
}

QString TestNotificationSettingsOnServer::stateOf(const QString &login, const QString &sql,
                                                  QString *message)
{
    return testsupport::sqlStateOf(loginUrl(login), sql, message);
}

QString TestNotificationSettingsOnServer::rows()
{
    QSqlQuery q = m_admin->query();
    if (!q.exec(QStringLiteral("SELECT agent_id, settings, updated_at FROM notification_settings "
                               "ORDER BY agent_id")))
        return q.lastError().text();
    QStringList parts;
    while (q.next())
        parts << QStringLiteral("%1:%2@%3")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return parts.join(QLatin1Char('|'));
}

void TestNotificationSettingsOnServer::ownRowThroughTheStore()
{
    StoreError error;
    auto alice = Connection::open(loginUrl(QStringLiteral("alice")), Connection::Mode::OpenExisting,
                                  &error);
    QVERIFY2(alice, qPrintable(error.message));
    QCOMPARE(DatabaseRoles::boundLogin(*alice, &error).value_or(QString()),
             QStringLiteral("alice"));
    NotificationSettingsStore store(*alice, m_clock);
    QVERIFY2(store.save(id("alice"), nightShift(), &error), qPrintable(error.message));
    QVERIFY(*store.read(id("alice"), &error) == nightShift());
    // The client's clock is no input: the server stamped its own time.
    QSqlQuery q = m_admin->query();
    QVERIFY(q.exec(QStringLiteral("SELECT updated_at FROM notification_settings WHERE agent_id = "
                                  "%1")
                           .arg(id("alice"))) &&
            q.next());
    QVERIFY(qAbs(q.value(0).toLongLong() - QDateTime::currentSecsSinceEpoch()) < 60);
    QVERIFY(q.value(0).toLongLong() != m_clock.nowUtc());
    q.finish();
    // Her own row by plain SQL, with her id or without one.
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     QStringLiteral("SELECT dueline_set_notification_settings(NULL, '{\"dnd\":"
                                    "true}')")),
             QString());
    QVERIFY(store.read(id("alice"), &error)->doNotDisturb);
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     QStringLiteral("SELECT dueline_set_notification_settings(%1, %2)")
                             .arg(id("alice"))
                             .arg(quoted(QString::fromUtf8(nightShift().toJson())))),
             QString());
    QVERIFY(*store.read(id("alice"), &error) == nightShift());
}

void TestNotificationSettingsOnServer::anotherAgentsRowIsRefused()
{
    StoreError error;
    auto alice = Connection::open(loginUrl(QStringLiteral("alice")), Connection::Mode::OpenExisting,
                                  &error);
    QVERIFY2(alice, qPrintable(error.message));
    NotificationSettingsStore store(*alice, m_clock);
    const QString before = rows();
    NotificationSettings silence;
    silence.doNotDisturb = true;
    QVERIFY(!store.save(id("lena"), silence, &error));
    QCOMPARE(error.kind, StoreError::Kind::Forbidden);
    QVERIFY2(error.message.contains(QLatin1String("only its own")), qPrintable(error.message));
    // Plain SQL, as the agent and as the lead (a lead is no exception).
    QString message;
    QCOMPARE(
            stateOf(QStringLiteral("alice"),
                    QStringLiteral("SELECT dueline_set_notification_settings(%1, '{\"dnd\":true}')")
                            .arg(id("lena")),
                    &message),
            QStringLiteral("DL009"));
    QVERIFY2(message.contains(QLatin1String("only its own")), qPrintable(message));
    QCOMPARE(
            stateOf(QStringLiteral("lena"),
                    QStringLiteral("SELECT dueline_set_notification_settings(%1, '{\"dnd\":true}')")
                            .arg(id("alice"))),
            QStringLiteral("DL009"));
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     QStringLiteral("SELECT dueline_set_notification_settings(9999, '{}')")),
             QStringLiteral("DL009"));
    QCOMPARE(rows(), before);
}

void TestNotificationSettingsOnServer::directWritesAreRefused()
{
    const QString before = rows();
    const QString alice = QStringLiteral("alice");
    for (const QString &sql :
         {QStringLiteral("INSERT INTO notification_settings (agent_id, settings, updated_at) "
                         "VALUES (%1, '{}', 0)")
                  .arg(id("lena")),
          QStringLiteral("UPDATE notification_settings SET settings = '{\"dnd\":true}'"),
          QStringLiteral("UPDATE notification_settings SET updated_at = 0 WHERE agent_id = %1")
                  .arg(id("alice")),
          QStringLiteral("DELETE FROM notification_settings"),
          QStringLiteral("TRUNCATE notification_settings"),
          QStringLiteral("SELECT dueline_check_notification_settings('{}')"),
          QStringLiteral("ALTER TABLE notification_settings DISABLE TRIGGER ALL"),
          QStringLiteral("DROP FUNCTION dueline_set_notification_settings(BIGINT, TEXT)")}) {
        QCOMPARE(stateOf(alice, sql), QStringLiteral("42501"));
        QCOMPARE(stateOf(QStringLiteral("lena"), sql), QStringLiteral("42501"));
    }
    QCOMPARE(rows(), before);
}

void TestNotificationSettingsOnServer::badSettingsAreRefused_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("reason");
    QTest::newRow("NULL") << QStringLiteral("NULL") << QStringLiteral("NULL");
    QTest::newRow("garbage") << quoted(QStringLiteral("}{ not json")) << QStringLiteral("not JSON");
    QTest::newRow("empty") << quoted(QString()) << QStringLiteral("not JSON");
    QTest::newRow("array") << quoted(QStringLiteral("[]")) << QStringLiteral("expected an object");
    QTest::newRow("number") << quoted(QStringLiteral("42")) << QStringLiteral("expected an object");
    QTest::newRow("huge") << QStringLiteral("'{\"time_zone\":\"' || repeat('a', 20000) || '\"}'")
                          << QStringLiteral("longer than 16384");
    QTest::newRow("huge and garbage")
            << QStringLiteral("repeat('x', 10000000)") << QStringLiteral("longer than 16384");
    QTest::newRow("unknown key") << quoted(QStringLiteral("{\"sql\":\"DROP TABLE agents\"}"))
                                 << QStringLiteral("$.sql: unknown key");
    QTest::newRow("always") << quoted(QStringLiteral("{\"always\":\"yes\"}"))
                            << QStringLiteral("$.always");
    QTest::newRow("dnd") << quoted(QStringLiteral("{\"dnd\":null}")) << QStringLiteral("$.dnd");
    QTest::newRow("zone") << quoted(QStringLiteral("{\"time_zone\":\"x'; DROP TABLE agents; --\"}"))
                          << QStringLiteral("$.time_zone");
    QTest::newRow("scope") << quoted(QStringLiteral("{\"scope\":\"everyone\"}"))
                           << QStringLiteral("$.scope");
    QTest::newRow("hours") << quoted(QStringLiteral("{\"hours\":\"always\"}"))
                           << QStringLiteral("$.hours");
    QString many = QStringLiteral("{\"hours\":[");
    for (int i = 0; i <= NotificationSettings::MaxIntervals; ++i)
        many += QStringLiteral("%1{\"days\":[\"mon\"],\"from\":\"09:00\",\"to\":\"10:00\"}")
                        .arg(i ? QStringLiteral(",") : QString());
    QTest::newRow("51 intervals") << quoted(many + QStringLiteral("]}"))
                                  << QStringLiteral("more than 50");
    const auto interval = [](const char *item) {
        return quoted(QStringLiteral("{\"hours\":[%1]}").arg(QLatin1String(item)));
    };
    QTest::newRow("interval key")
            << interval(R"({"days":["mon"],"from":"09:00","to":"10:00","x":1})")
            << QStringLiteral("$.hours[0]");
    QTest::newRow("interval missing")
            << interval(R"({"days":["mon"],"from":"09:00"})") << QStringLiteral("$.hours[0]");
    QTest::newRow("no days") << interval(R"({"days":[],"from":"09:00","to":"10:00"})")
                             << QStringLiteral("$.hours[0].days");
    QTest::newRow("bad day") << interval(R"({"days":["fri2"],"from":"09:00","to":"10:00"})")
                             << QStringLiteral("$.hours[0].days");
    QTest::newRow("day twice") << interval(R"({"days":["sat","sat"],"from":"09:00","to":"10:00"})")
                               << QStringLiteral("$.hours[0].days");
    QTest::newRow("from") << interval(R"({"days":["mon"],"from":"24:00","to":"10:00"})")
                          << QStringLiteral("$.hours[0].from");
    QTest::newRow("to") << interval(R"({"days":["mon"],"from":"09:00","to":"00:00"})")
                        << QStringLiteral("$.hours[0].to");
}

void TestNotificationSettingsOnServer::badSettingsAreRefused()
{
    QFETCH(QString, argument);
    QFETCH(QString, reason);
    const QString before = rows();
    for (const QString &login : {QStringLiteral("alice"), QStringLiteral("lena")}) {
        QString message;
        QCOMPARE(stateOf(login,
                         QStringLiteral("SELECT dueline_set_notification_settings(NULL, %1)")
                                 .arg(argument),
                         &message),
                 QStringLiteral("DL009"));
        QVERIFY2(message.contains(reason), qPrintable(message));
    }
    QCOMPARE(rows(), before);
}

void TestNotificationSettingsOnServer::loginThatIsNoAgentIsRefused()
{
    const QString before = rows();
    QString message;
    QCOMPARE(stateOf(QStringLiteral("mallory"),
                     QStringLiteral("SELECT dueline_set_notification_settings(NULL, '{}')"),
                     &message),
             QStringLiteral("DL009"));
    QVERIFY2(message.contains(QLatin1String("not a Dueline agent")), qPrintable(message));
    QCOMPARE(stateOf(QStringLiteral("mallory"),
                     QStringLiteral("SELECT dueline_set_notification_settings(%1, '{}')")
                             .arg(id("alice"))),
             QStringLiteral("DL009"));
    QCOMPARE(rows(), before);
}

// The schema owner (or a superuser, as here) is trusted: it names the agent, which must exist.
void TestNotificationSettingsOnServer::ownerWritesAnyRow()
{
    StoreError error;
    NotificationSettingsStore store(*m_admin, m_clock);
    NotificationSettings lead;
    lead.escalateOutsideHours = true;
    QVERIFY2(store.save(id("lena"), lead, &error), qPrintable(error.message));
    QVERIFY(*store.read(id("lena"), &error) == lead);
    QVERIFY(!store.save(9999, lead, &error));
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    QSqlQuery q = m_admin->query();
    QVERIFY(!q.exec(QStringLiteral("SELECT dueline_set_notification_settings(NULL, '{}')")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("DL002"));
}

void TestNotificationSettingsOnServer::everybodyReadsEverybody()
{
    for (const char *login : {"alice", "lena", "mallory"}) {
        StoreError error;
        auto connection = Connection::open(loginUrl(QLatin1String(login)),
                                           Connection::Mode::OpenExisting, &error);
        QVERIFY2(connection, qPrintable(error.message));
        NotificationSettingsStore store(*connection, m_clock);
        const auto all = store.readAll(&error);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(all.size(), 2);
        QVERIFY(all.contains(id("alice")) && all.contains(id("lena")));
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestNotificationSettingsStore test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    TestNotificationSettingsOnServer server;
    failures += QTest::qExec(&server, argc, argv);
    return failures == 0 ? 0 : 1;
}

#include "tst_notificationsettingsstore.moc"
