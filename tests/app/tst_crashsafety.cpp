// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety (issue 9): dueline-cli import and demo are killed with SIGKILL at several moments
// (soon after start, while the write transaction is open and rows are going in), on a SQLite file
// and on a throwaway PostgreSQL database. Afterwards the database opens, passes SQLite's
// integrity check, holds the whole import or none of it (never a part), every ticket has its
// events, and the next normal run works.

#include "models/store/demodata.h"
#include "models/store/exchange.h"
#include "models/store/migrations.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace dueline;
using testsupport::TestDatabase;

namespace {

constexpr const char *Now = "2026-03-02T12:00:00+03:00";
// Big enough that an import or a demo run takes seconds, so that a kill lands while rows are
// being written (the PostgreSQL writer goes row by row through the Qt driver: fewer there).
qint64 importTickets(Engine engine)
{
    return engine == Engine::SQLite ? 20000 : 2500;
}
qint64 demoTickets(Engine engine)
{
    return engine == Engine::SQLite ? 30000 : 2000;
}

struct Run
{
    int code = 0;
    QByteArray out;
    QString err;
};

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DUELINE_DB"));
    return env;
}

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(DUELINE_CLI_PATH), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        qFatal("dueline-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

struct Counts
{
    qint64 agents = -1;
    qint64 customers = -1;
    qint64 tickets = -1;
    qint64 events = -1;
    qint64 ticketsWithoutEvents = -1;
    qint64 eventsWithoutTicket = -1;

    bool empty() const { return agents == 0 && customers == 0 && tickets == 0 && events == 0; }
    bool operator==(const Counts &o) const
    {
        return agents == o.agents && customers == o.customers && tickets == o.tickets &&
               events == o.events;
    }
    QByteArray text() const
    {
        return QStringLiteral("agents %1, customers %2, tickets %3, events %4")
                .arg(agents)
                .arg(customers)
                .arg(tickets)
                .arg(events)
                .toUtf8();
    }
};

qint64 scalar(Connection &connection, const QString &sql)
{
    QSqlQuery q = connection.query();
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(sqlErrorText(q)));
        return -1;
    }
    return q.value(0).toLongLong();
}

Counts countRows(Connection &connection)
{
    Counts c;
    c.agents = scalar(connection, QStringLiteral("SELECT count(*) FROM agents"));
    c.customers = scalar(connection, QStringLiteral("SELECT count(*) FROM customers"));
    c.tickets = scalar(connection, QStringLiteral("SELECT count(*) FROM tickets"));
    c.events = scalar(connection, QStringLiteral("SELECT count(*) FROM events"));
    c.ticketsWithoutEvents =
            scalar(connection, QStringLiteral("SELECT count(*) FROM tickets t WHERE NOT EXISTS "
                                              "(SELECT 1 FROM events e WHERE e.ticket_id = t.id)"));
    c.eventsWithoutTicket = scalar(
            connection, QStringLiteral("SELECT count(*) FROM events e WHERE NOT EXISTS "
                                       "(SELECT 1 FROM tickets t WHERE t.id = e.ticket_id)"));
    return c;
}

// When the child is killed: `afterMs` after it started, or — with `whileWriting` — `afterMs`
// after its write transaction was seen holding the database's write lock (SQLite) or a row
// lock on the events table (PostgreSQL), that is, while rows are going in.
struct KillPlan
{
    int afterMs = 0;
    bool whileWriting = false;
    // SQLite: kill as soon as the write-ahead log reaches this size. The bulk writers keep the
    // transaction's pages in memory, so the log grows when the commit writes them (or when
    // SQLite checkpoints right after it): the kill tears the commit or the checkpoint.
    qint64 walBytes = 0;
};

} // namespace

Q_DECLARE_METATYPE(KillPlan)

class TestCrashSafety : public QObject
{
    Q_OBJECT
public:
    explicit TestCrashSafety(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void killImport_data();
    void killImport();
    void killDemo_data();
    void killDemo();
    void killWhileCreating();

private:
    std::unique_ptr<TestDatabase> initialisedDatabase();
    // Starts dueline-cli, kills it with SIGKILL as planned; whether it was still running then.
    bool runAndKill(const QStringList &arguments, const DatabaseUrl &url, const KillPlan &plan,
                    QString *detail);
    bool writerActive(Connection &probe);
    // Opens the database after a crash and checks it; the counts, or nullopt after a failure.
    std::optional<Counts> checkAfterCrash(const DatabaseUrl &url);

    Engine m_engine;
    CatalogPtr m_catalog;
    QTemporaryDir m_files;
    QString m_csv;
    QString m_json;
    Counts m_importCounts;
};

void TestCrashSafety::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QString text;
    m_catalog = Catalog::loadBuiltIn(&text);
    QVERIFY2(m_catalog, qPrintable(text));
    QVERIFY(m_files.isValid());
    // The import files: a demo database exported as CSV and JSON.
    StoreError error;
    FakeClock clock = FakeClock::at("2026-03-02T09:00:00Z");
    const DatabaseUrl source =
            DatabaseUrl::sqlite(m_files.filePath(QStringLiteral("source.sqlite")));
    auto store =
            TicketStore::open(source, m_catalog, clock, Connection::Mode::CreateIfMissing, &error);
    QVERIFY2(store, qPrintable(error.message));
    QVERIFY2(store->migrate(&error) >= 0, qPrintable(error.message));
    DemoOptions options;
    options.tickets = importTickets(m_engine);
    options.seed = 11;
    QVERIFY2(DemoData::generate(store->connection(), *m_catalog, clock.nowUtc(), options, nullptr,
                                &error),
             qPrintable(error.message));
    m_csv = m_files.filePath(QStringLiteral("big.csv"));
    m_json = m_files.filePath(QStringLiteral("big.json"));
    for (const QString &path : {m_csv, m_json}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ExchangeSummary summary;
        QVERIFY2(Exchange::exportTo(store->connection(), *exchangeFormatForFile(path), &file,
                                    &summary, &error),
                 qPrintable(error.message));
        m_importCounts.agents = summary.agents;
        m_importCounts.customers = summary.customers;
        m_importCounts.tickets = summary.tickets;
        m_importCounts.events = summary.events;
    }
    QCOMPARE(m_importCounts.tickets, importTickets(m_engine));
    qInfo("import files: %lld tickets, %lld events; CSV %lld bytes, JSON %lld bytes",
          m_importCounts.tickets, m_importCounts.events, QFileInfo(m_csv).size(),
          QFileInfo(m_json).size());
}

std::unique_ptr<TestDatabase> TestCrashSafety::initialisedDatabase()
{
    QString text;
    auto database = TestDatabase::create(m_engine, &text);
    if (!database) {
        qWarning("%s", qPrintable(text));
        return nullptr;
    }
    const Run r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"),
                       database->urlText()});
    if (r.code != 0) {
        qWarning("db init: %s", qPrintable(r.err));
        return nullptr;
    }
    return database;
}

bool TestCrashSafety::writerActive(Connection &probe)
{
    if (m_engine == Engine::SQLite) {
        // The child's transaction holds the write lock from its BEGIN IMMEDIATE on.
        QSqlQuery q = probe.query();
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        return true;
    }
    return scalar(probe, QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_class c ON "
                                        "c.oid = l.relation WHERE c.relname = 'events' AND "
                                        "l.mode = 'RowExclusiveLock' AND l.pid <> "
                                        "pg_backend_pid() AND l.database = (SELECT oid FROM "
                                        "pg_database WHERE datname = current_database())")) > 0;
}

bool TestCrashSafety::runAndKill(const QStringList &arguments, const DatabaseUrl &url,
                                 const KillPlan &plan, QString *detail)
{
    std::unique_ptr<Connection> probe;
    if (plan.whileWriting) {
        StoreError error;
        probe = Connection::open(url, Connection::Mode::OpenExisting, &error);
        if (!probe) {
            *detail = error.message;
            return false;
        }
        if (m_engine == Engine::SQLite)
            probe->exec(QStringLiteral("PRAGMA busy_timeout = 0"), nullptr);
    }
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    QElapsedTimer timer;
    process.start(QStringLiteral(DUELINE_CLI_PATH), arguments);
    if (!process.waitForStarted(10000)) {
        *detail = process.errorString();
        return false;
    }
    timer.start();
    if (plan.walBytes > 0) {
        const QString wal = url.path + QStringLiteral("-wal");
        while (QFileInfo(wal).size() < plan.walBytes) {
            if (process.state() == QProcess::NotRunning || timer.elapsed() > 120000) {
                *detail = QStringLiteral("the log never reached %1 bytes: %2")
                                  .arg(plan.walBytes)
                                  .arg(QString::fromUtf8(process.readAllStandardError()));
                return false;
            }
            QThread::usleep(200);
        }
        *detail = QStringLiteral("log at %1 bytes; ").arg(QFileInfo(wal).size());
        timer.restart();
    }
    if (plan.whileWriting) {
        while (!writerActive(*probe)) {
            if (process.state() == QProcess::NotRunning || timer.elapsed() > 120000) {
                *detail = QStringLiteral("no write transaction seen before the end: %1")
                                  .arg(QString::fromUtf8(process.readAllStandardError()));
                return false;
            }
            QThread::msleep(5);
        }
        timer.restart();
    }
    while (timer.elapsed() < plan.afterMs && process.state() != QProcess::NotRunning)
        QThread::msleep(1);
    const bool running = process.state() != QProcess::NotRunning;
    if (running)
        ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(30000);
    *detail += QStringLiteral("%1 after %2 ms%3: exit status %4, stderr \"%5\"")
                       .arg(running ? QStringLiteral("killed") : QStringLiteral("finished"))
                       .arg(plan.afterMs)
                       .arg(plan.whileWriting ? QStringLiteral(" of writing") : QString())
                       .arg(process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crash")
                                                                        : QStringLiteral("normal"))
                       .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
    return running && process.exitStatus() == QProcess::CrashExit;
}

std::optional<Counts> TestCrashSafety::checkAfterCrash(const DatabaseUrl &url)
{
    StoreError error;
    auto connection = Connection::open(url, Connection::Mode::CreateIfMissing, &error);
    if (!connection) {
        qWarning("the database does not open after the crash: %s", qPrintable(error.message));
        return std::nullopt;
    }
    if (!connection->checkIntegrity(true, &error)) {
        qWarning("integrity check: %s", qPrintable(error.message));
        return std::nullopt;
    }
    if (m_engine == Engine::SQLite) {
        // The check itself, as the issue asks: PRAGMA integrity_check says "ok".
        QSqlQuery q = connection->query();
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok")) {
            qWarning("PRAGMA integrity_check: %s", qPrintable(q.value(0).toString()));
            return std::nullopt;
        }
    }
    const int version = Migrations::currentVersion(*connection, &error);
    if (version < 0) {
        qWarning("schema: %s", qPrintable(error.message));
        return std::nullopt;
    }
    if (version == 0) // killed before the schema was committed: a new, empty database
        return Counts{0, 0, 0, 0, 0, 0};
    return countRows(*connection);
}

void TestCrashSafety::killImport_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<KillPlan>("plan");
    QTest::newRow("csv, 50 ms") << false << KillPlan{50, false};
    QTest::newRow("json, 200 ms") << true << KillPlan{200, false};
    QTest::newRow("csv, 800 ms") << false << KillPlan{800, false};
    QTest::newRow("csv, writing + 0 ms") << false << KillPlan{0, true};
    QTest::newRow("csv, writing + 300 ms") << false << KillPlan{300, true};
    QTest::newRow("json, writing + 300 ms") << true << KillPlan{300, true};
    if (m_engine == Engine::SQLite) {
        QTest::newRow("csv, committing (log 1 MiB)") << false << KillPlan{0, false, 1 << 20};
        QTest::newRow("json, committing (log 8 MiB)") << true << KillPlan{0, false, 8 << 20};
    }
}

void TestCrashSafety::killImport()
{
    QFETCH(bool, json);
    QFETCH(KillPlan, plan);
    auto database = initialisedDatabase();
    QVERIFY(database);
    const QString file = json ? m_json : m_csv;
    const QStringList arguments{QStringLiteral("import"), file, QStringLiteral("--db"),
                                database->urlText()};
    QString detail;
    const bool killed = runAndKill(arguments, database->url(), plan, &detail);
    qInfo("%s", qPrintable(detail));
    if (plan.whileWriting || plan.walBytes > 0)
        QVERIFY2(killed, qPrintable(detail)); // the kill landed while rows were going in
    const auto counts = checkAfterCrash(database->url());
    QVERIFY(counts);
    QCOMPARE(counts->ticketsWithoutEvents, 0);
    QCOMPARE(counts->eventsWithoutTicket, 0);
    // All or nothing.
    QVERIFY2(counts->empty() || *counts == m_importCounts, counts->text());
    if (killed && plan.whileWriting)
        QVERIFY2(counts->empty(), counts->text());
    qInfo("after the kill: %s", counts->empty() ? "nothing there" : "the whole import there");
    if (!counts->empty())
        return; // the import had committed before the kill
    // The next import works and brings everything.
    QElapsedTimer timer;
    timer.start();
    const Run r = cli(arguments);
    qInfo("the whole import: %lld ms", timer.elapsed());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto after = checkAfterCrash(database->url());
    QVERIFY(after);
    QVERIFY2(*after == m_importCounts, after->text());
    QCOMPARE(after->ticketsWithoutEvents, 0);
}

void TestCrashSafety::killDemo_data()
{
    QTest::addColumn<KillPlan>("plan");
    QTest::newRow("50 ms") << KillPlan{50, false};
    QTest::newRow("200 ms") << KillPlan{200, false};
    QTest::newRow("800 ms") << KillPlan{800, false};
    QTest::newRow("writing + 200 ms") << KillPlan{200, true};
    if (m_engine == Engine::SQLite)
        QTest::newRow("committing (log 4 MiB)") << KillPlan{0, false, 4 << 20};
}

void TestCrashSafety::killDemo()
{
    QFETCH(KillPlan, plan);
    auto database = initialisedDatabase();
    QVERIFY(database);
    const QStringList arguments{QStringLiteral("demo"),
                                QStringLiteral("--db"),
                                database->urlText(),
                                QStringLiteral("--tickets"),
                                QString::number(demoTickets(m_engine)),
                                QStringLiteral("--seed"),
                                QStringLiteral("5"),
                                QStringLiteral("--now"),
                                QString::fromLatin1(Now)};
    QString detail;
    const bool killed = runAndKill(arguments, database->url(), plan, &detail);
    qInfo("%s", qPrintable(detail));
    if (plan.whileWriting || plan.walBytes > 0)
        QVERIFY2(killed, qPrintable(detail));
    const auto counts = checkAfterCrash(database->url());
    QVERIFY(counts);
    QCOMPARE(counts->ticketsWithoutEvents, 0);
    QCOMPARE(counts->eventsWithoutTicket, 0);
    QVERIFY2(counts->empty() || counts->tickets == demoTickets(m_engine), counts->text());
    if (killed && plan.whileWriting)
        QVERIFY2(counts->empty(), counts->text());
    qInfo("after the kill: %s", counts->empty() ? "nothing there" : "the whole demo there");
    if (!counts->empty())
        return;
    // The database is still empty, so the next demo run works.
    QElapsedTimer timer;
    timer.start();
    const Run r = cli(arguments);
    qInfo("the whole demo run: %lld ms", timer.elapsed());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const auto after = checkAfterCrash(database->url());
    QVERIFY(after);
    QCOMPARE(after->tickets, demoTickets(m_engine));
    QCOMPARE(after->ticketsWithoutEvents, 0);
}

// A kill while the database is being created and its schema written (the import's first run on
// a new database): the next run creates it properly.
void TestCrashSafety::killWhileCreating()
{
    for (int afterMs : {20, 60, 120}) {
        QString text;
        auto database = TestDatabase::create(m_engine, &text);
        QVERIFY2(database, qPrintable(text));
        const QStringList arguments{QStringLiteral("import"), m_csv, QStringLiteral("--db"),
                                    database->urlText()};
        QString detail;
        runAndKill(arguments, database->url(), KillPlan{afterMs, false}, &detail);
        qInfo("%s", qPrintable(detail));
        const auto counts = checkAfterCrash(database->url());
        QVERIFY(counts);
        QVERIFY2(counts->empty() || *counts == m_importCounts, counts->text());
        if (!counts->empty())
            continue;
        const Run r = cli(arguments);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto after = checkAfterCrash(database->url());
        QVERIFY(after);
        QVERIFY2(*after == m_importCounts, after->text());
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestCrashSafety test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}

#include "tst_crashsafety.moc"
