// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/servercatalog.h"

#include "models/store/teamcatalogstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
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
            QJsonObject committed;
            for (const TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
                if (!targets || !targets->target(kind).committed)
                    continue;
                const Target &target = targets->target(kind);
                committed.insert(targetKindKey(kind),
                                 QJsonObject{{QStringLiteral("amount"), target.amount},
                                             {QStringLiteral("unit"), unitKey(target.unit)},
                                             {QStringLiteral("calendar"),
                                              target.calendarId.isEmpty() ? plan.calendarId
                                                                          : target.calendarId}});
            }
            severities.append(
                    QJsonObject{{QStringLiteral("code"), code},
                                {QStringLiteral("response"),
                                 targets && targets->target(TargetKind::Response).committed},
                                {QStringLiteral("resolution"),
                                 targets && targets->target(TargetKind::Resolution).committed},
                                {QStringLiteral("targets"), committed}});
        }
        QJsonArray channels;
        for (const Channel &channel : plan.channels)
            channels.append(channel.id);
        plans.append(QJsonObject{
                {QStringLiteral("id"), plan.id},
                {QStringLiteral("provider"), plan.providerId},
                {QStringLiteral("severities"), severities},
                {QStringLiteral("channels"), channels},
                {QStringLiteral("pausing"), QJsonArray::fromStringList(plan.pausingStatuses)}});
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
    QJsonArray calendars;
    for (const CalendarSpec &spec : catalog.calendarSpecs()) {
        if (spec.builtIn == builtIn)
            calendars.append(spec.id);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("plans"), plans},
                                     {QStringLiteral("stages"), stages},
                                     {QStringLiteral("calendars"), calendars}})
            .toJson(QJsonDocument::Compact);
}

QByteArray fingerprint(const WorkCalendar &calendar)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](qint64 value) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
    };
    hash.addData(calendar.spec().timeZone);
    add(calendar.rangeStart());
    add(calendar.rangeEnd());
    for (int i = 0; i < calendar.spanCount(); ++i) {
        const WorkCalendar::Span span = calendar.span(i);
        add(span.start);
        add(span.end);
        add(span.cumulativeBefore);
    }
    for (int i = 0; i < calendar.workingDayCount(); ++i) {
        add(calendar.workingDayStart(i));
        add(calendar.workingDayEnd(i));
    }
    return hash.result().toHex();
}

namespace {

// A PostgreSQL array literal of integers: "{1,2,3}".
QString arrayLiteral(const std::vector<qint64> &values)
{
    QString text;
    text.reserve(int(values.size()) * 12 + 2);
    text += QLatin1Char('{');
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += QString::number(values[i]);
    }
    text += QLatin1Char('}');
    return text;
}

bool publishCalendars(Connection &connection, const Catalog &catalog, bool builtIn,
                      StoreError *error)
{
    for (const CalendarSpec &spec : catalog.calendarSpecs()) {
        if (spec.builtIn != builtIn)
            continue;
        const WorkCalendarPtr calendar = catalog.calendar(spec.id);
        if (calendar && !publishCalendar(connection, *calendar, builtIn, error))
            return false;
    }
    return true;
}

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
    if (!connection.execPrepared(q, error))
        return false;
    q.finish();
    return publishCalendars(connection, catalog, builtIn, error);
}

} // namespace

bool publishCalendar(Connection &connection, const WorkCalendar &calendar, bool builtIn,
                     StoreError *error)
{
    if (connection.engine() != Engine::PostgreSQL)
        return true;
    QSqlQuery q = connection.query();
    if (!connection.prepare(q,
                            QStringLiteral("SELECT dueline_publish_calendar(?, ?, ?, ?, ?, ?, ?, "
                                           "?, ?)"),
                            error))
        return false;
    q.addBindValue(builtIn);
    q.addBindValue(calendar.id());
    q.addBindValue(QString::fromUtf8(calendar.spec().timeZone));
    q.addBindValue(calendar.rangeStart());
    q.addBindValue(calendar.rangeEnd());
    q.addBindValue(calendar.spanCount());
    q.addBindValue(calendar.workingDayCount());
    q.addBindValue(calendar.totalWorkingTime());
    q.addBindValue(QString::fromLatin1(fingerprint(calendar)));
    if (!connection.execPrepared(q, error))
        return false;
    const bool write = q.next() && q.value(0).toBool();
    q.finish();
    if (!write)
        return true; // the stored copy is the same
    QSqlQuery spans = connection.query();
    if (!connection.prepare(spans,
                            QStringLiteral("SELECT dueline_publish_calendar_spans(?, CAST(? AS "
                                           "BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS BIGINT[]))"),
                            error))
        return false;
    std::vector<qint64> starts, ends, sums;
    for (int first = 0; first < calendar.spanCount(); first += PublishBatch) {
        starts.clear(), ends.clear(), sums.clear();
        for (int i = first; i < std::min(calendar.spanCount(), first + PublishBatch); ++i) {
            const WorkCalendar::Span span = calendar.span(i);
            starts.push_back(span.start);
            ends.push_back(span.end);
            sums.push_back(span.cumulativeBefore);
        }
        spans.addBindValue(calendar.id());
        spans.addBindValue(arrayLiteral(starts));
        spans.addBindValue(arrayLiteral(ends));
        spans.addBindValue(arrayLiteral(sums));
        if (!connection.execPrepared(spans, error))
            return false;
        spans.finish();
    }
    QSqlQuery days = connection.query();
    if (!connection.prepare(days,
                            QStringLiteral("SELECT dueline_publish_calendar_days(?, ?, CAST(? AS "
                                           "BIGINT[]), CAST(? AS BIGINT[]))"),
                            error))
        return false;
    for (int first = 0; first < calendar.workingDayCount(); first += PublishBatch) {
        starts.clear(), ends.clear();
        for (int i = first; i < std::min(calendar.workingDayCount(), first + PublishBatch); ++i) {
            starts.push_back(calendar.workingDayStart(i));
            ends.push_back(calendar.workingDayEnd(i));
        }
        days.addBindValue(calendar.id());
        days.addBindValue(first);
        days.addBindValue(arrayLiteral(starts));
        days.addBindValue(arrayLiteral(ends));
        if (!connection.execPrepared(days, error))
            return false;
        days.finish();
    }
    QSqlQuery end = connection.query();
    if (!connection.prepare(end, QStringLiteral("SELECT dueline_publish_calendar_end(?)"), error))
        return false;
    end.addBindValue(calendar.id());
    return connection.execPrepared(end, error);
}

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

bool recomputePending(Connection &connection, int budgetMs, qint64 *recomputed, StoreError *error)
{
    if (recomputed)
        *recomputed = 0;
    if (connection.engine() != Engine::PostgreSQL)
        return true;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q = connection.query();
    if (!connection.prepare(q, QStringLiteral("SELECT dueline_recompute_pending(?)"), error))
        return false;
    for (;;) {
        q.addBindValue(RecomputeBatch);
        if (!connection.execPrepared(q, error))
            return false;
        const int taken = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (recomputed)
            *recomputed += taken;
        if (taken == 0 || (budgetMs >= 0 && timer.elapsed() >= budgetMs))
            return true;
    }
}

qint64 recomputeBacklog(Connection &connection, StoreError *error)
{
    if (connection.engine() != Engine::PostgreSQL)
        return 0;
    QSqlQuery q = connection.query();
    if (!q.exec(QStringLiteral("SELECT dueline_recompute_backlog()")) || !q.next()) {
        connection.fail(q, error);
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace dueline::ServerCatalog
