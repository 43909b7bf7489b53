// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/connection.h"
#include "models/store/ticketclocks.h"

#include <memory>

namespace dueline {

// Writes whole agents, customers and tickets with their histories, fast: prepared statements
// inside the caller's transaction (docs/architecture.md §6: one transaction per batch). Used by the
// importer and the demo generator; ids are given by the caller. The cached ticket columns are
// derived from the events (TicketClocks), as of the ticket's last event. On SQLite the rows go
// through SQLite's own prepared statements (QSqlQuery's binding costs more than the insert itself:
// docs/architecture.md §6 asks for 1 M demo tickets in 60 s).
class BulkWriter
{
public:
    BulkWriter(Connection &connection, const Catalog &catalog);
    ~BulkWriter();

    // Prepares the statements (call inside the transaction).
    bool prepare(StoreError *error);
    bool addAgent(const Agent &agent, StoreError *error);
    bool addCustomer(const Customer &customer, StoreError *error);
    // `history` is the replay of record.events (already checked by the caller).
    bool addTicket(const TicketRecord &record, const TicketHistory &history, StoreError *error);
    // After the last row (still inside the transaction): on PostgreSQL moves the id sequences
    // past the ids written and sends one NOTIFY "*" (reload everything).
    bool finish(StoreError *error);

    qint64 ticketsWritten() const { return m_tickets; }
    qint64 eventsWritten() const { return m_events; }

private:
    bool fail(QSqlQuery &query, StoreError *error);
    struct Native;
    bool failNative(StoreError *error);
    bool addTicketNative(const TicketRecord &record, const Ticket &ticket, StoreError *error);

    Connection &m_connection;
    const Catalog &m_catalog;
    QSqlQuery m_agent;
    QSqlQuery m_customer;
    QSqlQuery m_ticket;
    QSqlQuery m_event;
    std::unique_ptr<Native> m_native; // SQLite: the statements on the driver's handle
    qint64 m_changeSeq = 0;
    qint64 m_tickets = 0;
    qint64 m_events = 0;
};

} // namespace dueline
