// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connection.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dueline {

// Which database Dueline uses (docs/architecture.md §4): the --db option, else the DUELINE_DB
// variable, else the SQLite file "dueline.sqlite" in the application's data folder.
QString defaultDatabaseUrl();
QString resolveDatabaseUrl(const QString &option);

// The environment of a Dueline started again on database `next` (File > Connect) from this
// process's `environment`, which has `current` open: without DUELINE_DB (the setting names the
// database), and without PGPASSWORD unless `next` is the same login (host, port and user) as
// `current`, so a password never goes to another server. A password typed or read from the
// keychain for `next` is passed as PGPASSWORD (never in the arguments).
QProcessEnvironment environmentForDatabase(QProcessEnvironment environment,
                                           const dueline::DatabaseUrl &current,
                                           const dueline::DatabaseUrl &next);

// File > Connect: the arguments of a Dueline started again on `next`, from this process's
// `arguments` (without the program): every --db is dropped, and `next` is passed as --db when
// this process was given one (`withDbOption`); otherwise the new process reads the setting.
QStringList argumentsForDatabase(QStringList arguments, bool withDbOption,
                                 const dueline::DatabaseUrl &next);

// Starts this program again, detached, on `next` (argumentsForDatabase() with this process's
// arguments, environmentForDatabase() with its environment and `current`). False when the new
// process could not start.
bool startAgainOnDatabase(const dueline::DatabaseUrl &current, const dueline::DatabaseUrl &next,
                          bool withDbOption);

} // namespace dueline
