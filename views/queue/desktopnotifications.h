// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/queue/notificationchannel.h"

#include <QDBusConnection>
#include <QHash>
#include <QSet>
#include <QVector>

class QDBusServiceWatcher;

namespace dueline {

// The desktop's notification service over D-Bus (the freedesktop Desktop Notifications
// Specification, org.freedesktop.Notifications on the session bus): Notify with the application's
// name and icon, the actions "default" (open the ticket), for an unassigned ticket "take" and,
// for a lead, "assign",
// urgency critical (2) for a breach and normal (1) otherwise, and the id of the ticket's earlier
// notification as replaces_id, so that the service replaces it in place. ActionInvoked and
// NotificationClosed are mapped back to the ticket (signals of other applications' notifications
// are ignored). The body is escaped when the service reads markup.
//
// Every call is asynchronous (a slow service never blocks the window). When no service answers —
// no session bus, no owner of the name and none to start, an error or 5 s without a reply —
// failed() hands the notification back, for the tray.
class DesktopNotifications : public NotificationChannel
{
    Q_OBJECT
public:
    // On the session bus.
    explicit DesktopNotifications(QObject *parent = nullptr);
    ~DesktopNotifications() override;

    // Whether there is a session bus at all (without one every show() fails at once).
    bool isConnected() const { return m_bus.isConnected(); }
    void show(const dueline::DesktopNotification &notification) override;

    // The id the service gave the ticket's notification (0: the summary's) while it is shown;
    // 0 when there is none.
    uint notificationId(qint64 ticketId) const { return m_idOf.value(ticketId); }

    static const char *const serviceName; // org.freedesktop.Notifications
    static const char *const objectPath; // /org/freedesktop/Notifications
    static const char *const interfaceName; // org.freedesktop.Notifications
    // The application's name, icon and desktop entry in every notification.
    static const char *const appName; // Dueline
    static const char *const appIcon; // org.dueline.Dueline, the installed icon's name

private slots:
    void actionInvoked(uint id, const QString &action);
    void notificationClosed(uint id, uint reason);

private:
    enum class Capabilities { Unknown, Asking, Known };
    void askCapabilities();
    void send(const dueline::DesktopNotification &notification);
    void forget(); // the service went away or changed: its ids mean nothing any more

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    Capabilities m_capabilities = Capabilities::Unknown;
    bool m_markup = false; // the service reads markup in the body
    QVector<DesktopNotification> m_waiting; // until the capabilities are known
    QHash<qint64, uint> m_idOf; // ticket (0: the summary) → the service's id
    QHash<uint, qint64> m_ticketOf;
    QSet<qint64> m_sending; // a Notify of the ticket is on its way
    QHash<qint64, DesktopNotification> m_next; // sent once the one on its way has its id
};

} // namespace dueline
