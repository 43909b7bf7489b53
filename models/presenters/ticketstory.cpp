// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/presenters/ticketstory.h"

#include "models/item/dateformat.h"
#include "models/store/ticketstore.h"

#include <QCoreApplication>

// Texts are translated in the context "TicketStory" (docs/architecture.md §7: non-widget code).
namespace dueline {

namespace {

// "Severity changed … by Anna" and its reason: "…: the whole site is down".
QString withReason(const QString &sentence, const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return sentence;
    return QCoreApplication::translate("TicketStory", "%1: %2",
                                       "a history sentence and the reason given for it")
            .arg(sentence, trimmed);
}

} // namespace

TicketStory::TicketStory(const Catalog *catalog, const QString &language,
                         const QHash<qint64, QString> *agents)
    : m_catalog(catalog)
    , m_language(language)
    , m_agents(agents)
{ }

const Plan *TicketStory::plan(const QString &planId) const
{
    return m_catalog && !planId.isEmpty() ? m_catalog->plan(planId) : nullptr;
}

const Provider *TicketStory::provider(const QString &planId) const
{
    const Plan *p = plan(planId);
    return p ? m_catalog->provider(p->providerId) : nullptr;
}

const ServiceStage *TicketStory::stage(const QString &planId, const QString &stageCode) const
{
    const Provider *p = stageCode.isEmpty() ? nullptr : provider(planId);
    return p ? p->stage(stageCode) : nullptr;
}

QString TicketStory::planName(const QString &planId) const
{
    const Plan *p = plan(planId);
    if (!p)
        return planId;
    const Provider *owner = provider(planId);
    QString name = p->names.text(m_language);
    if (!owner)
        return name;
    return QCoreApplication::translate("TicketStory", "%1 %2",
                                       "a support plan: the provider's name, the plan's name "
                                       "(Stormbpmn Team)")
            .arg(owner->names.text(m_language), name);
}

QString TicketStory::severityName(const QString &planId, const QString &severity) const
{
    const Provider *p = provider(planId);
    const Severity *s = p ? p->severity(severity) : nullptr;
    return s ? s->names.text(m_language) : severity;
}

QString TicketStory::channelName(const QString &planId, const QString &channel) const
{
    const auto find = [&channel, this](const Plan *p) -> QString {
        if (p) {
            for (const Channel &c : p->channels) {
                if (c.id == channel)
                    return c.names.text(m_language);
            }
        }
        return {};
    };
    QString name = find(plan(planId));
    if (const Provider *owner = provider(planId); name.isEmpty() && owner) {
        for (const QString &other : owner->planIds) {
            name = find(plan(other));
            if (!name.isEmpty())
                break;
        }
    }
    return name.isEmpty() ? channel : name;
}

QString TicketStory::stageName(const QString &planId, const QString &stageCode) const
{
    const ServiceStage *s = stage(planId, stageCode);
    return s ? s->names.text(m_language) : stageCode;
}

QString TicketStory::stageDescription(const QString &planId, const QString &stageCode) const
{
    const ServiceStage *s = stage(planId, stageCode);
    return s ? s->descriptions.text(m_language) : QString();
}

QString TicketStory::agentName(qint64 id) const
{
    if (id == 0)
        return {};
    const QString name = m_agents ? m_agents->value(id) : QString();
    return name.isEmpty() ? QCoreApplication::translate("TicketStory", "agent %1",
                                                        "an agent the queue does not know")
                                    .arg(id)
                          : name;
}

QString TicketStory::noSlaReason(const QString &planId, const QString &severity,
                                 const QString &stageCode) const
{
    const Plan *p = plan(planId);
    if (!p)
        return QCoreApplication::translate("TicketStory",
                                           "No SLA commitment: the plan %1 is not in the catalog.")
                .arg(planId);
    if (const ServiceStage *s = stage(planId, stageCode); s && !s->sla) {
        return QCoreApplication::translate("TicketStory",
                                           "No SLA commitment: the service is in the %1 stage, "
                                           "which %2 does not cover by an SLA.")
                .arg(s->names.text(m_language), provider(planId)->names.text(m_language));
    }
    const SeverityTargets *targets = p->targetsFor(severity);
    if (!targets)
        return QCoreApplication::translate("TicketStory",
                                           "No SLA commitment: %1 has no severity “%2”.")
                .arg(planName(planId), severityName(planId, severity));
    if (!targets->response.committed && !targets->resolution.committed)
        return QCoreApplication::translate("TicketStory",
                                           "No SLA commitment: %1 sets no response or resolution "
                                           "target for severity “%2”.")
                .arg(planName(planId), severityName(planId, severity));
    return {};
}

QString TicketStory::noCommitmentReason(TargetKind kind, const QString &planId,
                                        const QString &severity, const QString &stageCode) const
{
    if (!noSlaReason(planId, severity, stageCode).isEmpty())
        return {};
    const SeverityTargets *targets = plan(planId)->targetsFor(severity);
    if (targets->target(kind).committed)
        return {};
    return (kind == TargetKind::Response
                    ? QCoreApplication::translate(
                              "TicketStory", "%1 makes no response commitment for severity “%2”.")
                    : QCoreApplication::translate(
                              "TicketStory",
                              "%1 makes no resolution commitment for severity “%2”."))
            .arg(planName(planId), severityName(planId, severity));
}

QVector<TicketStory::Line> TicketStory::history(const QVector<Event> &events,
                                                const QTimeZone &zone) const
{
    QVector<Line> lines;
    lines.reserve(events.size());
    QString planId;
    QString severity;
    for (const Event &e : events)
        lines.append(line(e, &planId, &severity, zone));
    return lines;
}

TicketStory::Line TicketStory::line(const Event &e, QString *planId, QString *severity,
                                    const QTimeZone &zone) const
{
    Line l;
    l.at = e.at;
    const QString actor = agentName(e.actorId);
    const bool byAgent = !actor.isEmpty();
    const auto say = [byAgent, &actor](const char *withActor, const char *without) {
        return byAgent ? QCoreApplication::translate("TicketStory", withActor).arg(actor)
                       : QCoreApplication::translate("TicketStory", without);
    };
    switch (e.kind) {
    case EventKind::Created:
        *planId = e.planId;
        *severity = e.severity;
        l.text = (byAgent ? QCoreApplication::translate("TicketStory",
                                                        "Created by %1 — severity: %2, plan: %3")
                                    .arg(actor)
                          : QCoreApplication::translate(
                                    "TicketStory",
                                    "Created by the customer — severity: %1, plan: %2"))
                         .arg(severityName(e.planId, e.severity), planName(e.planId));
        l.detail = e.body;
        break;
    case EventKind::Assigned:
        if (Action::isUndo(e.actionId) && byAgent) // an agent took back their own assignment
            l.text = e.assigneeId == 0
                             ? QCoreApplication::translate(
                                       "TicketStory", "%1 undid their assignment: unassigned again")
                                       .arg(actor)
                             : QCoreApplication::translate("TicketStory",
                                                           "%1 undid their assignment: back to %2")
                                       .arg(actor, agentName(e.assigneeId));
        else if (e.assigneeId == 0)
            l.text = say(QT_TRANSLATE_NOOP("TicketStory", "Unassigned by %1"),
                         QT_TRANSLATE_NOOP("TicketStory", "Unassigned"));
        else if (e.assigneeId == e.actorId)
            l.text = QCoreApplication::translate("TicketStory", "Taken by %1").arg(actor);
        else if (byAgent)
            l.text = QCoreApplication::translate("TicketStory", "Assigned to %1 by %2")
                             .arg(agentName(e.assigneeId), actor);
        else
            l.text = QCoreApplication::translate("TicketStory", "Assigned to %1")
                             .arg(agentName(e.assigneeId));
        break;
    case EventKind::Replied:
        l.text = say(QT_TRANSLATE_NOOP("TicketStory", "Reply to the customer by %1"),
                     QT_TRANSLATE_NOOP("TicketStory", "Reply to the customer"));
        l.detail = e.body;
        break;
    case EventKind::Note:
        l.text = say(QT_TRANSLATE_NOOP("TicketStory", "Internal note by %1"),
                     QT_TRANSLATE_NOOP("TicketStory", "Internal note"));
        l.detail = e.body;
        break;
    case EventKind::Status:
        l.text = statusSentence(e, actor);
        break;
    case EventKind::Severity: {
        const QString from = severityName(*planId, *severity);
        const QString to = severityName(*planId, e.severity);
        l.text = withReason(byAgent ? QCoreApplication::translate(
                                              "TicketStory", "Severity changed from %1 to %2 by %3")
                                              .arg(from, to, actor)
                                    : QCoreApplication::translate("TicketStory",
                                                                  "Severity changed from %1 to %2")
                                              .arg(from, to),
                            e.body);
        *severity = e.severity;
        break;
    }
    case EventKind::Plan: {
        const QString from = planName(*planId);
        const QString to = planName(e.planId);
        const QString newSeverity = severityName(e.planId, e.severity);
        l.text = withReason(
                byAgent ? QCoreApplication::translate("TicketStory",
                                                      "Plan changed from %1 to %2 by %3, "
                                                      "severity: %4")
                                  .arg(from, to, actor, newSeverity)
                        : QCoreApplication::translate("TicketStory",
                                                      "Plan changed from %1 to %2, severity: %3")
                                  .arg(from, to, newSeverity),
                e.body);
        *planId = e.planId;
        *severity = e.severity;
        break;
    }
    case EventKind::Resolved:
        l.text = say(QT_TRANSLATE_NOOP("TicketStory", "Resolved by %1"),
                     QT_TRANSLATE_NOOP("TicketStory", "Resolved"));
        l.detail = e.body;
        break;
    case EventKind::Reopened:
        l.text = withReason(say(QT_TRANSLATE_NOOP("TicketStory", "Reopened by %1"),
                                QT_TRANSLATE_NOOP("TicketStory", "Reopened")),
                            e.body);
        break;
    case EventKind::DueOverride:
        l.text = withReason(dueSentence(e, actor, zone), e.body);
        break;
    }
    return l;
}

QString TicketStory::statusSentence(const Event &e, const QString &actor) const
{
    const bool byAgent = !actor.isEmpty();
    switch (e.status) {
    case TicketStatus::WaitingCustomer:
        return byAgent ? QCoreApplication::translate(
                                 "TicketStory",
                                 "Waiting on the customer, set by %1: the SLA clocks are paused")
                                 .arg(actor)
                       : QCoreApplication::translate(
                                 "TicketStory",
                                 "Waiting on the customer: the SLA clocks are paused");
    case TicketStatus::Closed:
        return byAgent ? QCoreApplication::translate("TicketStory", "Closed by %1").arg(actor)
                       : QCoreApplication::translate("TicketStory", "Closed");
    case TicketStatus::New:
    case TicketStatus::Open:
    case TicketStatus::Resolved:
        break;
    }
    return byAgent ? QCoreApplication::translate("TicketStory",
                                                 "Resumed by %1: the SLA clocks run again")
                             .arg(actor)
                   : QCoreApplication::translate("TicketStory",
                                                 "Resumed: the SLA clocks run again");
}

QString TicketStory::dueSentence(const Event &e, const QString &actor, const QTimeZone &zone) const
{
    const QDateTime due = QDateTime::fromSecsSinceEpoch(e.due, zone);
    const QString when = DateFormat::dateTime(QLocale(), due, DateFormat::Year::Show) +
                         QLatin1Char(' ') + DateFormat::zoneName(due);
    const bool response = e.target == TargetKind::Response;
    if (actor.isEmpty())
        return (response ? QCoreApplication::translate("TicketStory", "Response due set to %1")
                         : QCoreApplication::translate("TicketStory", "Resolution due set to %1"))
                .arg(when);
    return (response ? QCoreApplication::translate("TicketStory", "Response due set to %1 by %2")
                     : QCoreApplication::translate("TicketStory", "Resolution due set to %1 by %2"))
            .arg(when, actor);
}

} // namespace dueline
