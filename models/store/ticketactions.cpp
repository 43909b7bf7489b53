// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket store's actions (docs/architecture.md §4): each one transaction that appends its
// events (one; a reply and the pause for "wait on customer") after checking the row version, the
// actor and the action id, derives the ticket's cached columns (on PostgreSQL the server's write
// functions do) and notifies the other clients.

#include "models/store/ticketstore.h"

#include "models/store/inputlimits.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace dueline {

namespace {

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Binds an event's columns from `at` on, in the order of eventColumns() (the INSERT below and
// the PostgreSQL write function take them in that order).
// The event's fields after its time (the server takes the time from its own stamp).
void bindEventFieldsAfterTime(QSqlQuery &q, const Event &e)
{
    q.addBindValue(eventKindKey(e.kind));
    q.addBindValue(nullableId(e.actorId));
    q.addBindValue(nullableText(e.actionId));
    q.addBindValue(e.kind == EventKind::Status ? QVariant(ticketStatusKey(e.status))
                                               : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(nullableText(e.severity));
    q.addBindValue(nullableText(e.planId));
    q.addBindValue(nullableId(e.assigneeId));
    q.addBindValue(e.kind == EventKind::DueOverride ? QVariant(targetKindKey(e.target))
                                                    : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(nullableInstant(e.kind == EventKind::DueOverride ? e.due : InvalidInstant));
    q.addBindValue(e.body);
}

void bindEventFields(QSqlQuery &q, const Event &e)
{
    q.addBindValue(e.at);
    bindEventFieldsAfterTime(q, e);
}

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

std::optional<Event> TicketStore::findAction(const QString &actionId, StoreError *error)
{
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("SELECT ") + eventColumns() +
              QStringLiteral(" FROM events WHERE action_id = ?"));
    q.addBindValue(actionId);
    if (!q.exec()) {
        m_connection->fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readEvent(q);
}

bool TicketStore::insertEvent(const Event &e, StoreError *error)
{
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("INSERT INTO events (") + eventColumns() +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''))"));
    q.addBindValue(e.ticketId);
    q.addBindValue(e.seq);
    bindEventFields(q, e);
    if (!q.exec()) {
        const bool duplicate = !e.actionId.isEmpty() &&
                               (q.lastError().nativeErrorCode() == QLatin1String("23505") ||
                                q.lastError().nativeErrorCode() == QLatin1String("2067") ||
                                sqlErrorText(q).contains(QLatin1String("UNIQUE")));
        return storeFail(error, duplicate ? StoreError::Kind::Conflict : StoreError::Kind::Database,
                         QCoreApplication::translate("store", "database error on %1: %2")
                                 .arg(m_connection->describe(), sqlErrorText(q)));
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Actions

namespace {

// Binds the cached columns of `t` in the order of the UPDATE and INSERT statements below.
void bindCached(QSqlQuery &q, const Ticket &t)
{
    q.addBindValue(ticketStatusKey(t.status));
    q.addBindValue(t.severity);
    q.addBindValue(t.planId);
    q.addBindValue(nullableId(t.assigneeId));
    q.addBindValue(t.updatedAt);
    q.addBindValue(nullableInstant(t.firstReplyAt));
    q.addBindValue(nullableInstant(t.resolvedAt));
    for (const ClockSnapshot *s : {&t.response, &t.resolution}) {
        const bool applies = s->phase != ClockPhase::NotApplicable;
        q.addBindValue(clockPhaseKey(s->phase));
        q.addBindValue(nullableInstant(s->due));
        q.addBindValue(applies ? QVariant(s->requiredSeconds)
                               : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(applies ? QVariant(s->remainingSeconds)
                               : QVariant(QMetaType::fromType<qint64>()));
    }
    q.addBindValue(nullableInstant(t.nextBreach));
    q.addBindValue(t.paused ? 1 : 0);
    q.addBindValue((t.response.overridden ? 1 : 0) | (t.resolution.overridden ? 2 : 0));
}

const char cachedAssignments[] =
        "status = ?, severity = ?, plan_id = ?, assignee_id = ?, updated_at = ?, "
        "first_reply_at = ?, resolved_at = ?, response_state = ?, response_due = ?, "
        "response_required = ?, response_remaining = ?, resolution_state = ?, resolution_due = ?, "
        "resolution_required = ?, resolution_remaining = ?, next_breach = ?, paused = ?, "
        "overrides = ?";

} // namespace

bool TicketStore::rewriteCachedColumns(Connection &connection, const Ticket &derived,
                                       StoreError *error)
{
    QSqlQuery u = connection.query();
    if (!connection.prepare(
                u,
                QStringLiteral("UPDATE tickets SET ") + QLatin1String(cachedAssignments) +
                        QStringLiteral(", change_seq = (SELECT COALESCE(MAX(change_seq), "
                                       "0) + 1 FROM tickets) WHERE id = ?"),
                error))
        return false;
    bindCached(u, derived);
    u.addBindValue(derived.id);
    if (!connection.execPrepared(u, error))
        return false;
    if (u.numRowsAffected() != 1)
        return storeFail(
                error, StoreError::Kind::NotFound,
                QCoreApplication::translate("store", "there is no ticket #%1").arg(derived.id));
    if (connection.engine() == Engine::PostgreSQL) {
        QSqlQuery n = connection.query();
        n.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        n.addBindValue(QString::fromLatin1(NotifyChannel));
        n.addBindValue(QString::number(derived.id));
        if (!n.exec())
            return connection.fail(n, error);
    }
    return true;
}

// The PostgreSQL write functions (migrations 3 and 4) and schema 9's trigger refuse with these
// SQLSTATEs; the message is the server's sentence, or the client's own for schema 9's.
StoreError TicketStore::serverRefusal(const QSqlQuery &q) const
{
    const QString state = q.lastError().nativeErrorCode();
    // Schema 9's refusals, said in the person's language (the server's sentence is English).
    if (state == QLatin1String("DL006"))
        return StoreError(StoreError::Kind::Invalid,
                          QCoreApplication::translate("store",
                                                      "%1 refused the due instant: it is before "
                                                      "the ticket was opened")
                                  .arg(m_connection->describe()));
    if (state == QLatin1String("DL007"))
        return StoreError(StoreError::Kind::Invalid,
                          QCoreApplication::translate("store",
                                                      "%1 refused the pause: waiting on the "
                                                      "customer needs a reply to them in the same "
                                                      "action")
                                  .arg(m_connection->describe()));
    if (state == QLatin1String("DL008"))
        return StoreError(StoreError::Kind::Forbidden,
                          QCoreApplication::translate("store",
                                                      "%1 refused the undo: only the agent who "
                                                      "made a ticket's latest assignment can undo "
                                                      "it, back to the assignee before it")
                                  .arg(m_connection->describe()));
    StoreError::Kind kind = StoreError::Kind::Database;
    if (state == QLatin1String("DL001") || state == QLatin1String("23505"))
        kind = StoreError::Kind::Conflict; // row version, or the action id was just used
    else if (state == QLatin1String("DL002"))
        kind = StoreError::Kind::NotFound;
    else if (state == QLatin1String("DL003") || state == QLatin1String("42501"))
        kind = StoreError::Kind::Forbidden;
    else if (state == QLatin1String("DL004"))
        kind = StoreError::Kind::Invalid;
    else if (state == QLatin1String("DL005") || state == QLatin1String("55P03"))
        kind = StoreError::Kind::Busy; // another session holds the ticket
    if (kind == StoreError::Kind::Forbidden || kind == StoreError::Kind::Busy)
        return StoreError(kind, QCoreApplication::translate("store", "%1 refused the action: %2")
                                        .arg(m_connection->describe(), sqlErrorText(q)));
    if (kind == StoreError::Kind::Database)
        return m_connection->failure(q);
    return StoreError(kind, QCoreApplication::translate("store", "database error on %1: %2")
                                    .arg(m_connection->describe(), sqlErrorText(q)));
}

StoreError TicketStore::busyTicket(qint64 ticketId) const
{
    return StoreError(StoreError::Kind::Busy,
                      QCoreApplication::translate("store",
                                                  "ticket #%1 is busy: another agent is changing "
                                                  "it right now; try again in a moment")
                              .arg(ticketId));
}

StoreError TicketStore::ticketRefusal(const QSqlQuery &q, qint64 ticketId) const
{
    const StoreError e = serverRefusal(q);
    return e.kind == StoreError::Kind::Busy ? busyTicket(ticketId) : e;
}

bool TicketStore::writeEvent(Transaction &transaction, const Ticket &current, const Event &e,
                             const Ticket &updated, StoreError *error)
{
    if (engine() == Engine::SQLite) {
        if (!insertEvent(e, error))
            return false;
        QSqlQuery u = m_connection->query();
        u.prepare(QStringLiteral("UPDATE tickets SET ") + QLatin1String(cachedAssignments) +
                  QStringLiteral(", row_version = row_version + 1, change_seq = (SELECT "
                                 "COALESCE(MAX(change_seq), 0) + 1 FROM tickets) WHERE id = ? "
                                 "AND row_version = ?"));
        bindCached(u, updated);
        u.addBindValue(e.ticketId);
        u.addBindValue(current.rowVersion);
        if (!u.exec())
            return m_connection->fail(u, error);
        if (u.numRowsAffected() != 1)
            return storeFail(error, StoreError::Kind::Conflict,
                             QCoreApplication::translate("store",
                                                         "ticket #%1 was changed by someone "
                                                         "else; reload and try again")
                                     .arg(e.ticketId));
        return true;
    }
    // PostgreSQL: the client proposes the event; the server checks the version, the time and
    // the role, appends it, derives the ticket's state from the log and notifies.
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("SELECT new_row_version, event_at FROM dueline_append_event(") +
              QStringLiteral("?, ").repeated(12) + QStringLiteral("?)"));
    q.addBindValue(e.ticketId);
    q.addBindValue(current.rowVersion);
    q.addBindValue(e.seq);
    bindEventFieldsAfterTime(q, e);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = serverRefusal(q);
        if (error && error->kind == StoreError::Kind::Conflict &&
            q.lastError().nativeErrorCode() == QLatin1String("DL001"))
            error->message =
                    QCoreApplication::translate(
                            "store", "ticket #%1 was changed by someone else; reload and try again")
                            .arg(e.ticketId);
        // Rolled back before the statement is freed, which an aborted transaction would refuse
        // with a warning.
        transaction.rollback();
        return false;
    }
    return true;
}

bool TicketStore::writeNewTicket(const Event &created, Ticket *t, StoreError *error)
{
    QSqlQuery q = m_connection->query();
    if (engine() == Engine::SQLite) {
        q.prepare(QStringLiteral(
                "INSERT INTO tickets (status, severity, plan_id, assignee_id, updated_at, "
                "first_reply_at, resolved_at, response_state, response_due, response_required, "
                "response_remaining, resolution_state, resolution_due, resolution_required, "
                "resolution_remaining, next_breach, paused, overrides, customer_id, subject, "
                "channel, service_stage, created_at, row_version, change_seq) VALUES (?, ?, ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, 1, "
                "(SELECT COALESCE(MAX(change_seq), 0) + 1 FROM tickets)) RETURNING id, "
                "change_seq"));
        bindCached(q, *t);
        q.addBindValue(t->customerId);
        q.addBindValue(t->subject);
        q.addBindValue(t->channel);
        q.addBindValue(t->serviceStage);
        q.addBindValue(t->createdAt);
        if (!q.exec() || !q.next())
            return m_connection->fail(q, error);
        t->id = q.value(0).toLongLong();
        t->changeSeq = q.value(1).toLongLong();
        t->rowVersion = 1;
        q.finish();
        Event event = created;
        event.ticketId = t->id;
        return insertEvent(event, error) && notify(t->id, error);
    }
    // PostgreSQL: the server stamps, checks the actor, inserts both rows, derives the new
    // ticket's state and notifies.
    q.prepare(QStringLiteral("SELECT new_id, new_change_seq FROM dueline_create_ticket(") +
              QStringLiteral("?, ").repeated(8) + QStringLiteral("?)"));
    q.addBindValue(nullableId(created.actorId));
    q.addBindValue(nullableText(created.actionId));
    q.addBindValue(t->customerId);
    q.addBindValue(t->subject);
    q.addBindValue(t->channel);
    q.addBindValue(t->serviceStage);
    q.addBindValue(nullableText(created.severity));
    q.addBindValue(nullableText(created.planId));
    q.addBindValue(created.body);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = serverRefusal(q);
        return false;
    }
    t->id = q.value(0).toLongLong();
    t->changeSeq = q.value(1).toLongLong();
    t->rowVersion = 1;
    return true;
}

ActionResult TicketStore::replayed(const Event &previous)
{
    ActionResult r;
    r.replayed = true;
    r.event = previous;
    if (const auto t = ticket(previous.ticketId, &r.error))
        r.ticket = *t;
    return r;
}

ActionResult TicketStore::createTicket(const QString &actionId, qint64 actorId, const NewTicket &nt)
{
    if (StoreError limit; !inputlimits::checkSubject(nt.subject, &limit) ||
                          !inputlimits::checkText("body", nt.body, &limit) ||
                          !inputlimits::checkLine("severity", nt.severity, &limit) ||
                          !inputlimits::checkLine("plan", nt.planId, &limit) ||
                          !inputlimits::checkLine("channel", nt.channel, &limit) ||
                          !inputlimits::checkLine("stage", nt.serviceStage, &limit))
        return failed(limit);
    if (actionId.isEmpty())
        return failed(StoreError::Kind::Invalid,
                      QCoreApplication::translate("store", "an action needs an action id"));
    StoreError error;
    Transaction transaction(*m_connection);
    if (!transaction.begin(&error))
        return failed(error);
    const Instant stamp = stampNow(0, &error);
    if (stamp == InvalidInstant)
        return failed(error);
    if (const auto previous = findAction(actionId, &error)) {
        transaction.rollback();
        return replayed(*previous);
    }
    if (error)
        return failed(error);
    if (actorId != 0) {
        const auto actor = agent(actorId, &error);
        if (!actor)
            return failed(
                    error ? error
                          : StoreError(StoreError::Kind::NotFound,
                                       QCoreApplication::translate("store", "there is no agent #%1")
                                               .arg(actorId)));
        if (!actor->active)
            return failed(StoreError::Kind::Forbidden,
                          QCoreApplication::translate("store",
                                                      "%1 is deactivated and cannot act on tickets")
                                  .arg(actor->displayName));
    }
    const auto customer = this->customer(nt.customerId, &error);
    if (!customer)
        return failed(
                error ? error
                      : StoreError(StoreError::Kind::NotFound,
                                   QCoreApplication::translate("store", "there is no customer #%1")
                                           .arg(nt.customerId)));
    if (nt.subject.trimmed().isEmpty())
        return failed(StoreError::Kind::Invalid,
                      QCoreApplication::translate("store", "a ticket needs a subject"));
    const QString planId = nt.planId.isEmpty() ? customer->planId : nt.planId;
    const Plan *plan = m_catalog->plan(planId);
    if (plan && !plan->channels.isEmpty()) {
        bool known = false;
        for (const Channel &c : plan->channels)
            known = known || c.id == nt.channel;
        if (!known) {
            QStringList ids;
            for (const Channel &c : plan->channels)
                ids.append(c.id);
            return failed(StoreError::Kind::Invalid,
                          QCoreApplication::translate("store",
                                                      "plan %1 has no channel \"%2\" (it has: %3)")
                                  .arg(plan->id, nt.channel, ids.join(QStringLiteral(", "))));
        }
        for (const Channel &c : plan->channels) {
            if (c.id == nt.channel && c.retired)
                return failed(StoreError::Kind::Invalid,
                              QCoreApplication::translate(
                                      "store",
                                      "plan %1 no longer offers channel \"%2\": its existing "
                                      "tickets keep it, a new one takes another")
                                      .arg(plan->id, nt.channel));
        }
    }

    Event created;
    created.seq = 1;
    created.at = stamp;
    created.kind = EventKind::Created;
    created.actorId = actorId;
    created.actionId = actionId;
    created.severity = nt.severity;
    created.planId = plan ? plan->id : planId;
    created.body = nt.body;
    TicketHistory history(m_catalog.get(), nt.serviceStage);
    const QString reason = history.apply(created);
    if (!reason.isEmpty())
        return failed(StoreError::Kind::Invalid, reason);

    Ticket t;
    t.customerId = nt.customerId;
    t.subject = nt.subject;
    t.channel = nt.channel;
    t.serviceStage = nt.serviceStage;
    TicketClocks::fillTicket(*m_catalog, history, stamp, &t);
    if (!writeNewTicket(created, &t, &error)) {
        transaction.rollback();
        if (error.kind == StoreError::Kind::Conflict) { // a concurrent retry won
            if (const auto previous = findAction(actionId, nullptr)) {
                return replayed(*previous);
            }
        }
        return failed(error);
    }
    created.ticketId = t.id;
    if (!transaction.commit(&error))
        return failed(error);
    ActionResult r;
    r.ticket = t;
    r.event = created;
    if (engine() == Engine::PostgreSQL) { // the server's time and derived state
        if (const auto written = ticket(t.id, &r.error)) {
            r.ticket = *written;
            r.event.at = written->createdAt;
        }
    }
    return r;
}

ActionResult TicketStore::apply(const Action &action, Event draft)
{
    return apply(action, QVector<Event>{std::move(draft)});
}

ActionResult TicketStore::apply(const Action &action, QVector<Event> drafts)
{
    if (action.actionId.isEmpty())
        return failed(StoreError::Kind::Invalid,
                      QCoreApplication::translate("store", "an action needs an action id"));
    for (Event &draft : drafts) {
        if (draft.actionId.isEmpty())
            draft.actionId = action.actionId;
        if (StoreError limit; !inputlimits::checkLine("action_id", draft.actionId, &limit))
            return failed(limit);
    }
    StoreError error;
    Transaction transaction(*m_connection);
    if (!transaction.begin(&error))
        return failed(error);

    // A retry of an action that was applied: the original result, not an error (with the
    // ticket as read under the lock, when there is one).
    auto replay = [&](const Event &previous, const Ticket *current) {
        transaction.rollback();
        if (previous.ticketId != action.ticketId)
            return failed(StoreError::Kind::Invalid,
                          QCoreApplication::translate(
                                  "store", "action id %1 was already used for ticket #%2")
                                  .arg(action.actionId)
                                  .arg(previous.ticketId));
        if (!current)
            return replayed(previous);
        ActionResult r;
        r.replayed = true;
        r.event = previous;
        r.ticket = *current;
        return r;
    };
    // It needs no lock (its event never changes): answered even while another agent holds the
    // ticket.
    if (const auto previous = findAction(action.actionId, &error))
        return replay(*previous, nullptr);
    if (error)
        return failed(error);

    // Lock the ticket row (PostgreSQL; SQLite holds the write lock already).
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("SELECT ") + ticketColumns() +
              (engine() == Engine::PostgreSQL ? QStringLiteral(" FROM dueline_lock_ticket(?)")
                                              : QStringLiteral(" FROM tickets WHERE id = ?")));
    q.addBindValue(action.ticketId);
    if (!q.exec())
        return failed(ticketRefusal(q, action.ticketId));
    if (!q.next())
        return failed(StoreError::Kind::NotFound,
                      QCoreApplication::translate("store", "there is no ticket #%1")
                              .arg(action.ticketId));
    Ticket current = readTicket(q);
    q.finish();

    // … or applied meanwhile, by a concurrent retry.
    if (const auto previous = findAction(action.actionId, &error))
        return replay(*previous, &current);
    if (error)
        return failed(error);
    if (action.expectedVersion > 0 && current.rowVersion != action.expectedVersion)
        return failed(
                StoreError::Kind::Conflict,
                QCoreApplication::translate(
                        "store", "ticket #%1 was changed by someone else; reload and try again")
                        .arg(action.ticketId));

    // The actor.
    std::optional<Agent> actor;
    const bool resume = drafts.size() == 1 && drafts.first().kind == EventKind::Status &&
                        drafts.first().status == TicketStatus::Open;
    if (action.actorId != 0) {
        actor = agent(action.actorId, &error);
        if (!actor)
            return failed(
                    error ? error
                          : StoreError(StoreError::Kind::NotFound,
                                       QCoreApplication::translate("store", "there is no agent #%1")
                                               .arg(action.actorId)));
    } else if (!resume) {
        return failed(StoreError::Kind::Invalid,
                      QCoreApplication::translate("store", "this action needs an agent"));
    }
    if (actor && !actor->active)
        return failed(
                StoreError::Kind::Forbidden,
                QCoreApplication::translate("store", "%1 is deactivated and cannot act on tickets")
                        .arg(actor->displayName));
    for (const Event &draft : std::as_const(drafts)) {
        if (draft.kind == EventKind::DueOverride && (!actor || actor->role != Agent::Role::Lead))
            return failed(StoreError::Kind::Forbidden,
                          QCoreApplication::translate("store",
                                                      "%1 is not a team lead: only a lead can "
                                                      "override a due time")
                                  .arg(actor ? actor->login : QStringLiteral("?")));
    }

    Instant stamp = stampNow(action.ticketId, &error);
    if (stamp == InvalidInstant)
        return failed(error);
    QVector<Event> list;
    if (!loadEventsLocked(action.ticketId, &list, &error))
        return failed(error);
    int bad = -1;
    QString reason;
    TicketHistory history =
            TicketHistory::replay(nullptr, current.serviceStage, list, &bad, &reason);
    if (bad >= 0)
        return failed(StoreError::Kind::Invalid,
                      QCoreApplication::translate("store",
                                                  "ticket #%1 has a damaged history (event %2: %3)")
                              .arg(action.ticketId)
                              .arg(bad + 1)
                              .arg(reason));
    history.setCatalog(m_catalog.get());
    if (const StoreError refused = checkActionRules(action, &drafts, current, list))
        return failed(refused);
    for (const Event &draft : std::as_const(drafts)) {
        if (draft.kind != EventKind::Assigned || draft.assigneeId == 0)
            continue;
        const auto assignee = agent(draft.assigneeId, &error);
        if (!assignee)
            return failed(
                    error ? error
                          : StoreError(StoreError::Kind::NotFound,
                                       QCoreApplication::translate("store", "there is no agent #%1")
                                               .arg(draft.assigneeId)));
        if (!assignee->active)
            return failed(StoreError::Kind::Invalid,
                          QCoreApplication::translate(
                                  "store", "%1 is deactivated: tickets cannot be assigned to them")
                                  .arg(assignee->displayName));
    }

    // Each event in turn, at its own stamp (on PostgreSQL the server's, asked for each write),
    // on the row version the previous one left.
    Ticket updated = current;
    for (int i = 0; i < drafts.size(); ++i) {
        Event &draft = drafts[i];
        if (i > 0) {
            stamp = stampNow(action.ticketId, &error);
            if (stamp == InvalidInstant)
                return failed(error);
        }
        draft.ticketId = action.ticketId;
        draft.seq = history.lastSeq() + 1;
        draft.at = std::max(stamp, history.lastAt()); // never before the previous event
        draft.actorId = action.actorId;
        reason = history.apply(draft);
        if (!reason.isEmpty())
            return failed(StoreError::Kind::Invalid,
                          QCoreApplication::translate("store", "ticket #%1: %2")
                                  .arg(action.ticketId)
                                  .arg(reason));
        TicketClocks::fillTicket(*m_catalog, history, draft.at, &updated);
        if (!writeEvent(transaction, current, draft, updated, &error)) {
            transaction.rollback();
            if (error.kind == StoreError::Kind::Busy)
                return failed(busyTicket(action.ticketId));
            if (error.kind == StoreError::Kind::Conflict) { // a concurrent retry of this action won
                if (const auto previous = findAction(action.actionId, nullptr)) {
                    return replayed(*previous);
                }
            }
            return failed(error);
        }
        current.rowVersion += 1;
    }
    if (!transaction.commit(&error))
        return failed(error);
    // Read back what was written (row version and change sequence).
    ActionResult r;
    r.event = drafts.first();
    const auto written = ticket(action.ticketId, &r.error);
    r.ticket = written ? *written : updated;
    return r;
}

} // namespace dueline
