#include "app/bootstrap/catalogfiles.h"

#include "app/bootstrap/systemclock.h"
#include "models/store/teamcatalogstore.h"

#include <QDir>
#include <QStandardPaths>

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
    dueline::CatalogPtr catalog = dueline::TeamCatalogStore::loadCombined(
            teamCatalogFiles(explicitFiles), shared, &localError, skipped);
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
