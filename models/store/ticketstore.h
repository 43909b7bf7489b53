// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/sla/clocksource.h"
#include "models/store/connection.h"
#include "models/store/ticket.h"
#include "models/store/ticketclocks.h"

#include <memory>
#include <optional>
#include <vector>

namespace dueline {

// Who does an action on which ticket, as the client saw it.
struct Action
{
    QString actionId; // client-generated (a UUID): a retry with the same id is applied once
    qint64 actorId = 0; // the agent
    qint64 ticketId = 0;
    qint64 expectedVersion = 0; // the row version the client saw; 0 skips the check

    static QString newActionId(); // a random UUID without braces
    // The action id of the undo of assignment `assignmentActionId`: "<id>/undo". The server
    // tells an undo by it, and an assignment is undone at most once (a second undo is a retry).
    static QString undoActionId(const QString &assignmentActionId);
    static bool isUndo(const QString &actionId); // an undo's action id: "<id>/undo"
    // The action id of the pause that follows the reply of a reply-and-wait: "<id>/wait".
    static QString waitActionId(const QString &replyActionId);
};

struct ActionResult
{
    StoreError error;
    bool replayed = false; // the action id had been applied before: nothing new was written
    Ticket ticket; // the ticket after the action (its current row when replayed)
    Event event; // the event the action wrote (the original one when replayed)

    bool ok() const { return !error.isError(); }
};

// A compact row of the open-ticket queue: what a queue shows and sorts by, without events.
struct QueueRow
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 assigneeId = 0;
    QString planId; // shared strings: one allocation per distinct value
    QString severity;
    TicketStatus status = TicketStatus::New;
    QString subject;
    Instant createdAt = 0;
    Instant updatedAt = 0;
    Instant nextBreach = InvalidInstant;
    ClockSnapshot response;
    ClockSnapshot resolution;
    bool paused = false;

    const ClockSnapshot &clock(TargetKind kind) const
    {
        return kind == TargetKind::Response ? response : resolution;
    }
};

// Which tickets TicketStore::findTickets() lists: any statuses, most recently changed first.
struct TicketQuery
{
    QVector<TicketStatus> statuses; // empty: every status
    // A ticket number ("1234" or "#1234") finds that ticket; other text is searched in the
    // subject and the customer's name and company (case-insensitive, any script).
    QString text;
    int limit = 500;
};

struct TicketQueryResult
{
    std::vector<QueueRow> rows; // most recently changed first
    bool more = false; // more tickets match than `limit`
};

// The store: one API for the GUI and the CLI over SQLite or PostgreSQL (docs/architecture.md §4).
// Every action is one transaction that appends one event, checks the row version the client saw,
// derives the clocks from the whole event log (TicketClocks) and updates the cached columns; on
// PostgreSQL the server's clock stamps the event and a NOTIFY tells the other clients. One instance
// per thread (it owns its connection).
class TicketStore
{
public:
    static constexpr const char *NotifyChannel = "dueline_tickets";

    static std::unique_ptr<TicketStore> open(const DatabaseUrl &url, CatalogPtr catalog,
                                             const ClockSource &clock, Connection::Mode mode,
                                             StoreError *error);
    ~TicketStore();

    Connection &connection() { return *m_connection; }
    Engine engine() const { return m_connection->engine(); }
    const DatabaseUrl &url() const { return m_connection->url(); }
    const Catalog &catalog() const { return *m_catalog; }
    CatalogPtr catalogPtr() const { return m_catalog; }
    const ClockSource &clock() const { return *m_clock; }

    // Schema: applies missing migrations (returns how many, -1 on error) or checks it is current.
    int migrate(StoreError *error);
    bool checkSchema(StoreError *error);

    // "Now" for this store: the server's clock on PostgreSQL (the client clock plus the offset
    // measured at open and after each action), the clock source on SQLite.
    Instant now() const { return m_clock->nowUtc() + m_serverOffset; }
    // Server clock minus the client clock, in seconds (0 on SQLite).
    qint64 serverClockOffset() const { return m_serverOffset; }
    bool measureServerClockOffset(StoreError *error);

    // After losing the server: whether `error` (from any call) means the connection is gone, and
    // opening it again (the server clock offset is measured again). An action whose outcome is
    // unknown is then retried with the same action id: committed once, or refused clearly.
    bool isConnectionLost(const StoreError &error);
    bool reconnect(StoreError *error);

    // Agents and customers.
    qint64 addAgent(const Agent &agent, StoreError *error); // returns the new id, 0 on error
    // Renames an agent, changes their role or (de)activates them; the login stays. Refused when
    // it would leave no active lead. On PostgreSQL only the schema owner may (`dueline-cli`).
    bool updateAgent(const Agent &agent, StoreError *error);
    QVector<Agent> agents(StoreError *error); // active or not, by id
    std::optional<Agent> agent(qint64 id, StoreError *error);
    std::optional<Agent> agentByLogin(const QString &login, StoreError *error);
    qint64 addCustomer(const Customer &customer, StoreError *error);
    QVector<Customer> customers(StoreError *error);
    std::optional<Customer> customer(qint64 id, StoreError *error);

    // Reads.
    std::optional<Ticket> ticket(qint64 id, StoreError *error);
    QVector<Event> events(qint64 ticketId, StoreError *error);
    qint64 ticketCount(StoreError *error);
    // The exact clock states of a ticket at `now`, from its events.
    bool evaluate(qint64 ticketId, Instant now, ClockResult *response, ClockResult *resolution,
                  StoreError *error);

    // Actions (docs/architecture.md §4). Each checks the row version (when expectedVersion > 0),
    // applies once per action id and is refused with a clear message when it does not fit the
    // ticket.
    ActionResult createTicket(const QString &actionId, qint64 actorId, const NewTicket &nt);
    ActionResult take(const Action &action); // assign to the actor
    ActionResult assign(const Action &action, qint64 assigneeId); // 0: unassign
    ActionResult reply(const Action &action, const QString &text);
    ActionResult note(const Action &action, const QString &text);
    // "Wait on customer" is a reply and then the pause (DESIGN §2, "Pausing is earned by a
    // reply"): a public reply (required; the first one meets the response target) and the status
    // waiting_customer, in one transaction — both are written or neither. The reply carries the
    // action id, the pause Action::waitActionId of it; the result's event is the reply. A pause
    // that does not follow its reply is refused on both engines (on a shared server whoever
    // calls: docs/reliability.md, "Actions that keep the SLA honest").
    ActionResult replyAndWait(const Action &action, const QString &reply);
    ActionResult resume(const Action &action, const QString &text = {});
    ActionResult changeSeverity(const Action &action, const QString &severity,
                                const QString &reason = {});
    // A severity is needed when the new plan does not offer the ticket's current one.
    ActionResult changePlan(const Action &action, const QString &planId,
                            const QString &severity = {}, const QString &reason = {});
    ActionResult resolve(const Action &action, const QString &summary = {});
    ActionResult reopen(const Action &action, const QString &reason = {});
    ActionResult close(const Action &action);
    // Leads only, with a reason, and never before the ticket was opened.
    ActionResult overrideDue(const Action &action, TargetKind target, Instant due,
                             const QString &reason);
    // Undoes the assignment the actor made with action `assignmentActionId` (a take or an
    // assign): appends an assignment back to the assignee before it (0: nobody). Only the agent
    // who made it, and only while it is the ticket's latest assignment. The event's action id is
    // Action::undoActionId(assignmentActionId), whatever action.actionId says.
    ActionResult undoAssignment(const Action &action, const QString &assignmentActionId);

    // The open tickets (new, open, waiting on the customer), ordered by next breach (tickets
    // without a running clock last), then id. Forward-only, interned strings. QueueModel keeps
    // its own order: it asks for Unordered and saves sorting a million rows twice.
    enum class QueueOrder { NextBreach, Unordered };
    std::vector<QueueRow> loadQueue(StoreError *error, QueueOrder order = QueueOrder::NextBreach);

    // Any tickets, finished ones included (ticketsearch.cpp): the Resolved and Closed views,
    // and search by number whatever the status.
    TicketQueryResult findTickets(const TicketQuery &query, StoreError *error);

    // Tells the other clients that many tickets changed (after a bulk import).
    void notifyBulkChange();

    // Writes the cached columns of `derived` (status, severity, plan, assignee, instants, both
    // clocks, next breach, paused, overrides) onto its row and moves its change sequence, so
    // that every client reloads it; the row version stays (no action was taken). For repairs by
    // the schema owner or a single user; false and *error when the row cannot be written.
    static bool rewriteCachedColumns(Connection &connection, const Ticket &derived,
                                     StoreError *error);

    // Reads a ticket row from a query positioned on "SELECT <ticketColumns()> …".
    static QString ticketColumns();
    static Ticket readTicket(const QSqlQuery &query, int first = 0);
    // The same for events: "SELECT <eventColumns()> …".
    static QString eventColumns();
    static Event readEvent(const QSqlQuery &query);

private:
    TicketStore() = default;
    ActionResult apply(const Action &action, Event draft);
    // The events of one action, in one transaction: all are written or none. A draft without an
    // action id gets the action's.
    ActionResult apply(const Action &action, QVector<Event> drafts);
    // The rules of an action beyond those of its log (ticketrules.cpp): a pause follows its
    // reply, a due override is not before the ticket was opened, an undo is the actor's own
    // latest assignment (it gets the assignee to go back to). `log` is the ticket's events.
    StoreError checkActionRules(const Action &action, QVector<Event> *drafts, const Ticket &current,
                                const QVector<Event> &log) const;
    bool loadEventsLocked(qint64 ticketId, QVector<Event> *events, StoreError *error);
    std::optional<Event> findAction(const QString &actionId, StoreError *error);
    bool insertEvent(const Event &event, StoreError *error);
    // Writes an action's event and the ticket's cached columns (row version checked). On
    // PostgreSQL the server's write function takes the event alone and derives the columns
    // itself (`updated` is then only the client's expectation). Kind Conflict when the version
    // moved or the action id was used meanwhile; a refused write rolls `transaction` back.
    bool writeEvent(Transaction &transaction, const Ticket &current, const Event &event,
                    const Ticket &updated, StoreError *error);
    // Inserts a new ticket and its created event; fills the ticket's id and change sequence (on
    // PostgreSQL the row as the server derived it is read back by the caller).
    bool writeNewTicket(const Event &created, Ticket *ticket, StoreError *error);
    StoreError serverRefusal(const QSqlQuery &query) const;
    // The same for an action on a ticket: "busy" (another session holds it) in the person's
    // language, naming the ticket.
    StoreError ticketRefusal(const QSqlQuery &query, qint64 ticketId) const;
    StoreError busyTicket(qint64 ticketId) const;
    // The answer to an action id that was applied before: its event and the ticket as it is now.
    ActionResult replayed(const Event &previous);
    bool notify(qint64 ticketId, StoreError *error);
    // The time of an action on a ticket (0: a new ticket), inside its transaction: the clock
    // source on SQLite, the server's stamp on PostgreSQL.
    Instant stampNow(qint64 ticketId, StoreError *error);

    std::unique_ptr<Connection> m_connection;
    CatalogPtr m_catalog;
    const ClockSource *m_clock = nullptr;
    qint64 m_serverOffset = 0;
};

// Binding helpers shared by the store's writers.
QVariant nullableInstant(Instant t);
QVariant nullableId(qint64 id);
Instant instantFrom(const QVariant &v);

} // namespace dueline
