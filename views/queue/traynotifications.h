// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/item/queuemodel.h"
#include "views/queue/notificationchannel.h"

#include <QIcon>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace dueline {

// The tray icon ("queueTray") and its balloon messages, where the desktop has no notification
// service. The icon appears with the first counts when there is a system tray; its badge is the
// number of tickets at risk. A message is shown while the icon is; a click on it opens its
// ticket (opened()), a click on the icon brings the window up (iconActivated()).
class TrayNotifications : public NotificationChannel
{
    Q_OBJECT
public:
    // `workspace`: the parent, whose font the badge uses.
    explicit TrayNotifications(QWidget *workspace);

    // The icon with the counts of tickets at risk and breached (shown on the first call).
    void updateCounts(const dueline::QueueModel::Counts &counts);
    QSystemTrayIcon *tray() const { return m_tray; }
    // Whether there is a system tray (QSystemTrayIcon::isSystemTrayAvailable() unless set; a
    // test sets it to make the tray on the offscreen platform).
    void setAvailability(std::function<bool()> available);

    // A balloon message; failed() when there is no tray icon.
    void show(const dueline::DesktopNotification &notification) override;

signals:
    void iconActivated();

private:
    QIcon trayIcon(int atRisk) const; // the application icon with the at-risk badge

    QWidget *m_workspace = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastTicket = 0; // the ticket of the last message
    std::function<bool()> m_available;
};

} // namespace dueline
