// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"
#include "app/cli/storeoutput.h"
#include "models/store/exchange.h"

#include <QCoreApplication>
#include <QFile>

namespace dueline {

namespace {

// dueline-cli import [--db URL] FILE.csv|FILE.json
class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "Import agents, customers and tickets from a CSV or JSON file (all or "
                       "nothing).");
    }
    void setup(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(
                QStringLiteral("file"),
                QCoreApplication::translate(
                        "cli", "FILE.csv or FILE.json (see the README for the columns)."));
        storeoutput::addDatabaseOption(parser);
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            context.fail(name(),
                         QCoreApplication::translate("cli", "expected one FILE.csv or FILE.json"));
            return ExitUsage;
        }
        const QString &path = args.first();
        if (!exchangeFormatForFile(path)) {
            context.fail(name(),
                         QCoreApplication::translate("cli", "%1: expected a .csv or .json file")
                                 .arg(path));
            return ExitUsage;
        }
        // Before the database is opened (and maybe created): a missing file changes nothing.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(name(), QCoreApplication::translate("cli", "cannot read %1: %2")
                                                .arg(path, file.errorString()));
        file.close();
        int code = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), true, &code);
        if (!store)
            return code;
        ExchangeSummary summary;
        StoreError error;
        if (!Exchange::importFile(store->connection(), store->catalog(), path, &summary, &error))
            return context.fail(name(), error.message);
        context.out() << QCoreApplication::translate(
                                 "cli", "%1: imported %2 tickets, %3 events, %4 customers, %5 "
                                        "agents into %6")
                                 .arg(path)
                                 .arg(summary.tickets)
                                 .arg(summary.events)
                                 .arg(summary.customers)
                                 .arg(summary.agents)
                                 .arg(store->url().toString())
                      << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace dueline
