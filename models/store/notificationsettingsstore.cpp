// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/notificationsettingsstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dueline {

NotificationSettingsStore::NotificationSettingsStore(Connection &connection,
                                                     const ClockSource &clock)
    : m_connection(connection)
    , m_clock(clock)
{ }

std::optional<NotificationSettings>
NotificationSettingsStore::read(qint64 agentId, StoreError *error, QString *problem)
{
    QSqlQuery q = m_connection.query();
    if (!m_connection.prepare(
                q, QStringLiteral("SELECT settings FROM notification_settings WHERE agent_id = ?"),
                error))
        return std::nullopt;
    q.addBindValue(agentId);
    if (!m_connection.execPrepared(q, error))
        return std::nullopt;
    if (!q.next())
        return NotificationSettings();
    QString parseError;
    auto settings = NotificationSettings::fromJson(q.value(0).toString().toUtf8(), &parseError);
    if (!settings) {
        if (problem)
            *problem = QCoreApplication::translate(
                               "store", "the notification settings of agent #%1 do not read: %2")
                               .arg(agentId)
                               .arg(parseError);
        return NotificationSettings();
    }
    return settings;
}

QHash<qint64, NotificationSettings> NotificationSettingsStore::readAll(StoreError *error,
                                                                       QStringList *problems)
{
    QHash<qint64, NotificationSettings> result;
    QSqlQuery q = m_connection.query();
    if (!q.exec(QStringLiteral(
                "SELECT agent_id, settings FROM notification_settings ORDER BY agent_id"))) {
        m_connection.fail(q, error);
        return result;
    }
    while (q.next()) {
        const qint64 agentId = q.value(0).toLongLong();
        QString parseError;
        const auto settings =
                NotificationSettings::fromJson(q.value(1).toString().toUtf8(), &parseError);
        if (settings)
            result.insert(agentId, *settings);
        else if (problems)
            *problems << QCoreApplication::translate(
                                 "store", "the notification settings of agent #%1 do not read: %2")
                                 .arg(agentId)
                                 .arg(parseError);
    }
    return result;
}

bool NotificationSettingsStore::save(qint64 agentId, const NotificationSettings &settings,
                                     StoreError *error)
{
    const QByteArray json = settings.toJson();
    QString invalid;
    if (!NotificationSettings::fromJson(json, &invalid))
        return storeFail(
                error, StoreError::Kind::Invalid,
                QCoreApplication::translate("store", "the notification settings are not valid: %1")
                        .arg(invalid));
    QSqlQuery q = m_connection.query();
    if (m_connection.engine() == Engine::PostgreSQL) {
        // The server finds who calls, checks the JSON and stamps the time.
        if (!m_connection.prepare(
                    q, QStringLiteral("SELECT dueline_set_notification_settings(?, ?)"), error))
            return false;
        q.addBindValue(agentId);
        q.addBindValue(QString::fromUtf8(json));
        if (!q.exec()) {
            if (error)
                *error = refusal(q);
            return false;
        }
        return true;
    }
    Transaction transaction(m_connection);
    if (!transaction.begin(error))
        return false;
    if (!m_connection.prepare(q, QStringLiteral("SELECT count(*) FROM agents WHERE id = ?"), error))
        return false;
    q.addBindValue(agentId);
    if (!m_connection.execPrepared(q, error) || !q.next())
        return false;
    if (q.value(0).toInt() == 0)
        return storeFail(
                error, StoreError::Kind::NotFound,
                QCoreApplication::translate("store", "there is no agent #%1").arg(agentId));
    QSqlQuery w = m_connection.query();
    if (!m_connection.prepare(w,
                              QStringLiteral("INSERT INTO notification_settings (agent_id, "
                                             "settings, updated_at) VALUES (?, ?, ?) ON CONFLICT "
                                             "(agent_id) DO UPDATE SET settings = "
                                             "excluded.settings, updated_at = excluded.updated_at"),
                              error))
        return false;
    w.addBindValue(agentId);
    w.addBindValue(QString::fromUtf8(json));
    w.addBindValue(m_clock.nowUtc());
    if (!m_connection.execPrepared(w, error))
        return false;
    return transaction.commit(error);
}

StoreError NotificationSettingsStore::refusal(const QSqlQuery &query) const
{
    const QString state = query.lastError().nativeErrorCode();
    // The server's sentence is English and names what it refused.
    const QString reason = query.lastError().databaseText().section(QLatin1Char('\n'), 0, 0);
    if (state == QLatin1String("DL009"))
        return StoreError(
                reason.contains(QLatin1String("login")) ? StoreError::Kind::Forbidden
                                                        : StoreError::Kind::Invalid,
                QCoreApplication::translate("store", "%1 refused the notification settings: %2")
                        .arg(m_connection.describe(), reason));
    if (state == QLatin1String("DL002"))
        return StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("store", "%1 refused the notification settings: %2")
                        .arg(m_connection.describe(), reason));
    return m_connection.failure(query);
}

} // namespace dueline
