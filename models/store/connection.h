// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/storeerror.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace dueline {

enum class Engine { SQLite, PostgreSQL };
QString engineKey(Engine engine); // "sqlite" | "postgresql"

// A database URL (docs/architecture.md §4):
//   sqlite:PATH                                   a SQLite file (relative to the working folder)
//   postgresql://[user@][host][:port]/database[?sslmode=…&connect_timeout=…&application_name=…]
// A password never goes into the URL: libpq reads it from ~/.pgpass or PGPASSWORD/PGPASSFILE.
// A host that starts with "/" (percent-encoded in the URL) is a Unix-socket folder.
struct DatabaseUrl
{
    Engine engine = Engine::SQLite;
    QString path; // SQLite: the file
    QString user; // PostgreSQL (empty: libpq's default)
    QString host;
    int port = 0; // 0: libpq's default (5432)
    QString database;
    QMap<QString, QString> options; // libpq connection options from the query string
    // PostgreSQL: a password the GUI read from the system keychain. Never part of the URL text,
    // never saved; empty: libpq's own sources (~/.pgpass, PGPASSWORD).
    QString password;

    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    // The URL again (never with a password); stable, for messages and logs.
    QString toString() const;
    // The URL of a SQLite file.
    static DatabaseUrl sqlite(const QString &path);
};

// One open database connection with a unique Qt connection name, used by one thread. SQLite
// files are opened in WAL mode with foreign keys, a busy timeout and a quick integrity check
// (of the schema and the small tables only, for files over FullCheckLimitBytes).
class Connection
{
public:
    enum class Mode {
        OpenExisting, // a missing SQLite file is an error
        CreateIfMissing, // creates the SQLite file and its folder
    };
    static constexpr int BusyTimeoutMs = 10000;
    // SQLite files up to this size get a full quick_check on open; larger ones a partial one.
    static constexpr qint64 FullCheckLimitBytes = qint64(64) * 1024 * 1024;

    static std::unique_ptr<Connection> open(const DatabaseUrl &url, Mode mode, StoreError *error);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Engine engine() const { return m_url.engine; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QString connectionName() const { return m_name; }

    // A query on this connection.
    QSqlQuery query() const;
    // Runs one statement; on failure fills *error (kind Database) and returns false.
    bool exec(const QString &sql, StoreError *error);
    // Prepares `sql` (with ? placeholders) or fills *error.
    bool prepare(QSqlQuery &query, const QString &sql, StoreError *error);
    // Executes a prepared query or fills *error.
    bool execPrepared(QSqlQuery &query, StoreError *error);
    // Fills *error for a failed statement on this connection and returns false: kind Connection
    // when the connection is gone, Busy when another process kept a SQLite file locked for
    // longer than the busy timeout (one clear sentence, never SQLite's "database is locked"),
    // else Database.
    bool fail(const QSqlQuery &query, StoreError *error);
    StoreError failure(const QSqlQuery &query);
    // Whether a SQLite error is SQLITE_BUSY or SQLITE_LOCKED (plain or extended code).
    static bool isBusyError(const QSqlError &error);
    // The sentence for a SQLite file that stayed locked for the whole busy timeout.
    QString busyMessage() const;

    // Write transactions: BEGIN IMMEDIATE on SQLite (takes the write lock up front, so the busy
    // timeout applies), BEGIN on PostgreSQL.
    bool begin(StoreError *error);
    // A read-only snapshot for long reads (exports, reports): BEGIN on SQLite (deferred),
    // REPEATABLE READ READ ONLY on PostgreSQL.
    bool beginRead(StoreError *error);
    bool commit(StoreError *error);
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Seconds since the epoch on the database server's clock (PostgreSQL), else nullopt.
    std::optional<qint64> serverNow(StoreError *error);

    // Losing the server (PostgreSQL; a SQLite file on a drive that went away behaves the same).
    // The driver does not notice a dropped connection by itself (docs/architecture.md §6):
    // statements simply fail. These tell such a failure from an ordinary error, and open the
    // connection again.
    //
    // Whether the connection still answers a trivial query (one round trip).
    bool isAlive();
    // Whether a failed statement's error means the connection is gone: a connection-class
    // SQLSTATE (08…, 57P01–57P03: the server shut down or ended the session), or an error the
    // client library made itself (no SQLSTATE) on a connection that no longer answers.
    bool isLostError(const QSqlError &error);
    // Closes the connection and opens it again with the same URL, password and session settings.
    // False and *error (kind Connection) while the database cannot be reached; call again later.
    // An open transaction is gone with the old connection: its outcome is unknown until an
    // action is retried with its action id (TicketStore applies each id once).
    bool reconnect(StoreError *error);
    // How many times reconnect() succeeded.
    int reconnectCount() const { return m_reconnects; }

    // "FILE" or "postgresql://…" for messages.
    QString describe() const;

    // SQLite: runs PRAGMA integrity_check (full) or quick_check on the whole file; false and
    // *error (kind Corrupt, naming the file and what to do) when it finds a problem. True on
    // PostgreSQL (the server keeps its own pages consistent). For "dueline-cli db check".
    bool checkIntegrity(bool full, StoreError *error);

private:
    Connection() = default;
    bool openSqlite(Mode mode, StoreError *error);
    bool openPostgres(StoreError *error);

    DatabaseUrl m_url;
    QString m_name;
    bool m_inTransaction = false;
    int m_reconnects = 0;
};

// The text of a failed query for messages: the driver's text (no statement, no values).
QString sqlErrorText(const QSqlQuery &query);

// RAII guard: rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Connection &connection)
        : m_connection(connection)
    { }
    ~Transaction()
    {
        if (m_open)
            m_connection.rollback();
    }
    bool begin(StoreError *error) { return m_open = m_connection.begin(error); }
    bool beginRead(StoreError *error) { return m_open = m_connection.beginRead(error); }
    bool commit(StoreError *error)
    {
        const bool ok = m_connection.commit(error);
        if (ok)
            m_open = false;
        return ok;
    }
    void rollback()
    {
        if (m_open)
            m_connection.rollback();
        m_open = false;
    }

private:
    Connection &m_connection;
    bool m_open = false;
};

} // namespace dueline
