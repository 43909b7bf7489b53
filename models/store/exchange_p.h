// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the pieces of import and export (models/store/exchange.h) share, private to the store:
// the columns and record types of the CSV and JSON files, a record's values and where a record
// stands in its file. exchange.cpp defines the table; exchangewriter.cpp writes, importrun.cpp
// checks and writes what csvimport.cpp and jsonimport.cpp read.

#include "models/store/connection.h"
#include "models/store/ticket.h"

#include <QString>
#include <QVector>

#include <array>

namespace dueline::exchange {

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

extern const char *const columnNames[ColumnCount];

QString columnName(int c);
bool isNumeric(int c);
// Text cells: everything but the record type, ids, sequence numbers and instants. In CSV they
// carry the formula escape (csv::escapeFormula).
bool isText(int c);
bool isNullable(int c);

// A catalog record is one of the team's catalog files kept in the database (name and JSON text);
// they come first, so that the plans they add are known when tickets name them.
enum class RecordType { Catalog, Agent, Customer, Ticket, Event };

const QVector<int> &fieldsOf(RecordType type);
// The event columns a kind uses besides ticket, seq, at, kind, actor, body and action_id.
QVector<int> kindColumns(EventKind kind);
QString recordTypeKey(RecordType type);

using Values = std::array<QString, ColumnCount>;

bool queryFailed(Connection &connection, const QSqlQuery &q, StoreError *error);

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

} // namespace dueline::exchange
