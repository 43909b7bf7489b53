// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliidentity.h"
#include "app/cli/commands.h"
#include "app/cli/storeoutput.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dueline {

namespace {

// dueline-cli whoami [--db URL] [--as LOGIN] [--json]
class WhoamiCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("whoami"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "Who dueline-cli acts as on the database, and why: remembered, --as or "
                       "the server login.");
    }
    void setup(QCommandLineParser &parser) override
    {
        storeoutput::addDatabaseOption(parser);
        cliidentity::addAsOption(parser);
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("cli", "Print one JSON object.")});
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        int code = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), false, &code);
        if (!store)
            return code;
        cliidentity::Identity me;
        StoreError error;
        if (!cliidentity::resolve(parser, *store, &me, &error))
            return context.fail(name(), error.message);
        if (!me.problem.isEmpty())
            return context.fail(name(), me.problem);
        const QString database = store->url().toString();
        if (parser.isSet(QStringLiteral("json"))) {
            const auto orNull = [&](const QString &text) {
                return me.agent ? QJsonValue(text) : QJsonValue(QJsonValue::Null);
            };
            const Agent agent = me.agent.value_or(Agent());
            storeoutput::writeOut(
                    context,
                    QJsonDocument(
                            QJsonObject{
                                    {QStringLiteral("database"), database},
                                    {QStringLiteral("source"), cliidentity::sourceKey(me.source)},
                                    {QStringLiteral("login"), orNull(agent.login)},
                                    {QStringLiteral("name"), orNull(agent.displayName)},
                                    {QStringLiteral("role"), orNull(agentRoleKey(agent.role))}})
                                    .toJson(QJsonDocument::Compact) +
                            '\n');
            return ExitOk;
        }
        if (!me.agent) {
            context.out() << database << QStringLiteral(": ") << cliidentity::nobodyChosenText()
                          << Qt::endl;
            return ExitOk;
        }
        context.out() << QCoreApplication::translate("cli", "%1 (%2, %3) on %4: %5")
                                 .arg(me.agent->login, me.agent->displayName,
                                      cliidentity::roleText(me.agent->role), database,
                                      cliidentity::sourceText(me.source))
                      << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeWhoamiCommand()
{
    return std::make_unique<WhoamiCommand>();
}

} // namespace dueline
