// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/connection.h"

#include <functional>

namespace dueline {

struct DemoOptions
{
    qint64 tickets = 1000;
    quint64 seed = 1;
    int openPercent = 15; // share of tickets still open at `now`
    int historyDays = 90; // how far back closed tickets go
};

struct DemoSummary
{
    qint64 agents = 0;
    qint64 customers = 0;
    qint64 tickets = 0;
    qint64 events = 0;
    qint64 openTickets = 0;
};

// Demo data for an empty database: a lead and agents, customers on all twelve plans with
// plausible Russian, Chinese and English names and companies, and tickets with realistic
// subjects per provider in the customer's language and histories (replies, waits on the
// customer, notes, severity changes, resolutions, reopenings, closings, a few due overrides).
// Open tickets are spread relative to `now` so that most are fine, some at risk and some
// breached. Deterministic for a given seed and now. Writes in one transaction with prepared
// statements (docs/architecture.md §6).
class DemoData
{
public:
    static bool generate(Connection &connection, const Catalog &catalog, qint64 now,
                         const DemoOptions &options, DemoSummary *summary, StoreError *error,
                         const std::function<void(qint64 done)> &progress = {});
};

} // namespace dueline
