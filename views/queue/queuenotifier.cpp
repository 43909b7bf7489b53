// SPDX-License-Identifier: GPL-3.0-or-later
// QueueNotifier: who is notified and when, what a notification says, the summary of a storm, the
// channels (desktop service, tray) and the list of what was missed while away.
#include "views/queue/queuenotifier.h"

#include "models/item/dateformat.h"
#include "models/sla/clocktext.h"
#include "views/common/icons.h"
#include "views/queue/desktopnotifications.h"
#include "views/queue/missednotificationsdialog.h"
#include "views/queue/traynotifications.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QTime>
#include <QTimeZone>
#include <QTimer>

#include <QWidget>
#include <limits>

namespace dueline {

namespace {

// The missed list keeps the latest of a long absence.
constexpr int missedLimit = 500;
// A summary names this many tickets, then "and N more".
constexpr int summaryNamed = 5;

} // namespace

QueueNotifier::QueueNotifier(QWidget *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("queueNotifier"));
    m_tray = new TrayNotifications(workspace);
    connect(m_tray, &TrayNotifications::iconActivated, this, &QueueNotifier::raiseWindow);
    connect(m_tray, &NotificationChannel::opened, this, &QueueNotifier::open);

    m_desktop = new DesktopNotifications(this);
    if (m_desktop->isConnected()) {
        // No service answered: the tray shows it.
        connect(m_desktop, &NotificationChannel::failed, m_tray, &TrayNotifications::show);
        connect(m_desktop, &NotificationChannel::opened, this, &QueueNotifier::open);
        connect(m_desktop, &NotificationChannel::takeRequested, this, &QueueNotifier::take);
        connect(m_desktop, &NotificationChannel::assignRequested, this, &QueueNotifier::assign);
    } else {
        delete m_desktop; // no session bus
        m_desktop = nullptr;
    }

    m_missedAction = new QAction(Icons::get(QStringLiteral("notifications")), QString(), this);
    m_missedAction->setObjectName(QStringLiteral("missedNotificationsAction"));
    connect(m_missedAction, &QAction::triggered, this, &QueueNotifier::showMissed);
    retranslateUi();
}

QueueNotifier::~QueueNotifier() = default;

void QueueNotifier::setSettings(const QHash<qint64, NotificationSettings> &settings)
{
    m_settings = settings;
    m_nextScheduleCheck = 0; // someone's hours or do not disturb may have changed: look again
}

const NotificationSettings &QueueNotifier::settingsOf(qint64 agentId) const
{
    static const NotificationSettings defaults;
    const auto it = m_settings.constFind(agentId);
    return it == m_settings.cend() ? defaults : *it;
}

NotificationAudience QueueNotifier::audience(const Agent &me) const
{
    NotificationAudience a;
    a.readerId = me.id;
    a.lead = me.role == Agent::Role::Lead;
    a.settings = settingsOf(me.id);
    return a;
}

const QueueModel *QueueNotifier::model() const
{
    return m_controller ? m_controller->model() : nullptr;
}

SlaAlert QueueNotifier::alertFor(const QueueRow &row, ClockState state, Instant now) const
{
    SlaAlert alert;
    alert.at = now;
    alert.ticketId = row.id;
    alert.subject = row.subject;
    alert.state = state;
    alert.unassigned = row.assigneeId == 0;
    const QueueModel *queue = model();
    if (!queue || !queue->ticket(row.id))
        return alert;
    // The clock that crossed; of two in the same state, the one due first. A ticket counted at
    // risk may have its clocks outside working hours now: then the one due first of those.
    for (const bool outsideHours : {false, true}) {
        if (alert.hasClock || (outsideHours && state != ClockState::AtRisk))
            break;
        for (const TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
            qint64 remaining = 0;
            if (queue->clockState(row, kind, &remaining) !=
                (outsideHours ? ClockState::OutsideHours : state))
                continue;
            const Instant due = row.clock(kind).due;
            if (due == InvalidInstant || (alert.hasClock && due >= alert.due))
                continue;
            alert.hasClock = true;
            alert.clock = kind;
            alert.due = due;
            alert.remaining = remaining;
        }
    }
    // The clock's target and calendar, from the catalog the queue runs on.
    const CatalogPtr &catalog = m_controller->source().catalog;
    const Plan *plan = alert.hasClock && catalog ? catalog->plan(row.planId) : nullptr;
    if (const SeverityTargets *targets = plan ? plan->targetsFor(row.severity) : nullptr) {
        const Target &target = targets->target(alert.clock);
        alert.unit = target.unit;
        alert.calendar = catalog->calendarFor(*plan, target);
    }
    return alert;
}

void QueueNotifier::ticketStateChanged(const QueueRow &row, ClockState state, const Agent &me,
                                       Instant now)
{
    if (me.id == 0)
        return;
    const NotificationAudience reader = audience(me);
    const NotificationSettings *assignee =
            row.assigneeId != 0 ? &settingsOf(row.assigneeId) : nullptr;
    const NotificationReason reason = reader.reason(row.assigneeId, state, assignee, now);
    if (reason == NotificationReason::None)
        return;
    m_now = now;
    SlaAlert alert = alertFor(row, state, now);
    alert.reason = reason;
    alert.canAssign = reader.lead;
    if (row.assigneeId != 0 && m_controller)
        alert.assigneeName = m_controller->agentNames().value(row.assigneeId);
    if (reason == NotificationReason::AgentOutsideHours) {
        alert.assigneeDoNotDisturb = assignee->doNotDisturb;
        if (!assignee->doNotDisturb)
            alert.assigneeBack = assignee->nextChange(now);
    }
    NotificationGate::Crossing crossing;
    crossing.ticketId = row.id;
    crossing.clock = alert.clock;
    crossing.state = state;
    crossing.due = alert.hasClock ? alert.due : InvalidInstant;
    if (!reader.isOn(now)) {
        // Outside my hours, or do not disturb: not on the desktop, but not lost either.
        if (m_gate.remember(crossing))
            addMissed(alert);
        return;
    }
    const NotificationGate::Verdict verdict = m_gate.admit(crossing, now);
    if (verdict == NotificationGate::Verdict::Drop)
        return;
    const DesktopNotification n = notification(alert);
    emit statusMessage(n.summary);
    m_lastNotified = row.id;
    if (m_subjects.size() > missedLimit) // a long session: only a storm's few are needed
        m_subjects.clear();
    m_subjects.insert(row.id, row.subject);
    if (isAway())
        addMissed(alert);
    if (verdict == NotificationGate::Verdict::Notify)
        deliver(n);
    else
        scheduleSummary();
}

void QueueNotifier::checkSchedules(const Agent &me, Instant now)
{
    if (me.id == 0 || me.role != Agent::Role::Lead || !model())
        return;
    const NotificationAudience reader = audience(me);
    if (!reader.settings.escalateOutsideHours ||
        reader.settings.effectiveScope(true) != NotificationSettings::Scope::All)
        return;
    if (m_nextScheduleCheck != 0 && now < m_nextScheduleCheck)
        return;
    // The next instant at which someone's hours begin or end.
    Instant next = InvalidInstant;
    for (auto it = m_settings.cbegin(); it != m_settings.cend(); ++it) {
        const Instant change = it->nextChange(now);
        if (change != InvalidInstant && (next == InvalidInstant || change < next))
            next = change;
    }
    m_nextScheduleCheck = next == InvalidInstant ? std::numeric_limits<Instant>::max() : next;
    // The tickets at risk now whose agent is outside their hours (the gate drops those told
    // before).
    const QueueModel *queue = model();
    for (const qint64 id : queue->ticketsAtRisk()) {
        const QueueRow *row = queue->ticket(id);
        if (row && row->assigneeId != 0 && row->assigneeId != me.id &&
            !settingsOf(row->assigneeId).isOn(now))
            ticketStateChanged(*row, ClockState::AtRisk, me, now);
    }
}

void QueueNotifier::addMissed(const SlaAlert &alert)
{
    m_missed.append(alert);
    if (m_missed.size() > missedLimit)
        m_missed.remove(0, m_missed.size() - missedLimit);
    updateMissed();
}

void QueueNotifier::deliver(const DesktopNotification &notification)
{
    if (m_desktop)
        m_desktop->show(notification); // failed() hands it to the tray
    else
        m_tray->show(notification);
}

void QueueNotifier::scheduleSummary()
{
    // Once for all the crossings of one tick.
    if (m_summaryScheduled)
        return;
    m_summaryScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_summaryScheduled = false;
        if (!m_gate.isSummaryOpen())
            return;
        const DesktopNotification summary = summaryNotification();
        emit statusMessage(summary.summary);
        deliver(summary);
    });
}

DesktopNotification QueueNotifier::summaryNotification() const
{
    const NotificationGate::Summary &s = m_gate.summary();
    const int total = int(s.tickets.size());
    DesktopNotification n;
    n.ticketId = 0;
    n.critical = s.breached > 0;
    if (s.breached == 0)
        n.summary = tr("%n tickets at risk", "a summary notification", total);
    else if (s.atRisk == 0)
        n.summary = tr("%n tickets breached", "a summary notification", total);
    else
        n.summary = tr("%n tickets at risk or breached", "a summary notification", total);
    QStringList lines;
    if (s.breached > 0 && s.atRisk > 0)
        lines << tr("%n at risk", "of the tickets in a summary", s.atRisk) + QStringLiteral(" · ") +
                         tr("%n breached", "of the tickets in a summary", s.breached);
    for (int i = 0; i < total && i < summaryNamed; ++i) {
        const qint64 id = s.tickets[i];
        QString subject = m_subjects.value(id);
        if (const QueueRow *row = model() ? model()->ticket(id) : nullptr)
            subject = row->subject;
        lines << tr("#%1 %2", "a ticket's number and subject in a list").arg(id).arg(subject);
    }
    if (total > summaryNamed)
        lines << tr("and %n more", "tickets in a summary", total - summaryNamed);
    n.body = lines.join(QLatin1Char('\n'));
    return n;
}

QString QueueNotifier::alertTitle(const SlaAlert &alert)
{
    return alert.state == ClockState::Breached
                   ? tr("Ticket #%1 breached its SLA").arg(alert.ticketId)
                   : tr("Ticket #%1 is at risk").arg(alert.ticketId);
}

QString QueueNotifier::alertState(const SlaAlert &alert)
{
    return alert.state == ClockState::Breached ? tr("Breached", "SLA state")
                                               : tr("At risk", "SLA state");
}

QString QueueNotifier::alertDetail(const SlaAlert &alert)
{
    if (!alert.hasClock || alert.due == InvalidInstant)
        return {};
    // In the reader's time zone; the time alone on the day of the alert.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime due = QDateTime::fromSecsSinceEpoch(alert.due, zone);
    const QLocale locale;
    const QString when = (due.date() == QDateTime::fromSecsSinceEpoch(alert.at, zone).date()
                                  ? locale.toString(due.time(), QStringLiteral("HH:mm"))
                                  : DateFormat::dateTime(locale, due)) +
                         QLatin1Char(' ') + due.timeZoneAbbreviation();
    const bool response = alert.clock == TargetKind::Response;
    const QString separator = QStringLiteral(" · ");
    if (alert.state == ClockState::Breached) {
        const QString dueText = response ? tr("Response was due %1") : tr("Resolution was due %1");
        // Wall-clock time since the due instant (docs/architecture.md §2).
        const qint64 ago = alert.at - alert.due;
        const QString agoText =
                ago < 60 ? tr("breached just now")
                         : tr("breached %1 ago", "wall-clock time since the due instant")
                                   .arg(ClockText::wallTime(ago));
        return dueText.arg(when) + separator + agoText;
    }
    const QString dueText = response ? tr("Response due %1") : tr("Resolution due %1");
    // What is left in the target's unit: business days of its calendar for a business-day target,
    // working hours and minutes otherwise (a static text, not a ticking countdown).
    // Under a business day, hours and minutes (never a ticking clock face).
    QString left = ClockText::workingTime(alert.remaining);
    qint64 rest = 0;
    if (alert.unit == TargetUnit::BusinessDays && alert.calendar &&
        alert.calendar->businessDaysWithin(alert.at, alert.remaining, &rest) > 0)
        left = ClockText::remaining(alert.remaining, alert.unit, alert.calendar.get(), alert.at);
    return dueText.arg(when) + separator +
           tr("%1 left", "working time until the due instant").arg(left);
}

DesktopNotification QueueNotifier::notification(const SlaAlert &alert)
{
    DesktopNotification n;
    n.ticketId = alert.ticketId;
    n.summary = alertTitle(alert);
    QStringList lines{alert.subject};
    const QString detail = alertDetail(alert);
    if (!detail.isEmpty())
        lines << detail;
    const QString assignee = alertAssignee(alert);
    if (!assignee.isEmpty())
        lines << assignee;
    n.body = lines.join(QLatin1Char('\n'));
    n.critical = alert.state == ClockState::Breached;
    n.canTake = alert.unassigned;
    n.canAssign = alert.canAssign;
    return n;
}

QString QueueNotifier::alertAssignee(const SlaAlert &alert)
{
    if (alert.unassigned)
        return tr("Not assigned to anyone yet");
    if (alert.reason == NotificationReason::MyTicket)
        return {};
    const QString name = alert.assigneeName.isEmpty()
                                 ? tr("another agent", "an agent whose name is not known")
                                 : alert.assigneeName;
    if (alert.reason != NotificationReason::AgentOutsideHours)
        return tr("Assigned to %1").arg(name);
    if (alert.assigneeDoNotDisturb)
        return tr("Assigned to %1, who has do not disturb on").arg(name);
    if (alert.assigneeBack == InvalidInstant)
        return tr("Assigned to %1, who is outside their hours").arg(name);
    // When they are back, in the reader's zone; the date too when not the alert's day.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime back = QDateTime::fromSecsSinceEpoch(alert.assigneeBack, zone);
    const QLocale locale;
    const QString when = back.date() == QDateTime::fromSecsSinceEpoch(alert.at, zone).date()
                                 ? locale.toString(back.time(), QStringLiteral("HH:mm"))
                                 : DateFormat::dateTime(locale, back);
    return tr("Assigned to %1, outside their hours until %2").arg(name, when);
}

bool QueueNotifier::isAway() const
{
    const QWidget *window = m_workspace->window();
    return !window->isVisible() || window->isMinimized() ||
           QGuiApplication::applicationState() != Qt::ApplicationActive;
}

void QueueNotifier::raiseWindow()
{
    if (QWidget *w = m_workspace->window()) {
        w->showNormal();
        w->raise();
        w->activateWindow();
    }
}

void QueueNotifier::forgetMissed(qint64 ticketId)
{
    const auto seen = [ticketId](const SlaAlert &a) {
        return a.ticketId == ticketId;
    };
    if (m_missed.removeIf(seen) > 0)
        updateMissed();
}

void QueueNotifier::open(qint64 ticketId)
{
    raiseWindow();
    if (ticketId == 0)
        return;
    forgetMissed(ticketId);
    emit ticketRequested(ticketId);
}

void QueueNotifier::take(qint64 ticketId)
{
    raiseWindow();
    forgetMissed(ticketId);
    emit takeRequested(ticketId);
}

void QueueNotifier::assign(qint64 ticketId)
{
    raiseWindow();
    forgetMissed(ticketId);
    emit assignRequested(ticketId);
}

void QueueNotifier::notificationClicked()
{
    open(m_lastNotified);
}

QSystemTrayIcon *QueueNotifier::tray() const
{
    return m_tray->tray();
}

void QueueNotifier::setTrayAvailability(std::function<bool()> available)
{
    m_tray->setAvailability(std::move(available));
}

void QueueNotifier::updateTray(const QueueModel::Counts &counts)
{
    m_tray->updateCounts(counts);
}

QToolButton *QueueNotifier::missedButton(QWidget *parent)
{
    if (!m_missedButton) {
        m_missedButton = new QToolButton(parent);
        m_missedButton->setObjectName(QStringLiteral("missedNotificationsButton"));
        m_missedButton->setAutoRaise(true);
        m_missedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_missedButton->setIcon(Icons::get(QStringLiteral("notifications")));
        m_missedButton->installEventFilter(this);
        connect(m_missedButton, &QToolButton::clicked, this, &QueueNotifier::showMissed);
        updateMissed();
    }
    return m_missedButton;
}

bool QueueNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_missedButton && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void QueueNotifier::retranslateUi()
{
    m_missedAction->setText(tr("&Missed Notifications…"));
    m_missedAction->setStatusTip(
            tr("What was notified while Dueline was hidden, minimized or in the background"));
    updateMissed();
}

void QueueNotifier::updateMissed()
{
    const int count = int(m_missed.size());
    if (m_missedButton) {
        m_missedButton->setText(tr("%n missed", "notifications missed while away", count));
        m_missedButton->setToolTip(
                tr("Notifications that came while you were away; click to see them"));
        m_missedButton->setVisible(count > 0);
    }
    emit missedChanged(count);
}

void QueueNotifier::showMissed()
{
    MissedNotificationsDialog dialog(m_missed, model() ? model()->now() : m_now,
                                     m_workspace->window());
    runDialog(m_dialogRunner, dialog);
    // Seen: cleared.
    const qint64 chosen = dialog.chosenTicket();
    m_missed.clear();
    updateMissed();
    if (chosen != 0)
        open(chosen);
}

} // namespace dueline
