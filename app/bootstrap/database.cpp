#include "app/bootstrap/database.h"

#include "models/store/connectionpolicy.h"

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
    QString fromEnvironment = qEnvironmentVariable("DUELINE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultDatabaseUrl();
}

QProcessEnvironment environmentForDatabase(QProcessEnvironment environment,
                                           const dueline::DatabaseUrl &current,
                                           const dueline::DatabaseUrl &next)
{
    using dueline::Engine;
    using dueline::connectionpolicy::serverKey;
    environment.remove(QStringLiteral("DUELINE_DB"));
    const bool sameLogin = current.engine == Engine::PostgreSQL &&
                           next.engine == Engine::PostgreSQL &&
                           serverKey(current) == serverKey(next) && current.user == next.user;
    if (!sameLogin)
        environment.remove(QStringLiteral("PGPASSWORD"));
    if (next.engine == Engine::PostgreSQL && !next.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), next.password);
    return environment;
}
