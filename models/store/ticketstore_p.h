#pragma once

// What the pieces of TicketStore share, private to the store: ticketstore.cpp (open, schema,
// agents and customers, reads), ticketactions.cpp (the actions) and queueloader.cpp (the queue).

#include "models/store/ticketclocks.h"

#include <QSqlQuery>

namespace dueline {

// A clock's cached columns from `first` on: state, due, required and remaining seconds.
ClockSnapshot readSnapshot(const QSqlQuery &q, int first, bool overridden);

} // namespace dueline
