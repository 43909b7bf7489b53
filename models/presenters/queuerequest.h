// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A ticket action as data, what it is called in messages, and running it on a store.

#include "models/store/ticketstore.h"

#include <QMetaType>
#include <QString>

namespace dueline {

// One ticket action, as data: what the agent asked for, run by the controller's worker.
struct QueueRequest
{
    enum Kind {
        NewTicket,
        Take,
        Reply,
        Note,
        Wait,
        Resume,
        ChangeSeverity,
        ChangePlan,
        Resolve,
        Reopen,
        OverrideDue,
        Assign, // to assigneeId (0: nobody)
        UndoAssignment, // the agent's own take or assign undoneActionId, on action.ticketId
        KindCount
    };
    Kind kind = Take;
    QString text; // the reply (Reply, Wait: reply and wait), note, reason or summary
    QString severity; // ChangeSeverity, ChangePlan
    QString planId; // ChangePlan
    TargetKind target = TargetKind::Response; // OverrideDue
    Instant due = 0; // OverrideDue
    qint64 assigneeId = 0; // Assign
    QString undoneActionId; // UndoAssignment
    dueline::NewTicket ticket; // NewTicket
    // The action id and the actor are filled by the controller; the ticket and the row version
    // the agent saw may be set (else they are the shown ticket's when it runs).
    Action action;
};

// The action in words, for "not confirmed yet: …" and "not saved: …" ("taking ticket #2").
QString describeRequest(const QueueRequest &request);
// The status-bar note once it is saved ("Took ticket #2").
QString savedText(QueueRequest::Kind kind, qint64 ticketId);
// Runs it on `store` (in the thread that owns the store).
ActionResult runRequest(TicketStore &store, const QueueRequest &request);

} // namespace dueline

Q_DECLARE_METATYPE(dueline::QueueRequest::Kind)
