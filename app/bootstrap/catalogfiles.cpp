#include "app/bootstrap/catalogfiles.h"

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
