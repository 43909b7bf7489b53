// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the ticket panel says about a ticket in words, without widgets.

#include "models/catalog/catalog.h"
#include "models/store/ticket.h"

#include <QHash>
#include <QString>
#include <QTimeZone>
#include <QVector>

namespace dueline {

// A ticket told in the person's language: its plan, severity, channel and service stage by the
// catalog's names in `language`, why it has no SLA commitment, and its history as readable
// sentences with the agents' display names ("Assigned to Boris Petrov by Anna", "Severity
// changed from High to Critical by Anna: the whole site is down"). Catalog names are data; the
// sentences are translated in the context "TicketStory". Qt Core only: the ticket panel shows
// what this says, and tst_ticketstory checks every event kind in en, ru and zh_CN.
class TicketStory
{
public:
    // `catalog` and `agents` (id → display name) are not owned and may be null.
    TicketStory(const Catalog *catalog, const QString &language,
                const QHash<qint64, QString> *agents = nullptr);

    // The provider and the plan, "Stormbpmn Team"; the id when the catalog does not know it.
    QString planName(const QString &planId) const;
    // The severity as the plan's provider names it; the code when unknown.
    QString severityName(const QString &planId, const QString &severity) const;
    // A channel by its catalog name ("phone-95187" → "Phone 95187"): the plan's own channels
    // first, then those of the provider's other plans; the code when none has it.
    QString channelName(const QString &planId, const QString &channel) const;
    // The service stage by its catalog name ("preview" → "Preview"); the code when unknown.
    QString stageName(const QString &planId, const QString &stageCode) const;
    // The stage as the provider describes it ("No SLA applies and usage is not billed."), if any.
    QString stageDescription(const QString &planId, const QString &stageCode) const;
    // An agent's display name ("agent 7" when unknown); empty for 0 (the customer or the system).
    QString agentName(qint64 id) const;

    // Why the ticket has no SLA commitment at all: a service stage without SLA (naming the
    // stage), a plan that sets no target for its severity, or a plan or severity the catalog
    // does not know. Empty when at least one of its clocks has a commitment.
    QString noSlaReason(const QString &planId, const QString &severity,
                        const QString &stageCode) const;
    // Why one clock has no commitment while the ticket has an SLA ("Stormbpmn Team makes no
    // resolution commitment for “Other failure”."); empty when it has one, or when
    // noSlaReason() already says why.
    QString noCommitmentReason(TargetKind kind, const QString &planId, const QString &severity,
                               const QString &stageCode) const;

    // One line of the history: a sentence naming who did what, and the text that came with it
    // (the customer's description, a reply, a note, a resolution summary; a reason is part of
    // the sentence instead).
    struct Line
    {
        Instant at = 0;
        QString text;
        QString detail;
    };
    // Every event as a line, oldest first; times (a due override's) are shown in `zone`.
    QVector<Line> history(const QVector<Event> &events,
                          const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

private:
    const Plan *plan(const QString &planId) const;
    const Provider *provider(const QString &planId) const;
    const ServiceStage *stage(const QString &planId, const QString &stageCode) const;
    // The plan and severity an event leaves the ticket in are followed through `planId` and
    // `severity` (a change names what it changed from).
    Line line(const Event &event, QString *planId, QString *severity, const QTimeZone &zone) const;
    QString dueSentence(const Event &event, const QString &actor, const QTimeZone &zone) const;
    QString statusSentence(const Event &event, const QString &actor) const;

    const Catalog *m_catalog = nullptr;
    QString m_language;
    const QHash<qint64, QString> *m_agents = nullptr;
};

} // namespace dueline
