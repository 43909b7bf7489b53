#pragma once

#include "models/catalog/catalog.h"

#include <QStringList>

// Where a team's own catalog and holiday files come from: files named on the command line,
// the DUELINE_CATALOG variable (paths separated by ':'), and *.json files in the "catalog"
// folder of the application's data directory.
QStringList teamCatalogFiles(const QStringList &explicitFiles);

// The built-in catalog plus the team's files; null and *error on a bad file.
dueline::CatalogPtr loadCatalog(const QStringList &explicitFiles, QString *error);
