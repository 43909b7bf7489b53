// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bootstrap/opendatabase.h"

#include "app/bootstrap/catalogfiles.h"
#include "app/bootstrap/database.h"
#include "app/bootstrap/identity.h"
#include "models/store/demodata.h"
#include "models/store/roles.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace dueline::bootstrap {

namespace {

// An empty default file (no tickets, no agents) gets demo data, so that the queue has
// something to show. False and *error when the file cannot be read or filled.
bool fillFirstRun(TicketStore &store, const DatabaseUrl &url, const Catalog &catalog,
                  const OpenOptions &options, qint64 *filled, QString *error)
{
    StoreError storeError;
    const bool empty = store.ticketCount(&storeError) == 0 && !storeError &&
                       store.agents(&storeError).isEmpty() && !storeError;
    if (storeError) {
        *error = storeError.message;
        return false;
    }
    if (!empty)
        return true;
    DemoOptions demo;
    demo.tickets = options.demoTickets;
    demo.seed = 1;
    DemoSummary summary;
    if (options.notice) {
        options.notice(
                QCoreApplication::translate("main", "first run: filling %1 with %2 demo tickets")
                        .arg(url.toString())
                        .arg(options.demoTickets));
    }
    if (!DemoData::generate(store.connection(), catalog, store.now(), demo, &summary,
                            &storeError)) {
        *error = storeError.message;
        return false;
    }
    *filled = summary.tickets;
    return true;
}

// Who I am: on a shared server where I log in as my own role, that agent and no other; else the
// login remembered for this database, else the first active agent (the demo data's team lead),
// else a new agent. *decided: whether the database or the person decided (not a guess).
std::optional<Agent> findMe(TicketStore &store, const DatabaseUrl &url, const OpenOptions &options,
                            bool *decided, QString *error)
{
    *decided = false;
    StoreError storeError;
    const auto bound = DatabaseRoles::boundLogin(store.connection(), &storeError);
    if (storeError) {
        *error = storeError.message;
        return std::nullopt;
    }
    if (bound) {
        auto agent = store.agentByLogin(*bound, &storeError);
        if (!agent) {
            *error = storeError ? storeError.message
                                : QCoreApplication::translate(
                                          "main", "%1: login %2 is not a Dueline agent; ask the "
                                                  "administrator to run \"dueline-cli db add-user "
                                                  "%2\"")
                                          .arg(url.toString(), *bound);
        }
        *decided = true;
        return agent;
    }
    std::optional<Agent> agent;
    if (!options.agentLogin.isEmpty()) {
        agent = store.agentByLogin(options.agentLogin, &storeError);
        if (agent && !agent->active)
            agent.reset();
        *decided = agent && options.agentChosen;
    }
    if (!agent) {
        const QVector<Agent> agents = store.agents(&storeError);
        const auto firstActive = std::find_if(agents.cbegin(), agents.cend(),
                                              [](const Agent &a) { return a.active; });
        if (firstActive != agents.cend())
            agent = *firstActive;
    }
    if (!agent) {
        Agent created;
        created.login = options.agentLogin.isEmpty() ? options.newAgentLogin : options.agentLogin;
        created.displayName = created.login;
        created.id = store.addAgent(created, &storeError);
        if (created.id == 0) {
            *error = storeError.message;
            return std::nullopt;
        }
        agent = created;
        *decided = true; // the only agent there is
    }
    return agent;
}

// The team catalog files kept in the database join the catalog; a bad one is reported and
// skipped. The store then works with the whole catalog.
void joinDatabaseCatalog(const ClockSource &clock, OpenedDatabase *opened)
{
    std::unique_ptr<TicketStore> &store = opened->store;
    QString sharedError;
    QStringList skipped;
    int sharedFiles = 0;
    const CatalogPtr combined =
            loadCatalog({}, store->connection(), &sharedError, &skipped, &sharedFiles);
    // On a shared server only the catalog stored in the database counts: a local file that adds
    // a plan is left out, and the person is told which.
    const QString refusal = sharedModeCatalogRefusal({}, store->connection());
    if (!refusal.isEmpty())
        opened->warnings << refusal;
    const bool localFilesLeftOut =
            store->engine() == Engine::PostgreSQL && !teamCatalogFiles({}).isEmpty();
    if (combined && (sharedFiles > 0 || localFilesLeftOut)) {
        StoreError reopenError;
        auto reopened = TicketStore::open(store->url(), combined, clock,
                                          Connection::Mode::OpenExisting, &reopenError);
        if (reopened && reopened->checkSchema(&reopenError)) {
            store = std::move(reopened);
            opened->catalog = combined;
        } else {
            skipped << reopenError.message;
        }
    }
    for (const QString &problem : std::as_const(skipped)) {
        opened->warnings << QCoreApplication::translate(
                                    "main", "A team catalog file in the shared database "
                                            "was not loaded: %1")
                                    .arg(problem);
    }
}

} // namespace

DatabaseSources DatabaseSources::current(const QString &option)
{
    DatabaseSources sources;
    sources.option = option;
    sources.variable = qEnvironmentVariable("DUELINE_DB");
    sources.saved = QSettings().value(QStringLiteral("database/url")).toString();
    sources.defaultUrl = defaultDatabaseUrl();
    return sources;
}

DatabaseChoice chooseDatabase(const DatabaseSources &sources)
{
    DatabaseChoice choice;
    choice.fromCommandLine = !sources.option.isEmpty() || !sources.variable.isEmpty();
    choice.isDefault = !choice.fromCommandLine && sources.saved.isEmpty();
    if (!sources.option.isEmpty())
        choice.text = sources.option;
    else if (!sources.variable.isEmpty())
        choice.text = sources.variable;
    else if (!sources.saved.isEmpty())
        choice.text = sources.saved;
    else
        choice.text = sources.defaultUrl;
    choice.url = DatabaseUrl::parse(choice.text, &choice.error);
    return choice;
}

OpenOptions OpenOptions::current(const DatabaseChoice &choice)
{
    OpenOptions options;
    options.fromCommandLine = choice.fromCommandLine;
    options.isDefault = choice.isDefault;
    if (choice.url) {
        options.agentLogin = rememberedLogin(*choice.url);
        options.agentChosen = hasRememberedLogin(*choice.url);
    }
    options.newAgentLogin = qEnvironmentVariable("USER", QStringLiteral("agent"));
    return options;
}

OpenedDatabase openDatabase(const DatabaseUrl &url, const OpenOptions &options,
                            const CatalogPtr &catalog, const ClockSource &clock, QString *error)
{
    OpenedDatabase opened;
    StoreError storeError;
    auto store = TicketStore::open(url, catalog, clock,
                                   options.fromCommandLine ? Connection::Mode::OpenExisting
                                                           : Connection::Mode::CreateIfMissing,
                                   &storeError);
    if (!store || store->migrate(&storeError) < 0) {
        *error = storeError.message;
        return opened;
    }
    if (options.isDefault &&
        !fillFirstRun(*store, url, *catalog, options, &opened.demoTickets, error))
        return opened;
    const std::optional<Agent> me = findMe(*store, url, options, &opened.meDecided, error);
    if (!me)
        return opened;
    opened.me = *me;
    opened.catalog = catalog;
    opened.store = std::move(store);
    joinDatabaseCatalog(clock, &opened);
    return opened;
}

} // namespace dueline::bootstrap
