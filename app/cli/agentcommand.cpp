// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bootstrap/identity.h"
#include "app/cli/cliidentity.h"
#include "app/cli/commands.h"
#include "app/cli/storeoutput.h"
#include "app/cli/textcolumns.h"
#include "models/store/roles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dueline {

namespace {

// dueline-cli agent list|add|rename|deactivate|activate|use … [--db URL]
class AgentCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("agent"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "The agents of the database: list them, add one, rename, deactivate or "
                       "activate one, or choose who you are on this database (\"agent use\").");
    }
    void setup(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(
                QStringLiteral("action"),
                QCoreApplication::translate("cli",
                                            "list, add LOGIN, rename LOGIN NAME, deactivate LOGIN, "
                                            "activate LOGIN or use LOGIN."));
        parser.addOption({QStringLiteral("name"),
                          QCoreApplication::translate("cli", "With add: the name people see."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("role"),
                          QCoreApplication::translate("cli", "With add: agent (default) or lead."),
                          QStringLiteral("ROLE")});
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("cli", "With list: print one JSON object.")});
        storeoutput::addDatabaseOption(parser);
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        const int wanted = action == QLatin1String("list")     ? 1
                           : action == QLatin1String("rename") ? 3
                                                               : 2;
        const QStringList actions{QStringLiteral("list"),     QStringLiteral("add"),
                                  QStringLiteral("rename"),   QStringLiteral("deactivate"),
                                  QStringLiteral("activate"), QStringLiteral("use")};
        if (!actions.contains(action) || args.size() != wanted) {
            context.fail(name(), QCoreApplication::translate(
                                         "cli", "expected \"agent list\", \"agent add LOGIN\", "
                                                "\"agent rename LOGIN NAME\", \"agent deactivate "
                                                "LOGIN\", \"agent activate LOGIN\" or \"agent use "
                                                "LOGIN\""));
            return ExitUsage;
        }
        const QString role = parser.value(QStringLiteral("role"));
        if (action == QLatin1String("add") && parser.isSet(QStringLiteral("role")) &&
            role != QLatin1String("agent") && role != QLatin1String("lead")) {
            context.fail(name(), QCoreApplication::translate("cli", "--role: expected agent or "
                                                                    "lead, not \"%1\"")
                                         .arg(role));
            return ExitUsage;
        }
        int code = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), false, &code);
        if (!store)
            return code;
        if (action == QLatin1String("list"))
            return list(*store, parser.isSet(QStringLiteral("json")), context);
        if (action == QLatin1String("add"))
            return add(*store, args.at(1), parser.value(QStringLiteral("name")),
                       role == QLatin1String("lead") ? Agent::Role::Lead : Agent::Role::Agent,
                       context);
        StoreError error;
        QString problem;
        auto agent = cliidentity::agentByLogin(*store, args.at(1), &problem, &error);
        if (!agent)
            return context.fail(name(), error ? error.message : problem);
        if (action == QLatin1String("use"))
            return use(*store, *agent, context);
        if (action == QLatin1String("rename")) {
            agent->displayName = args.at(2);
            return update(*store, *agent,
                          QCoreApplication::translate("cli", "%1 is now called %2")
                                  .arg(agent->login, agent->displayName),
                          context);
        }
        const bool activate = action == QLatin1String("activate");
        if (agent->active == activate) {
            context.out() << (activate ? QCoreApplication::translate("cli",
                                                                     "%1 (%2) is already active")
                                       : QCoreApplication::translate(
                                                 "cli", "%1 (%2) is already deactivated"))
                                     .arg(agent->login, agent->displayName)
                          << Qt::endl;
            return ExitOk;
        }
        agent->active = activate;
        return update(*store, *agent,
                      (activate ? QCoreApplication::translate("cli", "%1 (%2) is active again")
                                : QCoreApplication::translate(
                                          "cli", "%1 (%2) is deactivated: no tickets are assigned "
                                                 "to them and they cannot act; their name stays "
                                                 "in the history"))
                              .arg(agent->login, agent->displayName),
                      context);
    }

private:
    int list(TicketStore &store, bool json, CliContext &context)
    {
        StoreError error;
        const QVector<Agent> agents = store.agents(&error);
        if (error)
            return context.fail(name(), error.message);
        if (json) {
            QJsonArray list;
            for (const Agent &a : agents)
                list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                        {QStringLiteral("login"), a.login},
                                        {QStringLiteral("name"), a.displayName},
                                        {QStringLiteral("role"), agentRoleKey(a.role)},
                                        {QStringLiteral("active"), a.active}});
            storeoutput::writeOut(context,
                                  QJsonDocument(QJsonObject{{QStringLiteral("agents"), list}})
                                                  .toJson(QJsonDocument::Compact) +
                                          '\n');
            return ExitOk;
        }
        const QString headers[] = {QCoreApplication::translate("cli", "LOGIN"),
                                   QCoreApplication::translate("cli", "NAME"),
                                   QCoreApplication::translate("cli", "ROLE"),
                                   QCoreApplication::translate("cli", "STATUS")};
        QVector<std::array<QString, 4>> rows{{headers[0], headers[1], headers[2], headers[3]}};
        for (const Agent &a : agents)
            rows.append({a.login, a.displayName, cliidentity::roleText(a.role),
                         a.active ? QCoreApplication::translate("cli", "active")
                                  : QCoreApplication::translate("cli", "deactivated")});
        std::array<int, 4> widths{};
        for (const auto &row : std::as_const(rows))
            for (int c = 0; c < 4; ++c)
                widths[c] = std::max(widths[c], textcolumns::width(row[c]));
        for (const auto &row : std::as_const(rows))
            context.out() << textcolumns::padRight(row[0], widths[0] + 2)
                          << textcolumns::padRight(row[1], widths[1] + 2)
                          << textcolumns::padRight(row[2], widths[2] + 2) << row[3] << Qt::endl;
        return ExitOk;
    }

    int add(TicketStore &store, const QString &login, const QString &displayName, Agent::Role role,
            CliContext &context)
    {
        // A shared server's people log in as their own roles: db add-user makes the login too.
        if (DatabaseRoles::isShared(store.connection()))
            return context.fail(name(), QCoreApplication::translate(
                                                "cli", "on a shared server, add people with "
                                                       "\"dueline-cli db add-user LOGIN --role "
                                                       "agent|lead\" (it makes their login too)"));
        StoreError error;
        if (store.agentByLogin(login, &error))
            return context.fail(name(),
                                QCoreApplication::translate(
                                        "cli", "there is an agent with the login %1 already")
                                        .arg(login));
        Agent agent;
        agent.login = login;
        agent.displayName = displayName;
        agent.role = role;
        if (error || store.addAgent(agent, &error) == 0)
            return context.fail(name(), error.message);
        context.out() << (role == Agent::Role::Lead
                                  ? QCoreApplication::translate("cli",
                                                                "%1: added %2 as a team lead")
                                  : QCoreApplication::translate("cli", "%1: added %2 as an agent"))
                                 .arg(store.url().toString(), login)
                      << Qt::endl;
        return ExitOk;
    }

    int update(TicketStore &store, const Agent &agent, const QString &done, CliContext &context)
    {
        StoreError error;
        if (!store.updateAgent(agent, &error))
            return context.fail(name(), error.message);
        context.out() << done << Qt::endl;
        return ExitOk;
    }

    // Remembers `agent` as who I am on this database, for dueline-cli and the GUI.
    int use(TicketStore &store, const Agent &agent, CliContext &context)
    {
        StoreError error;
        const auto bound = DatabaseRoles::boundLogin(store.connection(), &error);
        if (error)
            return context.fail(name(), error.message);
        if (bound && *bound != agent.login)
            return context.fail(name(), QCoreApplication::translate(
                                                "cli", "you are logged in to this server as %1, "
                                                       "and the login decides who you are")
                                                .arg(*bound));
        if (!agent.active)
            return context.fail(name(), QCoreApplication::translate(
                                                "cli", "%1 (%2) is deactivated and cannot act")
                                                .arg(agent.login, agent.displayName));
        bootstrap::rememberLogin(store.url(), agent.login);
        context.out() << QCoreApplication::translate(
                                 "cli", "You are %1 (%2) on %3, in dueline-cli and in Dueline")
                                 .arg(agent.login, agent.displayName, store.url().toString())
                      << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAgentCommand()
{
    return std::make_unique<AgentCommand>();
}

} // namespace dueline
