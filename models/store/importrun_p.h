// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The import run (Exchange::importFrom): the records that csvimport.cpp and jsonimport.cpp read
// are checked here, one by one, against the file so far, the database and the catalog, and
// written through a BulkWriter inside the caller's transaction.

#include "models/catalog/catalog.h"
#include "models/store/bulkwriter.h"
#include "models/store/exchange.h"
#include "models/store/exchange_p.h"

#include <QHash>
#include <QIODevice>
#include <QSet>

#include <memory>

namespace dueline::exchange {

class ImportRun
{
public:
    ImportRun(Connection &connection, const Catalog &catalog, const QString &fileName)
        : m_connection(connection)
        , m_givenCatalog(catalog)
        , m_fileName(fileName)
    { }

    bool start(StoreError *error);
    // One record; `loc` says where it is.
    bool add(RecordType type, const Values &v, const Location &loc, StoreError *error);
    bool finish(ExchangeSummary *summary, StoreError *error);

private:
    bool addCatalogFile(const Values &v, const Location &loc);
    bool settleCatalog();
    bool writeCatalogFiles(StoreError *error);
    bool fail(const Location &loc, int column, const QString &reason);
    bool parseId(const Values &v, int c, const Location &loc, qint64 *id, bool required = true);
    bool require(const Values &v, int c, const Location &loc);
    bool addAgent(const Values &v, const Location &loc);
    bool addCustomer(const Values &v, const Location &loc);
    bool startTicket(const Values &v, const Location &loc);
    qint64 agentId(const QString &login) const;
    const Agent *agentById(qint64 id) const;
    bool addEvent(const Values &v, const Location &loc);
    int columnOf(const QString &field) const;
    bool flushTicket();

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

// The readers: each reads a whole file into `run`, record by record, and stops at the first
// problem ("FILE:LINE: field NAME: reason" or "FILE: $.json.path: reason").
bool importCsv(ImportRun &run, QIODevice *in, const QString &fileName, StoreError *error);
bool importJson(ImportRun &run, QIODevice *in, const QString &fileName, StoreError *error);

} // namespace dueline::exchange
