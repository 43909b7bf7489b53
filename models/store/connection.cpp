// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/connection.h"

#include "models/store/connectionpolicy.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace dueline {

namespace {

// libpq options a URL may carry (no password, no passfile: those stay outside the URL).
const char *const allowedOptions[] = {
        "sslmode",    "sslrootcert",     "sslcert",          "sslkey",
        "sslcrl",     "connect_timeout", "application_name", "target_session_attrs",
        "keepalives", "keepalives_idle", "gssencmode"};

QAtomicInteger<quint64> connectionCounter;

// What to do about a SQLite file that cannot be used: restore the copy the last schema update
// left next to it ("FILE.before-vN", models/store/migrations.cpp) or another backup, or start
// a new database.
QString sqliteWhatToDo(const QString &path)
{
    const QFileInfo info(path);
    QString newest;
    int newestVersion = 0;
    const QString prefix = info.fileName() + QStringLiteral(".before-v");
    const QStringList backups = info.dir().entryList({prefix + QLatin1Char('*')}, QDir::Files);
    for (const QString &name : backups) {
        bool ok = false;
        const int version = name.mid(prefix.size()).toInt(&ok);
        if (ok && version > newestVersion) {
            newestVersion = version;
            // Named as the database is: "dueline.sqlite.before-v2" next to "dueline.sqlite".
            newest = path.left(path.size() - info.fileName().size()) + name;
        }
    }
    if (!newest.isEmpty())
        return QCoreApplication::translate(
                       "store",
                       "restore the copy %1 made before the last schema update (it lacks the "
                       "changes made since) or another backup, or move the file away and run "
                       "\"dueline-cli db init\" to start a new database")
                .arg(newest);
    return QCoreApplication::translate("store",
                                       "restore it from a backup, or move the file away and run "
                                       "\"dueline-cli db init\" to start a new database");
}

// The one-line message for a SQLite file that is damaged or not a database.
QString sqliteCorruptMessage(const QString &path, const QString &detail)
{
    return QCoreApplication::translate("store", "%1 is damaged or not a Dueline database (%2): %3")
            .arg(path, detail, sqliteWhatToDo(path));
}

// Runs one integrity pragma; the problems it reports ("ok" is none) or the query's error.
bool sqliteCheck(QSqlQuery &q, const QString &pragma, QStringList *problems)
{
    problems->clear();
    if (!q.exec(pragma)) {
        problems->append(sqlErrorText(q));
        return false;
    }
    while (q.next())
        problems->append(q.value(0).toString());
    if (*problems == QStringList{QStringLiteral("ok")})
        problems->clear();
    return problems->isEmpty();
}

} // namespace

QString engineKey(Engine engine)
{
    return engine == Engine::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString sqlErrorText(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.text().trimmed();
    // One line for a person: the server's sentence (without PostgreSQL's "ERROR:"), its DETAIL
    // and HINT, and the SQLSTATE that the driver puts on a line of its own. The CONTEXT lines
    // (which function, which line of it) are for developers and left out.
    QStringList kept;
    bool inContext = false;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("CONTEXT:"))) {
            inContext = true;
            continue;
        }
        const bool state = line.size() == 7 && line.startsWith(QLatin1Char('(')) &&
                           line.endsWith(QLatin1Char(')'));
        if (state || line.startsWith(QLatin1String("DETAIL:")) ||
            line.startsWith(QLatin1String("HINT:")))
            inContext = false;
        if (inContext)
            continue;
        if (line.startsWith(QLatin1String("ERROR:")))
            line = line.mid(6).trimmed();
        kept.append(line);
    }
    return kept.join(QLatin1Char(' ')).simplified();
}

// ---------------------------------------------------------------------------------------------
// DatabaseUrl

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.engine = Engine::SQLite;
    url.path = path;
    return url;
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    DatabaseUrl url;
    if (t.startsWith(QLatin1String("sqlite:"))) {
        url.engine = Engine::SQLite;
        url.path = t.mid(7);
        if (url.path.startsWith(QLatin1String("//"))) // sqlite:///abs/path
            url.path = url.path.mid(2);
        if (url.path.isEmpty()) {
            *error = QCoreApplication::translate("store",
                                                 "\"%1\": a SQLite URL needs a file (sqlite:PATH)")
                             .arg(t);
            return std::nullopt;
        }
        return url;
    }
    if (t.startsWith(QLatin1String("postgresql://")) ||
        t.startsWith(QLatin1String("postgres://"))) {
        // QUrl rejects a percent-encoded "/" in the host (a Unix-socket folder): take such a
        // host out of the text and give QUrl a placeholder instead.
        QString forQUrl = t;
        QString socketHost;
        {
            const int authorityStart = t.indexOf(QLatin1String("//")) + 2;
            int authorityEnd = t.indexOf(QLatin1Char('/'), authorityStart);
            const int queryStart = t.indexOf(QLatin1Char('?'), authorityStart);
            if (authorityEnd < 0 || (queryStart >= 0 && queryStart < authorityEnd))
                authorityEnd = queryStart < 0 ? int(t.size()) : queryStart;
            const int at = t.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
            const int hostStart = at >= authorityStart ? at + 1 : authorityStart;
            int hostEnd = t.indexOf(QLatin1Char(':'), hostStart);
            if (hostEnd < 0 || hostEnd > authorityEnd)
                hostEnd = authorityEnd;
            const QString rawHost = t.mid(hostStart, hostEnd - hostStart);
            if (rawHost.startsWith(QLatin1String("%2F"), Qt::CaseInsensitive)) {
                socketHost = QUrl::fromPercentEncoding(rawHost.toUtf8());
                forQUrl = t.left(hostStart) + QStringLiteral("localhost") + t.mid(hostEnd);
            }
        }
        const QUrl u(forQUrl, QUrl::StrictMode);
        if (!u.isValid()) {
            // QUrl's message repeats the whole URL (maybe with a password): keep its reason only.
            const QRegularExpression password(
                    QStringLiteral("^(postgres(?:ql)?://[^:@/]*):[^@/]*@"));
            QString shown = t;
            shown.replace(password, QStringLiteral("\\1:***@"));
            *error = QCoreApplication::translate("store",
                                                 "\"%1\" is not a valid PostgreSQL URL (%2)")
                             .arg(shown, u.errorString().section(QLatin1Char(';'), 0, 0));
            return std::nullopt;
        }
        if (!u.password().isEmpty()) {
            *error = QCoreApplication::translate(
                    "store", "a database URL must not contain a password: put it in ~/.pgpass or "
                             "the PGPASSWORD variable");
            return std::nullopt;
        }
        url.engine = Engine::PostgreSQL;
        url.user = u.userName(QUrl::FullyDecoded);
        url.host = socketHost.isEmpty() ? u.host(QUrl::FullyDecoded) : socketHost;
        url.port = u.port(0);
        if (url.port < 0 || url.port > 65535) {
            *error = QCoreApplication::translate("store",
                                                 "\"%1\": the port must be between 1 and 65535")
                             .arg(t);
            return std::nullopt;
        }
        url.database = u.path(QUrl::FullyDecoded);
        if (url.database.startsWith(QLatin1Char('/')))
            url.database = url.database.mid(1);
        if (url.database.isEmpty() || url.database.contains(QLatin1Char('/'))) {
            *error =
                    QCoreApplication::translate("store", "\"%1\": name the database after the host "
                                                         "(postgresql://user@host:port/DATABASE)")
                            .arg(t);
            return std::nullopt;
        }
        const QUrlQuery query(u);
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            bool allowed = false;
            for (const char *name : allowedOptions)
                allowed = allowed || item.first == QLatin1String(name);
            if (!allowed) {
                *error = QCoreApplication::translate("store",
                                                     "\"%1\": unknown connection option \"%2\"")
                                 .arg(t, item.first);
                return std::nullopt;
            }
            // Every value reaches libpq quoted; what cannot get there intact is refused.
            const QString problem = connectionpolicy::optionProblem(item.first, item.second);
            if (!problem.isEmpty()) {
                *error = problem;
                return std::nullopt;
            }
            url.options.insert(item.first, item.second);
        }
        return url;
    }
    *error =
            QCoreApplication::translate("store", "\"%1\" is not a database URL: use sqlite:PATH or "
                                                 "postgresql://user@host:port/database")
                    .arg(t);
    return std::nullopt;
}

QString DatabaseUrl::toString() const
{
    if (engine == Engine::SQLite)
        return QStringLiteral("sqlite:") + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    text += host.startsWith(QLatin1Char('/')) ? QString::fromUtf8(QUrl::toPercentEncoding(host))
                                              : host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
    QStringList query;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.append(it.key() + QLatin1Char('=') +
                     QString::fromUtf8(QUrl::toPercentEncoding(it.value())));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

// ---------------------------------------------------------------------------------------------
// Connection

std::unique_ptr<Connection> Connection::open(const DatabaseUrl &url, Mode mode, StoreError *error)
{
    std::unique_ptr<Connection> c(new Connection);
    c->m_url = url;
    c->m_name = QStringLiteral("dueline-%1-%2-%3")
                        .arg(engineKey(url.engine))
                        .arg(quintptr(QThread::currentThreadId()), 0, 16)
                        .arg(++connectionCounter);
    const bool ok =
            url.engine == Engine::SQLite ? c->openSqlite(mode, error) : c->openPostgres(error);
    if (!ok)
        return nullptr;
    return c;
}

Connection::~Connection()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString Connection::describe() const
{
    return m_url.engine == Engine::SQLite ? m_url.path : m_url.toString();
}

bool Connection::openSqlite(Mode mode, StoreError *error)
{
    const QFileInfo info(m_url.path);
    if (!info.exists()) {
        if (mode == Mode::OpenExisting)
            return storeFail(error, StoreError::Kind::Schema,
                             QCoreApplication::translate(
                                     "store", "there is no database at %1; create it with "
                                              "\"dueline-cli db init\"")
                                     .arg(m_url.path));
        if (!QDir().mkpath(info.absolutePath()))
            return storeFail(error, StoreError::Kind::Connection,
                             QCoreApplication::translate(
                                     "store", "cannot create the folder %1 for the database")
                                     .arg(info.absolutePath()));
    } else if (info.isDir()) {
        return storeFail(error, StoreError::Kind::Connection,
                         QCoreApplication::translate("store", "%1 is a folder, not a database file")
                                 .arg(m_url.path));
    } else {
        // Only SQLite ever opens the database file (and its -wal, -shm and -journal files): on
        // Linux, closing any descriptor of a file drops every POSIX lock the process holds on it,
        // so a probe opened and closed here would take away the locks of this process's other
        // SQLite connections, and a second program (dueline-cli, a sqlite3 shell) would then
        // believe it is the last user and delete the write-ahead log under our feet. The checks
        // below use stat() and access() only.
        //
        // SQLite opens files lazily and reports an unreadable one as a vague I/O error later.
        const QByteArray native = QFile::encodeName(m_url.path);
        if (::access(native.constData(), R_OK) != 0) {
            const int code = errno;
            return storeFail(error, StoreError::Kind::Connection,
                             QCoreApplication::translate(
                                     "store",
                                     "cannot read %1 (%2): give your user read and write access "
                                     "to the file and its folder, or open another database")
                                     .arg(m_url.path, QString::fromLocal8Bit(std::strerror(code))));
        }
        // An empty file is an empty SQLite database: nothing to lose when creating one in it,
        // but a database that should hold tickets has been emptied.
        if (info.size() == 0 && mode == Mode::OpenExisting)
            return storeFail(error, StoreError::Kind::Corrupt,
                             QCoreApplication::translate(
                                     "store", "%1 is an empty file (0 bytes), not a Dueline "
                                              "database: %2")
                                     .arg(m_url.path, sqliteWhatToDo(m_url.path)));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return storeFail(
                error, StoreError::Kind::Connection,
                QCoreApplication::translate(
                        "store", "the Qt SQLite driver is missing (Debian: libqt6sql6-sqlite)"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_url.path);
    if (!db.open())
        return storeFail(error, StoreError::Kind::Connection,
                         QCoreApplication::translate("store", "cannot open %1: %2")
                                 .arg(m_url.path, db.lastError().text()));
    QSqlQuery q(db);
    // A file another process keeps locked is busy, not damaged.
    auto corrupt = [&](const QString &detail) {
        if (isBusyError(q.lastError()))
            return storeFail(error, StoreError::Kind::Busy, busyMessage());
        return storeFail(error, StoreError::Kind::Corrupt,
                         sqliteCorruptMessage(m_url.path, detail));
    };
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)))
        return corrupt(sqlErrorText(q));
    // The integrity check reads the whole file: a second per ~100 MB. Small files get the full
    // quick_check; large ones (a million tickets is ~700 MB) check the schema and the small
    // tables, so opening stays fast (docs/architecture.md §6: the queue of 1 M tickets loads
    // in ≤ 3 s).
    QStringList checks{QStringLiteral("PRAGMA quick_check")};
    if (QFileInfo(m_url.path).size() > FullCheckLimitBytes) {
        checks = {QStringLiteral("PRAGMA quick_check(sqlite_master)")};
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name IN ('schema_migrations', 'agents', 'customers')")))
            return corrupt(sqlErrorText(q));
        while (q.next())
            checks.append(QStringLiteral("PRAGMA quick_check(%1)").arg(q.value(0).toString()));
    }
    for (const QString &check : std::as_const(checks)) {
        QStringList problems;
        if (!sqliteCheck(q, check, &problems))
            return corrupt(problems.mid(0, 3).join(QStringLiteral("; ")).simplified());
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return corrupt(sqlErrorText(q));
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return storeFail(
                error, StoreError::Kind::Connection,
                QCoreApplication::translate(
                        "store",
                        "%1: cannot switch to write-ahead logging (journal mode %2); is the "
                        "file on a network drive?")
                        .arg(m_url.path, q.value(0).toString()));
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return corrupt(sqlErrorText(q));
    }
    return true;
}

bool Connection::checkIntegrity(bool full, StoreError *error)
{
    if (engine() != Engine::SQLite)
        return true; // the server keeps its own pages consistent
    QSqlQuery q = query();
    QStringList problems;
    if (sqliteCheck(q,
                    full ? QStringLiteral("PRAGMA integrity_check")
                         : QStringLiteral("PRAGMA quick_check"),
                    &problems))
        return true;
    if (isBusyError(q.lastError()))
        return storeFail(error, StoreError::Kind::Busy, busyMessage());
    return storeFail(
            error, StoreError::Kind::Corrupt,
            sqliteCorruptMessage(m_url.path,
                                 problems.mid(0, 3).join(QStringLiteral("; ")).simplified()));
}

bool Connection::openPostgres(StoreError *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return storeFail(
                error, StoreError::Kind::Connection,
                QCoreApplication::translate(
                        "store", "the Qt PostgreSQL driver is missing (Debian: libqt6sql6-psql)"));
    // Qt's driver quotes host, database, user and password itself but appends the options as
    // they are (every ';' turned into a space): each value is quoted here, and what cannot be
    // quoted (a ';', control characters) is refused, also for URLs not made by parse().
    for (auto it = m_url.options.cbegin(); it != m_url.options.cend(); ++it) {
        const QString problem = connectionpolicy::optionProblem(it.key(), it.value());
        if (!problem.isEmpty()) {
            return storeFail(error, StoreError::Kind::Connection,
                             QCoreApplication::translate("store", "cannot connect to %1: %2")
                                     .arg(m_url.toString(), problem));
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!m_url.host.isEmpty())
        db.setHostName(m_url.host);
    if (m_url.port > 0)
        db.setPort(m_url.port);
    db.setDatabaseName(m_url.database);
    if (!m_url.user.isEmpty())
        db.setUserName(m_url.user);
    if (!m_url.password.isEmpty())
        db.setPassword(m_url.password);
    db.setConnectOptions(connectionpolicy::connectOptions(m_url));
    if (!db.open()) {
        const QString text = db.lastError().databaseText().trimmed().isEmpty()
                                     ? db.lastError().text()
                                     : db.lastError().databaseText().trimmed();
        return storeFail(error, StoreError::Kind::Connection,
                         QCoreApplication::translate("store", "cannot connect to %1: %2")
                                 .arg(m_url.toString(), text));
    }
    QSqlQuery q(db);
    // Instants are epoch seconds; keep the session's own settings predictable.
    if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'")) ||
        !q.exec(QStringLiteral("SET client_min_messages = warning")))
        return storeFail(error, StoreError::Kind::Connection,
                         QCoreApplication::translate("store", "cannot set up the session on %1: %2")
                                 .arg(m_url.toString(), sqlErrorText(q)));
    return true;
}

QSqlQuery Connection::query() const
{
    return QSqlQuery(database());
}

bool Connection::exec(const QString &sql, StoreError *error)
{
    QSqlQuery q = query();
    if (!q.exec(sql))
        return fail(q, error);
    return true;
}

bool Connection::prepare(QSqlQuery &q, const QString &sql, StoreError *error)
{
    if (!q.prepare(sql))
        return fail(q, error);
    return true;
}

bool Connection::execPrepared(QSqlQuery &q, StoreError *error)
{
    if (!q.exec())
        return fail(q, error);
    return true;
}

bool Connection::begin(StoreError *error)
{
    const bool ok = exec(engine() == Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                                    : QStringLiteral("BEGIN"),
                         error);
    m_inTransaction = ok;
    return ok;
}

bool Connection::beginRead(StoreError *error)
{
    const bool ok =
            exec(engine() == Engine::SQLite
                         ? QStringLiteral("BEGIN")
                         : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                 error);
    m_inTransaction = ok;
    return ok;
}

bool Connection::commit(StoreError *error)
{
    const bool ok = exec(QStringLiteral("COMMIT"), error);
    if (ok)
        m_inTransaction = false;
    else
        rollback();
    return ok;
}

void Connection::rollback()
{
    QSqlQuery q = query();
    q.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

std::optional<qint64> Connection::serverNow(StoreError *error)
{
    if (engine() != Engine::PostgreSQL)
        return std::nullopt;
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("SELECT CAST(floor(EXTRACT(EPOCH FROM clock_timestamp())) AS "
                               "BIGINT)")) ||
        !q.next()) {
        fail(q, error);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

// ---------------------------------------------------------------------------------------------
// Losing the server and reconnecting

namespace {

// PostgreSQL SQLSTATEs that end a session: connection exceptions (class 08), and the server
// shutting down or refusing connections (57P01 admin_shutdown, 57P02 crash_shutdown,
// 57P03 cannot_connect_now).
bool isConnectionState(const QString &state)
{
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

} // namespace

bool Connection::isBusyError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && ((code & 0xff) == 5 || (code & 0xff) == 6)) // SQLITE_BUSY, SQLITE_LOCKED
        return true;
    const QString text = error.databaseText();
    return text.contains(QLatin1String("database is locked")) ||
           text.contains(QLatin1String("database table is locked"));
}

QString Connection::busyMessage() const
{
    const int seconds = BusyTimeoutMs / 1000;
    return QCoreApplication::translate("store",
                                       "%1 is busy: another program (dueline-cli, another Dueline "
                                       "window or a sqlite3 shell) kept it locked for more than "
                                       "%n second(s); nothing was changed, try again",
                                       nullptr, seconds)
            .arg(describe());
}

StoreError Connection::failure(const QSqlQuery &q)
{
    if (engine() == Engine::SQLite && isBusyError(q.lastError()))
        return StoreError(StoreError::Kind::Busy, busyMessage());
    if (isLostError(q.lastError())) {
        const QString reason = sqlErrorText(q);
        return StoreError(
                StoreError::Kind::Connection,
                reason.isEmpty()
                        ? QCoreApplication::translate("store", "lost the connection to %1")
                                  .arg(describe())
                        : QCoreApplication::translate("store", "lost the connection to %1: %2")
                                  .arg(describe(), reason));
    }
    return StoreError(StoreError::Kind::Database,
                      QCoreApplication::translate("store", "database error on %1: %2")
                              .arg(describe(), sqlErrorText(q)));
}

bool Connection::fail(const QSqlQuery &q, StoreError *error)
{
    const StoreError e = failure(q);
    return storeFail(error, e.kind, e.message);
}

bool Connection::isAlive()
{
    QSqlDatabase db = database();
    if (!db.isValid() || !db.isOpen())
        return false;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT 1")))
        return true;
    // The server answered with an error of its own (e.g. inside a failed transaction): alive.
    const QString state = q.lastError().nativeErrorCode();
    return engine() == Engine::PostgreSQL && !state.isEmpty() && !isConnectionState(state);
}

bool Connection::isLostError(const QSqlError &error)
{
    // Qt's PostgreSQL driver reports itself closed once libpq knows the connection is bad; a
    // query on it then fails without any error text.
    const QSqlDatabase db = database();
    if (!db.isValid() || !db.isOpen())
        return true;
    if (error.type() == QSqlError::NoError)
        return false;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString state = error.nativeErrorCode();
    if (engine() == Engine::PostgreSQL) {
        if (isConnectionState(state))
            return true;
        if (!state.isEmpty())
            return false; // the server answered with an ordinary error
    }
    // No code from the server (PostgreSQL), or any SQLite error: lost only if the connection no
    // longer answers at all.
    return !isAlive();
}

bool Connection::reconnect(StoreError *error)
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_inTransaction = false;
    const bool ok = m_url.engine == Engine::SQLite ? openSqlite(Mode::OpenExisting, error)
                                                   : openPostgres(error);
    if (ok)
        ++m_reconnects;
    return ok;
}

} // namespace dueline
