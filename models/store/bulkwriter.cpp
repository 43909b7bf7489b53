// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/bulkwriter.h"

#include "models/store/ticketstore.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace dueline {

namespace {

const QVariant nullText{QMetaType::fromType<QString>()};
const QVariant nullNumber{QMetaType::fromType<qint64>()};

const char agentSql[] = "INSERT INTO agents (id, login, display_name, role) VALUES (?, ?, ?, ?)";
const char customerSql[] = "INSERT INTO customers (id, name, company, plan_id, time_zone, "
                           "language) VALUES (?, ?, COALESCE(?, ''), ?, ?, ?)";
const char ticketSql[] =
        "INSERT INTO tickets (id, customer_id, subject, channel, service_stage, status, "
        "severity, plan_id, assignee_id, created_at, updated_at, first_reply_at, resolved_at, "
        "response_state, response_due, response_required, response_remaining, "
        "resolution_state, resolution_due, resolution_required, resolution_remaining, "
        "next_breach, paused, overrides, row_version, change_seq) VALUES (?, ?, COALESCE(?, "
        "''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, 1, ?)";
const char eventSql[] = "INSERT INTO events (ticket_id, seq, at, kind, actor_id, action_id, "
                        "status, severity, plan_id, assignee_id, target, due, body) VALUES (?, "
                        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''))";

// Pages SQLite may keep in memory while a bulk write runs (KiB, negative as the pragma wants):
// indexes of a million rows stay in memory instead of spilling to the WAL mid-transaction.
constexpr int BulkCacheKiB = 256 * 1024;

} // namespace

// SQLite statements on the handle of the Qt connection, with UTF-8 text and no QVariant.
struct BulkWriter::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *agent = nullptr;
    sqlite3_stmt *customer = nullptr;
    sqlite3_stmt *ticket = nullptr;
    sqlite3_stmt *event = nullptr;
    int column = 0; // the next parameter of the statement being bound
    qint64 previousCacheSize = 0;

    ~Native()
    {
        for (sqlite3_stmt *s : {agent, customer, ticket, event})
            sqlite3_finalize(s);
        if (db && previousCacheSize != 0)
            sqlite3_exec(db,
                         QByteArray("PRAGMA cache_size = " + QByteArray::number(previousCacheSize))
                                 .constData(),
                         nullptr, nullptr, nullptr);
    }
    bool prepare(const char *sql, sqlite3_stmt **statement)
    {
        return sqlite3_prepare_v2(db, sql, -1, statement, nullptr) == SQLITE_OK;
    }
    void start() { column = 1; }
    void integer(sqlite3_stmt *s, qint64 value) { sqlite3_bind_int64(s, column++, value); }
    void null(sqlite3_stmt *s) { sqlite3_bind_null(s, column++); }
    void instant(sqlite3_stmt *s, Instant t)
    {
        if (t == InvalidInstant)
            null(s);
        else
            integer(s, t);
    }
    void id(sqlite3_stmt *s, qint64 value)
    {
        if (value == 0)
            null(s);
        else
            integer(s, value);
    }
    void text(sqlite3_stmt *s, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(s, column++, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void text(sqlite3_stmt *s, const QByteArray &utf8)
    {
        sqlite3_bind_text(s, column++, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // NULL when empty.
    void optionalText(sqlite3_stmt *s, const QString &value)
    {
        if (value.isEmpty())
            null(s);
        else
            text(s, value);
    }
    bool run(sqlite3_stmt *s)
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc == SQLITE_DONE;
    }
};

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
    return m_connection.fail(query, error);
}

bool BulkWriter::failNative(StoreError *error)
{
    const int code = sqlite3_errcode(m_native->db) & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return storeFail(error, StoreError::Kind::Busy, m_connection.busyMessage());
    return storeFail(
            error, StoreError::Kind::Database,
            QCoreApplication::translate("store", "database error on %1: %2")
                    .arg(m_connection.describe(), QString::fromUtf8(sqlite3_errmsg(m_native->db))));
}

bool BulkWriter::prepare(StoreError *error)
{
    QSqlQuery max = m_connection.query();
    if (!max.exec(QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM tickets")) ||
        !max.next())
        return fail(max, error);
    m_changeSeq = max.value(0).toLongLong();
    max.finish();
    if (m_connection.engine() == Engine::SQLite) {
        const QVariant handle = m_connection.database().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            m_native = std::make_unique<Native>();
            m_native->db = *static_cast<sqlite3 *const *>(handle.constData());
            QSqlQuery cache = m_connection.query();
            if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next()) {
                const qint64 previous = cache.value(0).toLongLong();
                cache.finish();
                if (previous > -BulkCacheKiB && previous < BulkCacheKiB / 4 &&
                    cache.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-BulkCacheKiB)))
                    m_native->previousCacheSize = previous;
            }
            if (!m_native->prepare(agentSql, &m_native->agent) ||
                !m_native->prepare(customerSql, &m_native->customer) ||
                !m_native->prepare(ticketSql, &m_native->ticket) ||
                !m_native->prepare(eventSql, &m_native->event))
                return failNative(error);
            return true;
        }
    }
    return m_connection.prepare(m_agent, QString::fromLatin1(agentSql), error) &&
           m_connection.prepare(m_customer, QString::fromLatin1(customerSql), error) &&
           m_connection.prepare(m_ticket, QString::fromLatin1(ticketSql), error) &&
           m_connection.prepare(m_event, QString::fromLatin1(eventSql), error);
}

bool BulkWriter::addAgent(const Agent &agent, StoreError *error)
{
    if (Native *n = m_native.get()) {
        n->start();
        n->integer(n->agent, agent.id);
        n->text(n->agent, agent.login);
        n->text(n->agent, agent.displayName);
        n->text(n->agent, agentRoleKey(agent.role));
        return n->run(n->agent) || failNative(error);
    }
    m_agent.bindValue(0, agent.id);
    m_agent.bindValue(1, agent.login);
    m_agent.bindValue(2, agent.displayName);
    m_agent.bindValue(3, agentRoleKey(agent.role));
    return m_agent.exec() || fail(m_agent, error);
}

bool BulkWriter::addCustomer(const Customer &customer, StoreError *error)
{
    if (Native *n = m_native.get()) {
        n->start();
        n->integer(n->customer, customer.id);
        n->text(n->customer, customer.name);
        n->text(n->customer, customer.company);
        n->text(n->customer, customer.planId);
        n->text(n->customer, customer.timeZone);
        n->text(n->customer, customer.language);
        return n->run(n->customer) || failNative(error);
    }
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
    if (m_native)
        return addTicketNative(record, t, error);
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

bool BulkWriter::addTicketNative(const TicketRecord &record, const Ticket &t, StoreError *error)
{
    Native &n = *m_native;
    sqlite3_stmt *s = n.ticket;
    n.start();
    n.integer(s, record.id);
    n.integer(s, record.customerId);
    n.text(s, record.subject);
    n.text(s, record.channel);
    n.text(s, record.serviceStage);
    n.text(s, ticketStatusKey(t.status));
    n.text(s, t.severity);
    n.text(s, t.planId);
    n.id(s, t.assigneeId);
    n.integer(s, t.createdAt);
    n.integer(s, t.updatedAt);
    n.instant(s, t.firstReplyAt);
    n.instant(s, t.resolvedAt);
    for (const ClockSnapshot *c : {&t.response, &t.resolution}) {
        const bool applies = c->phase != ClockPhase::NotApplicable;
        n.text(s, clockPhaseKey(c->phase));
        n.instant(s, c->due);
        if (applies) {
            n.integer(s, c->requiredSeconds);
            n.integer(s, c->remainingSeconds);
        } else {
            n.null(s);
            n.null(s);
        }
    }
    n.instant(s, t.nextBreach);
    n.integer(s, t.paused ? 1 : 0);
    n.integer(s, (t.response.overridden ? 1 : 0) | (t.resolution.overridden ? 2 : 0));
    n.integer(s, ++m_changeSeq);
    if (!n.run(s))
        return failNative(error);
    ++m_tickets;

    s = n.event;
    for (const Event &e : record.events) {
        n.start();
        n.integer(s, record.id);
        n.integer(s, e.seq);
        n.integer(s, e.at);
        n.text(s, eventKindKey(e.kind));
        n.id(s, e.actorId);
        n.optionalText(s, e.actionId);
        if (e.kind == EventKind::Status)
            n.text(s, ticketStatusKey(e.status));
        else
            n.null(s);
        n.optionalText(s, e.severity);
        n.optionalText(s, e.planId);
        n.id(s, e.assigneeId);
        if (e.kind == EventKind::DueOverride) {
            n.text(s, targetKindKey(e.target));
            n.instant(s, e.due);
        } else {
            n.null(s);
            n.null(s);
        }
        n.text(s, e.body);
        if (!n.run(s))
            return failNative(error);
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
