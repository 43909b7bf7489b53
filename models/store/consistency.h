// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/connection.h"
#include "models/store/ticket.h"

#include <QVector>

#include <functional>

namespace dueline {

// One difference between what the database holds and what the event log says.
struct ConsistencyMismatch
{
    qint64 ticketId = 0; // 0: not about one ticket
    // The column ("status", "response_due", "row_version", …) or the rule ("seq", "action_id",
    // "history", "events") that does not hold.
    QString field;
    QString stored; // what the row (or the log) holds
    QString derived; // what the event log leads to (or what the rule asks for)
};

struct ConsistencyOptions
{
    qint64 ticketId = 0; // 0: every ticket
    int batchSize = 500; // tickets (with their events) held in memory at a time
    int maxMismatches = 1000; // kept in the report; further ones are only counted
};

struct ConsistencyReport
{
    qint64 tickets = 0; // tickets checked
    qint64 events = 0; // events read
    qint64 mismatchCount = 0; // every mismatch found, also those past maxMismatches
    QVector<ConsistencyMismatch> mismatches; // in ticket order

    bool consistent() const { return mismatchCount == 0; }
};

// Checks that the cached ticket columns are what the event log leads to (docs/architecture.md §4:
// clock state is derived from events; due instants are cached on the row). For every ticket it
// replays the events (TicketHistory) and fills a ticket as the store does after the last event
// (TicketClocks::fillTicket at the last event's time), then compares field by field: status,
// severity, plan, assignee, created/updated/first reply/resolved instants, both clock snapshots
// (phase, due, required and remaining working seconds), next breach, paused, overrides. The log
// itself: events numbered 1..n without gaps, a valid history, no action id twice (within a
// ticket or across tickets), no event without its ticket. The row version: every store action
// appends exactly one event and adds one to the version, and bulk writes (demo data, imports)
// start a ticket at version 1 whatever its history, so 1 <= row_version <= number of events, and
// the last row_version - 1 events were written by actions (they carry action ids).
class ConsistencyCheck
{
public:
    // Reads the tickets in batches of options.batchSize in one read snapshot (memory stays
    // bounded on millions of tickets). Returns false and *error only when the database cannot
    // be read; mismatches go into *report. `progress` gets the tickets checked so far.
    static bool run(Connection &connection, const Catalog &catalog,
                    const ConsistencyOptions &options, ConsistencyReport *report, StoreError *error,
                    const std::function<void(qint64 checked)> &progress = {});

    // Repairs what run() finds in the cached columns: every ticket whose row differs from what
    // its event log leads to gets the derived columns (TicketStore::rewriteCachedColumns), all in
    // one transaction. *changes: each column that was changed (stored → derived); *repaired: how
    // many tickets; *unrepairable: tickets whose log itself is broken (a gap, a damaged history,
    // no events), named with the reason and left as they are. On PostgreSQL only a trusted login
    // (the schema owner or a superuser) may repair: anyone else gets kind Forbidden.
    static bool repair(Connection &connection, const Catalog &catalog,
                       QVector<ConsistencyMismatch> *changes, qint64 *repaired,
                       QStringList *unrepairable, StoreError *error);

    // Compares one ticket row with its events (in seq order); appends what differs.
    static void compare(const Catalog &catalog, const Ticket &stored, const QVector<Event> &events,
                        QVector<ConsistencyMismatch> *mismatches);
};

} // namespace dueline
