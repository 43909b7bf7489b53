#include "models/store/bulkwriter.h"

#include "models/store/ticketstore.h"

#include <QCoreApplication>

namespace dueline {

namespace {

const QVariant nullText{QMetaType::fromType<QString>()};
const QVariant nullNumber{QMetaType::fromType<qint64>()};

} // namespace

BulkWriter::BulkWriter(Connection &connection, const Catalog &catalog)
    : m_connection(connection)
    , m_catalog(catalog)
    , m_agent(connection.query())
    , m_customer(connection.query())
    , m_ticket(connection.query())
    , m_event(connection.query())
{ }

BulkWriter::~BulkWriter() = default;

bool BulkWriter::fail(QSqlQuery &query, StoreError *error)
{
    return storeFail(error, StoreError::Kind::Database,
                     QCoreApplication::translate("store", "database error on %1: %2")
                             .arg(m_connection.describe(), sqlErrorText(query)));
}

bool BulkWriter::prepare(StoreError *error)
{
    QSqlQuery max = m_connection.query();
    if (!max.exec(QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM tickets")) ||
        !max.next())
        return fail(max, error);
    m_changeSeq = max.value(0).toLongLong();
    return m_connection.prepare(m_agent,
                                QStringLiteral("INSERT INTO agents (id, login, display_name, "
                                               "role) VALUES (?, ?, ?, ?)"),
                                error) &&
           m_connection.prepare(m_customer,
                                QStringLiteral("INSERT INTO customers (id, name, company, "
                                               "plan_id, time_zone, language) VALUES (?, ?, "
                                               "COALESCE(?, ''), ?, ?, ?)"),
                                error) &&
           m_connection.prepare(
                   m_ticket,
                   QStringLiteral(
                           "INSERT INTO tickets (id, customer_id, subject, channel, "
                           "service_stage, status, severity, plan_id, assignee_id, created_at, "
                           "updated_at, first_reply_at, resolved_at, response_state, "
                           "response_due, response_required, response_remaining, "
                           "resolution_state, resolution_due, resolution_required, "
                           "resolution_remaining, next_breach, paused, overrides, row_version, "
                           "change_seq) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), "
                           "COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                   error) &&
           m_connection.prepare(m_event,
                                QStringLiteral("INSERT INTO events (ticket_id, seq, at, kind, "
                                               "actor_id, action_id, status, severity, plan_id, "
                                               "assignee_id, target, due, body) VALUES (?, ?, "
                                               "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                               "COALESCE(?, ''))"),
                                error);
}

bool BulkWriter::addAgent(const Agent &agent, StoreError *error)
{
    m_agent.bindValue(0, agent.id);
    m_agent.bindValue(1, agent.login);
    m_agent.bindValue(2, agent.displayName);
    m_agent.bindValue(3, agentRoleKey(agent.role));
    return m_agent.exec() || fail(m_agent, error);
}

bool BulkWriter::addCustomer(const Customer &customer, StoreError *error)
{
    m_customer.bindValue(0, customer.id);
    m_customer.bindValue(1, customer.name);
    m_customer.bindValue(2, customer.company);
    m_customer.bindValue(3, customer.planId);
    m_customer.bindValue(4, QString::fromUtf8(customer.timeZone));
    m_customer.bindValue(5, customer.language);
    return m_customer.exec() || fail(m_customer, error);
}

bool BulkWriter::addTicket(const TicketRecord &record, const TicketHistory &history,
                           StoreError *error)
{
    Ticket t;
    TicketClocks::fillTicket(m_catalog, history, history.lastAt(), &t);
    int i = 0;
    m_ticket.bindValue(i++, record.id);
    m_ticket.bindValue(i++, record.customerId);
    m_ticket.bindValue(i++, record.subject);
    m_ticket.bindValue(i++, record.channel);
    m_ticket.bindValue(i++, record.serviceStage);
    m_ticket.bindValue(i++, ticketStatusKey(t.status));
    m_ticket.bindValue(i++, t.severity);
    m_ticket.bindValue(i++, t.planId);
    m_ticket.bindValue(i++, nullableId(t.assigneeId));
    m_ticket.bindValue(i++, t.createdAt);
    m_ticket.bindValue(i++, t.updatedAt);
    m_ticket.bindValue(i++, nullableInstant(t.firstReplyAt));
    m_ticket.bindValue(i++, nullableInstant(t.resolvedAt));
    for (const ClockSnapshot *s : {&t.response, &t.resolution}) {
        const bool applies = s->phase != ClockPhase::NotApplicable;
        m_ticket.bindValue(i++, clockPhaseKey(s->phase));
        m_ticket.bindValue(i++, nullableInstant(s->due));
        m_ticket.bindValue(i++, applies ? QVariant(s->requiredSeconds) : nullNumber);
        m_ticket.bindValue(i++, applies ? QVariant(s->remainingSeconds) : nullNumber);
    }
    m_ticket.bindValue(i++, nullableInstant(t.nextBreach));
    m_ticket.bindValue(i++, t.paused ? 1 : 0);
    m_ticket.bindValue(i++, (t.response.overridden ? 1 : 0) | (t.resolution.overridden ? 2 : 0));
    m_ticket.bindValue(i++, ++m_changeSeq);
    if (!m_ticket.exec())
        return fail(m_ticket, error);
    ++m_tickets;

    for (const Event &e : record.events) {
        m_event.bindValue(0, record.id);
        m_event.bindValue(1, e.seq);
        m_event.bindValue(2, e.at);
        m_event.bindValue(3, eventKindKey(e.kind));
        m_event.bindValue(4, nullableId(e.actorId));
        m_event.bindValue(5, e.actionId.isEmpty() ? nullText : QVariant(e.actionId));
        m_event.bindValue(6, e.kind == EventKind::Status ? QVariant(ticketStatusKey(e.status))
                                                         : nullText);
        m_event.bindValue(7, e.severity.isEmpty() ? nullText : QVariant(e.severity));
        m_event.bindValue(8, e.planId.isEmpty() ? nullText : QVariant(e.planId));
        m_event.bindValue(9, nullableId(e.assigneeId));
        m_event.bindValue(10, e.kind == EventKind::DueOverride ? QVariant(targetKindKey(e.target))
                                                               : nullText);
        m_event.bindValue(11,
                          e.kind == EventKind::DueOverride ? nullableInstant(e.due) : nullNumber);
        m_event.bindValue(12, e.body);
        if (!m_event.exec())
            return fail(m_event, error);
        ++m_events;
    }
    return true;
}

bool BulkWriter::finish(StoreError *error)
{
    if (m_connection.engine() != Engine::PostgreSQL)
        return true;
    for (const char *table : {"agents", "customers", "tickets"}) {
        const QString name = QString::fromLatin1(table);
        if (!m_connection.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                              "'id'), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, "
                                              "false)")
                                       .arg(name),
                               error))
            return false;
    }
    return m_connection.exec(QStringLiteral("SELECT pg_notify('%1', '*')")
                                     .arg(QLatin1String(TicketStore::NotifyChannel)),
                             error);
}

} // namespace dueline
