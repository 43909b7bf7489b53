// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <memory>

namespace testsupport {

// The dashboard's hand-built dataset on a temporary SQLite file: three agents, three customers
// and ten tickets written through TicketStore actions with a fake clock, which is left at now =
// Mon 2026-12-28 07:00 UTC. tests/item/tst_dashboardmodel.cpp describes every ticket and
// computes every figure by hand; tests/app/tst_reportcli.cpp checks `dueline-cli report` on it.
struct DashboardDataset
{
    // Builds the dataset; false and *error when the database cannot be made. A refused action
    // is a fatal error (the dataset is fixed).
    bool build(QString *error);
    // A new action by `actor` (default: the lead) on `ticket`.
    dueline::Action action(qint64 ticket, qint64 actor = 0) const;
    // The period the figures cover: tickets created 2026-12-21 00:00 – 2026-12-28 00:00 UTC.
    static dueline::Instant periodFrom();
    static dueline::Instant periodTo();
    static dueline::Instant now();

    FakeClock clock;
    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<dueline::TicketStore> store;
    dueline::CatalogPtr catalog;
    qint64 lead = 0;
    qint64 alice = 0;
    qint64 bob = 0;
    qint64 ticket7 = 0; // vkcs/standard medium, at risk at now (due 07:10)
};

} // namespace testsupport
