// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"
#include "models/store/ticketstore.h"

#include <QByteArray>
#include <QJsonValue>

// What the storage commands (db, demo, import, export, queue, report) share.
namespace dueline::storeoutput {

// Adds --db URL.
void addDatabaseOption(QCommandLineParser &parser);

// --now ISO8601: the instant at which to evaluate the clocks (default: now on the database's
// clock).
void addNowOption(QCommandLineParser &parser);
// The instant of --now, nullopt when not given. False, after one line on stderr, when it is not
// an ISO 8601 instant with an offset (exit with ExitUsage).
bool readNowOption(const QCommandLineParser &parser, CliContext &context, const QString &command,
                   std::optional<dueline::Instant> *now);

// The database URL of --db / DUELINE_DB / the default, parsed, and refused when it would connect
// to a PostgreSQL server on another computer without verifying its certificate (sslmode weaker
// than verify-full) unless --allow-insecure-tls is given. On failure prints one line and sets
// *exitCode (ExitUsage).
std::optional<dueline::DatabaseUrl> databaseUrl(const QCommandLineParser &parser,
                                                CliContext &context, const QString &command,
                                                int *exitCode);

// Opens the store named by --db / DUELINE_DB / the default. With `migrate`, creates the database
// when missing and brings its schema up to date; otherwise the schema must be current. On
// failure prints the error and sets *exitCode.
std::unique_ptr<dueline::TicketStore> openStore(const QCommandLineParser &parser,
                                                CliContext &context, const QString &command,
                                                bool migrate, int *exitCode);

// The time zone of a plan's calendar (UTC when the plan is unknown).
QByteArray planZone(const dueline::Catalog &catalog, const QString &planId);
// An instant in the time zone of a plan's calendar (UTC when the plan is unknown).
QString isoInPlanZone(const dueline::Catalog &catalog, const QString &planId, dueline::Instant t);
QJsonValue isoOrNull(const dueline::Catalog &catalog, const QString &planId, dueline::Instant t);

// `text` as a JSON string, quoted and escaped (for JSON written piece by piece).
QByteArray jsonString(const QString &text);

// Writes exact bytes (JSON) to the command's standard output (the real device when there is
// one), after the text written so far; person-readable text goes through context.out().
bool writeOut(CliContext &context, const QByteArray &bytes);

// A one-line summary of an error kind for exit codes: conflicts and bad input are failures.
int exitCodeFor(const dueline::StoreError &error);

} // namespace dueline::storeoutput
