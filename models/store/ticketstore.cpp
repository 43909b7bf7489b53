#include "models/store/ticketstore.h"

#include "models/store/inputlimits.h"
#include "models/store/migrations.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>
#include <QUuid>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

#include <algorithm>
#include <limits>

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
    q.prepare(QStringLiteral(
            "INSERT INTO agents (login, display_name, role) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(agent.login);
    q.addBindValue(agent.displayName.isEmpty() ? agent.login : agent.displayName);
    q.addBindValue(agentRoleKey(agent.role));
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
    if (!q.exec(QStringLiteral("SELECT id, login, display_name, role FROM agents ORDER BY id"))) {
        m_connection->fail(q, error);
        return result;
    }
    while (q.next()) {
        Agent a;
        a.id = q.value(0).toLongLong();
        a.login = q.value(1).toString();
        a.displayName = q.value(2).toString();
        a.role = agentRoleFromKey(q.value(3).toString()).value_or(Agent::Role::Agent);
        result.append(a);
    }
    return result;
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
        *response = clocks.evaluate(TargetKind::Response, now, m_atRiskFraction);
    if (resolution)
        *resolution = clocks.evaluate(TargetKind::Resolution, now, m_atRiskFraction);
    return true;
}

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

// The PostgreSQL write functions (migrations 3 and 4) refuse with these SQLSTATEs; the message
// is the server's sentence.
StoreError TicketStore::serverRefusal(const QSqlQuery &q) const
{
    const QString state = q.lastError().nativeErrorCode();
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

bool TicketStore::writeEvent(const Ticket &current, const Event &e, const Ticket &updated,
                             StoreError *error)
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
    if (actorId != 0 && !agent(actorId, &error))
        return failed(
                error ? error
                      : StoreError(StoreError::Kind::NotFound,
                                   QCoreApplication::translate("store", "there is no agent #%1")
                                           .arg(actorId)));
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
    if (action.actionId.isEmpty())
        return failed(StoreError::Kind::Invalid,
                      QCoreApplication::translate("store", "an action needs an action id"));
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
    if (action.actorId != 0) {
        actor = agent(action.actorId, &error);
        if (!actor)
            return failed(
                    error ? error
                          : StoreError(StoreError::Kind::NotFound,
                                       QCoreApplication::translate("store", "there is no agent #%1")
                                               .arg(action.actorId)));
    } else if (!(draft.kind == EventKind::Status && draft.status == TicketStatus::Open)) {
        return failed(StoreError::Kind::Invalid,
                      QCoreApplication::translate("store", "this action needs an agent"));
    }
    if (draft.kind == EventKind::Assigned && draft.assigneeId != 0 &&
        !agent(draft.assigneeId, &error))
        return failed(
                error ? error
                      : StoreError(StoreError::Kind::NotFound,
                                   QCoreApplication::translate("store", "there is no agent #%1")
                                           .arg(draft.assigneeId)));
    if (draft.kind == EventKind::DueOverride && (!actor || actor->role != Agent::Role::Lead))
        return failed(StoreError::Kind::Forbidden,
                      QCoreApplication::translate(
                              "store", "%1 is not a team lead: only a lead can override a due time")
                              .arg(actor ? actor->login : QStringLiteral("?")));

    const Instant stamp = stampNow(action.ticketId, &error);
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
    draft.ticketId = action.ticketId;
    draft.seq = history.lastSeq() + 1;
    draft.at = std::max(stamp, history.lastAt()); // never before the previous event
    draft.actorId = action.actorId;
    draft.actionId = action.actionId;
    reason = history.apply(draft);
    if (!reason.isEmpty())
        return failed(StoreError::Kind::Invalid,
                      QCoreApplication::translate("store", "ticket #%1: %2")
                              .arg(action.ticketId)
                              .arg(reason));

    Ticket updated = current;
    TicketClocks::fillTicket(*m_catalog, history, draft.at, &updated);
    if (!writeEvent(current, draft, updated, &error)) {
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
    if (!transaction.commit(&error))
        return failed(error);
    // Read back what was written (row version and change sequence).
    ActionResult r;
    r.event = draft;
    const auto written = ticket(action.ticketId, &r.error);
    r.ticket = written ? *written : updated;
    return r;
}

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

ActionResult TicketStore::waitOnCustomer(const Action &action, const QString &text)
{
    if (StoreError limit; !inputlimits::checkText("body", text, &limit))
        return failed(limit);
    Event e;
    e.kind = EventKind::Status;
    e.status = TicketStatus::WaitingCustomer;
    e.body = text;
    return apply(action, e);
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

// ---------------------------------------------------------------------------------------------
// Queue

namespace {

#define DUELINE_QUEUE_COLUMNS \
    "SELECT id, customer_id, assignee_id, plan_id, severity, status, subject, created_at, " \
    "updated_at, next_breach, response_state, response_due, response_required, " \
    "response_remaining, resolution_state, resolution_due, resolution_required, " \
    "resolution_remaining, paused, overrides FROM tickets "
#define DUELINE_QUEUE_FILTER "WHERE status IN ('new', 'open', 'waiting_customer')"
const char queueSql[] = DUELINE_QUEUE_COLUMNS DUELINE_QUEUE_FILTER;
// SQLite would walk the partial queue index and look every row up in the table, in next-breach
// order: 7 s for a million open tickets against 0.8 s for a plain scan of the table.
const char queueSqlSqlite[] = DUELINE_QUEUE_COLUMNS "NOT INDEXED " DUELINE_QUEUE_FILTER;
#undef DUELINE_QUEUE_COLUMNS
#undef DUELINE_QUEUE_FILTER

void sortQueue(std::vector<QueueRow> &rows)
{
    // Sort small (due, id, index) keys, then move each row once: sorting the rows themselves
    // moves ~200-byte objects with three strings ~20 M times for a million rows.
    struct Key
    {
        Instant due;
        qint64 id;
        std::size_t index;
    };
    std::vector<Key> keys;
    keys.reserve(rows.size());
    bool sorted = true;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const QueueRow &r = rows[i];
        keys.push_back({r.nextBreach == InvalidInstant ? std::numeric_limits<Instant>::max()
                                                       : r.nextBreach,
                        r.id, i});
        if (i > 0) {
            const Key &a = keys[i - 1], &b = keys[i];
            if (b.due < a.due || (b.due == a.due && b.id < a.id))
                sorted = false;
        }
    }
    if (sorted)
        return;
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return a.due != b.due ? a.due < b.due : a.id < b.id;
    });
    // Permute in place, cycle by cycle (no second vector of a million rows to fault in):
    // position i receives the row that was at keys[i].index.
    for (std::size_t start = 0; start < keys.size(); ++start) {
        if (keys[start].index == start)
            continue;
        QueueRow held = std::move(rows[start]);
        std::size_t at = start;
        for (;;) {
            const std::size_t from = keys[at].index;
            keys[at].index = at; // placed
            if (from == start) {
                rows[at] = std::move(held);
                break;
            }
            rows[at] = std::move(rows[from]);
            at = from;
        }
    }
}

// A million queue rows take ~200 MB: with transparent huge pages the kernel maps them in 2 MB
// pages instead of 4 KB ones (fewer page faults while filling, fewer TLB misses while sorting).
void adviseHugePages(void *data, std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    // The whole huge pages inside [data, data + bytes): skip up to the first boundary.
    constexpr std::size_t Huge = std::size_t(2) * 1024 * 1024;
    const std::size_t skip = (Huge - reinterpret_cast<std::uintptr_t>(data) % Huge) % Huge;
    if (bytes >= skip + Huge)
        madvise(static_cast<char *>(data) + skip, (bytes - skip) & ~(Huge - 1), MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

bool isBusyCode(int code)
{
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

// The queue straight from SQLite's API: a million rows through QSqlQuery's QVariants take
// seconds (docs/architecture.md §6: 1 M open tickets load in ≤ 3 s). False when the handle is
// unusable.
bool loadQueueNative(const QSqlDatabase &database, std::vector<QueueRow> *rows, QString *error,
                     bool *busy)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        return false;
    sqlite3_stmt *statement = nullptr;
    // The count comes from the partial queue index alone.
    if (sqlite3_prepare_v2(db,
                           "SELECT count(*) FROM tickets WHERE status IN ('new', 'open', "
                           "'waiting_customer')",
                           -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        rows->reserve(std::size_t(sqlite3_column_int64(statement, 0)));
    sqlite3_finalize(statement);
    adviseHugePages(rows->data(), rows->capacity() * sizeof(QueueRow));
    statement = nullptr;
    if (sqlite3_prepare_v2(db, queueSqlSqlite, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        *busy = isBusyCode(sqlite3_errcode(db));
        return true;
    }
    // Interned strings and keys: a handful of distinct plans, severities, states and (in most
    // queues) subjects over a million rows. Subjects are interned up to a bound so that a queue
    // of all-different subjects does not hold a second copy of each in the table.
    constexpr qsizetype MaxInternedSubjects = 1 << 16;
    QHash<QByteArray, QString> interned, subjects;
    auto text = [statement](int column) {
        return QByteArray::fromRawData(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                sqlite3_column_bytes(statement, column));
    };
    auto intern = [](QHash<QByteArray, QString> &table, const QByteArray &raw,
                     qsizetype bound) -> QString {
        const auto it = table.constFind(raw);
        if (it != table.constEnd())
            return *it;
        QString value = QString::fromUtf8(raw);
        if (table.size() < bound)
            table.insert(QByteArray(raw.constData(), raw.size()), value);
        return value;
    };
    auto instant = [statement](int column) {
        return sqlite3_column_type(statement, column) == SQLITE_NULL
                       ? InvalidInstant
                       : Instant(sqlite3_column_int64(statement, column));
    };
    // Keys of states and statuses: a few short words, looked up linearly without hashing.
    struct Key
    {
        QByteArray raw;
        int value;
    };
    auto lookup = [](std::vector<Key> &keys, const QByteArray &raw, auto decode) {
        for (const Key &k : keys) {
            if (k.raw == raw)
                return k.value;
        }
        keys.push_back({QByteArray(raw.constData(), raw.size()), decode(QString::fromUtf8(raw))});
        return keys.back().value;
    };
    std::vector<Key> phases, statuses;
    const auto decodePhase = [](const QString &key) {
        return int(clockPhaseFromKey(key).value_or(ClockPhase::NotApplicable));
    };
    const auto decodeStatus = [](const QString &key) {
        return int(ticketStatusFromKey(key).value_or(TicketStatus::Open));
    };
    auto snapshot = [&](ClockSnapshot &c, int first, bool overridden) {
        c.phase = ClockPhase(lookup(phases, text(first), decodePhase));
        c.due = instant(first + 1);
        c.requiredSeconds = sqlite3_column_int64(statement, first + 2);
        c.remainingSeconds = sqlite3_column_int64(statement, first + 3);
        c.overridden = overridden;
    };
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QueueRow &r = rows->emplace_back();
        r.id = sqlite3_column_int64(statement, 0);
        r.customerId = sqlite3_column_int64(statement, 1);
        r.assigneeId = sqlite3_column_int64(statement, 2);
        r.planId = intern(interned, text(3), std::numeric_limits<qsizetype>::max());
        r.severity = intern(interned, text(4), std::numeric_limits<qsizetype>::max());
        r.status = TicketStatus(lookup(statuses, text(5), decodeStatus));
        r.subject = intern(subjects, text(6), MaxInternedSubjects);
        r.createdAt = sqlite3_column_int64(statement, 7);
        r.updatedAt = sqlite3_column_int64(statement, 8);
        r.nextBreach = instant(9);
        const int overrides = sqlite3_column_int(statement, 19);
        snapshot(r.response, 10, overrides & 1);
        snapshot(r.resolution, 14, overrides & 2);
        r.paused = sqlite3_column_int(statement, 18) != 0;
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        *busy = isBusyCode(rc);
    }
    *busy = isBusyCode(sqlite3_errcode(db));
    sqlite3_finalize(statement);
    return true;
}

} // namespace

std::vector<QueueRow> TicketStore::loadQueue(StoreError *error, QueueOrder order)
{
    if (engine() == Engine::SQLite) {
        std::vector<QueueRow> rows;
        QString nativeError;
        bool busy = false;
        if (loadQueueNative(m_connection->database(), &rows, &nativeError, &busy)) {
            if (busy) {
                storeFail(error, StoreError::Kind::Busy, m_connection->busyMessage());
                return {};
            }
            if (!nativeError.isEmpty()) {
                storeFail(error, StoreError::Kind::Database,
                          QCoreApplication::translate("store", "database error on %1: %2")
                                  .arg(m_connection->describe(), nativeError));
                return {};
            }
            if (order == QueueOrder::NextBreach)
                sortQueue(rows);
            return rows;
        }
    }
    std::vector<QueueRow> rows;
    QSqlQuery count = m_connection->query();
    if (count.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE status IN ('new', 'open', "
                                  "'waiting_customer')")) &&
        count.next())
        rows.reserve(std::size_t(count.value(0).toLongLong()));
    count.finish();

    QSqlQuery q = m_connection->query();
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(queueSql))) {
        m_connection->fail(q, error);
        return {};
    }
    QHash<QString, QString> interned;
    auto intern = [&interned](const QString &s) -> QString {
        auto it = interned.constFind(s);
        if (it != interned.constEnd())
            return *it;
        interned.insert(s, s);
        return s;
    };
    while (q.next()) {
        QueueRow r;
        r.id = q.value(0).toLongLong();
        r.customerId = q.value(1).toLongLong();
        r.assigneeId = q.value(2).toLongLong();
        r.planId = intern(q.value(3).toString());
        r.severity = intern(q.value(4).toString());
        r.status = ticketStatusFromKey(q.value(5).toString()).value_or(TicketStatus::Open);
        r.subject = q.value(6).toString();
        r.createdAt = q.value(7).toLongLong();
        r.updatedAt = q.value(8).toLongLong();
        r.nextBreach = instantFrom(q.value(9));
        const int overrides = q.value(19).toInt();
        r.response = readSnapshot(q, 10, overrides & 1);
        r.resolution = readSnapshot(q, 14, overrides & 2);
        r.paused = q.value(18).toInt() != 0;
        rows.push_back(std::move(r));
    }
    if (order == QueueOrder::NextBreach)
        sortQueue(rows);
    return rows;
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
