// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"
#include "models/store/ticketstore.h"

#include <optional>

// Who dueline-cli acts as on a database (docs/architecture.md §5). On a shared PostgreSQL server
// where the login is bound to an agent, the login decides: that agent, and --as naming another
// login is refused. Elsewhere (a SQLite file, the schema owner's or a superuser's connection):
// --as LOGIN, else the person remembered for the database (bootstrap::rememberedLogin, which the
// GUI uses too), else nobody yet. Whoever it is must be an active agent of the database.
namespace dueline::cliidentity {

enum class Source {
    Nobody, // nobody chosen for this database yet
    Remembered, // bootstrap::rememberedLogin (dueline-cli agent use, or the GUI)
    AsOption, // --as LOGIN
    ServerLogin, // the PostgreSQL login, bound to its agent
};
QString sourceKey(Source source); // "none", "remembered", "as", "server_login"
// Why the CLI acts as that person, one phrase ("remembered for this database", …).
QString sourceText(Source source);

struct Identity
{
    Source source = Source::Nobody;
    QString login; // the login that decided; empty for Nobody
    std::optional<dueline::Agent> agent; // the active agent of `login`
    // Why `login` cannot act here (no such agent, deactivated, --as refused), one line naming
    // the login; empty when `agent` is set or nobody was chosen.
    QString problem;
};

// "agent" or "team lead", translated.
QString roleText(dueline::Agent::Role role);

// Adds --as LOGIN.
void addAsOption(QCommandLineParser &parser);

// Who the CLI acts as on `store`'s database. False and *error (not null) only when the database
// cannot be read; a login that cannot act is Identity::problem.
bool resolve(const QCommandLineParser &parser, dueline::TicketStore &store, Identity *identity,
             dueline::StoreError *error);

// What to tell a person who must choose someone first.
QString nobodyChosenText();

// The agent whose login is `login`, or a one-line error naming the login in *problem (no such
// agent). False and *error when the database cannot be read.
std::optional<dueline::Agent> agentByLogin(dueline::TicketStore &store, const QString &login,
                                           QString *problem, dueline::StoreError *error);

} // namespace dueline::cliidentity
