// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ticketclocks.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace dueline {

namespace {

QString isoUtc(Instant t)
{
    QString text = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
    if (text.endsWith(QLatin1Char('Z')))
        text.chop(1), text += QStringLiteral("+00:00");
    return text;
}

} // namespace

qint64 signedWorkingTime(const WorkCalendar &calendar, Instant a, Instant b)
{
    return b >= a ? calendar.workingTimeBetween(a, b) : -calendar.workingTimeBetween(b, a);
}

// ---------------------------------------------------------------------------------------------
// TicketHistory

TicketHistory::TicketHistory(const Catalog *catalog, const QString &serviceStage)
    : m_catalog(catalog)
    , m_serviceStage(serviceStage)
{ }

Instant TicketHistory::resolvedAt() const
{
    return m_status == TicketStatus::Resolved || m_status == TicketStatus::Closed ? m_lastResolvedAt
                                                                                  : InvalidInstant;
}

QString TicketHistory::apply(const Event &e, QString *field)
{
    auto fail = [field](const char *name, const QString &reason) {
        if (field)
            *field = QString::fromLatin1(name);
        return reason;
    };
    if (e.seq != m_lastSeq + 1)
        return fail("seq", QCoreApplication::translate("store", "expected event number %1, not %2")
                                   .arg(m_lastSeq + 1)
                                   .arg(e.seq));
    if (m_lastSeq == 0 && e.kind != EventKind::Created)
        return fail("kind", QCoreApplication::translate(
                                    "store", "the first event of a ticket must be \"created\""));
    if (m_lastSeq > 0 && e.kind == EventKind::Created)
        return fail("kind", QCoreApplication::translate("store", "a ticket is created only once"));
    if (m_lastSeq > 0 && e.at < m_lastAt)
        return fail("at", QCoreApplication::translate("store",
                                                      "%1 is earlier than the previous event (%2)")
                                  .arg(isoUtc(e.at), isoUtc(m_lastAt)));
    if (m_status == TicketStatus::Closed && e.kind != EventKind::Note)
        return fail("kind",
                    QCoreApplication::translate(
                            "store", "the ticket is closed; only internal notes can be added"));

    const Plan *plan = nullptr;
    auto checkPlanSeverity = [&](const QString &planId, const QString &severity,
                                 const char *severityField) -> QString {
        if (planId.isEmpty())
            return fail("plan", QCoreApplication::translate("store", "a plan is required"));
        if (severity.isEmpty())
            return fail(severityField,
                        QCoreApplication::translate("store", "a severity is required"));
        if (!m_catalog)
            return {};
        plan = m_catalog->plan(planId);
        if (!plan || plan->id != planId)
            return fail("plan",
                        QCoreApplication::translate("store", "unknown plan \"%1\"").arg(planId));
        if (!plan->offers(severity))
            return fail(
                    severityField,
                    QCoreApplication::translate("store",
                                                "plan %1 has no severity \"%2\" (it has: %3)")
                            .arg(planId, severity, plan->severities.join(QStringLiteral(", "))));
        return {};
    };

    TicketStatus newStatus = m_status;
    switch (e.kind) {
    case EventKind::Created: {
        QString error = checkPlanSeverity(e.planId, e.severity, "severity");
        if (!error.isEmpty())
            return error;
        if (m_catalog && plan && !m_serviceStage.isEmpty()) {
            const Provider *provider = m_catalog->provider(plan->providerId);
            if (!provider || !provider->stage(m_serviceStage))
                return fail("stage", QCoreApplication::translate(
                                             "store", "provider %1 has no service stage \"%2\"")
                                             .arg(plan->providerId, m_serviceStage));
        }
        newStatus = TicketStatus::New;
        break;
    }
    case EventKind::Assigned:
        if (e.assigneeId == m_assigneeId)
            return fail("assignee",
                        e.assigneeId == 0
                                ? QCoreApplication::translate(
                                          "store", "the ticket is not assigned to anyone")
                                : QCoreApplication::translate(
                                          "store", "the ticket is already assigned to that agent"));
        if (m_status == TicketStatus::New)
            newStatus = TicketStatus::Open;
        break;
    case EventKind::Replied:
        if (e.body.trimmed().isEmpty())
            return fail("body", QCoreApplication::translate("store", "a reply needs a text"));
        if (m_status == TicketStatus::New)
            newStatus = TicketStatus::Open;
        break;
    case EventKind::Note:
        if (e.body.trimmed().isEmpty())
            return fail("body", QCoreApplication::translate("store", "a note needs a text"));
        break;
    case EventKind::Status:
        switch (e.status) {
        case TicketStatus::WaitingCustomer:
            if (m_status != TicketStatus::New && m_status != TicketStatus::Open)
                return fail("status",
                            QCoreApplication::translate(
                                    "store", "only a new or open ticket can wait on the customer "
                                             "(it is %1)")
                                    .arg(ticketStatusKey(m_status)));
            break;
        case TicketStatus::Open:
            if (m_status != TicketStatus::WaitingCustomer)
                return fail("status",
                            QCoreApplication::translate(
                                    "store",
                                    "only a ticket waiting on the customer can resume (it is %1)")
                                    .arg(ticketStatusKey(m_status)));
            break;
        case TicketStatus::Closed:
            if (m_status != TicketStatus::Resolved)
                return fail("status",
                            QCoreApplication::translate(
                                    "store", "only a resolved ticket can be closed (it is %1)")
                                    .arg(ticketStatusKey(m_status)));
            break;
        default:
            return fail("status",
                        QCoreApplication::translate(
                                "store", "a status event sets waiting_customer, open or closed, "
                                         "not %1")
                                .arg(ticketStatusKey(e.status)));
        }
        newStatus = e.status;
        break;
    case EventKind::Severity: {
        if (e.severity == m_severity)
            return fail("severity",
                        QCoreApplication::translate("store", "the severity is already %1")
                                .arg(e.severity));
        QString error = checkPlanSeverity(m_planId, e.severity, "severity");
        if (!error.isEmpty())
            return error;
        break;
    }
    case EventKind::Plan: {
        if (e.planId == m_planId && e.severity == m_severity)
            return fail("plan",
                        QCoreApplication::translate("store", "the ticket is already on plan %1")
                                .arg(e.planId));
        QString error = checkPlanSeverity(e.planId, e.severity, "severity");
        if (!error.isEmpty())
            return error;
        break;
    }
    case EventKind::Resolved:
        if (!isOpenStatus(m_status))
            return fail("kind", QCoreApplication::translate(
                                        "store", "only an open ticket can be resolved (it is %1)")
                                        .arg(ticketStatusKey(m_status)));
        newStatus = TicketStatus::Resolved;
        break;
    case EventKind::Reopened:
        if (m_status != TicketStatus::Resolved)
            return fail("kind",
                        QCoreApplication::translate(
                                "store", "only a resolved ticket can be reopened (it is %1)")
                                .arg(ticketStatusKey(m_status)));
        newStatus = TicketStatus::Open;
        break;
    case EventKind::DueOverride: {
        if (e.due == InvalidInstant)
            return fail("due", QCoreApplication::translate(
                                       "store", "a due override needs the new due time"));
        if (e.body.trimmed().isEmpty())
            return fail("body",
                        QCoreApplication::translate("store", "a due override needs a reason"));
        if (m_catalog) {
            const Plan *current = m_catalog->plan(m_planId);
            const SeverityTargets *targets = current ? current->targetsFor(m_severity) : nullptr;
            bool committed = targets && targets->target(e.target).committed;
            if (committed && !m_serviceStage.isEmpty()) {
                const Provider *provider = m_catalog->provider(current->providerId);
                const ServiceStage *stage = provider ? provider->stage(m_serviceStage) : nullptr;
                committed = !stage || stage->sla;
            }
            if (!committed)
                return fail("target",
                            e.target == TargetKind::Response
                                    ? QCoreApplication::translate(
                                              "store",
                                              "the ticket has no response commitment to override")
                                    : QCoreApplication::translate(
                                              "store", "the ticket has no resolution commitment to "
                                                       "override"));
        }
        break;
    }
    }

    // Everything checked: apply.
    m_lastSeq = e.seq;
    m_lastAt = e.at;
    switch (e.kind) {
    case EventKind::Created:
        m_createdAt = e.at;
        m_severity = e.severity;
        m_planId = e.planId;
        break;
    case EventKind::Assigned:
        m_assigneeId = e.assigneeId;
        break;
    case EventKind::Replied:
        if (m_firstReplyAt == InvalidInstant)
            m_firstReplyAt = e.at;
        break;
    case EventKind::Severity:
        m_severity = e.severity;
        break;
    case EventKind::Plan:
        m_planId = e.planId;
        m_severity = e.severity;
        break;
    case EventKind::Resolved:
        if (m_firstResolvedAt == InvalidInstant)
            m_firstResolvedAt = e.at;
        m_lastResolvedAt = e.at;
        break;
    case EventKind::DueOverride:
        m_override[int(e.target)] = e.due;
        break;
    case EventKind::Note:
    case EventKind::Status:
    case EventKind::Reopened:
        break;
    }
    if (e.kind == EventKind::Created || newStatus != m_status)
        m_statusChanges.append({e.at, newStatus});
    m_status = newStatus;
    return {};
}

TicketHistory TicketHistory::replay(const Catalog *catalog, const QString &serviceStage,
                                    const QVector<Event> &events, int *badIndex, QString *error,
                                    QString *field)
{
    TicketHistory history(catalog, serviceStage);
    for (int i = 0; i < events.size(); ++i) {
        const QString reason = history.apply(events.at(i), field);
        if (!reason.isEmpty()) {
            if (badIndex)
                *badIndex = i;
            if (error)
                *error = reason;
            return history;
        }
    }
    if (badIndex)
        *badIndex = -1;
    return history;
}

// ---------------------------------------------------------------------------------------------
// TicketClocks

TicketClocks::TicketClocks(const Catalog &catalog, const TicketHistory &history)
{
    const Plan *plan = catalog.plan(history.planId());
    const SeverityTargets *targets = plan ? plan->targetsFor(history.severity()) : nullptr;
    bool slaApplies = targets != nullptr;
    QStringList pausing{QStringLiteral("waiting_customer")};
    if (plan) {
        if (!plan->pausingStatuses.isEmpty())
            pausing = plan->pausingStatuses;
        if (!history.serviceStage().isEmpty()) {
            const Provider *provider = catalog.provider(plan->providerId);
            const ServiceStage *stage =
                    provider ? provider->stage(history.serviceStage()) : nullptr;
            if (stage && !stage->sla)
                slaApplies = false;
        }
    }

    // Pauses from the status timeline.
    QVector<Interval> waiting;
    QVector<Interval> resolved;
    const auto &changes = history.statusChanges();
    for (int i = 0; i < changes.size(); ++i) {
        const Instant from = changes.at(i).first;
        const Instant to = i + 1 < changes.size() ? changes.at(i + 1).first : Interval::OpenEnd;
        const TicketStatus status = changes.at(i).second;
        if (pausing.contains(ticketStatusKey(status)))
            waiting.append({from, to});
        else if (status == TicketStatus::Resolved && to != Interval::OpenEnd)
            resolved.append({from, to}); // resolved, then reopened (or closed: stopped anyway)
    }
    m_paused = pausing.contains(ticketStatusKey(history.status()));

    for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
        const int k = int(kind);
        ClockInput &input = m_input[k];
        input.start = history.createdAt();
        if (kind == TargetKind::Response) {
            input.pauses = waiting;
            Instant stop = history.firstReplyAt();
            if (history.firstResolvedAt() != InvalidInstant &&
                (stop == InvalidInstant || history.firstResolvedAt() < stop))
                stop = history.firstResolvedAt();
            input.stoppedAt = stop;
        } else {
            input.pauses = normalizeIntervals(waiting + resolved);
            input.stoppedAt = history.resolvedAt();
        }
        if (slaApplies && targets) {
            m_target[k] = targets->target(kind);
            if (m_target[k].committed) {
                m_calendar[k] = catalog.calendarFor(*plan, m_target[k]);
                if (!m_calendar[k])
                    m_target[k] = Target::none();
            }
        }
        if (m_target[k].committed) {
            m_override[k] = history.overrideDue(kind);
            m_lead[k] = catalog.leadTime(history.planId(), history.severity(), kind);
        }
    }
}

ClockResult TicketClocks::evaluate(TargetKind kind, Instant now) const
{
    const int k = int(kind);
    if (!m_target[k].committed)
        return {};
    const WorkCalendar &calendar = *m_calendar[k];
    const ClockInput &input = m_input[k];
    if (m_override[k] == InvalidInstant)
        return SlaClock::evaluate(calendar, m_target[k], input, now, m_lead[k]);

    // An absolute due set by a lead.
    ClockResult r;
    r.clockStart = calendar.nextWorkingStart(input.start);
    if (r.clockStart == InvalidInstant || !calendar.inRange(m_override[k])) {
        r.error = QStringLiteral("the due override lies outside the years %1-%2")
                          .arg(WorkCalendar::FirstYear)
                          .arg(WorkCalendar::LastYear);
        return r;
    }
    const bool stopped = input.stoppedAt != InvalidInstant;
    const Instant horizon = stopped ? input.stoppedAt : now;
    bool paused = false;
    if (!stopped) {
        for (const Interval &p : input.pauses) {
            if (p.from <= now && now < p.to)
                paused = true;
        }
    }
    r.due = m_override[k];
    r.requiredSeconds = std::max<qint64>(0, signedWorkingTime(calendar, r.clockStart, r.due));
    r.remainingSeconds = signedWorkingTime(calendar, horizon, r.due);
    r.elapsedSeconds = r.requiredSeconds - r.remainingSeconds;
    r.warnings = calendar.warningsFor(input.start, std::max(r.due, horizon));
    if (stopped) {
        r.state = input.stoppedAt <= r.due ? ClockState::Met : ClockState::MetLate;
        return r;
    }
    if (now >= r.due) {
        r.state = ClockState::Breached;
        return r;
    }
    if (paused) {
        r.state = ClockState::Paused;
        return r;
    }
    SlaClock::setLiveState(calendar, now, m_lead[k].threshold(r.requiredSeconds), &r);
    return r;
}

ClockSnapshot TicketClocks::snapshot(TargetKind kind, Instant stamp) const
{
    ClockSnapshot s;
    const int k = int(kind);
    if (!m_target[k].committed)
        return s;
    const ClockResult r = evaluate(kind, stamp);
    if (!r.error.isEmpty() || r.state == ClockState::NotApplicable)
        return s;
    s.due = r.due;
    s.requiredSeconds = r.requiredSeconds;
    s.remainingSeconds = r.remainingSeconds;
    s.overridden = m_override[k] != InvalidInstant;
    switch (r.state) {
    case ClockState::Met:
        s.phase = ClockPhase::Met;
        break;
    case ClockState::MetLate:
        s.phase = ClockPhase::MetLate;
        break;
    default:
        s.phase = m_input[k].stoppedAt == InvalidInstant && m_paused ? ClockPhase::Paused
                                                                     : ClockPhase::Running;
        break;
    }
    return s;
}

void TicketClocks::fillTicket(const Catalog &catalog, const TicketHistory &history, Instant stamp,
                              Ticket *ticket)
{
    const TicketClocks clocks(catalog, history);
    ticket->status = history.status();
    ticket->severity = history.severity();
    ticket->planId = history.planId();
    ticket->assigneeId = history.assigneeId();
    ticket->createdAt = history.createdAt();
    ticket->updatedAt = stamp;
    ticket->firstReplyAt = history.firstReplyAt();
    ticket->resolvedAt = history.resolvedAt();
    ticket->response = clocks.snapshot(TargetKind::Response, stamp);
    ticket->resolution = clocks.snapshot(TargetKind::Resolution, stamp);
    ticket->paused = clocks.paused() && isOpenStatus(history.status());
    ticket->nextBreach = InvalidInstant;
    for (const ClockSnapshot *s : {&ticket->response, &ticket->resolution}) {
        if (s->phase == ClockPhase::Running &&
            (ticket->nextBreach == InvalidInstant || s->due < ticket->nextBreach))
            ticket->nextBreach = s->due;
    }
}

// ---------------------------------------------------------------------------------------------

LiveClock liveClock(const ClockSnapshot &s, const WorkCalendar *calendar, Instant updatedAt,
                    Instant now, const LeadTime &lead)
{
    LiveClock c;
    c.due = s.due;
    c.requiredSeconds = s.requiredSeconds;
    c.remainingSeconds = s.remainingSeconds;
    switch (s.phase) {
    case ClockPhase::NotApplicable:
        c.state = ClockState::NotApplicable;
        return c;
    case ClockPhase::Met:
        c.state = ClockState::Met;
        return c;
    case ClockPhase::MetLate:
        c.state = ClockState::MetLate;
        return c;
    case ClockPhase::Paused:
        if (!s.overridden) { // frozen while paused
            c.state = s.remainingSeconds <= 0 ? ClockState::Breached : ClockState::Paused;
            return c;
        }
        break;
    case ClockPhase::Running:
        break;
    }
    if (!calendar)
        return c;
    c.remainingSeconds = s.remainingSeconds - signedWorkingTime(*calendar, updatedAt, now);
    if (now >= s.due) {
        c.state = ClockState::Breached;
        return c;
    }
    if (s.phase == ClockPhase::Paused) {
        c.state = ClockState::Paused;
        return c;
    }
    c.atRisk = c.remainingSeconds <= lead.threshold(s.requiredSeconds);
    if (!calendar->isWorking(now))
        c.state = ClockState::OutsideHours;
    else
        c.state = c.atRisk ? ClockState::AtRisk : ClockState::Running;
    return c;
}

} // namespace dueline
