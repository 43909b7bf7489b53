// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/ticket.h"

#include <QPair>

namespace dueline {

// The state a ticket's event log leads to, built by replaying the events in order. The rules of
// what may follow what live here, so the store, the importer and the demo generator agree.
class TicketHistory
{
public:
    // `catalog` (optional) lets apply() check plans and severities; `serviceStage` is the
    // ticket's service stage (empty: none).
    explicit TicketHistory(const Catalog *catalog = nullptr, const QString &serviceStage = {});

    // Checks that `event` may follow the events so far (sequence, time, status rules, plan and
    // severity) and applies it. Returns an empty string on success, else the reason (translated,
    // "store" context) and leaves the history unchanged. `field` (optional) receives the name of
    // the offending field ("seq", "at", "kind", "status", "severity", "plan", "assignee",
    // "target", "due", "body").
    QString apply(const Event &event, QString *field = nullptr);

    // Replays `events`; on the first bad one returns its index and the reason.
    static TicketHistory replay(const Catalog *catalog, const QString &serviceStage,
                                const QVector<Event> &events, int *badIndex = nullptr,
                                QString *error = nullptr, QString *field = nullptr);

    bool isEmpty() const { return m_lastSeq == 0; }
    int lastSeq() const { return m_lastSeq; }
    Instant lastAt() const { return m_lastAt; }
    Instant createdAt() const { return m_createdAt; }
    TicketStatus status() const { return m_status; }
    QString severity() const { return m_severity; }
    QString planId() const { return m_planId; }
    QString serviceStage() const { return m_serviceStage; }
    qint64 assigneeId() const { return m_assigneeId; }
    Instant firstReplyAt() const { return m_firstReplyAt; }
    Instant firstResolvedAt() const { return m_firstResolvedAt; }
    // The last resolution while the ticket is resolved or closed; InvalidInstant otherwise.
    Instant resolvedAt() const;
    // The due override of a clock (the latest one), or InvalidInstant.
    Instant overrideDue(TargetKind kind) const { return m_override[int(kind)]; }
    // Every status the ticket entered, with when (the first is "new" at creation).
    const QVector<QPair<Instant, TicketStatus>> &statusChanges() const { return m_statusChanges; }
    const Catalog *catalog() const { return m_catalog; }
    // Checks later events against `catalog` (a history replayed without one, e.g. stored events
    // that predate a catalog change, then checks only what is added).
    void setCatalog(const Catalog *catalog) { m_catalog = catalog; }

private:
    const Catalog *m_catalog = nullptr;
    QString m_serviceStage;
    int m_lastSeq = 0;
    Instant m_lastAt = InvalidInstant;
    Instant m_createdAt = InvalidInstant;
    TicketStatus m_status = TicketStatus::New;
    QString m_severity;
    QString m_planId;
    qint64 m_assigneeId = 0;
    Instant m_firstReplyAt = InvalidInstant;
    Instant m_firstResolvedAt = InvalidInstant;
    Instant m_lastResolvedAt = InvalidInstant;
    Instant m_override[2] = {InvalidInstant, InvalidInstant};
    QVector<QPair<Instant, TicketStatus>> m_statusChanges;
};

// The live view of one clock, from a cached snapshot or from the events.
struct LiveClock
{
    ClockState state = ClockState::NotApplicable;
    Instant due = InvalidInstant;
    qint64 remainingSeconds = 0; // working seconds; negative when breached
    qint64 requiredSeconds = 0;
    bool atRisk = false;
};

// A ticket's two SLA clocks derived from its history (docs/architecture.md §2):
// - both start at creation; targets come from the CURRENT plan and severity, applied from the
//   start, keeping every pause; a service stage without SLA (VK CS preview) has none;
// - pauses: the intervals in one of the plan's pausing statuses (default waiting_customer); the
//   resolution clock is also paused between a resolution and the reopening that follows it;
// - response stops at the first public reply, or at the first resolution when there was none;
// - resolution stops at the last resolution while the ticket is resolved or closed;
// - a due override replaces that clock's due instant (an absolute deadline: pauses do not move
//   it).
class TicketClocks
{
public:
    TicketClocks(const Catalog &catalog, const TicketHistory &history);

    bool applies(TargetKind kind) const { return m_target[int(kind)].committed; }
    const Target &target(TargetKind kind) const { return m_target[int(kind)]; }
    WorkCalendarPtr calendar(TargetKind kind) const { return m_calendar[int(kind)]; }
    const ClockInput &input(TargetKind kind) const { return m_input[int(kind)]; }
    Instant overrideDue(TargetKind kind) const { return m_override[int(kind)]; }
    bool paused() const { return m_paused; }

    // The full state at `now` (the override applied), at risk by the catalog's lead time for the
    // ticket's plan, severity and clock (Catalog::leadTime()).
    ClockResult evaluate(TargetKind kind, Instant now) const;
    const LeadTime &leadTime(TargetKind kind) const { return m_lead[int(kind)]; }
    // What the ticket row caches about the clock, as of `stamp` (the ticket's last update).
    ClockSnapshot snapshot(TargetKind kind, Instant stamp) const;

    // Fills the cached fields of `ticket` (status, severity, plan, assignee, reply and
    // resolution instants, snapshots, next breach, paused, updatedAt = stamp).
    static void fillTicket(const Catalog &catalog, const TicketHistory &history, Instant stamp,
                           Ticket *ticket);

private:
    Target m_target[2];
    WorkCalendarPtr m_calendar[2];
    ClockInput m_input[2];
    Instant m_override[2] = {InvalidInstant, InvalidInstant};
    LeadTime m_lead[2];
    bool m_paused = false;
};

// The live state of a cached clock at `now`, without the events: what the queue shows, at risk
// by `lead` (Catalog::leadTime() of the ticket's plan, severity and clock). Agrees with
// TicketClocks::evaluate() (tested).
LiveClock liveClock(const ClockSnapshot &snapshot, const WorkCalendar *calendar, Instant updatedAt,
                    Instant now, const LeadTime &lead);

// Working seconds from a to b, negative when b < a.
qint64 signedWorkingTime(const WorkCalendar &calendar, Instant a, Instant b);

} // namespace dueline
