// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/connection.h"

#include <QIODevice>
#include <QStringList>

#include <optional>

namespace dueline {

// Import and export of a whole database: agents, customers, and tickets with their events
// (README.md, "Storage, import and export"). Times are ISO 8601 in UTC ("+00:00"); the output is
// deterministic, so export → import into an empty database → export gives the same bytes.
//
// CSV: one RFC 4180 file (UTF-8, CRLF) with a header and one record per line; the "record"
// column says what the line is (catalog, agent, customer, ticket, event) and the other columns
// are filled as that record needs. Catalog records (the team's catalog files kept in the
// database: name and JSON text) come first. A ticket's events follow its ticket line. A text cell
// that a spreadsheet would take for a formula carries one extra leading ' (csv::escapeFormula),
// which import removes. JSON: {"format": "dueline-tickets", "version": 1, "catalog": […], "agents":
// […], "customers": […], "tickets": [{…, "events": […]}]} with the same field names ("catalog" only
// when the database holds team catalog files).
enum class ExchangeFormat { Csv, Json };
QString exchangeFormatKey(ExchangeFormat format); // "csv" | "json"
std::optional<ExchangeFormat> exchangeFormatFromKey(const QString &key);
// By the file's suffix (.csv, .json).
std::optional<ExchangeFormat> exchangeFormatForFile(const QString &path);

struct ExchangeSummary
{
    qint64 catalogFiles = 0; // team catalog files (written: those the database lacked)
    qint64 agents = 0;
    qint64 customers = 0;
    qint64 tickets = 0;
    qint64 events = 0;
};

class Exchange
{
public:
    static constexpr int JsonVersion = 1;

    // The CSV columns, in file order.
    static QStringList csvColumns();

    // Writes the whole database to `out`, from one consistent snapshot.
    static bool exportTo(Connection &connection, ExchangeFormat format, QIODevice *out,
                         ExchangeSummary *summary, StoreError *error);

    // Reads a file and writes everything in one transaction: all or nothing. A bad file is
    // rejected with "FILE:LINE: field NAME: reason" (CSV) or "FILE: $.json.path: reason" (JSON)
    // and nothing is written. Agents and customers already in the database are reused when
    // identical; a ticket id that exists already is an error. `fileName` names the file in
    // messages.
    static bool importFrom(Connection &connection, const Catalog &catalog, QIODevice *in,
                           const QString &fileName, ExchangeFormat format, ExchangeSummary *summary,
                           StoreError *error);
    // Opens `path` and picks the format by its suffix.
    static bool importFile(Connection &connection, const Catalog &catalog, const QString &path,
                           ExchangeSummary *summary, StoreError *error);
};

} // namespace dueline
