// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connection.h"

#include <QObject>
#include <QVector>

#include <memory>

namespace dueline {

// Delays between attempts to reach a server that went away: 1, 2, 4 … seconds, capped at 30 s,
// each with ±20 % random jitter so a team's clients do not all knock in the same second after a
// restart. Counts attempts; reset() after success. Pure arithmetic (no clock): the caller runs a
// timer for each delay.
class ReconnectBackoff
{
public:
    static constexpr int DefaultInitialMs = 1000;
    static constexpr int DefaultMaxMs = 30000;
    static constexpr double DefaultJitter = 0.2;

    // The delay before the next attempt (and counts it).
    int nextDelayMs();
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }
    void setDelays(int initialMs, int maxMs);
    int initialMs() const { return m_initialMs; }
    int maxMs() const { return m_maxMs; }
    // 0 … 0.5 (0: exact powers of two, for tests).
    void setJitter(double fraction);

private:
    int m_initialMs = DefaultInitialMs;
    int m_maxMs = DefaultMaxMs;
    double m_jitter = DefaultJitter;
    int m_attempts = 0;
};

// Tells a client which tickets other clients changed (docs/architecture.md §4), on its own
// connection:
// - PostgreSQL: LISTEN on TicketStore::NotifyChannel (each write sends NOTIFY with the ticket
//   id in its transaction); a heartbeat query notices a dropped connection (connectionLost()).
//   With auto-reconnect (the default) the feed then tries again with a ReconnectBackoff,
//   subscribes again and asks for a full reload (notifications may have been missed); without
//   it, the feed stops and its owner calls start() again once it has the server back.
// - SQLite: polls PRAGMA data_version (which changes when another connection commits) and then
//   reads the tickets whose change_seq grew.
// Lives in the thread that created it; needs that thread's event loop.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultPollMs = 250; // SQLite
    static constexpr int DefaultHeartbeatMs = 2000; // PostgreSQL
    // More changed tickets than this at once: resyncNeeded() instead of a list.
    static constexpr int MaxIdsPerSignal = 10000;

    static std::unique_ptr<ChangeFeed> create(const DatabaseUrl &url, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Connects and starts watching; false and *error when the database cannot be reached.
    virtual bool start(StoreError *error) = 0;
    virtual void stop() = 0;
    bool isRunning() const { return m_running; }
    // The SQLite poll interval or the PostgreSQL heartbeat interval.
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }
    // Whether the feed reconnects by itself after losing the server (default true).
    void setAutoReconnect(bool enabled) { m_autoReconnect = enabled; }
    bool autoReconnect() const { return m_autoReconnect; }
    ReconnectBackoff &backoff() { return m_backoff; }
    // Whether the connection was lost and is not back yet.
    bool isLost() const { return m_lost; }
    // With auto-reconnect, while lost: tries to reconnect now instead of at the next delay.
    virtual void retryNow() { }

signals:
    // Ids of tickets other clients changed (each once, in the order seen).
    void ticketsChanged(const QVector<qint64> &ids);
    // Too many changes at once, or some may have been missed: reload everything.
    void resyncNeeded();
    void connectionLost(const QString &message);
    void connectionRestored();
    // With auto-reconnect: the next attempt is in `ms` milliseconds.
    void reconnectScheduled(int ms);

protected:
    explicit ChangeFeed(const DatabaseUrl &url, QObject *parent);
    virtual void intervalChanged() { }

    DatabaseUrl m_url;
    bool m_running = false;
    bool m_lost = false;
    bool m_autoReconnect = true;
    int m_intervalMs = DefaultPollMs;
    ReconnectBackoff m_backoff;
};

} // namespace dueline
