// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/presenters/queuerequest.h"

#include <QCoreApplication>

// Texts are translated in the context "QueueController", with the controller's own.
namespace dueline {

QString savedText(QueueRequest::Kind kind, qint64 ticketId)
{
    switch (kind) {
    case QueueRequest::NewTicket:
        return QCoreApplication::translate("QueueController", "Created ticket #%1").arg(ticketId);
    case QueueRequest::Take:
        return QCoreApplication::translate("QueueController", "Took ticket #%1").arg(ticketId);
    case QueueRequest::Reply:
        return QCoreApplication::translate("QueueController", "Replied to ticket #%1")
                .arg(ticketId);
    case QueueRequest::Note:
        return QCoreApplication::translate("QueueController", "Added a note to ticket #%1")
                .arg(ticketId);
    case QueueRequest::Wait:
        return QCoreApplication::translate("QueueController",
                                           "Replied to ticket #%1; it waits on the customer and "
                                           "its clocks are paused")
                .arg(ticketId);
    case QueueRequest::Resume:
        return QCoreApplication::translate("QueueController",
                                           "Ticket #%1 resumed; its clocks run again")
                .arg(ticketId);
    case QueueRequest::ChangeSeverity:
        return QCoreApplication::translate("QueueController", "Changed the severity of ticket #%1")
                .arg(ticketId);
    case QueueRequest::ChangePlan:
        return QCoreApplication::translate("QueueController", "Moved ticket #%1 to another plan")
                .arg(ticketId);
    case QueueRequest::Resolve:
        return QCoreApplication::translate("QueueController", "Resolved ticket #%1").arg(ticketId);
    case QueueRequest::Reopen:
        return QCoreApplication::translate("QueueController", "Reopened ticket #%1").arg(ticketId);
    case QueueRequest::OverrideDue:
        return QCoreApplication::translate("QueueController", "Set a new due instant on ticket #%1")
                .arg(ticketId);
    case QueueRequest::Assign:
        return QCoreApplication::translate("QueueController", "Assigned ticket #%1").arg(ticketId);
    case QueueRequest::UndoAssignment:
        return QCoreApplication::translate("QueueController",
                                           "Undone: ticket #%1 has its assignee from before again")
                .arg(ticketId);
    case QueueRequest::KindCount:
        break;
    }
    return {};
}

QString describeRequest(const QueueRequest &request)
{
    const qint64 id = request.action.ticketId;
    switch (request.kind) {
    case QueueRequest::NewTicket:
        return QCoreApplication::translate("QueueController", "the new ticket \"%1\"")
                .arg(request.ticket.subject);
    case QueueRequest::Take:
        return QCoreApplication::translate("QueueController", "taking ticket #%1").arg(id);
    case QueueRequest::Reply:
        return QCoreApplication::translate("QueueController", "your reply to ticket #%1").arg(id);
    case QueueRequest::Note:
        return QCoreApplication::translate("QueueController", "your note on ticket #%1").arg(id);
    case QueueRequest::Wait:
        return QCoreApplication::translate("QueueController",
                                           "your reply to ticket #%1 and waiting on the customer")
                .arg(id);
    case QueueRequest::Resume:
        return QCoreApplication::translate("QueueController", "resuming ticket #%1").arg(id);
    case QueueRequest::ChangeSeverity:
        return QCoreApplication::translate("QueueController", "the severity change of ticket #%1")
                .arg(id);
    case QueueRequest::ChangePlan:
        return QCoreApplication::translate("QueueController", "the plan change of ticket #%1")
                .arg(id);
    case QueueRequest::Resolve:
        return QCoreApplication::translate("QueueController", "resolving ticket #%1").arg(id);
    case QueueRequest::Reopen:
        return QCoreApplication::translate("QueueController", "reopening ticket #%1").arg(id);
    case QueueRequest::OverrideDue:
        return QCoreApplication::translate("QueueController", "the new due instant of ticket #%1")
                .arg(id);
    case QueueRequest::Assign:
        return QCoreApplication::translate("QueueController", "assigning ticket #%1").arg(id);
    case QueueRequest::UndoAssignment:
        return QCoreApplication::translate("QueueController",
                                           "undoing the assignment of ticket #%1")
                .arg(id);
    case QueueRequest::KindCount:
        break;
    }
    return QCoreApplication::translate("QueueController", "your action on ticket #%1").arg(id);
}

ActionResult runRequest(TicketStore &store, const QueueRequest &r)
{
    switch (r.kind) {
    case QueueRequest::NewTicket:
        return store.createTicket(r.action.actionId, r.action.actorId, r.ticket);
    case QueueRequest::Take:
        return store.take(r.action);
    case QueueRequest::Reply:
        return store.reply(r.action, r.text);
    case QueueRequest::Note:
        return store.note(r.action, r.text);
    case QueueRequest::Wait:
        return store.replyAndWait(r.action, r.text);
    case QueueRequest::Resume:
        return store.resume(r.action);
    case QueueRequest::ChangeSeverity:
        return store.changeSeverity(r.action, r.severity, r.text);
    case QueueRequest::ChangePlan:
        return store.changePlan(r.action, r.planId, r.severity, r.text);
    case QueueRequest::Resolve:
        return store.resolve(r.action, r.text);
    case QueueRequest::Reopen:
        return store.reopen(r.action, r.text);
    case QueueRequest::OverrideDue:
        return store.overrideDue(r.action, r.target, r.due, r.text);
    case QueueRequest::Assign:
        return store.assign(r.action, r.assigneeId);
    case QueueRequest::UndoAssignment:
        return store.undoAssignment(r.action, r.undoneActionId);
    case QueueRequest::KindCount:
        break;
    }
    ActionResult refused;
    refused.error = StoreError(StoreError::Kind::Invalid, QStringLiteral("unknown action"));
    return refused;
}

} // namespace dueline
