// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket store on both engines: every test function runs once against a temporary SQLite
// file and once against a throwaway PostgreSQL server (tests/support/testdatabase.h).

#include "models/store/changefeed.h"
#include "models/store/migrations.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace dueline;
using testsupport::TestDatabase;

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;

// Which cached phase a live clock state belongs to.
ClockPhase phaseOf(ClockState state)
{
    switch (state) {
    case ClockState::NotApplicable:
        return ClockPhase::NotApplicable;
    case ClockState::Paused:
        return ClockPhase::Paused;
    case ClockState::Met:
        return ClockPhase::Met;
    case ClockState::MetLate:
        return ClockPhase::MetLate;
    default:
        return ClockPhase::Running;
    }
}

// Threads wait here until all have arrived, then go together (one race).
class Barrier
{
public:
    explicit Barrier(int count)
        : m_count(count)
    { }
    void arriveAndWait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        const int generation = m_generation;
        if (++m_arrived == m_count) {
            m_arrived = 0;
            ++m_generation;
            m_wake.notify_all();
            return;
        }
        m_wake.wait(lock, [&] { return generation != m_generation; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    int m_count;
    int m_arrived = 0;
    int m_generation = 0;
};

} // namespace

class TestTicketStore : public QObject
{
    Q_OBJECT
public:
    explicit TestTicketStore(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void urlParsing_data();
    void urlParsing();
    void urlRoundTrip();
    void migrations();
    void openMissingSqliteFile();
    void createAndRead();
    void createRefused();
    void lifecycle();
    void pausesAndRecompute();
    void overrideDue();
    void rowVersionConflict();
    void actionReplay();
    void serverStampsEvents();
    void changeFeed();
    void takeRaces();
    void loadQueueOrder();

private:
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }
    std::unique_ptr<TicketStore> openStore(const FakeClock &clock);
    // Lets time pass: the fake clock on SQLite; on PostgreSQL (server clock) sleeps `realMs`.
    void pass(qint64 seconds, int realMs = 0);
    Action action(qint64 ticketId, qint64 actor, qint64 expectedVersion = 0) const;
    qint64 createTicket(const QString &severity = QStringLiteral("critical"), qint64 customer = 0);
    Ticket current(qint64 id);
    QVector<Event> events(qint64 id);
    // The cached clocks of the ticket equal the clocks derived from its events.
    void verifyCached(qint64 id);

    Engine m_engine;
    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z"); // a Monday
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    qint64 m_agent = 0;
    qint64 m_agent2 = 0;
    qint64 m_lead = 0;
    qint64 m_customer = 0; // vkcs/standard (24×7)
};

void TestTicketStore::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<TicketStore> TestTicketStore::openStore(const FakeClock &clock)
{
    StoreError error;
    auto store = TicketStore::open(m_db->url(), m_catalog, clock, Connection::Mode::CreateIfMissing,
                                   &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

void TestTicketStore::init()
{
    m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    QString error;
    m_db = TestDatabase::create(m_engine, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_store = openStore(m_clock);
    QVERIFY(m_store);
    StoreError storeError;
    QCOMPARE(m_store->migrate(&storeError), Migrations::latestVersion());
    m_agent = m_store->addAgent(
            {0, QStringLiteral("anna"), QStringLiteral("Anna"), Agent::Role::Agent}, &storeError);
    m_agent2 = m_store->addAgent(
            {0, QStringLiteral("boris"), QStringLiteral("Борис"), Agent::Role::Agent}, &storeError);
    m_lead = m_store->addAgent(
            {0, QStringLiteral("lead"), QStringLiteral("李娜"), Agent::Role::Lead}, &storeError);
    QVERIFY2(m_agent > 0 && m_agent2 > 0 && m_lead > 0, qPrintable(storeError.message));
    Customer c;
    c.name = QStringLiteral("Ольга Петрова");
    c.company = QStringLiteral("ООО Ромашка");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = m_store->addCustomer(c, &storeError);
    QVERIFY2(m_customer > 0, qPrintable(storeError.message));
}

void TestTicketStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestTicketStore::pass(qint64 seconds, int realMs)
{
    m_clock.advance(seconds);
    if (isPostgres() && realMs > 0)
        QTest::qSleep(realMs);
}

Action TestTicketStore::action(qint64 ticketId, qint64 actor, qint64 expectedVersion) const
{
    Action a;
    a.actionId = Action::newActionId();
    a.actorId = actor;
    a.ticketId = ticketId;
    a.expectedVersion = expectedVersion;
    return a;
}

qint64 TestTicketStore::createTicket(const QString &severity, qint64 customer)
{
    NewTicket nt;
    nt.customerId = customer ? customer : m_customer;
    nt.subject = QStringLiteral("Виртуальная машина не запускается");
    nt.severity = severity;
    nt.channel = QStringLiteral("email");
    nt.body = QStringLiteral("Since this morning.");
    const ActionResult r = m_store->createTicket(Action::newActionId(), 0, nt);
    if (!r.ok())
        qWarning("createTicket: %s", qPrintable(r.error.message));
    return r.ticket.id;
}

Ticket TestTicketStore::current(qint64 id)
{
    StoreError error;
    const auto t = m_store->ticket(id, &error);
    if (!t)
        qWarning("no ticket %lld: %s", id, qPrintable(error.message));
    return t.value_or(Ticket());
}

QVector<Event> TestTicketStore::events(qint64 id)
{
    StoreError error;
    QVector<Event> list = m_store->events(id, &error);
    if (error)
        qWarning("%s", qPrintable(error.message));
    return list;
}

void TestTicketStore::verifyCached(qint64 id)
{
    const Ticket t = current(id);
    QVERIFY(t.id == id);
    ClockResult response, resolution;
    StoreError error;
    // As of the ticket's last update: a paused clock's cached due is the due if it resumed then.
    QVERIFY2(m_store->evaluate(id, t.updatedAt, &response, &resolution, &error),
             qPrintable(error.message));
    const QPair<const ClockSnapshot *, const ClockResult *> pairs[] = {
            {&t.response, &response}, {&t.resolution, &resolution}};
    for (const auto &pair : pairs) {
        QCOMPARE(clockPhaseKey(pair.first->phase), clockPhaseKey(phaseOf(pair.second->state)));
        if (pair.first->phase == ClockPhase::NotApplicable)
            continue;
        QCOMPARE(pair.first->due, pair.second->due);
        QCOMPARE(pair.first->remainingSeconds, pair.second->remainingSeconds);
    }
    Instant next = InvalidInstant;
    for (const ClockSnapshot *s : {&t.response, &t.resolution}) {
        if (s->phase == ClockPhase::Running && (next == InvalidInstant || s->due < next))
            next = s->due;
    }
    QCOMPARE(t.nextBreach, next);
    QCOMPARE(t.paused,
             response.state == ClockState::Paused || resolution.state == ClockState::Paused);
}

// ---------------------------------------------------------------------------------------------

void TestTicketStore::urlParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("target"); // SQLite path or PostgreSQL database
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("sqlite relative") << "sqlite:d.db" << true << "sqlite"
                                     << ""
                                     << "" << 0 << "d.db"
                                     << "";
    QTest::newRow("sqlite absolute") << "sqlite:/tmp/x/d.sqlite" << true << "sqlite"
                                     << ""
                                     << "" << 0 << "/tmp/x/d.sqlite"
                                     << "";
    QTest::newRow("sqlite triple slash") << "sqlite:///var/d.sqlite" << true << "sqlite"
                                         << ""
                                         << "" << 0 << "/var/d.sqlite"
                                         << "";
    QTest::newRow("sqlite empty") << "sqlite:" << false << ""
                                  << ""
                                  << "" << 0 << ""
                                  << "needs a file";
    QTest::newRow("pg full") << "postgresql://agent@db.example:5433/dueline?sslmode=require" << true
                             << "postgresql"
                             << "agent"
                             << "db.example" << 5433 << "dueline"
                             << "";
    QTest::newRow("pg short scheme") << "postgres://localhost/d" << true << "postgresql"
                                     << ""
                                     << "localhost" << 0 << "d"
                                     << "";
    QTest::newRow("pg socket") << "postgresql://me@%2Fvar%2Frun%2Fpostgresql/d" << true
                               << "postgresql"
                               << "me"
                               << "/var/run/postgresql" << 0 << "d"
                               << "";
    QTest::newRow("pg password") << "postgresql://me:secret@h/d" << false << ""
                                 << ""
                                 << "" << 0 << ""
                                 << "password";
    QTest::newRow("pg password, bad port") << "postgresql://me:secret@h:99999/d" << false << ""
                                           << ""
                                           << "" << 0 << ""
                                           << "";
    QTest::newRow("pg no database") << "postgresql://me@h:5432" << false << ""
                                    << ""
                                    << "" << 0 << ""
                                    << "name the database";
    QTest::newRow("pg bad option") << "postgresql://h/d?password=x" << false << ""
                                   << ""
                                   << "" << 0 << ""
                                   << "unknown connection option";
    QTest::newRow("pg bad port") << "postgresql://h:99999/d" << false << ""
                                 << ""
                                 << "" << 0 << ""
                                 << "";
    QTest::newRow("mysql") << "mysql://h/d" << false << ""
                           << ""
                           << "" << 0 << ""
                           << "not a database URL";
    QTest::newRow("bare path") << "/tmp/d.sqlite" << false << ""
                               << ""
                               << "" << 0 << ""
                               << "not a database URL";
}

void TestTicketStore::urlParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto url = DatabaseUrl::parse(text, &error);
    QCOMPARE(bool(url), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QFETCH(QString, errorPart);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("secret")));
        return;
    }
    QFETCH(QString, engine);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, target);
    QCOMPARE(engineKey(url->engine), engine);
    if (url->engine == Engine::SQLite) {
        QCOMPARE(url->path, target);
    } else {
        QCOMPARE(url->user, user);
        QCOMPARE(url->host, host);
        QCOMPARE(url->port, port);
        QCOMPARE(url->database, target);
    }
}

void TestTicketStore::urlRoundTrip()
{
    QCOMPARE(m_db->url().engine, m_engine);
    QString error;
    const auto again = DatabaseUrl::parse(m_db->urlText(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toString(), m_db->urlText());
    const auto options = DatabaseUrl::parse(
            QStringLiteral("postgresql://u@%2Ftmp%2Fs:6000/db?sslmode=disable"), &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->toString(),
             QStringLiteral("postgresql://u@%2Ftmp%2Fs:6000/db?sslmode=disable"));
}

void TestTicketStore::migrations()
{
    // init() migrated a fresh database; a second run changes nothing.
    StoreError error;
    QCOMPARE(Migrations::currentVersion(m_store->connection(), &error),
             Migrations::latestVersion());
    QCOMPARE(m_store->migrate(&error), 0);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY2(m_store->checkSchema(&error), qPrintable(error.message));
    const qint64 id = createTicket();
    QVERIFY(id > 0);
    QCOMPARE(m_store->migrate(&error), 0);
    QCOMPARE(m_store->ticketCount(&error), 1);

    // A second client sees the schema as current.
    FakeClock clock2 = m_clock;
    auto second = openStore(clock2);
    QVERIFY(second);
    QVERIFY2(second->checkSchema(&error), qPrintable(error.message));

    // The event log is append-only.
    QVERIFY(!m_store->connection().exec(QStringLiteral("UPDATE events SET body = 'x'"), &error));
    QVERIFY(!m_store->connection().exec(QStringLiteral("DELETE FROM events"), &error));
    QCOMPARE(events(id).size(), 1);

    // A database from a newer Dueline is refused.
    QVERIFY(m_store->connection().exec(
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES "
                           "(999, 'future', 0)"),
            &error));
    error = {};
    QVERIFY(!m_store->checkSchema(&error));
    QCOMPARE(error.kind, StoreError::Kind::Schema);
    QVERIFY2(error.message.contains(QLatin1String("newer Dueline")), qPrintable(error.message));
    error = {};
    QCOMPARE(m_store->migrate(&error), -1);
    QCOMPARE(error.kind, StoreError::Kind::Schema);

    // An empty database has no schema.
    QString dbError;
    auto empty = TestDatabase::create(m_engine, &dbError);
    QVERIFY2(empty, qPrintable(dbError));
    auto emptyStore = TicketStore::open(empty->url(), m_catalog, m_clock,
                                        Connection::Mode::CreateIfMissing, &error);
    QVERIFY(emptyStore);
    QCOMPARE(Migrations::currentVersion(emptyStore->connection(), &error), 0);
    QVERIFY(!emptyStore->checkSchema(&error));
    QVERIFY2(error.message.contains(QLatin1String("db init")), qPrintable(error.message));

    QVERIFY(Migrations::splitStatements(QStringLiteral("SELECT 1;\n-- c\nSELECT 2;\n")).size() ==
            2);
}

void TestTicketStore::openMissingSqliteFile()
{
    if (isPostgres()) {
        // An unreachable server: a clear connection error naming the URL.
        DatabaseUrl url = m_db->url();
        url.database = QStringLiteral("no_such_database");
        StoreError error;
        QVERIFY(!Connection::open(url, Connection::Mode::OpenExisting, &error));
        QCOMPARE(error.kind, StoreError::Kind::Connection);
        QVERIFY2(error.message.contains(QLatin1String("no_such_database")),
                 qPrintable(error.message));
        return;
    }
    StoreError error;
    const DatabaseUrl url = DatabaseUrl::sqlite(m_db->tempPath(QStringLiteral("missing.sqlite")));
    QVERIFY(!Connection::open(url, Connection::Mode::OpenExisting, &error));
    QCOMPARE(error.kind, StoreError::Kind::Schema);
    QVERIFY(!QFile::exists(url.path));
    // Not a database.
    QFile junk(m_db->tempPath(QStringLiteral("junk.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    error = {};
    QVERIFY(!Connection::open(DatabaseUrl::sqlite(junk.fileName()), Connection::Mode::OpenExisting,
                              &error));
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    // WAL mode and foreign keys are on.
    QSqlQuery q = m_store->connection().query();
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestTicketStore::createAndRead()
{
    const qint64 id = createTicket();
    QVERIFY(id > 0);
    const Ticket t = current(id);
    QCOMPARE(t.status, TicketStatus::New);
    QCOMPARE(t.planId, QStringLiteral("vkcs/standard"));
    QCOMPARE(t.severity, QStringLiteral("critical"));
    QCOMPARE(t.subject, QStringLiteral("Виртуальная машина не запускается"));
    QCOMPARE(t.rowVersion, 1);
    QCOMPARE(t.response.phase, ClockPhase::Running);
    QCOMPARE(t.resolution.phase, ClockPhase::Running);
    // vkcs/standard, 24×7: response 1 h, critical resolution 2 h.
    QCOMPARE(t.response.due, t.createdAt + Hour);
    QCOMPARE(t.resolution.due, t.createdAt + 2 * Hour);
    QCOMPARE(t.nextBreach, t.createdAt + Hour);
    const QVector<Event> list = events(id);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().kind, EventKind::Created);
    QCOMPARE(list.first().at, t.createdAt);
    QCOMPARE(list.first().body, QStringLiteral("Since this morning."));
    verifyCached(id);

    StoreError error;
    QCOMPARE(m_store->ticketCount(&error), 1);
    QVERIFY(!m_store->ticket(id + 100, &error));
    QVERIFY(!error);
    const auto customer = m_store->customer(m_customer, &error);
    QVERIFY(customer);
    QCOMPARE(customer->name, QStringLiteral("Ольга Петрова"));
    QCOMPARE(customer->timeZone, QByteArray("Europe/Moscow"));
    QCOMPARE(m_store->agents(&error).size(), 3);
    QCOMPARE(m_store->agentByLogin(QStringLiteral("lead"), &error)->role, Agent::Role::Lead);
}

void TestTicketStore::createRefused()
{
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = QStringLiteral("x");
    nt.severity = QStringLiteral("urgent");
    nt.channel = QStringLiteral("email");
    ActionResult r = m_store->createTicket(Action::newActionId(), 0, nt);
    QCOMPARE(r.error.kind, StoreError::Kind::Invalid);
    QVERIFY2(r.error.message.contains(QLatin1String("urgent")), qPrintable(r.error.message));
    nt.severity = QStringLiteral("low");
    nt.channel = QStringLiteral("pigeon");
    r = m_store->createTicket(Action::newActionId(), 0, nt);
    QCOMPARE(r.error.kind, StoreError::Kind::Invalid);
    QVERIFY2(r.error.message.contains(QLatin1String("pigeon")), qPrintable(r.error.message));
    nt.channel = QStringLiteral("email");
    nt.customerId = 999;
    r = m_store->createTicket(Action::newActionId(), 0, nt);
    QCOMPARE(r.error.kind, StoreError::Kind::NotFound);
    nt.customerId = m_customer;
    r = m_store->createTicket(QString(), 0, nt);
    QCOMPARE(r.error.kind, StoreError::Kind::Invalid);
    StoreError error;
    QCOMPARE(m_store->ticketCount(&error), 0);
    Customer bad;
    bad.name = QStringLiteral("X");
    bad.planId = QStringLiteral("acme/gold");
    QCOMPARE(m_store->addCustomer(bad, &error), 0);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QCOMPARE(m_store->addAgent({0, QStringLiteral("two words"), {}, Agent::Role::Agent}, &error),
             0);
    error = {};
    QCOMPARE(m_store->addAgent({0, QStringLiteral("anna"), {}, Agent::Role::Agent}, &error), 0);
    QVERIFY(error);
}

void TestTicketStore::lifecycle()
{
    const qint64 id = createTicket(QStringLiteral("high"));
    QVERIFY(id > 0);

    pass(5 * Minute);
    ActionResult r = m_store->take(action(id, m_agent, 1));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.assigneeId, m_agent);
    QCOMPARE(r.ticket.status, TicketStatus::Open);
    QCOMPARE(r.ticket.rowVersion, 2);
    QCOMPARE(r.event.kind, EventKind::Assigned);
    verifyCached(id);

    pass(5 * Minute);
    r = m_store->note(action(id, m_agent, 2), QStringLiteral("Checking the hypervisor."));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.response.phase, ClockPhase::Running); // a note is not a reply
    verifyCached(id);
    QCOMPARE(m_store->note(action(id, m_agent), QStringLiteral("  ")).error.kind,
             StoreError::Kind::Invalid);

    pass(10 * Minute);
    r = m_store->reply(action(id, m_agent, 3), QStringLiteral("We are on it."));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.response.phase, ClockPhase::Met);
    QCOMPARE(r.ticket.firstReplyAt, r.event.at);
    QCOMPARE(r.ticket.nextBreach, r.ticket.resolution.due);
    verifyCached(id);

    r = m_store->assign(action(id, m_agent, 4), m_agent2);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.assigneeId, m_agent2);
    QCOMPARE(m_store->assign(action(id, m_agent), 4242).error.kind, StoreError::Kind::NotFound);

    pass(Hour);
    r = m_store->resolve(action(id, m_agent2), QStringLiteral("Restarted the host."));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.status, TicketStatus::Resolved);
    QCOMPARE(r.ticket.resolution.phase, ClockPhase::Met);
    QCOMPARE(r.ticket.resolvedAt, r.event.at);
    QCOMPARE(r.ticket.nextBreach, InvalidInstant);
    verifyCached(id);
    QCOMPARE(m_store->resolve(action(id, m_agent2)).error.kind, StoreError::Kind::Invalid);
    QCOMPARE(m_store->resume(action(id, m_agent2)).error.kind, StoreError::Kind::Invalid);

    pass(Hour);
    r = m_store->reopen(action(id, m_agent2), QStringLiteral("Down again."));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.status, TicketStatus::Open);
    QCOMPARE(r.ticket.resolution.phase, ClockPhase::Running);
    QCOMPARE(r.ticket.resolvedAt, InvalidInstant);
    verifyCached(id);
    {
        // Time spent resolved does not count: the due moved by exactly that time (24×7).
        const QVector<Event> list = events(id);
        const Instant created = list.first().at;
        Instant resolvedAt = 0, reopenedAt = 0;
        for (const Event &e : list) {
            if (e.kind == EventKind::Resolved)
                resolvedAt = e.at;
            if (e.kind == EventKind::Reopened)
                reopenedAt = e.at;
        }
        // vkcs high: resolution 8 h.
        QCOMPARE(r.ticket.resolution.due, created + 8 * Hour + (reopenedAt - resolvedAt));
    }

    pass(Hour);
    QVERIFY(m_store->resolve(action(id, m_agent2)).ok());
    QCOMPARE(m_store->reopen(action(id, m_agent), {}).ticket.status, TicketStatus::Open);
    QVERIFY(m_store->resolve(action(id, m_agent2)).ok());
    r = m_store->close(action(id, m_agent2));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.status, TicketStatus::Closed);
    verifyCached(id);
    // A closed ticket takes only notes.
    r = m_store->reopen(action(id, m_agent2));
    QCOMPARE(r.error.kind, StoreError::Kind::Invalid);
    QVERIFY2(r.error.message.contains(QLatin1String("closed")), qPrintable(r.error.message));
    QVERIFY(m_store->note(action(id, m_agent2), QStringLiteral("Post-mortem filed.")).ok());

    const QVector<Event> list = events(id);
    QStringList kinds;
    for (const Event &e : list)
        kinds.append(eventKindKey(e.kind));
    QCOMPARE(kinds.join(QLatin1Char(' ')),
             QStringLiteral("created assigned note replied assigned resolved reopened resolved "
                            "reopened resolved status note"));
    for (int i = 0; i < list.size(); ++i) {
        QCOMPARE(list[i].seq, i + 1);
        if (i > 0)
            QVERIFY(list[i].at >= list[i - 1].at);
    }
    QCOMPARE(current(id).rowVersion, qint64(list.size()));
}

void TestTicketStore::pausesAndRecompute()
{
    const qint64 id = createTicket(QStringLiteral("critical"));
    QVERIFY(id > 0);
    pass(10 * Minute);
    QVERIFY(m_store->reply(action(id, m_agent), QStringLiteral("Looking.")).ok());
    pass(10 * Minute, 1100);
    ActionResult r = m_store->replyAndWait(action(id, m_agent), QStringLiteral("Logs?"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.status, TicketStatus::WaitingCustomer);
    QVERIFY(r.ticket.paused);
    QCOMPARE(r.ticket.resolution.phase, ClockPhase::Paused);
    QCOMPARE(r.ticket.nextBreach, InvalidInstant);
    const qint64 frozen = r.ticket.resolution.remainingSeconds;
    QVERIFY(frozen > 0);
    verifyCached(id);
    QCOMPARE(m_store->replyAndWait(action(id, m_agent), QStringLiteral("Logs??")).error.kind,
             StoreError::Kind::Invalid);

    pass(30 * Minute, 1100);
    // Nothing moves while paused: a note keeps the remaining time.
    r = m_store->note(action(id, m_agent), QStringLiteral("Still waiting."));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.resolution.remainingSeconds, frozen);
    verifyCached(id);

    r = m_store->resume(action(id, m_agent), QStringLiteral("Logs attached."));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.status, TicketStatus::Open);
    QVERIFY(!r.ticket.paused);
    QCOMPARE(r.ticket.resolution.phase, ClockPhase::Running);
    verifyCached(id);
    const QVector<Event> list = events(id);
    const Instant created = list.first().at;
    Instant waitAt = 0, resumeAt = 0;
    for (const Event &e : list) {
        if (e.kind == EventKind::Status && e.status == TicketStatus::WaitingCustomer)
            waitAt = e.at;
        if (e.kind == EventKind::Status && e.status == TicketStatus::Open)
            resumeAt = e.at;
    }
    const qint64 paused = resumeAt - waitAt;
    QVERIFY(paused > 0);
    if (!isPostgres())
        QCOMPARE(paused, 30 * Minute);
    QCOMPARE(r.ticket.resolution.due, created + 2 * Hour + paused);
    QCOMPARE(r.ticket.resolution.remainingSeconds, frozen);

    // Severity change: targets from the start, paused time kept, logged.
    pass(5 * Minute);
    QCOMPARE(m_store->changeSeverity(action(id, m_agent), QStringLiteral("critical")).error.kind,
             StoreError::Kind::Invalid);
    QCOMPARE(m_store->changeSeverity(action(id, m_agent), QStringLiteral("blocker")).error.kind,
             StoreError::Kind::Invalid);
    r = m_store->changeSeverity(action(id, m_agent), QStringLiteral("low"),
                                QStringLiteral("Workaround found."));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.severity, QStringLiteral("low"));
    QCOMPARE(r.event.kind, EventKind::Severity);
    QCOMPARE(r.event.body, QStringLiteral("Workaround found."));
    QCOMPARE(r.ticket.resolution.due, created + 48 * Hour + paused);
    QCOMPARE(r.ticket.resolution.requiredSeconds, 48 * Hour);
    QCOMPARE(r.ticket.response.phase, ClockPhase::Met);
    verifyCached(id);

    // Plan change: tencent/business has response targets only.
    QCOMPARE(
            m_store->changePlan(action(id, m_agent), QStringLiteral("tencent/business")).error.kind,
            StoreError::Kind::Invalid); // "low" is not a tencent severity
    r = m_store->changePlan(action(id, m_agent), QStringLiteral("tencent/business"),
                            QStringLiteral("down"), QStringLiteral("Moved to Tencent."));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.planId, QStringLiteral("tencent/business"));
    QCOMPARE(r.ticket.severity, QStringLiteral("down"));
    QCOMPARE(r.ticket.resolution.phase, ClockPhase::NotApplicable);
    QCOMPARE(r.ticket.response.phase, ClockPhase::Met); // down: 30 min, replied after 10
    QCOMPARE(r.ticket.response.due, created + 30 * Minute);
    verifyCached(id);
    // Back to vkcs: the paused time still counts.
    r = m_store->changePlan(action(id, m_agent), QStringLiteral("vkcs/standard"),
                            QStringLiteral("medium"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.resolution.due, created + 12 * Hour + paused);
    verifyCached(id);
    QCOMPARE(events(id).last().kind, EventKind::Plan);
}

void TestTicketStore::overrideDue()
{
    const qint64 id = createTicket(QStringLiteral("medium"));
    QVERIFY(id > 0);
    const Ticket before = current(id);
    const Instant due = before.createdAt + 3 * Hour;

    ActionResult r = m_store->overrideDue(action(id, m_agent), TargetKind::Resolution, due,
                                          QStringLiteral("Customer agreed."));
    QCOMPARE(r.error.kind, StoreError::Kind::Forbidden);
    QVERIFY2(r.error.message.contains(QLatin1String("anna")), qPrintable(r.error.message));
    r = m_store->overrideDue(action(id, m_lead), TargetKind::Resolution, due, QString());
    QCOMPARE(r.error.kind, StoreError::Kind::Invalid);
    QVERIFY2(r.error.message.contains(QLatin1String("reason")), qPrintable(r.error.message));
    QCOMPARE(current(id).rowVersion, before.rowVersion);
    QCOMPARE(events(id).size(), 1);

    r = m_store->overrideDue(action(id, m_lead), TargetKind::Resolution, due,
                             QStringLiteral("Customer agreed."));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.resolution.due, due);
    QVERIFY(r.ticket.resolution.overridden);
    QVERIFY(!r.ticket.response.overridden);
    QCOMPARE(r.event.kind, EventKind::DueOverride);
    QCOMPARE(r.event.target, TargetKind::Resolution);
    QCOMPARE(r.event.due, due);
    verifyCached(id);
    const Event stored = events(id).last();
    QCOMPARE(stored.due, due);
    QCOMPARE(stored.target, TargetKind::Resolution);
    QCOMPARE(stored.actorId, m_lead);

    // An override is an absolute deadline: a pause does not move it.
    pass(10 * Minute, 1100);
    QVERIFY(m_store->replyAndWait(action(id, m_agent), QStringLiteral("Logs?")).ok());
    pass(10 * Minute, 1100);
    r = m_store->resume(action(id, m_agent));
    QVERIFY(r.ok());
    QCOMPARE(r.ticket.resolution.due, due);
    verifyCached(id);
}

void TestTicketStore::rowVersionConflict()
{
    const qint64 id = createTicket();
    QVERIFY(id > 0);
    FakeClock clockB = m_clock;
    auto storeB = openStore(clockB);
    QVERIFY(storeB);
    StoreError error;
    const auto seenByA = m_store->ticket(id, &error);
    const auto seenByB = storeB->ticket(id, &error);
    QVERIFY(seenByA && seenByB);
    QCOMPARE(seenByA->rowVersion, seenByB->rowVersion);

    ActionResult a = m_store->take(action(id, m_agent, seenByA->rowVersion));
    QVERIFY2(a.ok(), qPrintable(a.error.message));
    ActionResult b = storeB->take(action(id, m_agent2, seenByB->rowVersion));
    QCOMPARE(b.error.kind, StoreError::Kind::Conflict);
    QVERIFY2(b.error.message.contains(QStringLiteral("#%1").arg(id)) &&
                     b.error.message.contains(QLatin1String("changed by someone else")),
             qPrintable(b.error.message));
    QVERIFY(!b.error.message.contains(QLatin1Char('\n')));
    QCOMPARE(storeErrorKindKey(b.error.kind), QStringLiteral("conflict"));
    // Nothing was overwritten.
    const Ticket after = current(id);
    QCOMPARE(after.assigneeId, m_agent);
    QCOMPARE(after.rowVersion, seenByA->rowVersion + 1);
    QCOMPARE(events(id).size(), 2);
    // With the new version, B's change goes through.
    b = storeB->assign(action(id, m_agent2, after.rowVersion), m_agent2);
    QVERIFY2(b.ok(), qPrintable(b.error.message));
    QCOMPARE(current(id).assigneeId, m_agent2);
    // A stale version on any action is refused too.
    QCOMPARE(m_store->reply(action(id, m_agent, after.rowVersion), QStringLiteral("hi")).error.kind,
             StoreError::Kind::Conflict);
    QCOMPARE(m_store->reply(action(9999, m_agent), QStringLiteral("hi")).error.kind,
             StoreError::Kind::NotFound);
}

void TestTicketStore::actionReplay()
{
    // Creating twice with one action id makes one ticket.
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = QStringLiteral("Disk full");
    nt.severity = QStringLiteral("low");
    nt.channel = QStringLiteral("email");
    const QString createId = Action::newActionId();
    const ActionResult first = m_store->createTicket(createId, m_agent, nt);
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QVERIFY(!first.replayed);
    const ActionResult again = m_store->createTicket(createId, m_agent, nt);
    QVERIFY2(again.ok(), qPrintable(again.error.message));
    QVERIFY(again.replayed);
    QCOMPARE(again.ticket.id, first.ticket.id);
    StoreError error;
    QCOMPARE(m_store->ticketCount(&error), 1);

    const qint64 id = first.ticket.id;
    Action reply = action(id, m_agent, 1);
    ActionResult r1 = m_store->reply(reply, QStringLiteral("Cleaning up."));
    QVERIFY2(r1.ok(), qPrintable(r1.error.message));
    QVERIFY(!r1.replayed);
    // The retry (same id, same stale version after a lost connection) is applied once and
    // answers with the original event.
    pass(Minute);
    FakeClock clockB = m_clock;
    auto storeB = openStore(clockB);
    QVERIFY(storeB);
    ActionResult r2 = storeB->reply(reply, QStringLiteral("Cleaning up."));
    QVERIFY2(r2.ok(), qPrintable(r2.error.message));
    QVERIFY(r2.replayed);
    QCOMPARE(r2.event.seq, r1.event.seq);
    QCOMPARE(r2.event.at, r1.event.at);
    QCOMPARE(r2.ticket.rowVersion, r1.ticket.rowVersion);
    QCOMPARE(events(id).size(), 2);
    QCOMPARE(current(id).rowVersion, 2);

    // An action id belongs to one ticket.
    const qint64 other = createTicket();
    Action misuse = reply;
    misuse.ticketId = other;
    const ActionResult r3 = m_store->note(misuse, QStringLiteral("x"));
    QCOMPARE(r3.error.kind, StoreError::Kind::Invalid);
    QCOMPARE(events(other).size(), 1);
    QVERIFY(!Action::newActionId().isEmpty());
    QVERIFY(Action::newActionId() != Action::newActionId());
}

void TestTicketStore::serverStampsEvents()
{
    // The client's clock is years off.
    FakeClock skewed = FakeClock::at("2001-01-01T00:00:00Z");
    auto store = openStore(skewed);
    QVERIFY(store);
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = QStringLiteral("Clock test");
    nt.severity = QStringLiteral("low");
    nt.channel = QStringLiteral("email");
    const ActionResult r = store->createTicket(Action::newActionId(), m_agent, nt);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const ActionResult reply =
            store->reply(action(r.ticket.id, m_agent), QStringLiteral("Answer."));
    QVERIFY2(reply.ok(), qPrintable(reply.error.message));
    const qint64 realNow = QDateTime::currentSecsSinceEpoch();
    if (isPostgres()) {
        // The server's clock, not the client's.
        QVERIFY2(qAbs(r.event.at - realNow) < 300, qPrintable(QString::number(r.event.at)));
        QVERIFY(qAbs(reply.event.at - realNow) < 300);
        QVERIFY(qAbs(store->serverClockOffset() - (realNow - skewed.nowUtc())) < 300);
        QVERIFY(qAbs(store->now() - realNow) < 300);
    } else {
        QCOMPARE(r.event.at, skewed.nowUtc());
        QCOMPARE(reply.event.at, skewed.nowUtc());
        QCOMPARE(store->serverClockOffset(), 0);
        QCOMPARE(store->now(), skewed.nowUtc());
    }
    QCOMPARE(events(r.ticket.id).first().at, r.event.at);
}

void TestTicketStore::changeFeed()
{
    const qint64 before = createTicket();
    QVERIFY(before > 0);
    auto feed = ChangeFeed::create(m_db->url());
    feed->setInterval(50);
    StoreError error;
    QVERIFY2(feed->start(&error), qPrintable(error.message));
    QVERIFY(feed->isRunning());
    QSignalSpy changed(feed.get(), &ChangeFeed::ticketsChanged);

    // Client B writes; the feed (its own connection) tells which tickets changed.
    FakeClock clockB = m_clock;
    auto storeB = openStore(clockB);
    QVERIFY(storeB);
    QVERIFY(storeB->take(action(before, m_agent)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
    QVector<qint64> seen;
    auto collect = [&] {
        for (const QList<QVariant> &signal : std::as_const(changed))
            seen += signal.first().value<QVector<qint64>>();
        changed.clear();
    };
    collect();
    QCOMPARE(seen, QVector<qint64>{before});

    seen.clear();
    const qint64 id2 = [&] {
        NewTicket nt;
        nt.customerId = m_customer;
        nt.subject = QStringLiteral("Second");
        nt.severity = QStringLiteral("low");
        nt.channel = QStringLiteral("email");
        return storeB->createTicket(Action::newActionId(), 0, nt).ticket.id;
    }();
    QVERIFY(id2 > 0);
    QVERIFY(storeB->reply(action(before, m_agent), QStringLiteral("x")).ok());
    QTRY_VERIFY_WITH_TIMEOUT((collect(), seen.contains(id2) && seen.contains(before)), 5000);
    // A refused action changes nothing and is not reported.
    seen.clear();
    QCOMPARE(storeB->resume(action(before, m_agent)).error.kind, StoreError::Kind::Invalid);
    QTest::qWait(300);
    collect();
    QVERIFY(seen.isEmpty());
    feed->stop();
    QVERIFY(!feed->isRunning());
}

void TestTicketStore::takeRaces()
{
    // Clients race to take the same ticket with the version they saw: one wins each time. A
    // loser either finds the version moved (conflict) or, on PostgreSQL, finds the winner still
    // holding the ticket and is told at once that it is busy (never waits).
    constexpr int Clients = 4;
    const int races = isPostgres() ? 100 : 25;
    QVector<qint64> tickets;
    for (int i = 0; i < races; ++i)
        tickets.append(createTicket(QStringLiteral("low")));
    QVERIFY(!tickets.contains(0));
    QVector<qint64> clientAgents;
    StoreError error;
    for (int c = 0; c < Clients; ++c)
        clientAgents.append(m_store->addAgent(
                {0, QStringLiteral("racer%1").arg(c), QStringLiteral("Racer"), Agent::Role::Agent},
                &error));
    QVERIFY(!clientAgents.contains(0));

    Barrier barrier(Clients);
    std::atomic<int> wins[128] = {};
    std::atomic<int> conflicts{0};
    std::atomic<int> busy{0};
    std::atomic<int> otherErrors{0};
    std::vector<std::thread> threads;
    threads.reserve(Clients);
    const DatabaseUrl url = m_db->url();
    const CatalogPtr catalog = m_catalog;
    for (int c = 0; c < Clients; ++c) {
        threads.emplace_back([&, c] {
            FakeClock clock = m_clock;
            StoreError openError;
            auto store = TicketStore::open(url, catalog, clock, Connection::Mode::OpenExisting,
                                           &openError);
            for (int i = 0; i < races; ++i) {
                barrier.arriveAndWait();
                if (!store) {
                    ++otherErrors;
                    continue;
                }
                Action a;
                a.actionId = Action::newActionId();
                a.actorId = clientAgents[c];
                a.ticketId = tickets[i];
                a.expectedVersion = 1;
                const ActionResult r = store->take(a);
                if (r.ok())
                    ++wins[i];
                else if (r.error.kind == StoreError::Kind::Conflict)
                    ++conflicts;
                else if (r.error.kind == StoreError::Kind::Busy && isPostgres() &&
                         r.error.message.contains(QLatin1String("is busy")))
                    ++busy;
                else
                    ++otherErrors;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(otherErrors.load(), 0);
    for (int i = 0; i < races; ++i)
        QCOMPARE(wins[i].load(), 1);
    qInfo("%d races: %d conflicts, %d busy", races, conflicts.load(), busy.load());
    QCOMPARE(conflicts.load() + busy.load(), races * (Clients - 1));
    for (int i = 0; i < races; ++i) {
        const Ticket t = current(tickets[i]);
        QCOMPARE(t.rowVersion, 2);
        QVERIFY(clientAgents.contains(t.assigneeId));
        QCOMPARE(events(tickets[i]).size(), 2);
    }
}

void TestTicketStore::loadQueueOrder()
{
    Customer c;
    c.name = QStringLiteral("王伟");
    c.planId = QStringLiteral("alibaba/basic"); // no commitment at all
    c.timeZone = "Asia/Shanghai";
    c.language = QStringLiteral("zh_CN");
    StoreError error;
    const qint64 noSla = m_store->addCustomer(c, &error);
    QVERIFY(noSla > 0);

    const qint64 low = createTicket(QStringLiteral("low")); // response due +1 h
    pass(Minute, 1100);
    const qint64 critical = createTicket(QStringLiteral("critical")); // response +1 h, later
    NewTicket nt;
    nt.customerId = noSla;
    nt.subject = QStringLiteral("咨询");
    nt.severity = QStringLiteral("consult");
    const Plan *basic = m_catalog->plan(QStringLiteral("alibaba/basic"));
    QVERIFY(basic);
    nt.channel = basic->firstOfferedChannel();
    const ActionResult none = m_store->createTicket(Action::newActionId(), 0, nt);
    QVERIFY2(none.ok(), qPrintable(none.error.message));
    const qint64 waiting = createTicket(QStringLiteral("medium"));
    QVERIFY(m_store->reply(action(waiting, m_agent), QStringLiteral("?")).ok());
    QVERIFY(m_store->replyAndWait(action(waiting, m_agent), QStringLiteral("?"))
                    .ok()); // paused: no running clock
    const qint64 replied = createTicket(QStringLiteral("medium")); // resolution only: +12 h
    QVERIFY(m_store->reply(action(replied, m_agent), QStringLiteral("ok")).ok());
    const qint64 done = createTicket(QStringLiteral("low"));
    QVERIFY(m_store->resolve(action(done, m_agent)).ok());

    const std::vector<QueueRow> rows = m_store->loadQueue(&error);
    QVERIFY2(!error, qPrintable(error.message));
    QVector<qint64> ids;
    for (const QueueRow &r : rows)
        ids.append(r.id);
    // By next breach; tickets without a running clock last, by id.
    const QVector<qint64> expected{low, critical, replied, none.ticket.id, waiting};
    QCOMPARE(ids, expected);
    QCOMPARE(rows[0].planId, QStringLiteral("vkcs/standard"));
    QCOMPARE(rows[0].severity, QStringLiteral("low"));
    QCOMPARE(rows[0].nextBreach, current(low).nextBreach);
    QCOMPARE(rows[2].resolution.phase, ClockPhase::Running);
    QCOMPARE(rows[2].response.phase, ClockPhase::Met);
    QCOMPARE(rows[4].status, TicketStatus::WaitingCustomer);
    QVERIFY(rows[4].paused);
    QCOMPARE(rows[3].nextBreach, InvalidInstant);
    QCOMPARE(rows[3].response.phase, ClockPhase::NotApplicable);
    for (const QueueRow &r : rows) {
        const Ticket t = current(r.id);
        QCOMPARE(r.response, t.response);
        QCOMPARE(r.resolution, t.resolution);
        QCOMPARE(r.subject, t.subject);
        QCOMPARE(r.customerId, t.customerId);
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestTicketStore test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}

#include "tst_ticketstore.moc"
