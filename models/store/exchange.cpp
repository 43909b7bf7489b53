#include "models/store/exchange.h"

#include "models/store/bulkwriter.h"
#include "models/store/csv.h"
#include "models/store/inputlimits.h"
#include "models/store/servercatalog.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticketclocks.h"
#include "models/store/ticketstore.h"
#include "models/store/timeformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <array>

namespace dueline {

namespace {

// The columns of the CSV file and the field names of the JSON file, in output order.
enum Col {
    Record,
    Id,
    TicketCol,
    Seq,
    At,
    Kind,
    Actor,
    Login,
    Name,
    Role,
    Company,
    CustomerCol,
    Subject,
    ChannelCol,
    Stage,
    PlanCol,
    SeverityCol,
    StatusCol,
    Assignee,
    TargetCol,
    Due,
    TimeZoneCol,
    Language,
    Body,
    ActionId,
    ColumnCount
};

const char *const columnNames[ColumnCount] = {
        "record",    "id",       "ticket",   "seq",      "at",       "kind",    "actor",
        "login",     "name",     "role",     "company",  "customer", "subject", "channel",
        "stage",     "plan",     "severity", "status",   "assignee", "target",  "due",
        "time_zone", "language", "body",     "action_id"};

QString columnName(int c)
{
    return QString::fromLatin1(columnNames[c]);
}

bool isNumeric(int c)
{
    return c == Id || c == TicketCol || c == Seq || c == CustomerCol;
}

// Text cells: everything but the record type, ids, sequence numbers and instants. In CSV they
// carry the formula escape (csv::escapeFormula).
bool isText(int c)
{
    return c != Record && !isNumeric(c) && c != At && c != Due;
}

bool isNullable(int c)
{
    return c == Actor || c == Assignee;
}

// A catalog record is one of the team's catalog files kept in the database (name and JSON text);
// they come first, so that the plans they add are known when tickets name them.
enum class RecordType { Catalog, Agent, Customer, Ticket, Event };

const QVector<int> &fieldsOf(RecordType type)
{
    static const QVector<int> catalog{Name, Body};
    static const QVector<int> agent{Id, Login, Name, Role};
    static const QVector<int> customer{Id, Name, Company, PlanCol, TimeZoneCol, Language};
    static const QVector<int> ticket{Id,      CustomerCol, Subject,   ChannelCol, Stage,
                                     PlanCol, SeverityCol, StatusCol, Assignee};
    static const QVector<int> event{TicketCol, Seq,         At,        Kind,     Actor,
                                    PlanCol,   SeverityCol, StatusCol, Assignee, TargetCol,
                                    Due,       Body,        ActionId};
    switch (type) {
    case RecordType::Catalog:
        return catalog;
    case RecordType::Agent:
        return agent;
    case RecordType::Customer:
        return customer;
    case RecordType::Ticket:
        return ticket;
    case RecordType::Event:
        break;
    }
    return event;
}

// The event columns a kind uses besides ticket, seq, at, kind, actor, body and action_id.
QVector<int> kindColumns(EventKind kind)
{
    switch (kind) {
    case EventKind::Created:
        return {PlanCol, SeverityCol};
    case EventKind::Assigned:
        return {Assignee};
    case EventKind::Status:
        return {StatusCol};
    case EventKind::Severity:
        return {SeverityCol};
    case EventKind::Plan:
        return {PlanCol, SeverityCol};
    case EventKind::DueOverride:
        return {TargetCol, Due};
    case EventKind::Replied:
    case EventKind::Note:
    case EventKind::Resolved:
    case EventKind::Reopened:
        break;
    }
    return {};
}

QString recordTypeKey(RecordType type)
{
    switch (type) {
    case RecordType::Catalog:
        return QStringLiteral("catalog");
    case RecordType::Agent:
        return QStringLiteral("agent");
    case RecordType::Customer:
        return QStringLiteral("customer");
    case RecordType::Ticket:
        return QStringLiteral("ticket");
    case RecordType::Event:
        break;
    }
    return QStringLiteral("event");
}

// Whether an event needs an agent as its actor (the customer creates tickets and resumes them).
bool needsAgent(const Event &e)
{
    return !(e.kind == EventKind::Created ||
             (e.kind == EventKind::Status && e.status == TicketStatus::Open));
}

using Values = std::array<QString, ColumnCount>;

// ---------------------------------------------------------------------------------------------
// Writing

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendJsonObject(QByteArray &out, const Values &v, const QVector<int> &columns,
                      const QByteArray &tail = {})
{
    out += '{';
    bool first = true;
    for (int c : columns) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += columnNames[c];
        out += "\":";
        if (isNumeric(c))
            out += v[c].toLatin1();
        else if (isNullable(c) && v[c].isEmpty())
            out += "null";
        else
            appendJsonString(out, v[c]);
    }
    out += tail;
    out += '}';
}

void appendCsv(QByteArray &out, const Values &v)
{
    QStringList fields;
    fields.reserve(ColumnCount);
    for (int c = 0; c < ColumnCount; ++c)
        fields.append(isText(c) ? csv::escapeFormula(v[c]) : v[c]);
    csv::appendRecord(out, fields);
}

class Writer
{
public:
    Writer(QIODevice *out, ExchangeFormat format)
        : m_out(out)
        , m_format(format)
    { }

    bool begin()
    {
        if (m_format == ExchangeFormat::Csv) {
            csv::appendRecord(m_buffer, Exchange::csvColumns());
        } else {
            m_buffer += "{\"format\":\"dueline-tickets\",\"version\":" +
                        QByteArray::number(Exchange::JsonVersion);
        }
        return true;
    }

    void section(const char *name)
    {
        if (m_format != ExchangeFormat::Json)
            return;
        if (m_inSection)
            m_buffer += "\n]";
        m_buffer += ",\n\"";
        m_buffer += name;
        m_buffer += "\":[";
        m_inSection = true;
        m_firstInSection = true;
    }

    void record(RecordType type, Values v, const QVector<Values> &events = {},
                const QVector<QVector<int>> &eventColumns = {})
    {
        if (m_format == ExchangeFormat::Csv) {
            v[Record] = recordTypeKey(type);
            appendCsv(m_buffer, v);
            for (Values e : events) {
                e[Record] = recordTypeKey(RecordType::Event);
                appendCsv(m_buffer, e);
            }
        } else {
            m_buffer += m_firstInSection ? "\n" : ",\n";
            m_firstInSection = false;
            QByteArray tail;
            if (type == RecordType::Ticket) {
                tail = ",\"events\":[";
                for (int i = 0; i < events.size(); ++i) {
                    if (i > 0)
                        tail += ',';
                    appendJsonObject(tail, events.at(i), eventColumns.at(i));
                }
                tail += ']';
            }
            appendJsonObject(m_buffer, v, fieldsOf(type), tail);
        }
    }

    bool flush(bool force = false)
    {
        if (!force && m_buffer.size() < (1 << 20))
            return true;
        const bool ok = m_out->write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return ok;
    }

    bool end()
    {
        if (m_format == ExchangeFormat::Json) {
            if (m_inSection)
                m_buffer += "\n]";
            m_buffer += "}\n";
        }
        return flush(true);
    }

private:
    QIODevice *m_out;
    ExchangeFormat m_format;
    QByteArray m_buffer;
    bool m_inSection = false;
    bool m_firstInSection = true;
};

bool queryFailed(Connection &connection, const QSqlQuery &q, StoreError *error)
{
    return connection.fail(q, error);
}

// ---------------------------------------------------------------------------------------------
// Reading

struct Location
{
    QString file;
    int line = 0; // CSV
    QString path; // JSON, e.g. "$.tickets[3]"

    QString at(int column = -1) const
    {
        if (path.isEmpty()) {
            if (column < 0)
                return QStringLiteral("%1:%2").arg(file).arg(line);
            return QStringLiteral("%1:%2: field %3").arg(file).arg(line).arg(columnName(column));
        }
        if (column < 0)
            return QStringLiteral("%1: %2").arg(file, path);
        return QStringLiteral("%1: %2.%3").arg(file, path, columnName(column));
    }
};

class ImportRun
{
public:
    ImportRun(Connection &connection, const Catalog &catalog, const QString &fileName)
        : m_connection(connection)
        , m_givenCatalog(catalog)
        , m_fileName(fileName)
    { }

    bool start(StoreError *error)
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

    // One record; `loc` says where it is.
    bool add(RecordType type, const Values &v, const Location &loc, StoreError *error)
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
            const QString problem =
                    c == Body      ? inputlimits::textProblem(v[c])
                    : c == Subject ? inputlimits::subjectProblem(v[c])
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

    bool finish(ExchangeSummary *summary, StoreError *error)
    {
        m_error = error;
        if (!settleCatalog() || !flushTicket() || !m_writer->finish(error) ||
            !writeCatalogFiles(error))
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

private:
    // A team catalog file of the export: a valid name, once, and the same content as a file of
    // that name already in the database.
    bool addCatalogFile(const Values &v, const Location &loc)
    {
        if (m_settled)
            return fail(loc, Record,
                        QCoreApplication::translate(
                                "store", "catalog records come before agents, customers and "
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
    bool settleCatalog()
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
    bool writeCatalogFiles(StoreError *error)
    {
        if (m_newCatalogFiles.isEmpty())
            return true;
        QSqlQuery latest = m_connection.query();
        if (!latest.exec(QStringLiteral("SELECT COALESCE(MAX(at), 0) FROM events")) ||
            !latest.next())
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

    bool fail(const Location &loc, int column, const QString &reason)
    {
        return storeFail(m_error, StoreError::Kind::Import,
                         loc.at(column) + QStringLiteral(": ") + reason);
    }

    bool parseId(const Values &v, int c, const Location &loc, qint64 *id, bool required = true)
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
            return fail(loc, c,
                        QCoreApplication::translate("store",
                                                    "expected a positive whole number, not \"%1\"")
                                .arg(v[c]));
        return true;
    }

    bool require(const Values &v, int c, const Location &loc)
    {
        if (v[c].trimmed().isEmpty())
            return fail(loc, c, QCoreApplication::translate("store", "missing"));
        return true;
    }

    bool addAgent(const Values &v, const Location &loc)
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
            return fail(
                    loc, Login,
                    QCoreApplication::translate("store", "agent %1 appears twice").arg(a.login));
        for (const Agent &other : qAsConst(m_agentsByLogin)) {
            if (other.id == a.id)
                return fail(loc, Id,
                            QCoreApplication::translate("store", "agent id %1 appears twice")
                                    .arg(a.id));
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

    bool addCustomer(const Values &v, const Location &loc)
    {
        Customer c;
        if (!parseId(v, Id, loc, &c.id) || !require(v, Name, loc) || !require(v, PlanCol, loc) ||
            !require(v, TimeZoneCol, loc) || !require(v, Language, loc))
            return false;
        c.name = v[Name];
        c.company = v[Company];
        const Plan *plan = m_catalog->plan(v[PlanCol]);
        if (!plan || plan->id != v[PlanCol])
            return fail(
                    loc, PlanCol,
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
            return fail(
                    loc, Id,
                    QCoreApplication::translate("store", "customer id %1 appears twice").arg(c.id));
        const auto existing = m_dbCustomers.constFind(c.id);
        if (existing != m_dbCustomers.constEnd()) {
            if (existing->name != c.name || existing->company != c.company ||
                existing->planId != c.planId || existing->timeZone != c.timeZone ||
                existing->language != c.language)
                return fail(
                        loc, Id,
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

    bool startTicket(const Values &v, const Location &loc)
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
            return fail(
                    loc, CustomerCol,
                    QCoreApplication::translate(
                            "store", "unknown customer #%1 (customers come before their tickets)")
                            .arg(t.customerId));
        if (!v[Assignee].isEmpty() && !m_agentsByLogin.contains(v[Assignee]) &&
            !m_dbAgents.contains(v[Assignee]))
            return fail(
                    loc, Assignee,
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

    qint64 agentId(const QString &login) const
    {
        const auto it = m_agentsByLogin.constFind(login);
        if (it != m_agentsByLogin.constEnd())
            return it->id;
        const auto db = m_dbAgents.constFind(login);
        return db != m_dbAgents.constEnd() ? db->id : 0;
    }

    const Agent *agentById(qint64 id) const
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

    bool addEvent(const Values &v, const Location &loc)
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
            return fail(loc, Seq,
                        QCoreApplication::translate("store",
                                                    "expected a positive whole number, not \"%1\"")
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
            return fail(
                    loc, Kind,
                    QCoreApplication::translate("store", "unknown event kind \"%1\"").arg(v[Kind]));
        e.kind = *kind;
        const QVector<int> used = kindColumns(e.kind);
        for (int c : {PlanCol, SeverityCol, StatusCol, Assignee, TargetCol, Due}) {
            if (!v[c].isEmpty() && !used.contains(c))
                return fail(loc, c,
                            QCoreApplication::translate("store", "not used by a %1 event")
                                    .arg(v[Kind]));
        }
        if (!v[Actor].isEmpty()) {
            e.actorId = agentId(v[Actor]);
            if (e.actorId == 0)
                return fail(
                        loc, Actor,
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
                return fail(loc, Assignee,
                            QCoreApplication::translate("store", "unknown agent \"%1\"")
                                    .arg(v[Assignee]));
        }
        if (e.kind == EventKind::DueOverride) {
            if (v[TargetCol] == QLatin1String("response"))
                e.target = TargetKind::Response;
            else if (v[TargetCol] == QLatin1String("resolution"))
                e.target = TargetKind::Resolution;
            else
                return fail(loc, TargetCol,
                            QCoreApplication::translate(
                                    "store", "expected response or resolution, not \"%1\"")
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

    int columnOf(const QString &field) const
    {
        for (int c = 0; c < ColumnCount; ++c) {
            if (field == QLatin1String(columnNames[c]))
                return c;
        }
        return -1;
    }

    bool flushTicket()
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
                    return fail(
                            loc, Actor,
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
                return fail(
                        m_ticketLoc, columns[i],
                        QCoreApplication::translate(
                                "store",
                                "\"%1\" does not match the ticket's events, which lead to \"%2\"")
                                .arg(given, derived[i]));
        }
        return m_writer->addTicket(m_ticket, history, m_error);
    }

    Connection &m_connection;
    const Catalog &m_givenCatalog;
    const Catalog *m_catalog = nullptr; // the given one, or m_ownCatalog
    CatalogPtr m_ownCatalog;
    QString m_fileName;
    std::unique_ptr<BulkWriter> m_writer;
    StoreError *m_error = nullptr;
    bool m_settled = false;
    QHash<QString, QByteArray> m_dbCatalogFiles;
    QVector<std::pair<QString, QByteArray>> m_fileCatalogFiles;
    QVector<std::pair<QString, QByteArray>> m_newCatalogFiles;
    QVector<Location> m_catalogLocs;

    QHash<QString, Agent> m_dbAgents;
    QHash<qint64, Customer> m_dbCustomers;
    bool m_dbHasTickets = false;
    QHash<QString, Agent> m_agentsByLogin; // from the file
    QSet<qint64> m_customerIds;
    QSet<qint64> m_ticketIds;
    QSet<QString> m_actionIds;
    qint64 m_agents = 0;
    qint64 m_customers = 0;

    bool m_haveTicket = false;
    TicketRecord m_ticket;
    Values m_ticketValues;
    Location m_ticketLoc;
    QVector<Location> m_eventLocs;
};

bool importCsv(ImportRun &run, QIODevice *in, const QString &fileName, StoreError *error)
{
    csv::Reader reader(in);
    QStringList fields;
    int line = 0;
    if (!reader.next(&fields, &line)) {
        if (!reader.error().isEmpty())
            return storeFail(error, StoreError::Kind::Import,
                             QStringLiteral("%1:%2: %3")
                                     .arg(fileName)
                                     .arg(reader.errorLine())
                                     .arg(reader.error()));
        return storeFail(error, StoreError::Kind::Import,
                         QStringLiteral("%1:1: ").arg(fileName) +
                                 QCoreApplication::translate(
                                         "store", "the file is empty (expected the header line)"));
    }
    // Header: every column once, in any order.
    QVector<int> columnOfField(fields.size(), -1);
    QVector<bool> seen(ColumnCount, false);
    for (int i = 0; i < fields.size(); ++i) {
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (fields.at(i) == QLatin1String(columnNames[c]))
                column = c;
        }
        if (column < 0)
            return storeFail(error, StoreError::Kind::Import,
                             QStringLiteral("%1:%2: ").arg(fileName).arg(line) +
                                     QCoreApplication::translate("store", "unknown column \"%1\"")
                                             .arg(fields.at(i)));
        if (seen[column])
            return storeFail(
                    error, StoreError::Kind::Import,
                    QStringLiteral("%1:%2: ").arg(fileName).arg(line) +
                            QCoreApplication::translate("store", "column \"%1\" appears twice")
                                    .arg(fields.at(i)));
        seen[column] = true;
        columnOfField[i] = column;
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (!seen[c])
            return storeFail(
                    error, StoreError::Kind::Import,
                    QStringLiteral("%1:%2: ").arg(fileName).arg(line) +
                            QCoreApplication::translate("store", "column \"%1\" is missing")
                                    .arg(columnName(c)));
    }
    while (reader.next(&fields, &line)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // a blank line
        Location loc;
        loc.file = fileName;
        loc.line = line;
        if (fields.size() != columnOfField.size())
            return storeFail(
                    error, StoreError::Kind::Import,
                    loc.at() + QStringLiteral(": ") +
                            QCoreApplication::translate("store", "expected %1 fields, found %2")
                                    .arg(columnOfField.size())
                                    .arg(fields.size()));
        Values v;
        for (int i = 0; i < fields.size(); ++i) {
            const int column = columnOfField.at(i);
            v[column] = isText(column) ? csv::unescapeFormula(fields.at(i)) : fields.at(i);
        }
        if (const QString problem = inputlimits::lineProblem(v[Record], inputlimits::LineChars);
            !problem.isEmpty())
            return storeFail(error, StoreError::Kind::Import,
                             loc.at(Record) + QStringLiteral(": ") + problem);
        RecordType type;
        if (v[Record] == QLatin1String("catalog"))
            type = RecordType::Catalog;
        else if (v[Record] == QLatin1String("agent"))
            type = RecordType::Agent;
        else if (v[Record] == QLatin1String("customer"))
            type = RecordType::Customer;
        else if (v[Record] == QLatin1String("ticket"))
            type = RecordType::Ticket;
        else if (v[Record] == QLatin1String("event"))
            type = RecordType::Event;
        else
            return storeFail(
                    error, StoreError::Kind::Import,
                    loc.at(Record) + QStringLiteral(": ") +
                            QCoreApplication::translate(
                                    "store",
                                    "expected catalog, agent, customer, ticket or event, not "
                                    "\"%1\"")
                                    .arg(v[Record]));
        if (!run.add(type, v, loc, error))
            return false;
    }
    if (reader.errorField() > 0 && reader.errorField() <= columnOfField.size()) {
        Location loc;
        loc.file = fileName;
        loc.line = reader.errorLine();
        return storeFail(error, StoreError::Kind::Import,
                         loc.at(columnOfField.at(reader.errorField() - 1)) + QStringLiteral(": ") +
                                 QCoreApplication::translate("store", "not valid UTF-8"));
    }
    if (!reader.error().isEmpty())
        return storeFail(error, StoreError::Kind::Import,
                         QStringLiteral("%1:%2: %3")
                                 .arg(fileName)
                                 .arg(reader.errorLine())
                                 .arg(reader.error()));
    return true;
}

// JSON values to the string fields the importer checks.
bool jsonValues(const QJsonObject &object, RecordType type, const Location &loc, Values *v,
                StoreError *error, const QStringList &extraKeys = {})
{
    const QVector<int> &allowed = fieldsOf(type);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        int column = -1;
        for (int c = Id; c < ColumnCount; ++c) {
            if (it.key() == QLatin1String(columnNames[c]))
                column = c;
        }
        if (extraKeys.contains(it.key()))
            continue;
        if (column < 0 || !allowed.contains(column) ||
            (type == RecordType::Event && column == TicketCol))
            return storeFail(error, StoreError::Kind::Import,
                             QStringLiteral("%1: %2.%3: ").arg(loc.file, loc.path, it.key()) +
                                     QCoreApplication::translate("store", "unknown field"));
        const QJsonValue value = it.value();
        QString &text = (*v)[column];
        if (value.isNull()) {
            text.clear();
        } else if (value.isString()) {
            if (isNumeric(column))
                return storeFail(error, StoreError::Kind::Import,
                                 loc.at(column) + QStringLiteral(": ") +
                                         QCoreApplication::translate("store", "expected a number"));
            text = value.toString();
        } else if (value.isDouble()) {
            const double d = value.toDouble();
            if (!isNumeric(column) || d != double(qint64(d)))
                return storeFail(error, StoreError::Kind::Import,
                                 loc.at(column) + QStringLiteral(": ") +
                                         (isNumeric(column)
                                                  ? QCoreApplication::translate(
                                                            "store", "expected a whole number")
                                                  : QCoreApplication::translate(
                                                            "store", "expected a string")));
            text = QString::number(qint64(d));
        } else {
            return storeFail(
                    error, StoreError::Kind::Import,
                    loc.at(column) + QStringLiteral(": ") +
                            (isNumeric(column)
                                     ? QCoreApplication::translate("store", "expected a number")
                                     : QCoreApplication::translate("store", "expected a string")));
        }
    }
    return true;
}

// The key whose string value holds byte `offset` of a JSON text (where the parser found an
// invalid UTF-8 sequence), or an empty string when the offset is not inside such a value.
QString jsonKeyAt(const QByteArray &data, qsizetype offset)
{
    // An unescaped quote: one not preceded by an odd number of backslashes.
    auto unescapedQuote = [&data](qsizetype i) {
        if (i < 0 || data.at(i) != '"')
            return false;
        qsizetype slashes = 0;
        while (i - 1 - slashes >= 0 && data.at(i - 1 - slashes) == '\\')
            ++slashes;
        return slashes % 2 == 0;
    };
    auto skipSpaceBack = [&data](qsizetype i) {
        while (i >= 0 && (data.at(i) == ' ' || data.at(i) == '\n' || data.at(i) == '\r' ||
                          data.at(i) == '\t'))
            --i;
        return i;
    };
    qsizetype i = std::min(offset, data.size()) - 1;
    while (i >= 0 && !unescapedQuote(i))
        --i; // the value's opening quote
    i = skipSpaceBack(i - 1);
    if (i < 0 || data.at(i) != ':')
        return {};
    i = skipSpaceBack(i - 1);
    if (!unescapedQuote(i))
        return {};
    const qsizetype end = i;
    --i;
    while (i >= 0 && !unescapedQuote(i))
        --i;
    if (i < 0 || end - i - 1 > 64)
        return {};
    return QString::fromUtf8(data.mid(i + 1, end - i - 1));
}

bool importJson(ImportRun &run, QIODevice *in, const QString &fileName, StoreError *error)
{
    const QByteArray data = in->readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        if (parseError.error == QJsonParseError::IllegalUTF8String) {
            const QString key = jsonKeyAt(data, parseError.offset);
            return storeFail(
                    error, StoreError::Kind::Import,
                    QStringLiteral("%1:%2: ").arg(fileName).arg(line) +
                            (key.isEmpty() ? QString() : QStringLiteral("field %1: ").arg(key)) +
                            QCoreApplication::translate("store", "not valid UTF-8"));
        }
        return storeFail(error, StoreError::Kind::Import,
                         QStringLiteral("%1:%2: ").arg(fileName).arg(line) +
                                 QCoreApplication::translate("store", "not valid JSON (%1)")
                                         .arg(parseError.errorString()));
    }
    auto failAt = [&](const QString &path, const QString &reason) {
        return storeFail(error, StoreError::Kind::Import,
                         QStringLiteral("%1: %2: ").arg(fileName, path) + reason);
    };
    if (!doc.isObject())
        return failAt(QStringLiteral("$"),
                      QCoreApplication::translate("store", "expected an object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("dueline-tickets"))
        return failAt(QStringLiteral("$.format"),
                      QCoreApplication::translate("store", "expected \"dueline-tickets\""));
    if (root.value(QStringLiteral("version")).toInt() != Exchange::JsonVersion)
        return failAt(
                QStringLiteral("$.version"),
                QCoreApplication::translate("store", "expected %1 (this Dueline reads version %1)")
                        .arg(Exchange::JsonVersion));
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        static const QStringList known{QStringLiteral("format"),    QStringLiteral("version"),
                                       QStringLiteral("catalog"),   QStringLiteral("agents"),
                                       QStringLiteral("customers"), QStringLiteral("tickets")};
        if (!known.contains(it.key()))
            return failAt(QStringLiteral("$.") + it.key(),
                          QCoreApplication::translate("store", "unknown field"));
    }
    const struct
    {
        const char *key;
        RecordType type;
    } sections[] = {{"catalog", RecordType::Catalog},
                    {"agents", RecordType::Agent},
                    {"customers", RecordType::Customer},
                    {"tickets", RecordType::Ticket}};
    for (const auto &section : sections) {
        const QString key = QString::fromLatin1(section.key);
        const QJsonValue value = root.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isArray())
            return failAt(QStringLiteral("$.") + key,
                          QCoreApplication::translate("store", "expected an array"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Location loc;
            loc.file = fileName;
            loc.path = QStringLiteral("$.%1[%2]").arg(key).arg(i);
            if (!array.at(i).isObject())
                return failAt(loc.path, QCoreApplication::translate("store", "expected an object"));
            const QJsonObject object = array.at(i).toObject();
            Values v;
            if (!jsonValues(object, section.type, loc, &v, error,
                            section.type == RecordType::Ticket
                                    ? QStringList{QStringLiteral("events")}
                                    : QStringList{}))
                return false;
            if (!run.add(section.type, v, loc, error))
                return false;
            if (section.type != RecordType::Ticket)
                continue;
            const QJsonValue events = object.value(QStringLiteral("events"));
            if (!events.isArray())
                return failAt(loc.path + QStringLiteral(".events"),
                              QCoreApplication::translate("store", "expected an array"));
            const QJsonArray list = events.toArray();
            for (qsizetype j = 0; j < list.size(); ++j) {
                Location eventLoc;
                eventLoc.file = fileName;
                eventLoc.path = QStringLiteral("%1.events[%2]").arg(loc.path).arg(j);
                if (!list.at(j).isObject())
                    return failAt(eventLoc.path,
                                  QCoreApplication::translate("store", "expected an object"));
                Values ev;
                if (!jsonValues(list.at(j).toObject(), RecordType::Event, eventLoc, &ev, error))
                    return false;
                ev[TicketCol] = v[Id];
                if (!run.add(RecordType::Event, ev, eventLoc, error))
                    return false;
            }
        }
    }
    return true;
}

} // namespace

QString exchangeFormatKey(ExchangeFormat format)
{
    return format == ExchangeFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
}

std::optional<ExchangeFormat> exchangeFormatFromKey(const QString &key)
{
    if (key == QLatin1String("csv"))
        return ExchangeFormat::Csv;
    if (key == QLatin1String("json"))
        return ExchangeFormat::Json;
    return std::nullopt;
}

std::optional<ExchangeFormat> exchangeFormatForFile(const QString &path)
{
    return exchangeFormatFromKey(QFileInfo(path).suffix().toLower());
}

QStringList Exchange::csvColumns()
{
    QStringList columns;
    for (int c = 0; c < ColumnCount; ++c)
        columns.append(columnName(c));
    return columns;
}

bool Exchange::exportTo(Connection &connection, ExchangeFormat format, QIODevice *out,
                        ExchangeSummary *summary, StoreError *error)
{
    ExchangeSummary counts;
    Transaction transaction(connection);
    if (!transaction.beginRead(error))
        return false;
    Writer writer(out, format);
    writer.begin();
    auto writeFailed = [&]() {
        return storeFail(error, StoreError::Kind::Database,
                         QCoreApplication::translate("store", "cannot write the export: %1")
                                 .arg(out->errorString()));
    };

    QHash<qint64, QString> logins;
    QSqlQuery q = connection.query();
    q.setForwardOnly(true);
    // The team's catalog files first (only when there are any: exports without them stay as
    // they were), so that an import knows the plans they add before any ticket names them.
    if (!q.exec(QStringLiteral("SELECT name, content FROM team_catalog_files ORDER BY name")))
        return queryFailed(connection, q, error);
    bool catalogSection = false;
    while (q.next()) {
        if (!catalogSection)
            writer.section("catalog");
        catalogSection = true;
        Values v;
        v[Name] = q.value(0).toString();
        v[Body] = q.value(1).toString();
        writer.record(RecordType::Catalog, v);
        ++counts.catalogFiles;
    }
    if (!q.exec(QStringLiteral("SELECT id, login, display_name, role FROM agents ORDER BY id")))
        return queryFailed(connection, q, error);
    writer.section("agents");
    while (q.next()) {
        Values v;
        v[Id] = q.value(0).toString();
        v[Login] = q.value(1).toString();
        v[Name] = q.value(2).toString();
        v[Role] = q.value(3).toString();
        logins.insert(q.value(0).toLongLong(), v[Login]);
        writer.record(RecordType::Agent, v);
        ++counts.agents;
    }
    if (!q.exec(QStringLiteral("SELECT id, name, company, plan_id, time_zone, language FROM "
                               "customers ORDER BY id")))
        return queryFailed(connection, q, error);
    writer.section("customers");
    while (q.next()) {
        Values v;
        v[Id] = q.value(0).toString();
        v[Name] = q.value(1).toString();
        v[Company] = q.value(2).toString();
        v[PlanCol] = q.value(3).toString();
        v[TimeZoneCol] = q.value(4).toString();
        v[Language] = q.value(5).toString();
        writer.record(RecordType::Customer, v);
        ++counts.customers;
        if (!writer.flush())
            return writeFailed();
    }
    q.finish();

    writer.section("tickets");
    auto login = [&logins](const QVariant &id) {
        return id.isNull() ? QString() : logins.value(id.toLongLong());
    };
    qint64 lastId = 0;
    constexpr int Chunk = 2000;
    QSqlQuery tickets = connection.query();
    QSqlQuery events = connection.query();
    tickets.setForwardOnly(true);
    events.setForwardOnly(true);
    if (!connection.prepare(tickets,
                            QStringLiteral("SELECT id, customer_id, subject, channel, "
                                           "service_stage, plan_id, severity, status, assignee_id "
                                           "FROM tickets WHERE id > ? ORDER BY id LIMIT %1")
                                    .arg(Chunk),
                            error) ||
        !connection.prepare(events,
                            QStringLiteral("SELECT ticket_id, seq, at, kind, actor_id, plan_id, "
                                           "severity, status, assignee_id, target, due, body, "
                                           "action_id FROM events WHERE ticket_id >= ? AND "
                                           "ticket_id <= ? ORDER BY ticket_id, seq"),
                            error))
        return false;
    for (;;) {
        tickets.bindValue(0, lastId);
        if (!tickets.exec())
            return queryFailed(connection, tickets, error);
        QVector<Values> chunk;
        chunk.reserve(Chunk);
        while (tickets.next()) {
            Values v;
            v[Id] = tickets.value(0).toString();
            v[CustomerCol] = tickets.value(1).toString();
            v[Subject] = tickets.value(2).toString();
            v[ChannelCol] = tickets.value(3).toString();
            v[Stage] = tickets.value(4).toString();
            v[PlanCol] = tickets.value(5).toString();
            v[SeverityCol] = tickets.value(6).toString();
            v[StatusCol] = tickets.value(7).toString();
            v[Assignee] = login(tickets.value(8));
            chunk.append(v);
        }
        tickets.finish();
        if (chunk.isEmpty())
            break;
        const qint64 first = chunk.first()[Id].toLongLong();
        lastId = chunk.last()[Id].toLongLong();
        events.bindValue(0, first);
        events.bindValue(1, lastId);
        if (!events.exec())
            return queryFailed(connection, events, error);
        QHash<qint64, QVector<Values>> byTicket;
        QHash<qint64, QVector<QVector<int>>> columnsByTicket;
        while (events.next()) {
            Values e;
            const qint64 ticketId = events.value(0).toLongLong();
            e[TicketCol] = QString::number(ticketId);
            e[Seq] = events.value(1).toString();
            e[At] = formatInstantUtc(events.value(2).toLongLong());
            e[Kind] = events.value(3).toString();
            e[Actor] = login(events.value(4));
            const EventKind kind = eventKindFromKey(e[Kind]).value_or(EventKind::Note);
            const QVector<int> used = kindColumns(kind);
            if (used.contains(PlanCol))
                e[PlanCol] = events.value(5).toString();
            if (used.contains(SeverityCol))
                e[SeverityCol] = events.value(6).toString();
            if (used.contains(StatusCol))
                e[StatusCol] = events.value(7).toString();
            if (used.contains(Assignee))
                e[Assignee] = login(events.value(8));
            if (used.contains(TargetCol))
                e[TargetCol] = events.value(9).toString();
            if (used.contains(Due) && !events.value(10).isNull())
                e[Due] = formatInstantUtc(events.value(10).toLongLong());
            e[Body] = events.value(11).toString();
            e[ActionId] = events.value(12).toString();
            QVector<int> columns{Seq, At, Kind, Actor};
            for (int c : {PlanCol, SeverityCol, StatusCol, Assignee, TargetCol, Due}) {
                if (used.contains(c))
                    columns.append(c);
            }
            columns.append(Body);
            if (!e[ActionId].isEmpty())
                columns.append(ActionId);
            byTicket[ticketId].append(e);
            columnsByTicket[ticketId].append(columns);
            ++counts.events;
        }
        events.finish();
        for (const Values &v : qAsConst(chunk)) {
            const qint64 id = v[Id].toLongLong();
            writer.record(RecordType::Ticket, v, byTicket.value(id), columnsByTicket.value(id));
            ++counts.tickets;
        }
        if (!writer.flush())
            return writeFailed();
        if (chunk.size() < Chunk)
            break;
    }
    if (!writer.end())
        return writeFailed();
    transaction.commit(nullptr);
    if (summary)
        *summary = counts;
    return true;
}

bool Exchange::importFrom(Connection &connection, const Catalog &catalog, QIODevice *in,
                          const QString &fileName, ExchangeFormat format, ExchangeSummary *summary,
                          StoreError *error)
{
    Transaction transaction(connection);
    if (!transaction.begin(error))
        return false;
    ImportRun run(connection, catalog, fileName);
    if (!run.start(error))
        return false;
    const bool ok = format == ExchangeFormat::Csv ? importCsv(run, in, fileName, error)
                                                  : importJson(run, in, fileName, error);
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
