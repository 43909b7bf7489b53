// SPDX-License-Identifier: GPL-3.0-or-later
// The writer of an export (Exchange::exportTo): the whole database from one consistent snapshot,
// as CSV records or a JSON document, written out a megabyte at a time.

#include "models/store/exchange.h"

#include "models/store/csv.h"
#include "models/store/exchange_p.h"
#include "models/store/timeformat.h"

#include <QCoreApplication>
#include <QHash>

namespace dueline {

namespace exchange {

namespace {

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

} // namespace

} // namespace exchange

bool Exchange::exportTo(Connection &connection, ExchangeFormat format, QIODevice *out,
                        ExchangeSummary *summary, StoreError *error)
{
    using namespace exchange; // the columns and records of the file formats (exchange_p.h)
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

} // namespace dueline
