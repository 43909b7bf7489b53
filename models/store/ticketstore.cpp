// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket store (models/store/ticketstore.h): opening, the schema, the server clock, agents
// and customers, reads, change notifications and reconnecting. The actions are in
// ticketactions.cpp, the queue in queueloader.cpp.

#include "models/store/ticketstore.h"

#include "models/store/inputlimits.h"
#include "models/store/migrations.h"
#include "models/store/ticketstore_p.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace dueline {

ClockSnapshot readSnapshot(const QSqlQuery &q, int first, bool overridden)
{
    ClockSnapshot s;
    s.phase = clockPhaseFromKey(q.value(first).toString()).value_or(ClockPhase::NotApplicable);
    s.due = instantFrom(q.value(first + 1));
    s.requiredSeconds = q.value(first + 2).toLongLong();
    s.remainingSeconds = q.value(first + 3).toLongLong();
    s.overridden = overridden;
    return s;
}

QVariant nullableInstant(Instant t)
{
    return t == InvalidInstant ? QVariant(QMetaType::fromType<qint64>()) : QVariant(t);
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

Instant instantFrom(const QVariant &v)
{
    return v.isNull() ? InvalidInstant : v.toLongLong();
}

QString Action::newActionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Action::undoActionId(const QString &assignmentActionId)
{
    return assignmentActionId + QStringLiteral("/undo");
}

bool Action::isUndo(const QString &actionId)
{
    return actionId.endsWith(QLatin1String("/undo"));
}

QString Action::waitActionId(const QString &replyActionId)
{
    return replyActionId + QStringLiteral("/wait");
}

// ---------------------------------------------------------------------------------------------

std::unique_ptr<TicketStore> TicketStore::open(const DatabaseUrl &url, CatalogPtr catalog,
                                               const ClockSource &clock, Connection::Mode mode,
                                               StoreError *error)
{
    std::unique_ptr<TicketStore> store(new TicketStore);
    store->m_connection = Connection::open(url, mode, error);
    if (!store->m_connection)
        return nullptr;
    store->m_catalog = std::move(catalog);
    store->m_clock = &clock;
    if (store->engine() == Engine::PostgreSQL && !store->measureServerClockOffset(error))
        return nullptr;
    return store;
}

TicketStore::~TicketStore() = default;

int TicketStore::migrate(StoreError *error)
{
    return Migrations::migrate(*m_connection, now(), error);
}

bool TicketStore::checkSchema(StoreError *error)
{
    return Migrations::checkCurrent(*m_connection, error);
}

bool TicketStore::measureServerClockOffset(StoreError *error)
{
    const auto server = m_connection->serverNow(error);
    if (!server)
        return engine() == Engine::SQLite;
    m_serverOffset = *server - m_clock->nowUtc();
    return true;
}

Instant TicketStore::stampNow(qint64 ticketId, StoreError *error)
{
    if (engine() == Engine::SQLite)
        return m_clock->nowUtc();
    // The server's stamp for this action (schema 4): remembered by the server for this
    // transaction and the only time the write functions accept.
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("SELECT dueline_stamp(?)"));
    q.addBindValue(ticketId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = serverRefusal(q);
        return InvalidInstant;
    }
    const Instant stamp = q.value(0).toLongLong();
    m_serverOffset = stamp - m_clock->nowUtc();
    return stamp;
}

// ---------------------------------------------------------------------------------------------
// Agents and customers

qint64 TicketStore::addAgent(const Agent &agent, StoreError *error)
{
    if (!inputlimits::checkLine("login", agent.login, error) ||
        !inputlimits::checkLine("name", agent.displayName, error))
        return 0;
    if (agent.login.trimmed().isEmpty() || agent.login.contains(QLatin1Char(' '))) {
        storeFail(error, StoreError::Kind::Invalid,
                  QCoreApplication::translate("store",
                                              "an agent needs a login without spaces (\"%1\")")
                          .arg(agent.login));
        return 0;
    }
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("INSERT INTO agents (login, display_name, role, active) VALUES (?, ?, "
                             "?, ?) RETURNING id"));
    q.addBindValue(agent.login);
    q.addBindValue(agent.displayName.isEmpty() ? agent.login : agent.displayName);
    q.addBindValue(agentRoleKey(agent.role));
    q.addBindValue(agent.active);
    if (!q.exec() || !q.next()) {
        storeFail(error, StoreError::Kind::Invalid,
                  QCoreApplication::translate("store", "cannot add agent %1: %2")
                          .arg(agent.login, sqlErrorText(q)));
        return 0;
    }
    return q.value(0).toLongLong();
}

QVector<Agent> TicketStore::agents(StoreError *error)
{
    QVector<Agent> result;
    QSqlQuery q = m_connection->query();
    if (!q.exec(QStringLiteral(
                "SELECT id, login, display_name, role, active FROM agents ORDER BY id"))) {
        m_connection->fail(q, error);
        return result;
    }
    while (q.next()) {
        Agent a;
        a.id = q.value(0).toLongLong();
        a.login = q.value(1).toString();
        a.displayName = q.value(2).toString();
        a.role = agentRoleFromKey(q.value(3).toString()).value_or(Agent::Role::Agent);
        a.active = q.value(4).toBool();
        result.append(a);
    }
    return result;
}

bool TicketStore::updateAgent(const Agent &agent, StoreError *error)
{
    if (!inputlimits::checkLine("name", agent.displayName, error))
        return false;
    const QString name = agent.displayName.trimmed();
    if (name.isEmpty())
        return storeFail(error, StoreError::Kind::Invalid,
                         QCoreApplication::translate("store", "an agent needs a name"));
    Transaction transaction(*m_connection);
    if (!transaction.begin(error))
        return false;
    StoreError readError;
    const QVector<Agent> all = agents(&readError);
    if (readError) {
        if (error)
            *error = readError;
        return false;
    }
    const auto current = std::find_if(all.cbegin(), all.cend(),
                                      [&](const Agent &a) { return a.id == agent.id; });
    if (current == all.cend())
        return storeFail(
                error, StoreError::Kind::NotFound,
                QCoreApplication::translate("store", "there is no agent #%1").arg(agent.id));
    const bool leadLeft = std::any_of(all.cbegin(), all.cend(), [&](const Agent &a) {
        return a.id == agent.id ? agent.active && agent.role == Agent::Role::Lead
                                : a.active && a.role == Agent::Role::Lead;
    });
    if (!leadLeft)
        return storeFail(error, StoreError::Kind::Invalid,
                         QCoreApplication::translate("store",
                                                     "%1 is the only active team lead; make "
                                                     "another agent a lead first")
                                 .arg(current->displayName));
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral(
            "UPDATE agents SET display_name = ?, role = ?, active = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(agentRoleKey(agent.role));
    q.addBindValue(agent.active);
    q.addBindValue(agent.id);
    if (!q.exec()) {
        // Refused (on a shared server: not the schema owner). Rolled back before the statement
        // is freed, which an aborted transaction would refuse with a warning.
        m_connection->fail(q, error);
        transaction.rollback();
        return false;
    }
    return transaction.commit(error);
}

std::optional<Agent> TicketStore::agent(qint64 id, StoreError *error)
{
    for (const Agent &a : agents(error)) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

std::optional<Agent> TicketStore::agentByLogin(const QString &login, StoreError *error)
{
    for (const Agent &a : agents(error)) {
        if (a.login == login)
            return a;
    }
    return std::nullopt;
}

qint64 TicketStore::addCustomer(const Customer &customer, StoreError *error)
{
    if (!inputlimits::checkLine("name", customer.name, error) ||
        !inputlimits::checkLine("company", customer.company, error) ||
        !inputlimits::checkLine("time_zone", QString::fromUtf8(customer.timeZone), error) ||
        !inputlimits::checkLine("language", customer.language, error))
        return 0;
    if (!customer.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(customer.timeZone)) {
        storeFail(error, StoreError::Kind::Invalid,
                  QCoreApplication::translate("store", "field time_zone: unknown time zone \"%1\"")
                          .arg(QString::fromUtf8(customer.timeZone)));
        return 0;
    }
    if (!customer.language.isEmpty() && customer.language != QLatin1String("en") &&
        customer.language != QLatin1String("ru") && customer.language != QLatin1String("zh_CN")) {
        storeFail(error, StoreError::Kind::Invalid,
                  QCoreApplication::translate(
                          "store", "field language: expected en, ru or zh_CN, not \"%1\"")
                          .arg(customer.language));
        return 0;
    }
    if (customer.name.trimmed().isEmpty()) {
        storeFail(error, StoreError::Kind::Invalid,
                  QCoreApplication::translate("store", "a customer needs a name"));
        return 0;
    }
    if (!m_catalog->plan(customer.planId)) {
        storeFail(
                error, StoreError::Kind::Invalid,
                QCoreApplication::translate("store", "unknown plan \"%1\" (see dueline-cli plans)")
                        .arg(customer.planId));
        return 0;
    }
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("INSERT INTO customers (name, company, plan_id, time_zone, language) "
                             "VALUES (?, COALESCE(?, ''), ?, ?, ?) RETURNING id"));
    q.addBindValue(customer.name);
    q.addBindValue(customer.company);
    q.addBindValue(m_catalog->plan(customer.planId)->id);
    q.addBindValue(QString::fromUtf8(customer.timeZone.isEmpty() ? QByteArrayLiteral("UTC")
                                                                 : customer.timeZone));
    q.addBindValue(customer.language.isEmpty() ? QStringLiteral("en") : customer.language);
    if (!q.exec() || !q.next()) {
        storeFail(error, StoreError::Kind::Invalid,
                  QCoreApplication::translate("store", "cannot add customer %1: %2")
                          .arg(customer.name, sqlErrorText(q)));
        return 0;
    }
    return q.value(0).toLongLong();
}

QVector<Customer> TicketStore::customers(StoreError *error)
{
    QVector<Customer> result;
    QSqlQuery q = m_connection->query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, company, plan_id, time_zone, language FROM "
                               "customers ORDER BY id"))) {
        m_connection->fail(q, error);
        return result;
    }
    while (q.next()) {
        Customer c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.company = q.value(2).toString();
        c.planId = q.value(3).toString();
        c.timeZone = q.value(4).toString().toUtf8();
        c.language = q.value(5).toString();
        result.append(c);
    }
    return result;
}

std::optional<Customer> TicketStore::customer(qint64 id, StoreError *error)
{
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("SELECT id, name, company, plan_id, time_zone, language FROM "
                             "customers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_connection->fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Customer c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.company = q.value(2).toString();
    c.planId = q.value(3).toString();
    c.timeZone = q.value(4).toString().toUtf8();
    c.language = q.value(5).toString();
    return c;
}

// ---------------------------------------------------------------------------------------------
// Reads

QString TicketStore::ticketColumns()
{
    return QStringLiteral(
            "id, customer_id, subject, channel, service_stage, status, severity, plan_id, "
            "assignee_id, created_at, updated_at, first_reply_at, resolved_at, response_state, "
            "response_due, response_required, response_remaining, resolution_state, "
            "resolution_due, resolution_required, resolution_remaining, next_breach, paused, "
            "overrides, row_version, change_seq");
}

QString TicketStore::eventColumns()
{
    return QStringLiteral("ticket_id, seq, at, kind, actor_id, action_id, status, severity, "
                          "plan_id, assignee_id, target, due, body");
}

Event TicketStore::readEvent(const QSqlQuery &q)
{
    Event e;
    e.ticketId = q.value(0).toLongLong();
    e.seq = q.value(1).toInt();
    e.at = q.value(2).toLongLong();
    e.kind = eventKindFromKey(q.value(3).toString()).value_or(EventKind::Note);
    e.actorId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    e.actionId = q.value(5).toString();
    e.status = ticketStatusFromKey(q.value(6).toString()).value_or(TicketStatus::New);
    e.severity = q.value(7).toString();
    e.planId = q.value(8).toString();
    e.assigneeId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    e.target = q.value(10).toString() == QLatin1String("resolution") ? TargetKind::Resolution
                                                                     : TargetKind::Response;
    e.due = instantFrom(q.value(11));
    e.body = q.value(12).toString();
    return e;
}

Ticket TicketStore::readTicket(const QSqlQuery &q, int f)
{
    Ticket t;
    t.id = q.value(f + 0).toLongLong();
    t.customerId = q.value(f + 1).toLongLong();
    t.subject = q.value(f + 2).toString();
    t.channel = q.value(f + 3).toString();
    t.serviceStage = q.value(f + 4).toString();
    t.status = ticketStatusFromKey(q.value(f + 5).toString()).value_or(TicketStatus::New);
    t.severity = q.value(f + 6).toString();
    t.planId = q.value(f + 7).toString();
    t.assigneeId = q.value(f + 8).isNull() ? 0 : q.value(f + 8).toLongLong();
    t.createdAt = q.value(f + 9).toLongLong();
    t.updatedAt = q.value(f + 10).toLongLong();
    t.firstReplyAt = instantFrom(q.value(f + 11));
    t.resolvedAt = instantFrom(q.value(f + 12));
    const int overrides = q.value(f + 23).toInt();
    t.response = readSnapshot(q, f + 13, overrides & 1);
    t.resolution = readSnapshot(q, f + 17, overrides & 2);
    t.nextBreach = instantFrom(q.value(f + 21));
    t.paused = q.value(f + 22).toInt() != 0;
    t.rowVersion = q.value(f + 24).toLongLong();
    t.changeSeq = q.value(f + 25).toLongLong();
    return t;
}

std::optional<Ticket> TicketStore::ticket(qint64 id, StoreError *error)
{
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("SELECT ") + ticketColumns() +
              QStringLiteral(" FROM tickets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_connection->fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readTicket(q);
}

QVector<Event> TicketStore::events(qint64 ticketId, StoreError *error)
{
    QVector<Event> result;
    loadEventsLocked(ticketId, &result, error);
    return result;
}

bool TicketStore::loadEventsLocked(qint64 ticketId, QVector<Event> *events, StoreError *error)
{
    QSqlQuery q = m_connection->query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + eventColumns() +
              QStringLiteral(" FROM events WHERE ticket_id = ? ORDER BY seq"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return m_connection->fail(q, error);
    while (q.next())
        events->append(readEvent(q));
    return true;
}

qint64 TicketStore::ticketCount(StoreError *error)
{
    QSqlQuery q = m_connection->query();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM tickets")) || !q.next()) {
        m_connection->fail(q, error);
        return -1;
    }
    return q.value(0).toLongLong();
}

bool TicketStore::evaluate(qint64 ticketId, Instant now, ClockResult *response,
                           ClockResult *resolution, StoreError *error)
{
    const auto t = ticket(ticketId, error);
    if (!t)
        return error && error->isError()
                       ? false
                       : storeFail(error, StoreError::Kind::NotFound,
                                   QCoreApplication::translate("store", "there is no ticket #%1")
                                           .arg(ticketId));
    QVector<Event> list;
    if (!loadEventsLocked(ticketId, &list, error))
        return false;
    const TicketHistory history = TicketHistory::replay(nullptr, t->serviceStage, list);
    const TicketClocks clocks(*m_catalog, history);
    if (response)
        *response = clocks.evaluate(TargetKind::Response, now);
    if (resolution)
        *resolution = clocks.evaluate(TargetKind::Resolution, now);
    return true;
}

bool TicketStore::notify(qint64 ticketId, StoreError *error)
{
    if (engine() != Engine::PostgreSQL)
        return true;
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(QString::fromLatin1(NotifyChannel));
    q.addBindValue(ticketId > 0 ? QString::number(ticketId) : QStringLiteral("*"));
    if (!q.exec())
        return m_connection->fail(q, error);
    return true;
}

void TicketStore::notifyBulkChange()
{
    notify(0, nullptr);
}

// ---------------------------------------------------------------------------------------------
// Losing the server

bool TicketStore::isConnectionLost(const StoreError &error)
{
    if (error.kind == StoreError::Kind::Connection)
        return true;
    // A statement the store ran itself (not through Connection::exec) reports kind Database.
    return error.kind == StoreError::Kind::Database && !m_connection->isAlive();
}

bool TicketStore::reconnect(StoreError *error)
{
    if (!m_connection->reconnect(error))
        return false;
    if (engine() == Engine::PostgreSQL && !measureServerClockOffset(error)) {
        // The server went away again between connecting and measuring.
        if (error)
            error->kind = StoreError::Kind::Connection;
        return false;
    }
    return true;
}

} // namespace dueline
