// SPDX-License-Identifier: GPL-3.0-or-later
// DesktopNotifications: Notify, GetCapabilities and the service's signals over D-Bus.
#include "views/queue/desktopnotifications.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QStringList>
#include <QVariantMap>

#include <utility>

namespace dueline {

const char *const DesktopNotifications::serviceName = "org.freedesktop.Notifications";
const char *const DesktopNotifications::objectPath = "/org/freedesktop/Notifications";
const char *const DesktopNotifications::interfaceName = "org.freedesktop.Notifications";
const char *const DesktopNotifications::appName = "Dueline";
const char *const DesktopNotifications::appIcon = "org.dueline.Dueline";

namespace {

// How long a call may wait for the service before the tray shows the notification instead.
constexpr int callTimeoutMs = 5000;

QDBusMessage methodCall(const char *method)
{
    return QDBusMessage::createMethodCall(QLatin1String(DesktopNotifications::serviceName),
                                          QLatin1String(DesktopNotifications::objectPath),
                                          QLatin1String(DesktopNotifications::interfaceName),
                                          QLatin1String(method));
}

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : NotificationChannel(parent)
    , m_bus(QDBusConnection::sessionBus())
{
    setObjectName(QStringLiteral("desktopNotifications"));
    if (!m_bus.isConnected())
        return;
    const QString service = QLatin1String(serviceName);
    const QString path = QLatin1String(objectPath);
    const QString interface = QLatin1String(interfaceName);
    m_bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(actionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(notificationClosed(uint, uint)));
    m_watcher =
            new QDBusServiceWatcher(service, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            &DesktopNotifications::forget);
}

DesktopNotifications::~DesktopNotifications() = default;

void DesktopNotifications::show(const DesktopNotification &notification)
{
    if (!m_bus.isConnected()) {
        emit failed(notification);
        return;
    }
    if (m_capabilities != Capabilities::Known) {
        m_waiting.append(notification);
        if (m_capabilities == Capabilities::Unknown)
            askCapabilities();
        return;
    }
    send(notification);
}

void DesktopNotifications::askCapabilities()
{
    m_capabilities = Capabilities::Asking;
    auto *watcher = new QDBusPendingCallWatcher(
            m_bus.asyncCall(methodCall("GetCapabilities"), callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QStringList> reply = *watcher;
        const QVector<DesktopNotification> waiting = std::exchange(m_waiting, {});
        if (reply.isError()) {
            // No service: asked again with the next notification, which may find one.
            m_capabilities = Capabilities::Unknown;
            for (const DesktopNotification &n : waiting)
                emit failed(n);
            return;
        }
        m_capabilities = Capabilities::Known;
        m_markup = reply.value().contains(QStringLiteral("body-markup"));
        for (const DesktopNotification &n : waiting)
            send(n);
    });
}

void DesktopNotifications::send(const DesktopNotification &notification)
{
    const qint64 key = notification.ticketId;
    if (m_sending.contains(key)) {
        // The earlier one has no id yet: this one replaces it once it has.
        m_next.insert(key, notification);
        return;
    }
    m_sending.insert(key);
    QStringList actions{QStringLiteral("default"),
                        tr("Open", "notification action: open the ticket in Dueline")};
    if (notification.canTake)
        actions << QStringLiteral("take")
                << tr("Take", "notification action: assign the ticket to myself");
    if (notification.canAssign)
        actions << QStringLiteral("assign")
                << tr("Assign…", "notification action: choose who works on the ticket");
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue(uchar(notification.critical ? 2 : 1)));
    hints.insert(QStringLiteral("desktop-entry"), QLatin1String(appIcon));
    QDBusMessage call = methodCall("Notify");
    call << QLatin1String(appName) << m_idOf.value(key) << QLatin1String(appIcon)
         << notification.summary
         << (m_markup ? notification.body.toHtmlEscaped() : notification.body) << actions << hints
         << qint32(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, notification, key] {
        watcher->deleteLater();
        m_sending.remove(key);
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            m_capabilities = Capabilities::Unknown;
            emit failed(notification);
        } else {
            const uint id = reply.value();
            const uint earlier = m_idOf.value(key);
            if (earlier != 0 && earlier != id)
                m_ticketOf.remove(earlier);
            m_idOf.insert(key, id);
            m_ticketOf.insert(id, key);
            emit shown(notification);
        }
        if (m_next.contains(key))
            send(m_next.take(key));
    });
}

void DesktopNotifications::actionInvoked(uint id, const QString &action)
{
    const auto ticket = m_ticketOf.constFind(id);
    if (ticket == m_ticketOf.cend())
        return; // another application's notification
    if (action == QLatin1String("default"))
        emit opened(*ticket);
    else if (action == QLatin1String("take"))
        emit takeRequested(*ticket);
    else if (action == QLatin1String("assign"))
        emit assignRequested(*ticket);
}

void DesktopNotifications::notificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    const auto ticket = m_ticketOf.constFind(id);
    if (ticket == m_ticketOf.cend())
        return;
    const qint64 ticketId = *ticket;
    m_ticketOf.erase(ticket);
    if (m_idOf.value(ticketId) == id)
        m_idOf.remove(ticketId);
    emit closed(ticketId);
}

void DesktopNotifications::forget()
{
    m_idOf.clear();
    m_ticketOf.clear();
    if (m_capabilities == Capabilities::Known)
        m_capabilities = Capabilities::Unknown;
}

} // namespace dueline
