// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/teamcatalogstore.h"

#include "models/store/servercatalog.h"

#include "models/store/ticket.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace dueline {

namespace { } // namespace

TeamCatalogStore::TeamCatalogStore(Connection &connection, const ClockSource &clock)
    : m_connection(connection)
    , m_clock(clock)
{ }

bool TeamCatalogStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,95}\\.json$"));
    return pattern.match(name).hasMatch();
}

QString TeamCatalogStore::displayName(const QString &name)
{
    return QStringLiteral("database:") + name;
}

QVector<std::pair<QString, QByteArray>>
TeamCatalogStore::asData(const QVector<TeamCatalogFile> &files)
{
    QVector<std::pair<QString, QByteArray>> data;
    data.reserve(files.size());
    for (const TeamCatalogFile &file : files)
        data.append({displayName(file.name), file.content});
    return data;
}

CatalogPtr TeamCatalogStore::loadCombined(const QStringList &localFiles,
                                          const QVector<TeamCatalogFile> &databaseFiles,
                                          QString *localError, QStringList *skipped)
{
    QSet<QString> shared;
    for (const TeamCatalogFile &file : databaseFiles)
        shared.insert(file.name);
    QVector<std::pair<QString, QByteArray>> local;
    QString error;
    for (const QString &path : localFiles) {
        if (shared.contains(QFileInfo(path).fileName()))
            continue; // the database's copy replaces it
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("%1: %2").arg(path, file.errorString());
            break;
        }
        local.append({path, file.readAll()});
    }
    CatalogPtr catalog;
    if (error.isEmpty())
        catalog = Catalog::loadData(local, true, &error);
    if (!catalog) {
        if (localError)
            *localError = error;
        local.clear();
        QString builtInError;
        catalog = Catalog::loadData({}, true, &builtInError);
        if (!catalog) {
            if (localError)
                *localError += QLatin1Char('\n') + builtInError;
            return nullptr;
        }
    }
    // The database's files one by one: each one that loads with those before joins them.
    QVector<std::pair<QString, QByteArray>> accepted = local;
    for (const TeamCatalogFile &file : databaseFiles) {
        auto candidate = accepted;
        candidate.append({displayName(file.name), file.content});
        QString fileError;
        if (CatalogPtr next = Catalog::loadData(candidate, true, &fileError)) {
            accepted = candidate;
            catalog = next;
        } else if (skipped) {
            skipped->append(fileError);
        }
    }
    return catalog;
}

bool TeamCatalogStore::hasTable(StoreError *error)
{
    QSqlQuery q = m_connection.query();
    const QString sql =
            m_connection.engine() == Engine::SQLite
                    ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                     "name = 'team_catalog_files'")
                    : QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                     "table_schema = current_schema() AND table_name = "
                                     "'team_catalog_files'");
    if (!q.exec(sql) || !q.next()) {
        storeFail(error, StoreError::Kind::Database,
                  QCoreApplication::translate("store", "cannot read the team catalog of %1: %2")
                          .arg(m_connection.describe(), sqlErrorText(q)));
        return false;
    }
    return q.value(0).toInt() > 0;
}

QVector<TeamCatalogFile> TeamCatalogStore::files(StoreError *error)
{
    StoreError local;
    if (!hasTable(&local)) {
        if (local && error)
            *error = local;
        return {};
    }
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, content, row_version, updated_at, updated_by FROM "
                               "team_catalog_files ORDER BY name"))) {
        storeFail(error, StoreError::Kind::Database,
                  QCoreApplication::translate("store", "cannot read the team catalog of %1: %2")
                          .arg(m_connection.describe(), sqlErrorText(q)));
        return {};
    }
    QVector<TeamCatalogFile> result;
    while (q.next()) {
        TeamCatalogFile file;
        file.name = q.value(0).toString();
        file.content = q.value(1).toString().toUtf8();
        file.rowVersion = q.value(2).toLongLong();
        file.updatedAt = q.value(3).toLongLong();
        file.updatedBy = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
        result.append(file);
    }
    return result;
}

bool TeamCatalogStore::checkLead(qint64 actorId, StoreError *error)
{
    QSqlQuery q = m_connection.query();
    if (!m_connection.prepare(q, QStringLiteral("SELECT role FROM agents WHERE id = ?"), error))
        return false;
    q.addBindValue(actorId);
    if (!m_connection.execPrepared(q, error))
        return false;
    if (!q.next())
        return storeFail(error, StoreError::Kind::NotFound,
                         QCoreApplication::translate("store", "there is no agent %1").arg(actorId));
    if (agentRoleFromKey(q.value(0).toString()) != Agent::Role::Lead)
        return storeFail(
                error, StoreError::Kind::Forbidden,
                QCoreApplication::translate(
                        "store", "only a lead may change the team catalog in the shared database"));
    return true;
}

qint64 TeamCatalogStore::save(qint64 actorId, const QString &name, const QByteArray &content,
                              qint64 expectedVersion, StoreError *error)
{
    if (!isValidName(name)) {
        storeFail(
                error, StoreError::Kind::Invalid,
                QCoreApplication::translate(
                        "store",
                        "\"%1\" cannot name a team catalog file: use letters, digits, '.', '_' or "
                        "'-' and end it in .json")
                        .arg(name));
        return 0;
    }
    Transaction transaction(m_connection);
    if (!transaction.begin(error))
        return 0;
    // One save at a time: the validation below sees the other files as they stay.
    if (m_connection.engine() == Engine::PostgreSQL &&
        !m_connection.exec(QStringLiteral("LOCK TABLE team_catalog_files IN SHARE ROW EXCLUSIVE "
                                          "MODE"),
                           error))
        return 0;
    if (!checkLead(actorId, error))
        return 0;
    StoreError readError;
    QVector<TeamCatalogFile> all = files(&readError);
    if (readError) {
        if (error)
            *error = readError;
        return 0;
    }
    qint64 current = 0;
    QVector<TeamCatalogFile> others;
    for (const TeamCatalogFile &file : std::as_const(all)) {
        if (file.name == name)
            current = file.rowVersion;
        else
            others.append(file);
    }
    if (expectedVersion > 0 && current == 0) {
        storeFail(error, StoreError::Kind::NotFound,
                  QCoreApplication::translate(
                          "store",
                          "%1 is no longer in the shared database: someone removed it; nothing was "
                          "saved")
                          .arg(displayName(name)));
        return 0;
    }
    if (current != expectedVersion) {
        storeFail(
                error, StoreError::Kind::Conflict,
                expectedVersion == 0
                        ? QCoreApplication::translate(
                                  "store",
                                  "%1 is already in the shared database: someone saved it first; "
                                  "open the catalog editor again to see it. Nothing was saved")
                                  .arg(displayName(name))
                        : QCoreApplication::translate(
                                  "store",
                                  "%1 was changed by someone else (version %2, you edited version "
                                  "%3); open the catalog editor again to see it. Nothing was saved")
                                  .arg(displayName(name))
                                  .arg(current)
                                  .arg(expectedVersion));
        return 0;
    }
    // Exactly as every client will load it: the built-in catalog, the other database files and
    // this one.
    auto data = asData(others);
    data.append({displayName(name), content});
    QString catalogError;
    const CatalogPtr combined = Catalog::loadData(data, true, &catalogError);
    if (!combined) {
        storeFail(error, StoreError::Kind::Invalid, catalogError);
        return 0;
    }
    const qint64 next = current + 1;
    QSqlQuery q = m_connection.query();
    const QString sql =
            current == 0
                    ? QStringLiteral(
                              "INSERT INTO team_catalog_files (content, row_version, updated_at, "
                              "updated_by, name) VALUES (?, ?, ?, ?, ?)")
                    : QStringLiteral("UPDATE team_catalog_files SET content = ?, row_version = ?, "
                                     "updated_at = ?, updated_by = ? WHERE name = ?");
    if (!m_connection.prepare(q, sql, error))
        return 0;
    q.addBindValue(QString::fromUtf8(content));
    q.addBindValue(next);
    q.addBindValue(m_clock.nowUtc()); // replaced by the server's clock on PostgreSQL (trigger)
    q.addBindValue(actorId);
    q.addBindValue(name);
    if (!m_connection.execPrepared(q, error))
        return 0;
    // The server checks events against the plans the team has now.
    if (!ServerCatalog::publishTeam(m_connection, *combined, error))
        return 0;
    if (!transaction.commit(error))
        return 0;
    recomputeAfterChange();
    return next;
}

bool TeamCatalogStore::remove(qint64 actorId, const QString &name, qint64 expectedVersion,
                              StoreError *error)
{
    Transaction transaction(m_connection);
    if (!transaction.begin(error))
        return false;
    if (!checkLead(actorId, error))
        return false;
    QSqlQuery q = m_connection.query();
    if (!m_connection.prepare(q,
                              QStringLiteral("SELECT row_version FROM team_catalog_files WHERE "
                                             "name = ?"),
                              error))
        return false;
    q.addBindValue(name);
    if (!m_connection.execPrepared(q, error))
        return false;
    if (!q.next())
        return storeFail(error, StoreError::Kind::NotFound,
                         QCoreApplication::translate("store", "%1 is not in the shared database")
                                 .arg(displayName(name)));
    const qint64 current = q.value(0).toLongLong();
    if (expectedVersion > 0 && current != expectedVersion)
        return storeFail(error, StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                                 "store",
                                 "%1 was changed by someone else (version %2, you saw version %3); "
                                 "nothing was removed")
                                 .arg(displayName(name))
                                 .arg(current)
                                 .arg(expectedVersion));
    // The others must still load without it (a holiday file another file needs stays).
    StoreError readError;
    QVector<TeamCatalogFile> rest = files(&readError);
    if (readError) {
        if (error)
            *error = readError;
        return false;
    }
    rest.erase(std::remove_if(rest.begin(), rest.end(),
                              [&](const TeamCatalogFile &f) { return f.name == name; }),
               rest.end());
    QString catalogError;
    const CatalogPtr combined = Catalog::loadData(asData(rest), true, &catalogError);
    if (!combined)
        return storeFail(error, StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                                 "store", "%1 cannot be removed: the other files need it (%2)")
                                 .arg(displayName(name), catalogError));
    QSqlQuery del = m_connection.query();
    if (!m_connection.prepare(del, QStringLiteral("DELETE FROM team_catalog_files WHERE name = ?"),
                              error))
        return false;
    del.addBindValue(name);
    if (!m_connection.execPrepared(del, error))
        return false;
    if (!ServerCatalog::publishTeam(m_connection, *combined, error) || !transaction.commit(error))
        return false;
    recomputeAfterChange();
    return true;
}

void TeamCatalogStore::recomputeAfterChange()
{
    // The open tickets of the changed plans come first; what does not fit the time is finished
    // by the clients' change feeds in the background (and by "db migrate" or "db repair").
    ServerCatalog::recomputePending(m_connection, RecomputeBudgetMs, nullptr, nullptr);
}

} // namespace dueline
