// QueueNotifier: the notifications of tickets at risk or breached, the tray icon and the list of
// what was missed while away.
#pragma once

#include "models/item/queuemodel.h"
#include "models/presenters/notificationgate.h"
#include "models/presenters/queuecontroller.h"
#include "views/common/dialogrunner.h"
#include "views/queue/notificationchannel.h"

#include <QObject>
#include <QPointer>
#include <QToolButton>
#include <QVector>

#include <functional>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace dueline {

class DesktopNotifications;
class TrayNotifications;

// A ticket that crossed into at risk or breached, as its notification and its line in the list
// of missed notifications tell it.
struct SlaAlert
{
    Instant at = 0; // when it crossed, on the queue's clock
    qint64 ticketId = 0;
    QString subject;
    ClockState state = ClockState::AtRisk; // AtRisk or Breached
    bool unassigned = false;
    bool hasClock = false; // the clock that crossed is known (the queue's model has the ticket)
    TargetKind clock = TargetKind::Response;
    Instant due = InvalidInstant;
    qint64 remaining = 0; // at risk: working seconds left at `at`
    // How the time left is shown (docs/architecture.md §2): the target's unit, and the calendar
    // whose business days count it.
    TargetUnit unit = TargetUnit::Hours;
    WorkCalendarPtr calendar;
};

// Tells the agent when a ticket of theirs, or an unassigned one, crosses into at risk or
// breached: a status message, and a notification — through the desktop's notification service
// (DesktopNotifications, D-Bus) when one answers, else as the tray icon's balloon
// (TrayNotifications). Not when notifications are off or outside the agent's own hours (the
// settings notifications/enabled, notifications/workStart and notifications/workEnd: weekdays,
// 09:00–18:00 by default, in the agent's time zone).
//
// A notification names the ticket (number and subject), the clock that crossed, its due instant
// in the reader's time zone and how long is left (or how long ago it breached); it offers Open
// and, for an unassigned ticket, Take; a later one of the same ticket replaces it. No storms
// (NotificationGate): one notification per ticket, clock and threshold, and more than 3 within
// 30 s of the queue's clock become one summary ("12 tickets at risk").
//
// Nothing is lost while away: every crossing notified while the window is hidden, minimized or
// behind another application's is kept in the missed list (missedAction(), the status bar's
// missedButton()), until the person has seen it (showMissed()).
class QueueNotifier : public QObject
{
    Q_OBJECT
public:
    // `workspace`: the parent, whose window the notifications raise.
    explicit QueueNotifier(QWidget *workspace);
    ~QueueNotifier() override;

    // The queue's controller: its model says which clock of a ticket crossed and its time left,
    // its catalog the clock's target and calendar.
    void setController(const dueline::QueueController *controller) { m_controller = controller; }
    void setDialogRunner(DialogRunner runner) { m_dialogRunner = std::move(runner); }

    // A clock of `row` crossed into `state` (ClockState::AtRisk or Breached) at `now`; a ticket
    // assigned to `agentId` (not 0) or to nobody is notified.
    void ticketStateChanged(const dueline::QueueRow &row, dueline::ClockState state, qint64 agentId,
                            dueline::Instant now);
    // The tray icon with the counts of tickets at risk and breached (shown on the first call).
    void updateTray(const dueline::QueueModel::Counts &counts);
    QSystemTrayIcon *tray() const;
    // Whether there is a system tray (QSystemTrayIcon::isSystemTrayAvailable() unless set; a
    // test sets it to make the tray on the offscreen platform).
    void setTrayAvailability(std::function<bool()> available);

    // The channels: the desktop's service (null without a session bus) and the tray.
    DesktopNotifications *desktopNotifications() const { return m_desktop; }
    TrayNotifications *trayNotifications() const { return m_tray; }

    // What a click on the last notification does: the window comes up and ticketRequested()
    // names its ticket (the workspace opens it).
    void notificationClicked();

    // Missed while away: the list, and View ▸ Missed Notifications… that shows it.
    const QVector<SlaAlert> &missed() const { return m_missed; }
    QAction *missedAction() const { return m_missedAction; }
    // The status bar's button that shows the list ("3 missed", hidden while nothing is missed),
    // made on the first call as a child of `parent`.
    QToolButton *missedButton(QWidget *parent);
    // Shows the list (MissedNotificationsDialog, through the dialog runner); once seen it is
    // cleared, and a notification chosen in it opens its ticket.
    void showMissed();
    // Whether the person is away: the window hidden, minimized or another application active.
    bool isAway() const;

    // What a notification of `alert` says, in the UI language.
    static QString alertTitle(const dueline::SlaAlert &alert);
    static QString alertState(const dueline::SlaAlert &alert); // "At risk", "Breached"
    // "Response due 16:00 CST · 15 min left" (the due instant in the reader's time zone, with
    // its date when it is not on the alert's day); empty when the clock is not known.
    static QString alertDetail(const dueline::SlaAlert &alert);
    static dueline::DesktopNotification notification(const dueline::SlaAlert &alert);

signals:
    void statusMessage(const QString &message);
    // Open this ticket (the workspace shows it).
    void ticketRequested(qint64 ticketId);
    // Take this ticket (the workspace assigns it to the agent).
    void takeRequested(qint64 ticketId);
    void missedChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void raiseWindow();
    void open(qint64 ticketId); // 0: the window only
    void take(qint64 ticketId);
    void deliver(const dueline::DesktopNotification &notification);
    void scheduleSummary();
    dueline::DesktopNotification summaryNotification() const;
    dueline::SlaAlert alertFor(const dueline::QueueRow &row, dueline::ClockState state,
                               dueline::Instant now) const;
    bool quietAt(dueline::Instant now) const;
    void updateMissed();
    void retranslateUi();

    const QueueModel *model() const;

    QWidget *m_workspace = nullptr;
    const QueueController *m_controller = nullptr;
    DesktopNotifications *m_desktop = nullptr;
    TrayNotifications *m_tray = nullptr;
    NotificationGate m_gate;
    bool m_summaryScheduled = false;
    QHash<qint64, QString> m_subjects; // of the tickets the summary may name
    qint64 m_lastNotified = 0; // the ticket of the last notification
    Instant m_now = 0; // the queue's clock at the last crossing
    QVector<SlaAlert> m_missed;
    QAction *m_missedAction = nullptr;
    QPointer<QToolButton> m_missedButton;
    DialogRunner m_dialogRunner;
};

} // namespace dueline
