// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connection.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Databases for tests: a temporary SQLite file, or a fresh database on a throwaway PostgreSQL
// server that this process starts on first use (initdb + pg_ctl on a free loopback port in a
// temporary folder) and stops and removes at exit. As root the cluster belongs to the
// "postgres" system user (PostgreSQL refuses to run as root) and its tools run through runuser.
// Missing PostgreSQL binaries are an error, never a skip.
namespace testsupport {

class PostgresServer
{
public:
    // The process-wide server, started on first call; nullptr and *error when it cannot start.
    static PostgresServer *instance(QString *error);

    int port() const { return m_port; }
    QString dataDir() const { return m_root + QStringLiteral("/data"); }
    QString binDir() const { return m_binDir; }
    // A new empty database (unique name) on this server; nullopt and *error on failure.
    std::optional<dueline::DatabaseUrl> createDatabase(QString *error);
    // The URL of database `name` on this server.
    dueline::DatabaseUrl url(const QString &name) const;

    // Fault tests: stops the server (pg_ctl stop; mode "fast" ends the sessions cleanly,
    // "immediate" like a crash) and starts it again on the same port and data. Connections open
    // during the stop are broken for good; clients must reconnect. False and *error on failure.
    bool stopServer(const QString &mode, QString *error);
    bool startServer(QString *error);
    bool isServerRunning() const { return m_running; }

    // Where the PostgreSQL server binaries are (the newest /usr/lib/postgresql/N/bin with initdb
    // and pg_ctl), or an empty string.
    static QString findBinDir();

private:
    PostgresServer() = default;
    bool start(QString *error);
    void stop();
    QString serverOptions() const;
    static void stopAtExit();

    QString m_binDir;
    QString m_root;
    int m_port = 0;
    bool m_asPostgresUser = false;
    int m_databases = 0;
    bool m_running = false;
};

// One empty database of the given engine, removed with the object (SQLite) or left to the
// server's removal at exit (PostgreSQL).
class TestDatabase
{
public:
    static std::unique_ptr<TestDatabase> create(dueline::Engine engine, QString *error);

    const dueline::DatabaseUrl &url() const { return m_url; }
    QString urlText() const { return m_url.toString(); }
    dueline::Engine engine() const { return m_url.engine; }
    // A temporary folder that lives as long as the database (for files the test writes).
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    // PostgreSQL: durable commits for this database, as on a production server (the test
    // cluster commits asynchronously for speed, so a crash would lose the last commits). New
    // connections only; false and *error on failure.
    bool makeCommitsDurable(QString *error) const;

private:
    TestDatabase() = default;
    QTemporaryDir m_dir;
    dueline::DatabaseUrl m_url;
};

// A shared database as "dueline-cli db init --admin" and two "db add-user" leave it: the schema
// belongs to dueline_owner, and the team is the agent "alice" (Alice, password "correct horse")
// and the lead "lena" (Лена, password "battery staple"), each logging in as their own role.
// `admin` is a superuser's connection to an empty database. False and *error on failure.
bool makeSharedTeam(dueline::Connection &admin, qint64 now, QString *error);

// Password logins (scram-sha-256) for `logins` from here on, on this process's throwaway server:
// a pg_hba.conf line ahead of the cluster's "trust" (which the superuser keeps), then a reload,
// waited for until the first login without a password is refused. `admin` is a superuser's
// connection. False and *error on failure.
bool requirePasswords(dueline::Connection &admin, const QStringList &logins, QString *error);

// The SQLSTATE of `sql` run on a new connection to `url`: "" when it succeeded, "no connection"
// when none opened; the server's message in *message. A syntax error or an unknown function (a
// mistake in the test rather than a refusal) is also printed as a warning.
QString sqlStateOf(const dueline::DatabaseUrl &url, const QString &sql, QString *message = nullptr);

} // namespace testsupport
