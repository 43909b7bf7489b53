// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"
#include "app/cli/slaoutput.h"
#include "app/cli/storeoutput.h"
#include "models/store/demodata.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace dueline {

namespace {

// dueline-cli demo [--db URL] --tickets N [--seed S] [--open PERCENT] [--now ISO8601]
class DemoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "Fill an empty database with demo customers, agents and tickets.");
    }
    void setup(QCommandLineParser &parser) override
    {
        storeoutput::addDatabaseOption(parser);
        parser.addOption({QStringLiteral("tickets"),
                          QCoreApplication::translate("cli", "How many tickets."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("seed"),
                          QCoreApplication::translate(
                                  "cli", "Random seed: the same seed and time give the same "
                                         "data (default 1)."),
                          QStringLiteral("S"), QStringLiteral("1")});
        parser.addOption({QStringLiteral("open"),
                          QCoreApplication::translate(
                                  "cli", "Percentage of tickets still open (default 15)."),
                          QStringLiteral("PERCENT"), QStringLiteral("15")});
        parser.addOption({QStringLiteral("now"),
                          QCoreApplication::translate(
                                  "cli", "Place the tickets relative to this instant, ISO 8601 "
                                         "with an offset (default: now on the database's "
                                         "clock)."),
                          QStringLiteral("ISO8601")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        if (!parser.isSet(QStringLiteral("tickets"))) {
            context.fail(name(), QCoreApplication::translate("cli", "--tickets is required"));
            return ExitUsage;
        }
        bool ok = false;
        DemoOptions options;
        options.tickets = parser.value(QStringLiteral("tickets")).toLongLong(&ok);
        if (!ok || options.tickets < 0 || options.tickets > 100000000) {
            context.fail(name(), QCoreApplication::translate(
                                         "cli", "--tickets: expected a number from 0 to "
                                                "100000000"));
            return ExitUsage;
        }
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            context.fail(name(), QCoreApplication::translate(
                                         "cli", "--seed: expected a non-negative number"));
            return ExitUsage;
        }
        options.openPercent = parser.value(QStringLiteral("open")).toInt(&ok);
        if (!ok || options.openPercent < 0 || options.openPercent > 100) {
            context.fail(name(), QCoreApplication::translate(
                                         "cli", "--open: expected a percentage from 0 to 100"));
            return ExitUsage;
        }
        std::optional<Instant> nowOption;
        if (!storeoutput::readNowOption(parser, context, name(), &nowOption))
            return ExitUsage;
        int code = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), true, &code);
        if (!store)
            return code;
        QElapsedTimer timer;
        timer.start();
        DemoSummary summary;
        StoreError error;
        if (!DemoData::generate(store->connection(), store->catalog(),
                                nowOption ? *nowOption : store->now(), options, &summary, &error))
            return context.fail(name(), error.message);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        context.out() << QCoreApplication::translate(
                                 "cli", "%1: %2 tickets (%3 open), %4 events, %5 customers, %6 "
                                        "agents in %7 s (%8 tickets/s)")
                                 .arg(store->url().toString())
                                 .arg(summary.tickets)
                                 .arg(summary.openTickets)
                                 .arg(summary.events)
                                 .arg(summary.customers)
                                 .arg(summary.agents)
                                 .arg(seconds, 0, 'f', 2)
                                 .arg(qRound64(double(summary.tickets) / std::max(seconds, 1e-9)))
                      << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace dueline
