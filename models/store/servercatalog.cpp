#include "models/store/servercatalog.h"

#include "models/store/teamcatalogstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace dueline::ServerCatalog {

QByteArray summary(const Catalog &catalog, bool builtIn)
{
    QJsonArray plans;
    for (const Plan &plan : catalog.plans()) {
        if (plan.builtIn != builtIn)
            continue;
        QJsonArray severities;
        for (const QString &code : plan.severities) {
            const SeverityTargets *targets = plan.targetsFor(code);
            severities.append(
                    QJsonObject{{QStringLiteral("code"), code},
                                {QStringLiteral("response"),
                                 targets && targets->target(TargetKind::Response).committed},
                                {QStringLiteral("resolution"),
                                 targets && targets->target(TargetKind::Resolution).committed}});
        }
        QJsonArray channels;
        for (const Channel &channel : plan.channels)
            channels.append(channel.id);
        plans.append(QJsonObject{{QStringLiteral("id"), plan.id},
                                 {QStringLiteral("provider"), plan.providerId},
                                 {QStringLiteral("severities"), severities},
                                 {QStringLiteral("channels"), channels}});
    }
    QJsonArray stages;
    for (const Provider &provider : catalog.providers()) {
        if (provider.builtIn != builtIn)
            continue;
        for (const ServiceStage &stage : provider.stages)
            stages.append(QJsonObject{{QStringLiteral("provider"), provider.id},
                                      {QStringLiteral("code"), stage.code},
                                      {QStringLiteral("sla"), stage.sla}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("plans"), plans},
                                     {QStringLiteral("stages"), stages}})
            .toJson(QJsonDocument::Compact);
}

namespace {

bool publish(Connection &connection, const Catalog &catalog, bool builtIn, StoreError *error)
{
    if (connection.engine() != Engine::PostgreSQL)
        return true;
    QSqlQuery q = connection.query();
    if (!connection.prepare(
                q, QStringLiteral("SELECT dueline_publish_catalog(?, CAST(? AS JSONB))"), error))
        return false;
    q.addBindValue(builtIn);
    q.addBindValue(QString::fromUtf8(summary(catalog, builtIn)));
    return connection.execPrepared(q, error);
}

} // namespace

bool publishBuiltIn(Connection &connection, const Catalog &builtIn, StoreError *error)
{
    return publish(connection, builtIn, true, error);
}

bool publishTeam(Connection &connection, const Catalog &combined, StoreError *error)
{
    return publish(connection, combined, false, error);
}

bool publishAll(Connection &connection, StoreError *error)
{
    if (connection.engine() != Engine::PostgreSQL)
        return true;
    QString message;
    const CatalogPtr builtIn = Catalog::loadBuiltIn(&message);
    if (!builtIn)
        return storeFail(error, StoreError::Kind::Invalid, message);
    QSqlQuery q = connection.query();
    if (!q.exec(QStringLiteral("SELECT name, content FROM team_catalog_files ORDER BY name")))
        return connection.fail(q, error);
    QVector<TeamCatalogFile> files;
    while (q.next()) {
        TeamCatalogFile file;
        file.name = q.value(0).toString();
        file.content = q.value(1).toString().toUtf8();
        files.append(file);
    }
    q.finish();
    // A file that does not load with the others is left out, as every client leaves it out.
    QStringList skipped;
    const CatalogPtr combined = TeamCatalogStore::loadCombined({}, files, &message, &skipped);
    return publish(connection, *builtIn, true, error) &&
           publish(connection, combined ? *combined : *builtIn, false, error);
}

} // namespace dueline::ServerCatalog
