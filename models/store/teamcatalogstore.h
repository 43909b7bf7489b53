// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/sla/clocksource.h"
#include "models/store/connection.h"

#include <QByteArray>
#include <QVector>

#include <utility>

namespace dueline {

// One team catalog file kept in the shared database (schema 2, table team_catalog_files).
struct TeamCatalogFile
{
    QString name; // "team.json"
    QByteArray content; // the file's JSON text, "dueline-catalog/1" or a holiday file
    qint64 rowVersion = 0; // grows with every save
    qint64 updatedAt = 0; // seconds since the epoch (the server's clock on PostgreSQL)
    qint64 updatedBy = 0; // the agent who saved it (0: unknown)
};

// The team's catalog files in the shared database: the whole team loads them with the built-in
// catalog and its local files. Only a lead saves or deletes one, and only a file that loads
// together with the built-in catalog and the database's other files: an invalid catalog never
// reaches the database. A save names the row version it edited (0: a new file) and fails with a
// Conflict error when someone saved the file in between. Works on the caller's connection (one
// thread); every write is one transaction.
class TeamCatalogStore
{
public:
    TeamCatalogStore(Connection &connection, const ClockSource &clock);

    // Every file, by name. An empty list when the schema predates the table.
    QVector<TeamCatalogFile> files(StoreError *error);
    // The files as named contents for Catalog::loadData ("database:NAME").
    static QVector<std::pair<QString, QByteArray>> asData(const QVector<TeamCatalogFile> &files);
    // How a database file is named in messages: "database:team.json".
    static QString displayName(const QString &name);

    // Saves `content` as file `name` for the agent `actorId` (who must be a lead). Returns the
    // new row version, or 0 and *error (Invalid: bad name or catalog, naming "database:NAME";
    // Conflict; Forbidden; NotFound: the actor or, with expectedVersion > 0, the file).
    qint64 save(qint64 actorId, const QString &name, const QByteArray &content,
                qint64 expectedVersion, StoreError *error);
    // Deletes file `name` (a lead only; expectedVersion > 0 checks the row version). False and
    // *error when it fails, NotFound when there is no such file.
    bool remove(qint64 actorId, const QString &name, qint64 expectedVersion, StoreError *error);

    // The catalog a client uses: the built-in catalog, the local team files (paths) and the
    // database's files. A database file replaces a local file of the same file name (the team's
    // shared copy wins). A bad local file leaves the built-in catalog plus the database's files
    // (*localError: "FILE: $.json.path: reason"); a database file that does not load with the
    // others is skipped and its error appended to *skipped. Null only when the built-in catalog
    // itself cannot load.
    static CatalogPtr loadCombined(const QStringList &localFiles,
                                   const QVector<TeamCatalogFile> &databaseFiles,
                                   QString *localError, QStringList *skipped);

    // A file name the table accepts: 1 to 100 characters of letters, digits, '.', '_' and '-',
    // ending in ".json".
    static bool isValidName(const QString &name);

private:
    // How long a save or a removal spends recomputing the tickets the change affects (schema 6)
    // before it returns.
    static constexpr int RecomputeBudgetMs = 2000;

    bool checkLead(qint64 actorId, StoreError *error);
    void recomputeAfterChange();
    bool hasTable(StoreError *error);

    Connection &m_connection;
    const ClockSource &m_clock;
};

} // namespace dueline
