// QueueNotifier: the notifications of my tickets at risk or breached, and the tray icon.
#pragma once

#include "models/item/queuemodel.h"

#include <QIcon>
#include <QObject>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace dueline {

// Tells the agent when a ticket assigned to them crosses into at risk or breached: a status
// message, and a tray message while the tray icon is shown; not when notifications are off or
// outside the agent's own hours (the settings notifications/enabled, notifications/workStart and
// notifications/workEnd: weekdays, 09:00–18:00 by default, in the agent's time zone). The tray
// icon ("queueTray") appears with the first counts when there is a system tray; its badge is
// the number of tickets at risk, and activating it brings the workspace's window to the front.
class QueueNotifier : public QObject
{
    Q_OBJECT
public:
    // `workspace`: the parent, whose window the tray raises and whose font the badge uses.
    explicit QueueNotifier(QWidget *workspace);

    // A clock of `row` crossed into `state` (ClockState::AtRisk or Breached) at `now`; only a
    // ticket assigned to `agentId` (not 0) is notified.
    void ticketStateChanged(const dueline::QueueRow &row, dueline::ClockState state, qint64 agentId,
                            dueline::Instant now);
    // The tray icon with the counts of tickets at risk and breached (shown on the first call).
    void updateTray(const dueline::QueueModel::Counts &counts);
    QSystemTrayIcon *tray() const { return m_tray; }
    // Whether there is a system tray (QSystemTrayIcon::isSystemTrayAvailable() unless set; a
    // test sets it to make the tray on the offscreen platform).
    void setTrayAvailability(std::function<bool()> available);

    // What a click on the last notification does: the window comes up and ticketRequested()
    // names its ticket (the workspace opens it).
    void notificationClicked();

signals:
    void statusMessage(const QString &message);
    void ticketRequested(qint64 ticketId);

private:
    void raiseWindow();
    bool quietAt(dueline::Instant now) const;
    QIcon trayIcon(int atRisk) const; // the application icon with the at-risk badge

    QWidget *m_workspace = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_lastNotified = 0; // the ticket of the last notification
    std::function<bool()> m_trayAvailable;
};

} // namespace dueline
