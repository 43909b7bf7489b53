// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"

#include <QStringList>

namespace dueline {

// Where a team's own catalog and holiday files come from: files named on the command line,
// the DUELINE_CATALOG variable (paths separated by ':'), and *.json files in the "catalog"
// folder of the application's data directory.
QStringList teamCatalogFiles(const QStringList &explicitFiles);

// The built-in catalog plus the team's files; null and *error on a bad file.
dueline::CatalogPtr loadCatalog(const QStringList &explicitFiles, QString *error);

// The catalog to start with: the built-in catalog plus the team's files, else, when a team file is
// bad, the built-in catalog alone and *error saying why. Null (and *error) only when the built-in
// catalog itself cannot load.
dueline::CatalogPtr loadCatalogOrBuiltIn(const QStringList &explicitFiles, QString *error);

class Connection;

// The built-in catalog, the team's files and the team catalog files kept in the database on
// `connection` (TeamCatalogStore::loadCombined: the database's copy of a file replaces a local
// file of the same name). A bad local file or an unreadable table fills *error and leaves the
// rest; a bad database file is skipped and named in *skipped. *sharedFiles: how many files the
// database holds. Null only when the built-in catalog cannot load.
// On a shared PostgreSQL database the catalog is the one stored in the database only: the local
// files are left out (the server checks every event against the database's catalog).
dueline::CatalogPtr loadCatalog(const QStringList &explicitFiles, dueline::Connection &connection,
                                QString *error, QStringList *skipped, int *sharedFiles = nullptr);

// On a shared PostgreSQL database: the first local team file (--catalog, DUELINE_CATALOG, the
// data folder's "catalog" folder) that adds a plan the database's catalog lacks, as a one-line
// refusal naming the file and the plan; empty when there is none (or on SQLite).
QString sharedModeCatalogRefusal(const QStringList &explicitFiles, dueline::Connection &connection);

} // namespace dueline
