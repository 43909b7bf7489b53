// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/connection.h"

#include <QByteArray>

// The catalog a shared PostgreSQL server checks every event against (schema 4: tables
// catalog_plans, catalog_severities, catalog_channels, catalog_stages): which plans exist, the
// severities each offers and whether they commit to a response and a resolution time, each
// plan's channels, and each provider's service stages. Schema 5 adds what the server computes
// clocks with: each target's amount, unit and calendar (catalog_targets), each plan's pausing
// statuses (catalog_pausing), and every calendar as the engine compiles it: its working spans
// and working days for the years the engine supports (catalog_calendars, calendar_spans,
// calendar_days), written in batches of PublishBatch rows and skipped when unchanged. The built-in
// part is written by the schema owner ("dueline-cli db migrate"), the team part by a lead whenever
// the team catalog in the database changes; both through the server's function
// dueline_publish_catalog, which refuses anyone else. Nothing to do on SQLite (one user trusts the
// C++ engine).
namespace dueline::ServerCatalog {

// Rows per call when a calendar's spans and days are written.
constexpr int PublishBatch = 5000;

// The JSON the server function takes, for the plans, providers and calendars `builtIn` selects.
QByteArray summary(const Catalog &catalog, bool builtIn);

// A digest of a compiled calendar's spans and days: the server keeps a calendar whose digest
// did not change.
QByteArray fingerprint(const WorkCalendar &calendar);

// Writes one compiled calendar as part of the built-in (the owner) or the team catalog (a lead;
// never over a built-in calendar). Nothing when the stored copy has the same fingerprint. True
// on SQLite.
bool publishCalendar(Connection &connection, const WorkCalendar &calendar, bool builtIn,
                     StoreError *error);

// Writes the built-in part (a trusted login: the owner or a superuser). True on SQLite.
bool publishBuiltIn(Connection &connection, const Catalog &builtIn, StoreError *error);
// Writes the team part: the plans and stages of `combined` that are not built in (a lead).
bool publishTeam(Connection &connection, const Catalog &combined, StoreError *error);

// Both parts from the built-in catalog and the team catalog files in the database (files that
// do not load with the others are left out, as clients leave them out). For the schema owner:
// after a schema update and on "dueline-cli db migrate" and "db repair".
bool publishAll(Connection &connection, StoreError *error);

// Schema 6: a catalog change queues the tickets whose clocks it affects; the server recomputes
// them from their logs when asked, in batches of RecomputeBatch, each its own transaction (call
// outside a transaction, after the change is committed). Runs until the queue is empty or
// `budgetMs` (negative: no limit) has passed; *recomputed counts the tickets taken. True on
// SQLite and on a server whose queue is empty.
constexpr int RecomputeBatch = 500;
bool recomputePending(Connection &connection, int budgetMs, qint64 *recomputed, StoreError *error);
// How many tickets wait for recomputation (0 on SQLite).
qint64 recomputeBacklog(Connection &connection, StoreError *error);

} // namespace dueline::ServerCatalog
