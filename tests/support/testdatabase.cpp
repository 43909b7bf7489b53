// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testdatabase.h"

#include "models/store/migrations.h"
#include "models/store/roles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVersionNumber>

#include <arpa/inet.h>
#include <cstdlib>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using dueline::DatabaseUrl;
using dueline::Engine;

namespace testsupport {

namespace {

PostgresServer *g_server = nullptr;

// Runs `program arguments` (as the postgres user when asked) in `workDir`; false and *error with
// its output when it fails.
bool runTool(bool asPostgresUser, const QString &program, const QStringList &arguments,
             const QString &workDir, QString *error, int timeoutMs = 120000)
{
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (asPostgresUser)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                              arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        *error = QStringLiteral("%1 did not finish in %2 s").arg(program).arg(timeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3")
                         .arg(program)
                         .arg(process.exitCode())
                         .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

int freeLoopbackPort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

QString PostgresServer::findBinDir()
{
    const QDir base(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &entry : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = base.filePath(entry) + QStringLiteral("/bin");
        if (!QFile::exists(bin + QStringLiteral("/initdb")) ||
            !QFile::exists(bin + QStringLiteral("/pg_ctl")))
            continue;
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (best.isEmpty() || version > bestVersion) {
            best = bin;
            bestVersion = version;
        }
    }
    return best;
}

PostgresServer *PostgresServer::instance(QString *error)
{
    static QString startError;
    static bool tried = false;
    if (!tried) {
        tried = true;
        auto *server = new PostgresServer;
        if (server->start(&startError)) {
            g_server = server;
            std::atexit(&PostgresServer::stopAtExit);
        } else {
            server->stop();
            delete server;
        }
    }
    if (!g_server && error)
        *error = startError;
    return g_server;
}

bool PostgresServer::start(QString *error)
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        *error = QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) not found under "
                                "/usr/lib/postgresql/*/bin: install the \"postgresql\" package");
        return false;
    }
    QByteArray pattern = QDir::tempPath().toLocal8Bit() + "/dueline-pg-XXXXXX";
    if (!mkdtemp(pattern.data())) {
        *error = QStringLiteral("cannot create a temporary folder for PostgreSQL");
        return false;
    }
    m_root = QString::fromLocal8Bit(pattern);
    m_asPostgresUser = geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *pw = getpwnam("postgres");
        if (!pw) {
            *error = QStringLiteral("running as root but there is no \"postgres\" user to run "
                                    "PostgreSQL as");
            return false;
        }
        if (chown(pattern.constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_root);
            return false;
        }
    }
    if (!runTool(m_asPostgresUser, m_binDir + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                  QStringLiteral("--no-sync")},
                 m_root, error))
        return false;
    // A port can be taken between probing and binding: try a few.
    QString lastError;
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port == 0)
            continue;
        const QString options = serverOptions();
        if (runTool(m_asPostgresUser, m_binDir + QStringLiteral("/pg_ctl"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                     m_root + QStringLiteral("/server.log"), QStringLiteral("-o"), options,
                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                     QStringLiteral("start")},
                    m_root, &lastError))
            return m_running = true;
        QFile log(m_root + QStringLiteral("/server.log"));
        if (log.open(QIODevice::ReadOnly))
            lastError += QStringLiteral("\n") + QString::fromLocal8Bit(log.readAll().right(2000));
    }
    *error = QStringLiteral("cannot start PostgreSQL: %1").arg(lastError);
    return false;
}

QString PostgresServer::serverOptions() const
{
    return QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                          "-c synchronous_commit=off -c full_page_writes=off "
                          "-c max_connections=200")
            .arg(m_port)
            .arg(m_root);
}

bool PostgresServer::stopServer(const QString &mode, QString *error)
{
    if (!m_running)
        return true;
    if (!runTool(m_asPostgresUser, m_binDir + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), mode, QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("stop")},
                 m_root, error))
        return false;
    m_running = false;
    return true;
}

bool PostgresServer::startServer(QString *error)
{
    if (m_running)
        return true;
    if (!runTool(m_asPostgresUser, m_binDir + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                  m_root + QStringLiteral("/server.log"), QStringLiteral("-o"), serverOptions(),
                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                  QStringLiteral("start")},
                 m_root, error))
        return false;
    m_running = true;
    return true;
}

void PostgresServer::stop()
{
    if (m_root.isEmpty())
        return;
    if (m_port != 0 && QFile::exists(dataDir() + QStringLiteral("/postmaster.pid"))) {
        const QByteArray command =
                (m_asPostgresUser ? QByteArray("runuser -u postgres -- ") : QByteArray()) +
                QFile::encodeName(m_binDir) + "/pg_ctl -D '" + QFile::encodeName(dataDir()) +
                "' -m immediate -w stop >/dev/null 2>&1";
        [[maybe_unused]] const int rc = std::system(command.constData());
    }
    QDir(m_root).removeRecursively();
    m_root.clear();
}

void PostgresServer::stopAtExit()
{
    if (g_server)
        g_server->stop();
}

DatabaseUrl PostgresServer::url(const QString &name) const
{
    DatabaseUrl url;
    url.engine = Engine::PostgreSQL;
    url.user = QStringLiteral("postgres");
    url.host = QStringLiteral("127.0.0.1");
    url.port = m_port;
    url.database = name;
    return url;
}

std::optional<DatabaseUrl> PostgresServer::createDatabase(QString *error)
{
    const QString name = QStringLiteral("t%1_%2").arg(getpid()).arg(++m_databases);
    const QString connectionName = QStringLiteral("testsupport-admin-") + name;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to the test PostgreSQL server: %1")
                             .arg(db.lastError().text());
        } else {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
                                .arg(name));
            if (!ok)
                *error = QStringLiteral("cannot create database %1: %2")
                                 .arg(name, q.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!ok)
        return std::nullopt;
    return url(name);
}

std::unique_ptr<TestDatabase> TestDatabase::create(Engine engine, QString *error)
{
    std::unique_ptr<TestDatabase> db(new TestDatabase);
    if (!db->m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return nullptr;
    }
    if (engine == Engine::SQLite) {
        db->m_url = DatabaseUrl::sqlite(db->m_dir.filePath(QStringLiteral("test.sqlite")));
        return db;
    }
    PostgresServer *server = PostgresServer::instance(error);
    if (!server)
        return nullptr;
    const auto url = server->createDatabase(error);
    if (!url)
        return nullptr;
    db->m_url = *url;
    return db;
}

bool TestDatabase::makeCommitsDurable(QString *error) const
{
    dueline::StoreError storeError;
    auto connection =
            dueline::Connection::open(m_url, dueline::Connection::Mode::OpenExisting, &storeError);
    if (!connection || !connection->exec(QStringLiteral("ALTER DATABASE \"%1\" SET "
                                                        "synchronous_commit = on")
                                                 .arg(m_url.database),
                                         &storeError)) {
        if (error)
            *error = storeError.message;
        return false;
    }
    return true;
}

bool makeSharedTeam(dueline::Connection &admin, qint64 now, QString *error)
{
    using dueline::Agent;
    using dueline::DatabaseRoles;
    dueline::StoreError storeError;
    const int applied = DatabaseRoles::initAdmin(admin, now, &storeError);
    if (applied != dueline::Migrations::latestVersion()) {
        *error = QStringLiteral("db init --admin applied %1 of %2 migrations: %3")
                         .arg(applied)
                         .arg(dueline::Migrations::latestVersion())
                         .arg(storeError.message);
        return false;
    }
    if (!DatabaseRoles::addUser(admin, QStringLiteral("alice"), Agent::Role::Agent,
                                QStringLiteral("Alice"), QStringLiteral("correct horse"),
                                &storeError) ||
        !DatabaseRoles::addUser(admin, QStringLiteral("lena"), Agent::Role::Lead,
                                QStringLiteral("Лена"), QStringLiteral("battery staple"),
                                &storeError)) {
        *error = storeError.message;
        return false;
    }
    return true;
}

bool requirePasswords(dueline::Connection &admin, const QStringList &logins, QString *error)
{
    PostgresServer *server = PostgresServer::instance(error);
    if (!server)
        return false;
    QFile hba(server->dataDir() + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly)) {
        *error = hba.errorString();
        return false;
    }
    const QByteArray original = hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = hba.errorString();
        return false;
    }
    hba.write("host all " + logins.join(QLatin1Char(',')).toUtf8() +
              " 127.0.0.1/32 scram-sha-256\n" + original);
    hba.close();
    dueline::StoreError storeError;
    if (!admin.exec(QStringLiteral("SELECT pg_reload_conf()"), &storeError)) {
        *error = storeError.message;
        return false;
    }
    // The server rereads pg_hba.conf after the signal, not at once.
    DatabaseUrl url = admin.url();
    url.user = logins.value(0);
    url.password.clear();
    for (int i = 0; i < 100; ++i) {
        if (!dueline::Connection::open(url, dueline::Connection::Mode::OpenExisting, &storeError))
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("%1 still logs in without a password").arg(url.user);
    return false;
}

QString sqlStateOf(const DatabaseUrl &url, const QString &sql, QString *message)
{
    dueline::StoreError error;
    auto connection =
            dueline::Connection::open(url, dueline::Connection::Mode::OpenExisting, &error);
    if (!connection) {
        qWarning("%s", qPrintable(error.message));
        return QStringLiteral("no connection");
    }
    QSqlQuery q = connection->query();
    if (q.exec(sql))
        return {};
    const QString text = q.lastError().databaseText().simplified();
    if (message)
        *message = text;
    if (q.lastError().nativeErrorCode() == QLatin1String("42601") ||
        q.lastError().nativeErrorCode() == QLatin1String("42883")) // a mistake in the test
        qWarning("%s: %s", qPrintable(sql.left(400)), qPrintable(text));
    return q.lastError().nativeErrorCode();
}

} // namespace testsupport
