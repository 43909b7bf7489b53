#pragma once

#include <QString>

// Which database Dueline uses (DESIGN §4): the --db option, else the DUELINE_DB variable, else
// the SQLite file "dueline.sqlite" in the application's data folder.
QString defaultDatabaseUrl();
QString resolveDatabaseUrl(const QString &option);
