// SPDX-License-Identifier: GPL-3.0-or-later
// The import run: the checks of every record an import reads (fields, references, each ticket's
// history replayed against the catalog), the team catalog files that come with the file, and
// Exchange::importFrom and importFile, which run it in one transaction.

#include "models/store/importrun_p.h"

#include "models/store/inputlimits.h"
#include "models/store/servercatalog.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticketclocks.h"
#include "models/store/timeformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

namespace dueline {

namespace exchange {

namespace {

// Whether an event needs an agent as its actor (the customer creates tickets and resumes them).
bool needsAgent(const Event &e)
{
    return !(e.kind == EventKind::Created ||
             (e.kind == EventKind::Status && e.status == TicketStatus::Open));
}

} // namespace

bool ImportRun::start(StoreError *error)
{
    QSqlQuery q = m_connection.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, content FROM team_catalog_files ORDER BY name")))
        return queryFailed(m_connection, q, error);
    while (q.next())
        m_dbCatalogFiles.insert(q.value(0).toString(), q.value(1).toString().toUtf8());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, login, display_name, role FROM agents")))
        return queryFailed(m_connection, q, error);
    while (q.next()) {
        Agent a;
        a.id = q.value(0).toLongLong();
        a.login = q.value(1).toString();
        a.displayName = q.value(2).toString();
        a.role = agentRoleFromKey(q.value(3).toString()).value_or(Agent::Role::Agent);
        m_dbAgents.insert(a.login, a);
    }
    if (!q.exec(QStringLiteral("SELECT id, name, company, plan_id, time_zone, language FROM "
                               "customers")))
        return queryFailed(m_connection, q, error);
    while (q.next()) {
        Customer c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.company = q.value(2).toString();
        c.planId = q.value(3).toString();
        c.timeZone = q.value(4).toString().toUtf8();
        c.language = q.value(5).toString();
        m_dbCustomers.insert(c.id, c);
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM tickets")) || !q.next())
        return queryFailed(m_connection, q, error);
    m_dbHasTickets = q.value(0).toLongLong() > 0;
    return true;
}

bool ImportRun::add(RecordType type, const Values &v, const Location &loc, StoreError *error)
{
    m_error = error;
    // Fields the record type does not use must be empty.
    const QVector<int> &allowed = fieldsOf(type);
    for (int c = Id; c < ColumnCount; ++c) {
        if (!v[c].isEmpty() && !allowed.contains(c))
            return fail(loc, c,
                        QCoreApplication::translate("store", "not used by a %1 record")
                                .arg(recordTypeKey(type)));
    }
    // Sizes, control characters and broken Unicode (models/store/inputlimits.h), before
    // any value is used or repeated in a message.
    for (int c = Id; c < ColumnCount; ++c) {
        if (v[c].isEmpty())
            continue;
        const QString problem = c == Body ? inputlimits::textProblem(v[c])
                                : c == Subject
                                        ? inputlimits::subjectProblem(v[c])
                                        : inputlimits::lineProblem(v[c], inputlimits::LineChars);
        if (!problem.isEmpty())
            return fail(loc, c, problem);
    }
    if (type == RecordType::Catalog)
        return addCatalogFile(v, loc);
    if (!settleCatalog())
        return false;
    switch (type) {
    case RecordType::Catalog:
        return false;
    case RecordType::Agent:
        return flushTicket() && addAgent(v, loc);
    case RecordType::Customer:
        return flushTicket() && addCustomer(v, loc);
    case RecordType::Ticket:
        return flushTicket() && startTicket(v, loc);
    case RecordType::Event:
        return addEvent(v, loc);
    }
    return false;
}

bool ImportRun::finish(ExchangeSummary *summary, StoreError *error)
{
    m_error = error;
    if (!settleCatalog() || !flushTicket() || !m_writer->finish(error) || !writeCatalogFiles(error))
        return false;
    if (summary) {
        summary->catalogFiles = m_newCatalogFiles.size();
        summary->agents = m_agents;
        summary->customers = m_customers;
        summary->tickets = m_writer->ticketsWritten();
        summary->events = m_writer->eventsWritten();
    }
    return true;
}

// A team catalog file of the export: a valid name, once, and the same content as a file of
// that name already in the database.
bool ImportRun::addCatalogFile(const Values &v, const Location &loc)
{
    if (m_settled)
        return fail(loc, Record,
                    QCoreApplication::translate("store",
                                                "catalog records come before agents, customers and "
                                                "tickets"));
    if (!require(v, Name, loc) || !require(v, Body, loc))
        return false;
    if (!TeamCatalogStore::isValidName(v[Name]))
        return fail(loc, Name,
                    QCoreApplication::translate(
                            "store", "\"%1\" cannot name a team catalog file: use letters, "
                                     "digits, '.', '_' or '-' and end it in .json")
                            .arg(v[Name]));
    for (const auto &file : std::as_const(m_fileCatalogFiles)) {
        if (file.first == v[Name])
            return fail(loc, Name,
                        QCoreApplication::translate("store", "catalog file %1 appears twice")
                                .arg(v[Name]));
    }
    const QByteArray content = v[Body].toUtf8();
    const auto existing = m_dbCatalogFiles.constFind(v[Name]);
    if (existing != m_dbCatalogFiles.constEnd() && *existing != content)
        return fail(loc, Body,
                    QCoreApplication::translate(
                            "store", "catalog file %1 is in the database with other content")
                            .arg(v[Name]));
    m_fileCatalogFiles.append({v[Name], content});
    if (existing == m_dbCatalogFiles.constEnd())
        m_newCatalogFiles.append({v[Name], content});
    m_catalogLocs.append(loc);
    return true;
}

// Before the first other record: the catalog the rest of the file is checked against. With
// catalog records, the built-in catalog plus the database's team files plus the file's (they
// must load together); without, the catalog the import was given.
bool ImportRun::settleCatalog()
{
    if (m_settled)
        return true;
    m_settled = true;
    m_catalog = &m_givenCatalog;
    if (!m_fileCatalogFiles.isEmpty()) {
        QVector<std::pair<QString, QByteArray>> data;
        for (auto it = m_dbCatalogFiles.cbegin(); it != m_dbCatalogFiles.cend(); ++it)
            data.append({TeamCatalogStore::displayName(it.key()), it.value()});
        for (const auto &file : std::as_const(m_newCatalogFiles))
            data.append({m_fileName + QLatin1Char(':') + file.first, file.second});
        QString message;
        m_ownCatalog = Catalog::loadData(data, true, &message);
        if (!m_ownCatalog)
            return fail(m_catalogLocs.first(), Body, message);
        m_catalog = m_ownCatalog.get();
    }
    m_writer = std::make_unique<BulkWriter>(m_connection, *m_catalog);
    return m_writer->prepare(m_error);
}

// The file's catalog files that the database does not hold yet; on a shared server the
// server then checks events against their plans too.
bool ImportRun::writeCatalogFiles(StoreError *error)
{
    if (m_newCatalogFiles.isEmpty())
        return true;
    QSqlQuery latest = m_connection.query();
    if (!latest.exec(QStringLiteral("SELECT COALESCE(MAX(at), 0) FROM events")) || !latest.next())
        return queryFailed(m_connection, latest, error);
    const qint64 savedAt = latest.value(0).toLongLong(); // the server stamps on PostgreSQL
    latest.finish();
    QSqlQuery q = m_connection.query();
    if (!m_connection.prepare(q,
                              QStringLiteral("INSERT INTO team_catalog_files (name, content, "
                                             "row_version, updated_at) VALUES (?, ?, 1, ?)"),
                              error))
        return false;
    for (const auto &file : std::as_const(m_newCatalogFiles)) {
        q.addBindValue(file.first);
        q.addBindValue(QString::fromUtf8(file.second));
        q.addBindValue(savedAt);
        if (!m_connection.execPrepared(q, error))
            return false;
    }
    return ServerCatalog::publishTeam(m_connection, *m_catalog, error);
}

bool ImportRun::fail(const Location &loc, int column, const QString &reason)
{
    return storeFail(m_error, StoreError::Kind::Import,
                     loc.at(column) + QStringLiteral(": ") + reason);
}

bool ImportRun::parseId(const Values &v, int c, const Location &loc, qint64 *id, bool required)
{
    if (v[c].isEmpty()) {
        if (!required) {
            *id = 0;
            return true;
        }
        return fail(loc, c, QCoreApplication::translate("store", "missing"));
    }
    bool ok = false;
    *id = v[c].toLongLong(&ok);
    if (!ok || *id <= 0)
        return fail(
                loc, c,
                QCoreApplication::translate("store", "expected a positive whole number, not \"%1\"")
                        .arg(v[c]));
    return true;
}

bool ImportRun::require(const Values &v, int c, const Location &loc)
{
    if (v[c].trimmed().isEmpty())
        return fail(loc, c, QCoreApplication::translate("store", "missing"));
    return true;
}

bool ImportRun::addAgent(const Values &v, const Location &loc)
{
    Agent a;
    if (!parseId(v, Id, loc, &a.id) || !require(v, Login, loc) || !require(v, Name, loc) ||
        !require(v, Role, loc))
        return false;
    a.login = v[Login];
    if (a.login.contains(QLatin1Char(' ')))
        return fail(loc, Login, QCoreApplication::translate("store", "a login has no spaces"));
    a.displayName = v[Name];
    const auto role = agentRoleFromKey(v[Role]);
    if (!role)
        return fail(loc, Role,
                    QCoreApplication::translate("store", "expected agent or lead, not \"%1\"")
                            .arg(v[Role]));
    a.role = *role;
    if (m_agentsByLogin.contains(a.login))
        return fail(loc, Login,
                    QCoreApplication::translate("store", "agent %1 appears twice").arg(a.login));
    for (const Agent &other : qAsConst(m_agentsByLogin)) {
        if (other.id == a.id)
            return fail(
                    loc, Id,
                    QCoreApplication::translate("store", "agent id %1 appears twice").arg(a.id));
    }
    const auto existing = m_dbAgents.constFind(a.login);
    if (existing != m_dbAgents.constEnd()) {
        if (existing->id != a.id || existing->displayName != a.displayName ||
            existing->role != a.role)
            return fail(loc, Login,
                        QCoreApplication::translate(
                                "store",
                                "agent %1 exists in the database with a different id, name or "
                                "role")
                                .arg(a.login));
    } else {
        for (const Agent &other : qAsConst(m_dbAgents)) {
            if (other.id == a.id)
                return fail(loc, Id,
                            QCoreApplication::translate(
                                    "store", "agent id %1 is taken in the database by %2")
                                    .arg(a.id)
                                    .arg(other.login));
        }
        if (!m_writer->addAgent(a, m_error))
            return false;
        ++m_agents;
    }
    m_agentsByLogin.insert(a.login, a);
    return true;
}

bool ImportRun::addCustomer(const Values &v, const Location &loc)
{
    Customer c;
    if (!parseId(v, Id, loc, &c.id) || !require(v, Name, loc) || !require(v, PlanCol, loc) ||
        !require(v, TimeZoneCol, loc) || !require(v, Language, loc))
        return false;
    c.name = v[Name];
    c.company = v[Company];
    const Plan *plan = m_catalog->plan(v[PlanCol]);
    if (!plan || plan->id != v[PlanCol])
        return fail(loc, PlanCol,
                    QCoreApplication::translate("store", "unknown plan \"%1\"").arg(v[PlanCol]));
    c.planId = plan->id;
    c.timeZone = v[TimeZoneCol].toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(c.timeZone))
        return fail(loc, TimeZoneCol,
                    QCoreApplication::translate("store", "unknown time zone \"%1\"")
                            .arg(v[TimeZoneCol]));
    c.language = v[Language];
    if (c.language != QLatin1String("en") && c.language != QLatin1String("ru") &&
        c.language != QLatin1String("zh_CN"))
        return fail(loc, Language,
                    QCoreApplication::translate("store", "expected en, ru or zh_CN, not \"%1\"")
                            .arg(c.language));
    if (m_customerIds.contains(c.id))
        return fail(loc, Id,
                    QCoreApplication::translate("store", "customer id %1 appears twice").arg(c.id));
    const auto existing = m_dbCustomers.constFind(c.id);
    if (existing != m_dbCustomers.constEnd()) {
        if (existing->name != c.name || existing->company != c.company ||
            existing->planId != c.planId || existing->timeZone != c.timeZone ||
            existing->language != c.language)
            return fail(loc, Id,
                        QCoreApplication::translate(
                                "store", "customer #%1 exists in the database with different data")
                                .arg(c.id));
    } else {
        if (!m_writer->addCustomer(c, m_error))
            return false;
        ++m_customers;
    }
    m_customerIds.insert(c.id);
    return true;
}

bool ImportRun::startTicket(const Values &v, const Location &loc)
{
    TicketRecord t;
    if (!parseId(v, Id, loc, &t.id) || !parseId(v, CustomerCol, loc, &t.customerId) ||
        !require(v, Subject, loc) || !require(v, ChannelCol, loc))
        return false;
    if (m_ticketIds.contains(t.id))
        return fail(loc, Id,
                    QCoreApplication::translate("store", "ticket #%1 appears twice").arg(t.id));
    if (m_dbHasTickets) {
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"));
        q.addBindValue(t.id);
        if (!q.exec())
            return queryFailed(m_connection, q, m_error);
        if (q.next())
            return fail(loc, Id,
                        QCoreApplication::translate("store",
                                                    "ticket #%1 exists in the database already")
                                .arg(t.id));
    }
    if (!m_customerIds.contains(t.customerId) && !m_dbCustomers.contains(t.customerId))
        return fail(loc, CustomerCol,
                    QCoreApplication::translate(
                            "store", "unknown customer #%1 (customers come before their tickets)")
                            .arg(t.customerId));
    if (!v[Assignee].isEmpty() && !m_agentsByLogin.contains(v[Assignee]) &&
        !m_dbAgents.contains(v[Assignee]))
        return fail(loc, Assignee,
                    QCoreApplication::translate("store", "unknown agent \"%1\"").arg(v[Assignee]));
    t.subject = v[Subject];
    t.channel = v[ChannelCol];
    t.serviceStage = v[Stage];
    m_ticketIds.insert(t.id);
    m_ticket = t;
    m_ticketValues = v;
    m_ticketLoc = loc;
    m_eventLocs.clear();
    m_haveTicket = true;
    return true;
}

qint64 ImportRun::agentId(const QString &login) const
{
    const auto it = m_agentsByLogin.constFind(login);
    if (it != m_agentsByLogin.constEnd())
        return it->id;
    const auto db = m_dbAgents.constFind(login);
    return db != m_dbAgents.constEnd() ? db->id : 0;
}

const Agent *ImportRun::agentById(qint64 id) const
{
    for (const Agent &a : m_agentsByLogin) {
        if (a.id == id)
            return &a;
    }
    for (const Agent &a : m_dbAgents) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

bool ImportRun::addEvent(const Values &v, const Location &loc)
{
    qint64 ticketId = 0;
    if (!parseId(v, TicketCol, loc, &ticketId))
        return false;
    if (!m_haveTicket || ticketId != m_ticket.id)
        return fail(loc, TicketCol,
                    QCoreApplication::translate(
                            "store", "an event must follow its ticket's record (ticket #%1)")
                            .arg(ticketId));
    Event e;
    e.ticketId = ticketId;
    bool ok = false;
    if (!require(v, Seq, loc))
        return false;
    e.seq = v[Seq].toInt(&ok);
    if (!ok || e.seq <= 0)
        return fail(
                loc, Seq,
                QCoreApplication::translate("store", "expected a positive whole number, not \"%1\"")
                        .arg(v[Seq]));
    if (!require(v, At, loc) || !require(v, Kind, loc))
        return false;
    QString reason;
    const auto at = parseInstantIso(v[At], &reason);
    if (!at)
        return fail(loc, At, reason);
    if (const QString problem = inputlimits::instantProblem(*at); !problem.isEmpty())
        return fail(loc, At, problem);
    e.at = *at;
    const auto kind = eventKindFromKey(v[Kind]);
    if (!kind)
        return fail(loc, Kind,
                    QCoreApplication::translate("store", "unknown event kind \"%1\"").arg(v[Kind]));
    e.kind = *kind;
    const QVector<int> used = kindColumns(e.kind);
    for (int c : {PlanCol, SeverityCol, StatusCol, Assignee, TargetCol, Due}) {
        if (!v[c].isEmpty() && !used.contains(c))
            return fail(
                    loc, c,
                    QCoreApplication::translate("store", "not used by a %1 event").arg(v[Kind]));
    }
    if (!v[Actor].isEmpty()) {
        e.actorId = agentId(v[Actor]);
        if (e.actorId == 0)
            return fail(loc, Actor,
                        QCoreApplication::translate("store", "unknown agent \"%1\"").arg(v[Actor]));
    }
    e.actionId = v[ActionId];
    if (!e.actionId.isEmpty()) {
        if (m_actionIds.contains(e.actionId))
            return fail(loc, ActionId,
                        QCoreApplication::translate("store", "action id %1 appears twice")
                                .arg(e.actionId));
        m_actionIds.insert(e.actionId);
    }
    e.severity = v[SeverityCol];
    e.planId = v[PlanCol];
    if (!v[StatusCol].isEmpty() || e.kind == EventKind::Status) {
        const auto status = ticketStatusFromKey(v[StatusCol]);
        if (!status)
            return fail(loc, StatusCol,
                        QCoreApplication::translate("store", "unknown status \"%1\"")
                                .arg(v[StatusCol]));
        e.status = *status;
    }
    if (!v[Assignee].isEmpty()) {
        e.assigneeId = agentId(v[Assignee]);
        if (e.assigneeId == 0)
            return fail(
                    loc, Assignee,
                    QCoreApplication::translate("store", "unknown agent \"%1\"").arg(v[Assignee]));
    }
    if (e.kind == EventKind::DueOverride) {
        if (v[TargetCol] == QLatin1String("response"))
            e.target = TargetKind::Response;
        else if (v[TargetCol] == QLatin1String("resolution"))
            e.target = TargetKind::Resolution;
        else
            return fail(loc, TargetCol,
                        QCoreApplication::translate("store",
                                                    "expected response or resolution, not \"%1\"")
                                .arg(v[TargetCol]));
        if (!require(v, Due, loc))
            return false;
        const auto due = parseInstantIso(v[Due], &reason);
        if (!due)
            return fail(loc, Due, reason);
        if (const QString problem = inputlimits::instantProblem(*due); !problem.isEmpty())
            return fail(loc, Due, problem);
        e.due = *due;
    }
    e.body = v[Body];
    m_ticket.events.append(e);
    m_eventLocs.append(loc);
    return true;
}

int ImportRun::columnOf(const QString &field) const
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (field == QLatin1String(columnNames[c]))
            return c;
    }
    return -1;
}

bool ImportRun::flushTicket()
{
    if (!m_haveTicket)
        return true;
    m_haveTicket = false;
    if (m_ticket.events.isEmpty())
        return fail(m_ticketLoc, -1,
                    QCoreApplication::translate("store",
                                                "ticket #%1 has no events (it needs at least "
                                                "\"created\")")
                            .arg(m_ticket.id));
    TicketHistory history(m_catalog, m_ticket.serviceStage);
    for (int i = 0; i < m_ticket.events.size(); ++i) {
        const Event &e = m_ticket.events.at(i);
        const Location &loc = m_eventLocs.at(i);
        if (needsAgent(e) && e.actorId == 0)
            return fail(loc, Actor,
                        QCoreApplication::translate("store", "a %1 event needs an agent")
                                .arg(eventKindKey(e.kind)));
        if (e.kind == EventKind::DueOverride) {
            const Agent *actor = agentById(e.actorId);
            if (!actor || actor->role != Agent::Role::Lead)
                return fail(loc, Actor,
                            QCoreApplication::translate(
                                    "store", "only a lead can override a due time (%1 is not one)")
                                    .arg(actor ? actor->login : QString()));
        }
        QString field;
        const QString reason = history.apply(e, &field);
        if (!reason.isEmpty()) {
            if (field == QLatin1String("stage"))
                return fail(m_ticketLoc, Stage, reason);
            return fail(loc, columnOf(field), reason);
        }
    }
    // The ticket line's plan and channel.
    const Plan *created = m_catalog->plan(m_ticket.events.first().planId);
    if (created && !created->channels.isEmpty()) {
        bool known = false;
        for (const Channel &c : created->channels)
            known = known || c.id == m_ticket.channel;
        if (!known)
            return fail(m_ticketLoc, ChannelCol,
                        QCoreApplication::translate("store", "plan %1 has no channel \"%2\"")
                                .arg(created->id, m_ticket.channel));
    }
    // The ticket line's current values must match what the events lead to.
    const Agent *assignee = agentById(history.assigneeId());
    const QString derived[] = {ticketStatusKey(history.status()), history.severity(),
                               history.planId(), assignee ? assignee->login : QString()};
    const int columns[] = {StatusCol, SeverityCol, PlanCol, Assignee};
    for (int i = 0; i < 4; ++i) {
        const QString &given = m_ticketValues[columns[i]];
        if (!given.isEmpty() && given != derived[i])
            return fail(m_ticketLoc, columns[i],
                        QCoreApplication::translate(
                                "store",
                                "\"%1\" does not match the ticket's events, which lead to \"%2\"")
                                .arg(given, derived[i]));
    }
    return m_writer->addTicket(m_ticket, history, m_error);
}

} // namespace exchange

bool Exchange::importFrom(Connection &connection, const Catalog &catalog, QIODevice *in,
                          const QString &fileName, ExchangeFormat format, ExchangeSummary *summary,
                          StoreError *error)
{
    Transaction transaction(connection);
    if (!transaction.begin(error))
        return false;
    exchange::ImportRun run(connection, catalog, fileName);
    if (!run.start(error))
        return false;
    const bool ok = format == ExchangeFormat::Csv ? exchange::importCsv(run, in, fileName, error)
                                                  : exchange::importJson(run, in, fileName, error);
    if (!ok || !run.finish(summary, error))
        return false; // the transaction rolls back: nothing written
    if (!transaction.commit(error))
        return false;
    // Team plans that came with the file may change the clocks of tickets already there; what
    // is not recomputed now is finished by the next catalog change, "db migrate" or "db repair".
    ServerCatalog::recomputePending(connection, -1, nullptr, nullptr);
    return true;
}

bool Exchange::importFile(Connection &connection, const Catalog &catalog, const QString &path,
                          ExchangeSummary *summary, StoreError *error)
{
    const auto format = exchangeFormatForFile(path);
    if (!format)
        return storeFail(error, StoreError::Kind::Import,
                         QCoreApplication::translate("store", "%1: expected a .csv or .json file")
                                 .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storeFail(error, StoreError::Kind::Import,
                         QCoreApplication::translate("store", "cannot read %1: %2")
                                 .arg(path, file.errorString()));
    return importFrom(connection, catalog, &file, path, *format, summary, error);
}

} // namespace dueline
