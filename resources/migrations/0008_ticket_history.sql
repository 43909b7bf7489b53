-- Dueline schema 8: resolved and closed tickets, most recently changed first (the Resolved and
-- Closed views, TicketStore::findTickets), without sorting every finished ticket of the file.
CREATE INDEX tickets_finished ON tickets (status, updated_at, id)
    WHERE status IN ('resolved', 'closed');
