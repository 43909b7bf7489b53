// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connection.h"

#include <QStringList>

namespace dueline {

// Versioned schema migrations from :/migrations (resources/migrations):
//   NNNN_name.sql              statements for both engines (@ID@, @WITHOUT_ROWID@ substituted)
//   NNNN_name.sqlite.sql       extra statements for SQLite
//   NNNN_name.postgresql.sql   extra statements for PostgreSQL
// Applied versions are recorded in schema_migrations. A run applies every missing version in
// one transaction (all or nothing), serialised between processes (SQLite: the write lock;
// PostgreSQL: an advisory lock). Running it again changes nothing.
class Migrations
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QStringList statements; // for the connection's engine
    };

    // The known migrations for `engine`, in order; on a malformed resource fills *error.
    static QVector<Step> steps(Engine engine, QString *error = nullptr);
    static int latestVersion();

    // The database's schema version: 0 when it has no Dueline schema. -1 on error.
    static int currentVersion(Connection &connection, StoreError *error);
    // Applies the missing versions; returns how many (>= 0), or -1 with *error. Refuses a
    // database made by a newer Dueline.
    static int migrate(Connection &connection, qint64 now, StoreError *error);
    // Fails with a clear message unless the schema is at latestVersion().
    static bool checkCurrent(Connection &connection, StoreError *error);

    // Splits an SQL script into statements (semicolon at a line end; keeps $$ bodies and
    // BEGIN … END; trigger bodies whole; drops comment-only lines).
    static QStringList splitStatements(const QString &script);
};

} // namespace dueline
