// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/slaclock.h"

#include <QString>
#include <QVector>

#include <optional>

namespace dueline {

// Ticket statuses. A ticket is "open" (in the queue) while new, open or waiting on the customer.
enum class TicketStatus { New, Open, WaitingCustomer, Resolved, Closed };
QString ticketStatusKey(TicketStatus status); // "new", "open", "waiting_customer", …
std::optional<TicketStatus> ticketStatusFromKey(const QString &key);
inline bool isOpenStatus(TicketStatus s)
{
    return s == TicketStatus::New || s == TicketStatus::Open || s == TicketStatus::WaitingCustomer;
}

// The kinds of the append-only event log.
enum class EventKind {
    Created, // severity, plan, body (the customer's description); actor may be empty
    Assigned, // assignee (0: unassigned)
    Replied, // body: a public reply (meets the response target)
    Note, // body: an internal note
    Status, // status: waiting_customer (wait), open (resume) or closed
    Severity, // severity, body: reason
    Plan, // plan, severity (the severity under the new plan), body: reason
    Resolved, // body: summary
    Reopened, // body: reason
    DueOverride, // target (response|resolution), due, body: reason; leads only
};
QString eventKindKey(EventKind kind); // "created", "due_override", …
std::optional<EventKind> eventKindFromKey(const QString &key);

struct Event
{
    qint64 ticketId = 0;
    int seq = 0; // 1, 2, … within the ticket
    Instant at = 0;
    EventKind kind = EventKind::Note;
    qint64 actorId = 0; // 0: the customer or the system
    QString actionId; // the client-generated id of the action that wrote it (may be empty)
    TicketStatus status = TicketStatus::New; // Status
    QString severity; // Created, Severity, Plan
    QString planId; // Created, Plan
    qint64 assigneeId = 0; // Assigned
    TargetKind target = TargetKind::Response; // DueOverride
    Instant due = InvalidInstant; // DueOverride
    QString body;

    bool operator==(const Event &o) const;
    bool operator!=(const Event &o) const { return !(*this == o); }
};

struct Agent
{
    enum class Role { Agent, Lead };
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    // A deactivated agent is not offered for assignment and cannot act, but keeps their name in
    // the history.
    bool active = true;
};
QString agentRoleKey(Agent::Role role); // "agent" | "lead"
std::optional<Agent::Role> agentRoleFromKey(const QString &key);

struct Customer
{
    qint64 id = 0;
    QString name;
    QString company;
    QString planId;
    QByteArray timeZone; // IANA
    QString language; // en, ru, zh_CN
};

// What is cached about one clock on the ticket row. The phase does not change with time alone
// (the live state — at risk, breached, outside hours — follows from due, remaining and now).
enum class ClockPhase { NotApplicable, Running, Paused, Met, MetLate };
QString clockPhaseKey(ClockPhase phase); // "not_applicable", "running", "paused", "met", "met_late"
std::optional<ClockPhase> clockPhaseFromKey(const QString &key);

struct ClockSnapshot
{
    ClockPhase phase = ClockPhase::NotApplicable;
    // Running: the due instant. Paused: the due if the clock had resumed at the ticket's last
    // update (updatedAt). Met/met late: the due it was measured against. Not applicable: none.
    Instant due = InvalidInstant;
    qint64 requiredSeconds = 0; // working time the target (or the override) requires
    // Working seconds left at the ticket's last update (negative: breached by that much). While
    // paused without an override this is frozen; otherwise it shrinks with working time.
    qint64 remainingSeconds = 0;
    bool overridden = false; // the due was set by a lead (an absolute deadline)
    bool operator==(const ClockSnapshot &o) const
    {
        return phase == o.phase && due == o.due && requiredSeconds == o.requiredSeconds &&
               remainingSeconds == o.remainingSeconds && overridden == o.overridden;
    }
};

// A ticket row: what never changes (customer, subject, channel, stage) plus what is cached
// from its events.
struct Ticket
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString subject;
    QString channel;
    QString serviceStage; // empty: none given (SLA applies)
    TicketStatus status = TicketStatus::New;
    QString severity;
    QString planId;
    qint64 assigneeId = 0;
    Instant createdAt = 0;
    Instant updatedAt = 0;
    Instant firstReplyAt = InvalidInstant;
    Instant resolvedAt = InvalidInstant;
    ClockSnapshot response;
    ClockSnapshot resolution;
    Instant nextBreach = InvalidInstant; // min of the running clocks' dues
    bool paused = false;
    qint64 rowVersion = 0;
    qint64 changeSeq = 0;

    const ClockSnapshot &clock(TargetKind kind) const
    {
        return kind == TargetKind::Response ? response : resolution;
    }
};

// The fields a new ticket needs.
struct NewTicket
{
    qint64 customerId = 0;
    QString subject;
    QString severity;
    QString planId; // empty: the customer's plan
    QString channel;
    QString serviceStage;
    QString body; // the customer's description
};

// A whole ticket with its history, as imported, exported and generated.
struct TicketRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString subject;
    QString channel;
    QString serviceStage;
    QVector<Event> events;
};

} // namespace dueline
