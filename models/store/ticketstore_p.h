// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the pieces of TicketStore share, private to the store: ticketstore.cpp (open, schema,
// agents and customers, reads), ticketactions.cpp (the actions) and queueloader.cpp (the queue).

#include "models/store/ticketclocks.h"

#include <QSqlQuery>

namespace dueline {

// A clock's cached columns from `first` on: state, due, required and remaining seconds.
ClockSnapshot readSnapshot(const QSqlQuery &q, int first, bool overridden);

// The columns of a queue row ("SELECT <QueueRowColumns> FROM tickets …"), and the row read from a
// query positioned on them (queueloader.cpp, ticketsearch.cpp).
#define DUELINE_QUEUE_ROW_COLUMNS \
    "id, customer_id, assignee_id, plan_id, severity, status, subject, created_at, updated_at, " \
    "next_breach, response_state, response_due, response_required, response_remaining, " \
    "resolution_state, resolution_due, resolution_required, resolution_remaining, paused, " \
    "overrides"
struct QueueRow;
QueueRow readQueueRow(const QSqlQuery &q);

} // namespace dueline
