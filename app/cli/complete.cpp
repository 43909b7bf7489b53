// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/complete.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace dueline {

QStringList optionsInHelp(const QString &helpText)
{
    // An option line: indented, starting with a dash, the description after two spaces or on
    // the next line ("  -h, --help   Show this help.", "  --plan <ID>   The plan …").
    static const QRegularExpression line(QStringLiteral("^\\s+(-\\S.*?)(?:\\s{2,}|$)"));
    static const QRegularExpression name(QStringLiteral("(?:^|[ ,])(--?[A-Za-z0-9][A-Za-z0-9-]*)"));
    QStringList options;
    for (const QString &text : helpText.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        auto names = name.globalMatch(match.captured(1));
        while (names.hasNext()) {
            const QString option = names.next().captured(1);
            if (!options.contains(option))
                options.append(option);
        }
    }
    return options;
}

int runComplete(const QStringList &arguments, const std::vector<std::unique_ptr<Command>> &commands,
                CliContext &context)
{
    const QString what = arguments.value(0);
    QStringList words;
    if (what == QLatin1String("commands") && arguments.size() == 1) {
        for (const auto &command : commands)
            words.append(command->name());
    } else if (what == QLatin1String("options") && arguments.size() == 2) {
        const auto found = std::find_if(commands.begin(), commands.end(), [&](const auto &c) {
            return c->name() == arguments.at(1);
        });
        if (found == commands.end())
            return ExitFailure;
        // The options exactly as the command's --help shows them.
        QString help;
        QTextStream stream(&help);
        runCli({QStringLiteral("dueline-cli"), arguments.at(1), QStringLiteral("--help")}, stream,
               stream, context.clock());
        stream.flush();
        words = optionsInHelp(help.section(QLatin1Char('\n'), 1));
    } else if (what == QLatin1String("plans") && arguments.size() == 1) {
        const CatalogPtr catalog = context.catalog();
        if (!catalog)
            return ExitFailure;
        for (const Plan &plan : catalog->plans())
            words << plan.id << plan.aliases;
    } else if (what == QLatin1String("severities") && arguments.size() <= 2) {
        const CatalogPtr catalog = context.catalog();
        if (!catalog)
            return ExitFailure;
        if (arguments.size() == 2) {
            const Plan *plan = catalog->plan(arguments.at(1));
            if (!plan)
                return ExitFailure;
            words = plan->severities;
        } else {
            for (const Plan &plan : catalog->plans()) {
                for (const QString &code : plan.severities) {
                    if (!words.contains(code))
                        words.append(code);
                }
            }
        }
    } else {
        context.err() << QCoreApplication::translate(
                                 "cli", "dueline-cli complete: expected commands, options "
                                        "COMMAND, plans or severities [PLAN]")
                      << Qt::endl;
        return ExitUsage;
    }
    for (const QString &word : words)
        context.out() << word << QLatin1Char('\n');
    return ExitOk;
}

} // namespace dueline
