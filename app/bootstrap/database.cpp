#include "app/bootstrap/database.h"

#include <QDir>
#include <QStandardPaths>

QString defaultDatabaseUrl()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share/Dueline");
    return QStringLiteral("sqlite:") + QDir(folder).filePath(QStringLiteral("dueline.sqlite"));
}

QString resolveDatabaseUrl(const QString &option)
{
    if (!option.isEmpty())
        return option;
    const QString fromEnvironment = qEnvironmentVariable("DUELINE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultDatabaseUrl();
}
