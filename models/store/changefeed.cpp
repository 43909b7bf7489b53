// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/changefeed.h"

#include "models/store/ticketstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QTimer>

#include <algorithm>

namespace dueline {

namespace {

QString trStore(const char *text)
{
    return QCoreApplication::translate("store", text);
}

class SqliteChangeFeed : public ChangeFeed
{
public:
    SqliteChangeFeed(const DatabaseUrl &url, QObject *parent)
        : ChangeFeed(url, parent)
    {
        m_intervalMs = DefaultPollMs;
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
    }
    ~SqliteChangeFeed() override { stop(); }

    bool start(StoreError *error) override
    {
        stop();
        m_connection = Connection::open(m_url, Connection::Mode::OpenExisting, error);
        if (!m_connection)
            return false;
        if (!readDataVersion(&m_dataVersion, error))
            return false;
        QSqlQuery q = m_connection->query();
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM tickets")) ||
            !q.next())
            return storeFail(error, StoreError::Kind::Schema,
                             trStore("cannot watch %1 for changes: %2")
                                     .arg(m_connection->describe(), sqlErrorText(q)));
        m_lastSeq = q.value(0).toLongLong();
        m_running = true;
        m_timer.start(m_intervalMs);
        return true;
    }

    void stop() override
    {
        m_timer.stop();
        m_connection.reset();
        m_running = false;
    }

protected:
    void intervalChanged() override
    {
        if (m_timer.isActive())
            m_timer.start(m_intervalMs);
    }

private:
    bool readDataVersion(qint64 *version, StoreError *error)
    {
        QSqlQuery q = m_connection->query();
        if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
            return storeFail(error, StoreError::Kind::Database,
                             trStore("cannot watch %1 for changes: %2")
                                     .arg(m_connection->describe(), sqlErrorText(q)));
        *version = q.value(0).toLongLong();
        return true;
    }

    void poll()
    {
        if (!m_connection)
            return;
        qint64 version = 0;
        StoreError error;
        if (!readDataVersion(&version, &error)) {
            if (!m_lost) {
                m_lost = true;
                emit connectionLost(error.message);
            }
            return;
        }
        if (m_lost) {
            m_lost = false;
            emit connectionRestored();
        }
        if (version == m_dataVersion)
            return;
        QSqlQuery q = m_connection->query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, change_seq FROM tickets WHERE change_seq > ? ORDER "
                                 "BY change_seq LIMIT ?"));
        q.addBindValue(m_lastSeq);
        q.addBindValue(MaxIdsPerSignal + 1);
        if (!q.exec())
            return; // busy: try again at the next tick (data_version not taken)
        m_dataVersion = version;
        QVector<qint64> ids;
        qint64 last = m_lastSeq;
        while (q.next()) {
            ids.append(q.value(0).toLongLong());
            last = q.value(1).toLongLong();
        }
        q.finish();
        if (ids.size() > MaxIdsPerSignal) {
            QSqlQuery max = m_connection->query();
            if (max.exec(QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM tickets")) &&
                max.next())
                m_lastSeq = max.value(0).toLongLong();
            emit resyncNeeded();
            return;
        }
        m_lastSeq = last;
        if (!ids.isEmpty())
            emit ticketsChanged(ids);
    }

    std::unique_ptr<Connection> m_connection;
    QTimer m_timer;
    qint64 m_dataVersion = 0;
    qint64 m_lastSeq = 0;
};

class PostgresChangeFeed : public ChangeFeed
{
public:
    PostgresChangeFeed(const DatabaseUrl &url, QObject *parent)
        : ChangeFeed(url, parent)
    {
        m_intervalMs = DefaultHeartbeatMs;
        connect(&m_heartbeat, &QTimer::timeout, this, [this] { heartbeat(); });
        m_flush.setSingleShot(true);
        m_flush.setInterval(0);
        connect(&m_flush, &QTimer::timeout, this, [this] { flush(); });
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, [this] { tryReconnect(); });
    }
    ~PostgresChangeFeed() override { stop(); }

    bool start(StoreError *error) override
    {
        stop();
        if (!connectAndListen(error))
            return false;
        m_running = true;
        m_lost = false;
        m_backoff.reset();
        m_heartbeat.start(m_intervalMs);
        return true;
    }

    void stop() override
    {
        m_heartbeat.stop();
        m_flush.stop();
        m_retry.stop();
        m_pending.clear();
        disconnectListener();
        m_running = false;
    }

    void retryNow() override
    {
        if (m_running && m_lost && m_autoReconnect) {
            m_retry.stop();
            tryReconnect();
        }
    }

protected:
    void intervalChanged() override
    {
        if (m_heartbeat.isActive())
            m_heartbeat.start(m_intervalMs);
    }

private:
    bool connectAndListen(StoreError *error)
    {
        disconnectListener();
        m_connection = Connection::open(m_url, Connection::Mode::OpenExisting, error);
        if (!m_connection)
            return false;
        QSqlDriver *driver = m_connection->database().driver();
        const QString channel = QString::fromLatin1(TicketStore::NotifyChannel);
        if (!driver->subscribeToNotification(channel)) {
            m_connection.reset();
            return storeFail(error, StoreError::Kind::Connection,
                             trStore("cannot listen for changes on %1").arg(m_url.toString()));
        }
        m_driverConnection = connect(driver, &QSqlDriver::notification, this,
                                     [this](const QString &name, QSqlDriver::NotificationSource,
                                            const QVariant &payload) {
                                         if (name != QLatin1String(TicketStore::NotifyChannel))
                                             return;
                                         const QString text = payload.toString();
                                         bool ok = false;
                                         const qint64 id = text.toLongLong(&ok);
                                         if (!ok) {
                                             m_resync = true;
                                         } else if (!m_pending.contains(id)) {
                                             m_pending.append(id);
                                         }
                                         if (!m_flush.isActive())
                                             m_flush.start();
                                     });
        return true;
    }

    // `unsubscribe` false: the connection is gone, UNLISTEN would only fail.
    void disconnectListener(bool unsubscribe = true)
    {
        if (m_driverConnection)
            disconnect(m_driverConnection);
        m_driverConnection = {};
        if (m_connection && unsubscribe) {
            QSqlDriver *driver = m_connection->database().driver();
            if (driver && m_connection->database().isOpen())
                driver->unsubscribeFromNotification(
                        QString::fromLatin1(TicketStore::NotifyChannel));
        }
        m_connection.reset();
    }

    void flush()
    {
        if (m_resync || m_pending.size() > MaxIdsPerSignal) {
            m_resync = false;
            m_pending.clear();
            emit resyncNeeded();
            return;
        }
        const QVector<qint64> ids = std::move(m_pending);
        m_pending.clear();
        if (!ids.isEmpty())
            emit ticketsChanged(ids);
    }

    void heartbeat()
    {
        if (!m_connection)
            return;
        QSqlQuery q = m_connection->query();
        // The heartbeat also helps the server through tickets a catalog change queued for
        // recomputation (schema 6), a small batch at a time; a login that may not is left to
        // plain heartbeats.
        if (m_helpRecompute) {
            if (q.exec(QStringLiteral("SELECT dueline_recompute_pending(%1)").arg(RecomputeBatch)))
                return;
            q.finish();
            if (q.exec(QStringLiteral("SELECT 1"))) {
                m_helpRecompute = false;
                return;
            }
        } else if (q.exec(QStringLiteral("SELECT 1"))) {
            return;
        }
        const QString reason = sqlErrorText(q);
        q = QSqlQuery();
        disconnectListener(false);
        m_heartbeat.stop();
        m_lost = true;
        emit connectionLost(
                trStore("lost the change feed connection to %1: %2").arg(m_url.toString(), reason));
        if (!m_autoReconnect) {
            m_running = false; // the owner starts the feed again
            return;
        }
        m_backoff.reset();
        scheduleReconnect();
    }

    void scheduleReconnect()
    {
        const int delay = m_backoff.nextDelayMs();
        m_retry.start(delay);
        emit reconnectScheduled(delay);
    }

    void tryReconnect()
    {
        StoreError error;
        if (!connectAndListen(&error)) {
            scheduleReconnect();
            return;
        }
        m_lost = false;
        m_backoff.reset();
        m_heartbeat.start(m_intervalMs);
        emit connectionRestored();
        emit resyncNeeded(); // changes while away were not heard
    }

    std::unique_ptr<Connection> m_connection;
    QMetaObject::Connection m_driverConnection;
    QTimer m_heartbeat;
    QTimer m_flush;
    QTimer m_retry;
    QVector<qint64> m_pending;
    bool m_resync = false;
    bool m_helpRecompute = true;
    // Tickets per heartbeat: a few milliseconds of the server's time.
    static constexpr int RecomputeBatch = 20;
};

} // namespace

int ReconnectBackoff::nextDelayMs()
{
    // initial · 2^attempts, without overflowing, capped.
    qint64 base = m_initialMs;
    for (int i = 0; i < m_attempts && base < m_maxMs; ++i)
        base *= 2;
    base = std::min<qint64>(base, m_maxMs);
    ++m_attempts;
    if (m_jitter <= 0)
        return int(base);
    const double factor =
            1.0 + m_jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
    return int(std::clamp<qint64>(qint64(double(base) * factor), 1, m_maxMs));
}

void ReconnectBackoff::setDelays(int initialMs, int maxMs)
{
    m_initialMs = std::max(1, initialMs);
    m_maxMs = std::max(m_initialMs, maxMs);
}

void ReconnectBackoff::setJitter(double fraction)
{
    m_jitter = std::clamp(fraction, 0.0, 0.5);
}

ChangeFeed::ChangeFeed(const DatabaseUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{ }

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::setInterval(int ms)
{
    m_intervalMs = std::max(10, ms);
    intervalChanged();
}

std::unique_ptr<ChangeFeed> ChangeFeed::create(const DatabaseUrl &url, QObject *parent)
{
    if (url.engine == Engine::SQLite)
        return std::make_unique<SqliteChangeFeed>(url, parent);
    return std::make_unique<PostgresChangeFeed>(url, parent);
}

} // namespace dueline
