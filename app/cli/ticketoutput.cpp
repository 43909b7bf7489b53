// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ticketoutput.h"

#include "app/cli/slaoutput.h"
#include "models/store/timeformat.h"

#include <QCoreApplication>

namespace dueline::ticketoutput {

QString statusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return QCoreApplication::translate("cli", "new", "ticket status");
    case TicketStatus::Open:
        return QCoreApplication::translate("cli", "open", "ticket status");
    case TicketStatus::WaitingCustomer:
        return QCoreApplication::translate("cli", "waiting on the customer", "ticket status");
    case TicketStatus::Resolved:
        return QCoreApplication::translate("cli", "resolved", "ticket status");
    case TicketStatus::Closed:
        return QCoreApplication::translate("cli", "closed", "ticket status");
    }
    return {};
}

QString clockStateText(ClockState state)
{
    switch (state) {
    case ClockState::NotApplicable:
        return QCoreApplication::translate("cli", "not applicable", "SLA clock state");
    case ClockState::Running:
        return QCoreApplication::translate("cli", "running", "SLA clock state");
    case ClockState::Paused:
        return QCoreApplication::translate("cli", "paused", "SLA clock state");
    case ClockState::OutsideHours:
        return QCoreApplication::translate("cli", "outside working hours", "SLA clock state");
    case ClockState::AtRisk:
        return QCoreApplication::translate("cli", "at risk", "SLA clock state");
    case ClockState::Breached:
        return QCoreApplication::translate("cli", "breached", "SLA clock state");
    case ClockState::Met:
        return QCoreApplication::translate("cli", "met", "SLA clock state");
    case ClockState::MetLate:
        return QCoreApplication::translate("cli", "met late", "SLA clock state");
    }
    return {};
}

QString agentText(const Agents &agents, qint64 id)
{
    if (id == 0)
        return QCoreApplication::translate("cli", "customer or system");
    const auto it = agents.constFind(id);
    if (it == agents.constEnd())
        return QStringLiteral("#%1").arg(id);
    return it->active ? QStringLiteral("%1 (%2)").arg(it->displayName, it->login)
                      : QCoreApplication::translate("cli", "%1 (%2, deactivated)")
                                .arg(it->displayName, it->login);
}

QString eventText(const Event &event, const Agents &agents, const QByteArray &zone)
{
    switch (event.kind) {
    case EventKind::Created:
        return QCoreApplication::translate("cli", "created (%1, %2)")
                .arg(event.planId, event.severity);
    case EventKind::Assigned:
        return event.assigneeId == 0 ? QCoreApplication::translate("cli", "unassigned")
                                     : QCoreApplication::translate("cli", "assigned to %1")
                                               .arg(agentText(agents, event.assigneeId));
    case EventKind::Replied:
        return QCoreApplication::translate("cli", "replied to the customer");
    case EventKind::Note:
        return QCoreApplication::translate("cli", "internal note");
    case EventKind::Status:
        switch (event.status) {
        case TicketStatus::WaitingCustomer:
            return QCoreApplication::translate("cli", "waiting on the customer", "ticket status");
        case TicketStatus::Closed:
            return QCoreApplication::translate("cli", "closed", "ticket status");
        default:
            return QCoreApplication::translate("cli", "resumed", "history event");
        }
    case EventKind::Severity:
        return QCoreApplication::translate("cli", "severity changed to %1").arg(event.severity);
    case EventKind::Plan:
        return QCoreApplication::translate("cli", "plan changed to %1 (%2)")
                .arg(event.planId, event.severity);
    case EventKind::Resolved:
        return QCoreApplication::translate("cli", "resolved", "ticket status");
    case EventKind::Reopened:
        return QCoreApplication::translate("cli", "reopened", "history event");
    case EventKind::DueOverride:
        return (event.target == TargetKind::Response
                        ? QCoreApplication::translate("cli", "response due set to %1")
                        : QCoreApplication::translate("cli", "resolution due set to %1"))
                .arg(slaoutput::iso(event.due, zone));
    }
    return {};
}

QJsonObject eventJson(const Event &event, const Agents &agents)
{
    const auto login = [&](qint64 id) {
        const auto it = agents.constFind(id);
        return id == 0 || it == agents.constEnd() ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(it->login);
    };
    const auto it = agents.constFind(event.actorId);
    QJsonObject o{{QStringLiteral("seq"), event.seq},
                  {QStringLiteral("at"), formatInstantUtc(event.at)},
                  {QStringLiteral("kind"), eventKindKey(event.kind)},
                  {QStringLiteral("actor"), login(event.actorId)},
                  {QStringLiteral("actor_name"), it == agents.constEnd()
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(it->displayName)},
                  {QStringLiteral("body"), event.body}};
    switch (event.kind) {
    case EventKind::Created:
    case EventKind::Plan:
        o.insert(QStringLiteral("plan"), event.planId);
        o.insert(QStringLiteral("severity"), event.severity);
        break;
    case EventKind::Severity:
        o.insert(QStringLiteral("severity"), event.severity);
        break;
    case EventKind::Assigned:
        o.insert(QStringLiteral("assignee"), login(event.assigneeId));
        break;
    case EventKind::Status:
        o.insert(QStringLiteral("status"), ticketStatusKey(event.status));
        break;
    case EventKind::DueOverride:
        o.insert(QStringLiteral("target"), targetKindKey(event.target));
        o.insert(QStringLiteral("due"), formatInstantUtc(event.due));
        break;
    case EventKind::Replied:
    case EventKind::Note:
    case EventKind::Resolved:
    case EventKind::Reopened:
        break;
    }
    return o;
}

} // namespace dueline::ticketoutput
