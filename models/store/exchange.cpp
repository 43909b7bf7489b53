// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export (models/store/exchange.h): the table of the file formats that every piece
// shares (exchange_p.h) and the format names. The writer is in exchangewriter.cpp, the import run
// in importrun.cpp, the readers in csvimport.cpp and jsonimport.cpp.

#include "models/store/exchange.h"

#include "models/store/exchange_p.h"

#include <QFileInfo>

namespace dueline {

namespace exchange {

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

bool isText(int c)
{
    return c != Record && !isNumeric(c) && c != At && c != Due;
}

bool isNullable(int c)
{
    return c == Actor || c == Assignee;
}

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

bool queryFailed(Connection &connection, const QSqlQuery &q, StoreError *error)
{
    return connection.fail(q, error);
}

} // namespace exchange

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
    for (int c = 0; c < exchange::ColumnCount; ++c)
        columns.append(exchange::columnName(c));
    return columns;
}

} // namespace dueline
