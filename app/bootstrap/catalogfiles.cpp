// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bootstrap/catalogfiles.h"

#include "app/bootstrap/systemclock.h"
#include "models/store/teamcatalogstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace dueline {

QStringList teamCatalogFiles(const QStringList &explicitFiles)
{
    QStringList files = explicitFiles;
    const QString fromEnvironment = qEnvironmentVariable("DUELINE_CATALOG");
    if (!fromEnvironment.isEmpty())
        files += fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!dataDir.isEmpty()) {
        const QDir dir(dataDir + QStringLiteral("/catalog"));
        for (const QString &name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
    }
    files.removeDuplicates();
    return files;
}

dueline::CatalogPtr loadCatalog(const QStringList &explicitFiles, QString *error)
{
    return dueline::Catalog::load(teamCatalogFiles(explicitFiles), error);
}

dueline::CatalogPtr loadCatalogOrBuiltIn(const QStringList &explicitFiles, QString *error)
{
    dueline::CatalogPtr catalog = loadCatalog(explicitFiles, error);
    if (catalog)
        return catalog;
    QString builtInError;
    catalog = dueline::Catalog::loadBuiltIn(&builtInError);
    if (!catalog)
        *error += QLatin1Char('\n') + builtInError;
    return catalog;
}

dueline::CatalogPtr loadCatalog(const QStringList &explicitFiles, dueline::Connection &connection,
                                QString *error, QStringList *skipped, int *sharedFiles)
{
    static const SystemClock clock;
    dueline::TeamCatalogStore store(connection, clock);
    dueline::StoreError readError;
    const QVector<dueline::TeamCatalogFile> shared = store.files(&readError);
    if (sharedFiles)
        *sharedFiles = int(shared.size());
    QString localError;
    const QStringList local = connection.engine() == dueline::Engine::PostgreSQL
                                      ? QStringList()
                                      : teamCatalogFiles(explicitFiles);
    dueline::CatalogPtr catalog =
            dueline::TeamCatalogStore::loadCombined(local, shared, &localError, skipped);
    if (error) {
        QStringList messages;
        if (!localError.isEmpty())
            messages << localError;
        if (readError)
            messages << readError.message;
        *error = messages.join(QLatin1Char('\n'));
    }
    return catalog;
}

QString sharedModeCatalogRefusal(const QStringList &explicitFiles, dueline::Connection &connection)
{
    if (connection.engine() != dueline::Engine::PostgreSQL)
        return {};
    static const SystemClock clock;
    dueline::TeamCatalogStore store(connection, clock);
    dueline::StoreError readError;
    const QVector<dueline::TeamCatalogFile> shared = store.files(&readError);
    QString ignored;
    QStringList skipped;
    const dueline::CatalogPtr database =
            dueline::TeamCatalogStore::loadCombined({}, shared, &ignored, &skipped);
    if (!database)
        return {};
    for (const QString &file : teamCatalogFiles(explicitFiles)) {
        QStringList fileSkipped;
        QString fileError;
        const dueline::CatalogPtr withFile =
                dueline::TeamCatalogStore::loadCombined({file}, shared, &fileError, &fileSkipped);
        if (!withFile)
            continue;
        for (const dueline::Plan &plan : withFile->plans()) {
            if (!database->plan(plan.id))
                return QCoreApplication::translate(
                               "cli", "%1 adds plan %2, which the shared database does not have: "
                                      "on a shared server only the catalog stored in the "
                                      "database counts (a lead adds plans with Plans ▸ Edit "
                                      "Catalog…); remove the file or connect to a SQLite file")
                        .arg(file, plan.id);
        }
    }
    return {};
}

} // namespace dueline
