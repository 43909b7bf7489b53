// SPDX-License-Identifier: GPL-3.0-or-later
// QueueNotifier: the notifications of tickets at risk or breached, the tray icon and the list of
// what was missed while away.
#pragma once

#include "models/item/queuemodel.h"
#include "models/presenters/notificationaudience.h"
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
    // Why it reached the reader (an escalation names the ticket's agent).
    NotificationReason reason = NotificationReason::MyTicket;
    QString assigneeName;
    // AgentOutsideHours: when the agent's hours begin again (InvalidInstant: not known, or do not
    // disturb).
    Instant assigneeBack = InvalidInstant;
    bool assigneeDoNotDisturb = false;
    bool canAssign = false; // the reader is a lead
};

// Tells the person when a ticket crosses into at risk or breached: a status message, and a
// notification — through the desktop's notification service (DesktopNotifications, D-Bus) when
// one answers, else as the tray icon's balloon (TrayNotifications).
//
// Who hears about what is NotificationAudience's rule, on each person's NotificationSettings
// (stored in the database, setSettings()): an agent about their own tickets and unassigned ones,
// a lead also about every breach and, when they ask for it, about a ticket at risk while its
// agent is outside their hours (checked at the crossing and again whenever someone's hours end,
// checkSchedules()). Outside the reader's own hours, or with do not disturb on, nothing reaches
// the desktop: the crossing goes to the missed list.
//
// A notification names the ticket (number and subject), the clock that crossed, its due instant
// in the reader's time zone and how long is left (or how long ago it breached), and for an
// escalation the ticket's agent; it offers Open, Take for an unassigned ticket and Assign… to a
// lead; a later one of the same ticket replaces it. No storms
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

    // Everyone's notification settings (agent id → settings; a person without a row has the
    // defaults), from the database.
    void setSettings(const QHash<qint64, dueline::NotificationSettings> &settings);
    const dueline::NotificationSettings &settingsOf(qint64 agentId) const;
    const QHash<qint64, dueline::NotificationSettings> &settings() const { return m_settings; }

    // A clock of `row` crossed into `state` (ClockState::AtRisk or Breached) at `now`; `me` is
    // the person reading (NotificationAudience says whether it reaches them).
    void ticketStateChanged(const dueline::QueueRow &row, dueline::ClockState state,
                            const dueline::Agent &me, dueline::Instant now);
    // On every tick: when someone's hours have ended since the last check, a lead who asked for
    // it hears about the at-risk tickets of agents now outside their hours.
    void checkSchedules(const dueline::Agent &me, dueline::Instant now);
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
    // Who works on the ticket, for the escalations and unassigned tickets: "Not assigned to
    // anyone yet", "Assigned to Anna — outside their hours until 20:00"; empty for the reader's
    // own tickets.
    static QString alertAssignee(const dueline::SlaAlert &alert);
    static dueline::DesktopNotification notification(const dueline::SlaAlert &alert);
    // The alert of `row` crossing into `state` at `now`: the clock that crossed (of two in that
    // state, the one due first), its due, time left, unit and calendar.
    dueline::SlaAlert alertFor(const dueline::QueueRow &row, dueline::ClockState state,
                               dueline::Instant now) const;

signals:
    void statusMessage(const QString &message);
    // Open this ticket (the workspace shows it).
    void ticketRequested(qint64 ticketId);
    // Take this ticket (the workspace assigns it to the agent).
    void takeRequested(qint64 ticketId);
    // Choose who works on this ticket (the workspace opens it and asks).
    void assignRequested(qint64 ticketId);
    void missedChanged(int count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void raiseWindow();
    void open(qint64 ticketId); // 0: the window only
    void take(qint64 ticketId);
    void assign(qint64 ticketId);
    void forgetMissed(qint64 ticketId); // seen: it leaves the missed list
    void addMissed(const dueline::SlaAlert &alert);
    void deliver(const dueline::DesktopNotification &notification);
    void scheduleSummary();
    dueline::DesktopNotification summaryNotification() const;
    dueline::NotificationAudience audience(const dueline::Agent &me) const;
    void updateMissed();
    void retranslateUi();

    const QueueModel *model() const;

    QWidget *m_workspace = nullptr;
    const QueueController *m_controller = nullptr;
    DesktopNotifications *m_desktop = nullptr;
    TrayNotifications *m_tray = nullptr;
    NotificationGate m_gate;
    QHash<qint64, NotificationSettings> m_settings;
    Instant m_nextScheduleCheck = 0; // 0: at the next tick
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
