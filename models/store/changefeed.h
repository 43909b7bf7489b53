#pragma once

#include "models/store/connection.h"

#include <QObject>
#include <QVector>

#include <memory>

namespace dueline {

// Tells a client which tickets other clients changed (DESIGN §4), on its own connection:
// - PostgreSQL: LISTEN on TicketStore::NotifyChannel (each write sends NOTIFY with the ticket
//   id in its transaction); a heartbeat query notices a dropped connection, reconnects and
//   subscribes again (and asks for a full reload: notifications may have been missed).
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

signals:
    // Ids of tickets other clients changed (each once, in the order seen).
    void ticketsChanged(const QVector<qint64> &ids);
    // Too many changes at once, or some may have been missed: reload everything.
    void resyncNeeded();
    void connectionLost(const QString &message);
    void connectionRestored();

protected:
    explicit ChangeFeed(const DatabaseUrl &url, QObject *parent);
    virtual void intervalChanged() { }

    DatabaseUrl m_url;
    bool m_running = false;
    int m_intervalMs = DefaultPollMs;
};

} // namespace dueline
