// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliidentity.h"

#include "app/bootstrap/identity.h"
#include "models/store/roles.h"

#include <QCoreApplication>

namespace dueline::cliidentity {

namespace {

const QString AsOption = QStringLiteral("as");

// Why `agent` (of `login`, found or not) cannot act when `source` chose them; empty when they can.
QString problemOf(Source source, const QString &login, const std::optional<Agent> &agent)
{
    if (agent && agent->active)
        return {};
    switch (source) {
    case Source::Nobody:
        return {};
    case Source::AsOption:
        return agent ? QCoreApplication::translate("cli", "--as %1: %2 is deactivated")
                               .arg(login, agent->displayName)
                     : QCoreApplication::translate("cli", "--as %1: there is no agent with this "
                                                          "login (see dueline-cli agent list)")
                               .arg(login);
    case Source::Remembered:
        return agent ? QCoreApplication::translate(
                               "cli", "%1 (%2), remembered for this database, is deactivated; "
                                      "choose someone else with \"dueline-cli agent use LOGIN\"")
                               .arg(login, agent->displayName)
                     : QCoreApplication::translate(
                               "cli", "%1, remembered for this database, is no agent of it; "
                                      "choose someone with \"dueline-cli agent use LOGIN\"")
                               .arg(login);
    case Source::ServerLogin:
        return agent ? QCoreApplication::translate(
                               "cli", "the server login %1 (%2) is deactivated in this database")
                               .arg(login, agent->displayName)
                     : QCoreApplication::translate(
                               "cli", "the server login %1 is no agent of this database")
                               .arg(login);
    }
    return {};
}

} // namespace

QString sourceKey(Source source)
{
    switch (source) {
    case Source::Nobody:
        return QStringLiteral("none");
    case Source::Remembered:
        return QStringLiteral("remembered");
    case Source::AsOption:
        return QStringLiteral("as");
    case Source::ServerLogin:
        return QStringLiteral("server_login");
    }
    return {};
}

QString sourceText(Source source)
{
    switch (source) {
    case Source::Nobody:
        return QCoreApplication::translate("cli", "nobody chosen for this database yet");
    case Source::Remembered:
        return QCoreApplication::translate("cli", "remembered for this database");
    case Source::AsOption:
        return QCoreApplication::translate("cli", "given with --as");
    case Source::ServerLogin:
        return QCoreApplication::translate("cli", "the server login decides");
    }
    return {};
}

QString roleText(Agent::Role role)
{
    return role == Agent::Role::Lead ? QCoreApplication::translate("cli", "team lead")
                                     : QCoreApplication::translate("cli", "agent", "a role");
}

void addAsOption(QCommandLineParser &parser)
{
    parser.addOption({AsOption,
                      QCoreApplication::translate(
                              "cli", "Act as this agent instead of the person remembered for the "
                                     "database (on a shared server, the login decides)."),
                      QStringLiteral("LOGIN")});
}

bool resolve(const QCommandLineParser &parser, TicketStore &store, Identity *identity,
             StoreError *error)
{
    *identity = Identity();
    const QString asLogin = parser.value(AsOption);
    const auto bound = DatabaseRoles::boundLogin(store.connection(), error);
    if (*error)
        return false;
    if (bound) {
        identity->source = Source::ServerLogin;
        identity->login = *bound;
        if (parser.isSet(AsOption) && asLogin != *bound) {
            identity->problem = QCoreApplication::translate(
                                        "cli", "--as %1: you are logged in to this server as %2, "
                                               "and the login decides who you are")
                                        .arg(asLogin, *bound);
            return true;
        }
    } else if (parser.isSet(AsOption)) {
        identity->source = Source::AsOption;
        identity->login = asLogin;
    } else {
        identity->login = bootstrap::rememberedLogin(store.url());
        identity->source = identity->login.isEmpty() ? Source::Nobody : Source::Remembered;
    }
    if (identity->source == Source::Nobody)
        return true;
    const auto agent = store.agentByLogin(identity->login, error);
    if (*error)
        return false;
    identity->problem = problemOf(identity->source, identity->login, agent);
    if (identity->problem.isEmpty())
        identity->agent = agent;
    return true;
}

QString nobodyChosenText()
{
    return QCoreApplication::translate("cli", "nobody is chosen for this database yet: run "
                                              "\"dueline-cli agent use LOGIN\" or pass --as LOGIN");
}

std::optional<Agent> agentByLogin(TicketStore &store, const QString &login, QString *problem,
                                  StoreError *error)
{
    auto agent = store.agentByLogin(login, error);
    if (!agent && !*error)
        *problem =
                QCoreApplication::translate(
                        "cli", "there is no agent with the login %1 (see dueline-cli agent list)")
                        .arg(login);
    return agent;
}

} // namespace dueline::cliidentity
