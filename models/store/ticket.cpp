// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/ticket.h"

#include "models/store/storeerror.h"

namespace dueline {

namespace {

template<typename E, std::size_t N>
std::optional<E> fromKey(const QString &key, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QString toKey(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

const std::pair<TicketStatus, const char *> statusKeys[] = {
        {TicketStatus::New, "new"},
        {TicketStatus::Open, "open"},
        {TicketStatus::WaitingCustomer, "waiting_customer"},
        {TicketStatus::Resolved, "resolved"},
        {TicketStatus::Closed, "closed"},
};

const std::pair<EventKind, const char *> eventKeys[] = {
        {EventKind::Created, "created"},   {EventKind::Assigned, "assigned"},
        {EventKind::Replied, "replied"},   {EventKind::Note, "note"},
        {EventKind::Status, "status"},     {EventKind::Severity, "severity"},
        {EventKind::Plan, "plan"},         {EventKind::Resolved, "resolved"},
        {EventKind::Reopened, "reopened"}, {EventKind::DueOverride, "due_override"},
};

const std::pair<Agent::Role, const char *> roleKeys[] = {
        {Agent::Role::Agent, "agent"},
        {Agent::Role::Lead, "lead"},
};

const std::pair<ClockPhase, const char *> phaseKeys[] = {
        {ClockPhase::NotApplicable, "not_applicable"},
        {ClockPhase::Running, "running"},
        {ClockPhase::Paused, "paused"},
        {ClockPhase::Met, "met"},
        {ClockPhase::MetLate, "met_late"},
};

const std::pair<StoreError::Kind, const char *> errorKeys[] = {
        {StoreError::Kind::None, "none"},
        {StoreError::Kind::Url, "url"},
        {StoreError::Kind::Connection, "connection"},
        {StoreError::Kind::Corrupt, "corrupt"},
        {StoreError::Kind::Schema, "schema"},
        {StoreError::Kind::Migration, "migration"},
        {StoreError::Kind::NotFound, "not_found"},
        {StoreError::Kind::Conflict, "conflict"},
        {StoreError::Kind::Busy, "busy"},
        {StoreError::Kind::Forbidden, "forbidden"},
        {StoreError::Kind::Invalid, "invalid"},
        {StoreError::Kind::Import, "import"},
        {StoreError::Kind::Database, "database"},
};

} // namespace

QString ticketStatusKey(TicketStatus status)
{
    return toKey(status, statusKeys);
}

std::optional<TicketStatus> ticketStatusFromKey(const QString &key)
{
    return fromKey(key, statusKeys);
}

QString eventKindKey(EventKind kind)
{
    return toKey(kind, eventKeys);
}

std::optional<EventKind> eventKindFromKey(const QString &key)
{
    return fromKey(key, eventKeys);
}

QString agentRoleKey(Agent::Role role)
{
    return toKey(role, roleKeys);
}

std::optional<Agent::Role> agentRoleFromKey(const QString &key)
{
    return fromKey(key, roleKeys);
}

QString clockPhaseKey(ClockPhase phase)
{
    return toKey(phase, phaseKeys);
}

std::optional<ClockPhase> clockPhaseFromKey(const QString &key)
{
    return fromKey(key, phaseKeys);
}

QString storeErrorKindKey(StoreError::Kind kind)
{
    return toKey(kind, errorKeys);
}

bool Event::operator==(const Event &o) const
{
    return ticketId == o.ticketId && seq == o.seq && at == o.at && kind == o.kind &&
           actorId == o.actorId && actionId == o.actionId && status == o.status &&
           severity == o.severity && planId == o.planId && assigneeId == o.assigneeId &&
           target == o.target && due == o.due && body == o.body;
}

} // namespace dueline
