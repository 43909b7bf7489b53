// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What catalog.cpp calls of the JSON loader in catalogloader.cpp, private to the catalog.

#include "models/catalog/catalog.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

namespace dueline {

// Reads the built-in files, then the extra files, then the extra contents held in memory (each
// named for error messages) into a new catalog. Null, with the first error ("FILE: $.json.path:
// reason") in *error, when any of them is bad.
CatalogPtr loadAll(const QStringList &builtIn, const QStringList &extra,
                   const QVector<std::pair<QString, QByteArray>> &data, QString *error);

} // namespace dueline
