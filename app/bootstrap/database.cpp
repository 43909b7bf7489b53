// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bootstrap/database.h"

#include "models/store/connectionpolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

namespace dueline {

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

QStringList argumentsForDatabase(QStringList arguments, bool withDbOption,
                                 const dueline::DatabaseUrl &next)
{
    for (int i = 0; i < arguments.size();) {
        if (arguments.at(i) == QLatin1String("--db"))
            arguments.remove(i, qMin(qsizetype(2), arguments.size() - i));
        else if (arguments.at(i).startsWith(QLatin1String("--db=")))
            arguments.remove(i);
        else
            ++i;
    }
    if (withDbOption)
        arguments << QStringLiteral("--db") << next.toString();
    return arguments;
}

bool startAgainOnDatabase(const dueline::DatabaseUrl &current, const dueline::DatabaseUrl &next,
                          bool withDbOption)
{
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(
            argumentsForDatabase(QCoreApplication::arguments().mid(1), withDbOption, next));
    process.setProcessEnvironment(
            environmentForDatabase(QProcessEnvironment::systemEnvironment(), current, next));
    return process.startDetached();
}

} // namespace dueline
