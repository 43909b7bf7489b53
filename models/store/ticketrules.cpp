// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket store's actions, one function each, and the rules an action follows beyond those
// of its log (a pause earned by a reply, a due override not before the ticket was opened, an
// undo of one's own latest assignment). TicketStore::apply (ticketactions.cpp) runs them.

#include "models/store/ticketstore.h"

#include "models/store/inputlimits.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dueline {

namespace {

ActionResult failed(StoreError::Kind kind, const QString &message)
{
    ActionResult r;
    r.error = StoreError(kind, message);
    return r;
}

ActionResult failed(const StoreError &error)
{
    ActionResult r;
    r.error = error;
    return r;
}

} // namespace

ActionResult TicketStore::take(const Action &action)
{
    Event e;
    e.kind = EventKind::Assigned;
    e.assigneeId = action.actorId;
    return apply(action, e);
}

ActionResult TicketStore::assign(const Action &action, qint64 assigneeId)
{
    Event e;
    e.kind = EventKind::Assigned;
    e.assigneeId = assigneeId;
    return apply(action, e);
}

ActionResult TicketStore::reply(const Action &action, const QString &text)
{
    if (StoreError limit; !inputlimits::checkText("body", text, &limit))
        return failed(limit);
    Event e;
    e.kind = EventKind::Replied;
    e.body = text;
    return apply(action, e);
}

ActionResult TicketStore::note(const Action &action, const QString &text)
{
    if (StoreError limit; !inputlimits::checkText("body", text, &limit))
        return failed(limit);
    Event e;
    e.kind = EventKind::Note;
    e.body = text;
    return apply(action, e);
}

ActionResult TicketStore::replyAndWait(const Action &action, const QString &reply)
{
    if (StoreError limit; !inputlimits::checkText("body", reply, &limit))
        return failed(limit);
    Event answer;
    answer.kind = EventKind::Replied;
    answer.body = reply;
    Event wait;
    wait.kind = EventKind::Status;
    wait.status = TicketStatus::WaitingCustomer;
    wait.actionId = Action::waitActionId(action.actionId);
    return apply(action, QVector<Event>{answer, wait});
}

ActionResult TicketStore::resume(const Action &action, const QString &text)
{
    if (StoreError limit; !inputlimits::checkText("body", text, &limit))
        return failed(limit);
    Event e;
    e.kind = EventKind::Status;
    e.status = TicketStatus::Open;
    e.body = text;
    return apply(action, e);
}

ActionResult TicketStore::changeSeverity(const Action &action, const QString &severity,
                                         const QString &reason)
{
    if (StoreError limit; !inputlimits::checkText("body", reason, &limit))
        return failed(limit);
    Event e;
    e.kind = EventKind::Severity;
    e.severity = severity;
    e.body = reason;
    return apply(action, e);
}

ActionResult TicketStore::changePlan(const Action &action, const QString &planId,
                                     const QString &severity, const QString &reason)
{
    if (StoreError limit; !inputlimits::checkText("body", reason, &limit))
        return failed(limit);
    Event e;
    e.kind = EventKind::Plan;
    const Plan *plan = m_catalog->plan(planId);
    e.planId = plan ? plan->id : planId;
    e.severity = severity;
    if (e.severity.isEmpty()) {
        StoreError error;
        const auto t = ticket(action.ticketId, &error);
        if (!t)
            return failed(error ? error
                                : StoreError(StoreError::Kind::NotFound,
                                             QCoreApplication::translate("store",
                                                                         "there is no ticket #%1")
                                                     .arg(action.ticketId)));
        e.severity = t->severity;
    }
    e.body = reason;
    return apply(action, e);
}

ActionResult TicketStore::resolve(const Action &action, const QString &summary)
{
    if (StoreError limit; !inputlimits::checkText("body", summary, &limit))
        return failed(limit);
    Event e;
    e.kind = EventKind::Resolved;
    e.body = summary;
    return apply(action, e);
}

ActionResult TicketStore::reopen(const Action &action, const QString &reason)
{
    if (StoreError limit; !inputlimits::checkText("body", reason, &limit))
        return failed(limit);
    Event e;
    e.kind = EventKind::Reopened;
    e.body = reason;
    return apply(action, e);
}

ActionResult TicketStore::close(const Action &action)
{
    Event e;
    e.kind = EventKind::Status;
    e.status = TicketStatus::Closed;
    return apply(action, e);
}

ActionResult TicketStore::overrideDue(const Action &action, TargetKind target, Instant due,
                                      const QString &reason)
{
    if (StoreError limit; !inputlimits::checkInstant("due", due, &limit) ||
                          !inputlimits::checkText("body", reason, &limit))
        return failed(limit);
    Event e;
    e.kind = EventKind::DueOverride;
    e.target = target;
    e.due = due;
    e.body = reason;
    return apply(action, e);
}

ActionResult TicketStore::undoAssignment(const Action &action, const QString &assignmentActionId)
{
    if (assignmentActionId.isEmpty())
        return failed(StoreError::Kind::Invalid,
                      QCoreApplication::translate("store", "an action needs an action id"));
    Action undo = action;
    undo.actionId = Action::undoActionId(assignmentActionId);
    Event e;
    e.kind = EventKind::Assigned; // the assignee is the one before: checkActionRules finds it
    return apply(undo, e);
}

// ---------------------------------------------------------------------------------------------
// The rules of an action beyond its log's (docs/reliability.md, "Actions that keep the SLA
// honest"). The log's own rules (TicketHistory::apply) hold for any history, imported ones too;
// these hold for what an agent does now. The shared server checks the same (schema 9).

StoreError TicketStore::checkActionRules(const Action &action, QVector<Event> *drafts,
                                         const Ticket &current, const QVector<Event> &log) const
{
    const qint64 id = action.ticketId;
    for (int i = 0; i < drafts->size(); ++i) {
        Event &draft = (*drafts)[i];
        // A pause is earned by a reply: the same action's reply comes right before it.
        if (draft.kind == EventKind::Status && draft.status == TicketStatus::WaitingCustomer &&
            (i == 0 || drafts->at(i - 1).kind != EventKind::Replied))
            return StoreError(StoreError::Kind::Invalid,
                              QCoreApplication::translate(
                                      "store",
                                      "ticket #%1: waiting on the customer needs a reply to them "
                                      "in the same action (a pause is earned by a reply)")
                                      .arg(id));
        // A due override is not before the ticket was opened.
        if (draft.kind == EventKind::DueOverride && draft.due < current.createdAt)
            return StoreError(StoreError::Kind::Invalid,
                              QCoreApplication::translate(
                                      "store", "ticket #%1 was opened at %2: a due instant before "
                                               "that cannot be set")
                                      .arg(id)
                                      .arg(QDateTime::fromSecsSinceEpoch(current.createdAt, Qt::UTC)
                                                   .toString(Qt::ISODate)));
        // An undo goes back from the actor's own latest assignment to the assignee before it.
        if (!Action::isUndo(draft.actionId))
            continue;
        const QString undone = draft.actionId.chopped(int(Action::undoActionId(QString()).size()));
        int index = -1;
        for (int k = 0; k < log.size(); ++k)
            if (log.at(k).actionId == undone)
                index = k;
        if (draft.kind != EventKind::Assigned || index < 0 ||
            log.at(index).kind != EventKind::Assigned)
            return StoreError(StoreError::Kind::Invalid,
                              QCoreApplication::translate(
                                      "store", "ticket #%1 has no such assignment to undo")
                                      .arg(id));
        if (log.at(index).actorId != action.actorId)
            return StoreError(StoreError::Kind::Forbidden,
                              QCoreApplication::translate(
                                      "store", "only the agent who assigned ticket #%1 can undo it")
                                      .arg(id));
        qint64 before = 0;
        for (int k = 0; k < log.size(); ++k) {
            if (log.at(k).kind != EventKind::Assigned)
                continue;
            if (k > index)
                return StoreError(StoreError::Kind::Invalid,
                                  QCoreApplication::translate(
                                          "store",
                                          "ticket #%1 was assigned again since: only its latest "
                                          "assignment can be undone")
                                          .arg(id));
            if (k < index)
                before = log.at(k).assigneeId;
        }
        draft.assigneeId = before;
    }
    return {};
}

} // namespace dueline
