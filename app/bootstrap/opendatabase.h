// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/sla/clocksource.h"
#include "models/store/connection.h"
#include "models/store/ticket.h"
#include "models/store/ticketstore.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// The GUI's ticket database at start (docs/architecture.md §4): which one, opening it, the demo
// data of a first run, who I am in it, and the team catalog stored in it. No widget, no dialog,
// no settings write: the caller reads the settings and the environment (DatabaseSources::current,
// OpenOptions::current), asks what must be asked (the keychain, an insecure connection) and then
// calls openDatabase(), on any thread.
namespace dueline::bootstrap {

// How many tickets the demo data of a first run gets.
inline constexpr qint64 FirstRunDemoTickets = 5000;

// Where the database URL comes from.
struct DatabaseSources
{
    QString option; // the --db option
    QString variable; // the DUELINE_DB variable
    QString saved; // the "database/url" setting: the database last chosen in File > Connect
    QString defaultUrl; // defaultDatabaseUrl()

    // This process's: DUELINE_DB, the saved setting (read only) and the default.
    static DatabaseSources current(const QString &option);
};

// The database to open: --db, else DUELINE_DB, else the saved setting, else the default file.
struct DatabaseChoice
{
    QString text; // the URL as given
    std::optional<DatabaseUrl> url; // nullopt when `text` is not a database URL
    QString error; // why not, one line
    bool fromCommandLine = false; // --db or DUELINE_DB: a missing SQLite file is an error
    bool isDefault = false; // the default file: created when missing, demo data when empty
};

DatabaseChoice chooseDatabase(const DatabaseSources &sources);

// How to open the chosen database, and who I am when the database does not say.
struct OpenOptions
{
    bool fromCommandLine = false; // DatabaseChoice::fromCommandLine
    bool isDefault = false; // DatabaseChoice::isDefault
    QString agentLogin; // the login remembered for the database (identity.h)
    bool agentChosen = false; // that login was chosen for this database (not a guess)
    QString newAgentLogin; // the login of the agent made for a database that has none: $USER
    qint64 demoTickets = FirstRunDemoTickets;
    // Called on the calling thread with a line to show before a long step (the demo data).
    std::function<void(const QString &)> notice;

    // The choice's flags, the login remembered for its database (read only) and $USER.
    static OpenOptions current(const DatabaseChoice &choice);
};

struct OpenedDatabase
{
    std::unique_ptr<TicketStore> store; // null when the database could not be opened
    Agent me;
    // Whether the database or the person decided who I am: a shared server's login, or a login
    // chosen for this file that is still an active agent. False: `me` is a guess (the first
    // active agent) and the person should be asked.
    bool meDecided = false;
    CatalogPtr catalog; // the store's: the given catalog, or it with the database's team files
    QStringList warnings; // for the status bar: team catalog files refused or not loaded
    qint64 demoTickets = 0; // how many demo tickets a first run added
};

// Opens `url` (SQLite: created when missing unless it came from the command line), migrates its
// schema, fills an empty default file with demo data, and finds me: on a shared server where I
// log in as my own role, that agent and no other (an error when the role is not an agent); else
// the active agent of options.agentLogin, else the first active agent (the demo data's team
// lead), else a new agent named options.agentLogin or options.newAgentLogin. The team catalog files
// stored in the database then join `catalog` (a bad one is skipped with a warning) and the store is
// opened again with the combined catalog. `catalog` is not null; `clock` outlives the store, which
// belongs to the calling thread. A null store and *error when the database cannot be opened or
// I am nobody in it.
OpenedDatabase openDatabase(const DatabaseUrl &url, const OpenOptions &options,
                            const CatalogPtr &catalog, const ClockSource &clock, QString *error);

} // namespace dueline::bootstrap
