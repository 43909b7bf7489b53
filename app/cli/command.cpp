// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/command.h"

#include "app/bootstrap/catalogfiles.h"
#include "app/cli/complete.h"
#include "app/cli/textcolumns.h"

#include <QCoreApplication>

namespace dueline {

Command::~Command() = default;

TerminalTextDevice::TerminalTextDevice(QTextStream &target)
    : m_target(target)
{
    open(QIODevice::WriteOnly);
}

qint64 TerminalTextDevice::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalTextDevice::writeData(const char *data, qint64 size)
{
    m_target << textcolumns::escapeControls(m_decoder(QByteArrayView(data, size)));
    m_target.flush();
    return size;
}

CliContext::CliContext(QTextStream &out, QTextStream &err, const dueline::ClockSource &clock)
    : m_out(out)
    , m_err(err)
    , m_outDevice(out)
    , m_errDevice(err)
    , m_textOut(&m_outDevice)
    , m_textErr(&m_errDevice)
    , m_clock(clock)
{ }

CliContext::~CliContext()
{
    flush();
}

QTextStream &CliContext::data()
{
    m_textOut.flush();
    return m_out;
}

void CliContext::flush()
{
    m_textOut.flush();
    m_textErr.flush();
    m_out.flush();
    m_err.flush();
}

dueline::CatalogPtr CliContext::catalog()
{
    if (!m_catalog) {
        QString error;
        m_catalog = loadCatalog(m_extraCatalogFiles, &error);
        if (!m_catalog)
            m_textErr << QStringLiteral("dueline-cli: ") << error << Qt::endl;
    }
    return m_catalog;
}

int CliContext::fail(const QString &command, const QString &message)
{
    m_textErr << QStringLiteral("dueline-cli ") << command << QStringLiteral(": ") << message
              << Qt::endl;
    return ExitFailure;
}

namespace {

QString generalHelp(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text =
            QCoreApplication::translate("cli", "Usage: dueline-cli COMMAND [OPTIONS]") +
            QLatin1Char('\n') +
            QCoreApplication::translate(
                    "cli", "Dueline: SLA deadlines, plans and tickets from the command line.") +
            QStringLiteral("\n\n") + QCoreApplication::translate("cli", "Commands:") +
            QLatin1Char('\n');
    int width = 0;
    for (const auto &c : commands)
        width = std::max(width, int(c->name().size()));
    for (const auto &c : commands)
        text += QStringLiteral("  ") + c->name().leftJustified(width + 2) + c->summary() +
                QLatin1Char('\n');
    text += QLatin1Char('\n') + QCoreApplication::translate("cli", "Options:") + QLatin1Char('\n') +
            QStringLiteral("  -h, --help     ") +
            QCoreApplication::translate("cli",
                                        "Show this help, or a command's help after its name.") +
            QLatin1Char('\n') + QStringLiteral("  -v, --version  ") +
            QCoreApplication::translate("cli", "Show the version.") + QLatin1Char('\n') +
            QStringLiteral("  --allow-insecure-tls\n                 ") +
            QCoreApplication::translate("cli", "Connect to a PostgreSQL server on another computer "
                                               "without verifying its certificate (an sslmode "
                                               "other than verify-full).") +
            QLatin1Char('\n') + QLatin1Char('\n') +
            QCoreApplication::translate(
                    "cli", "Run \"dueline-cli COMMAND --help\" for a command's options.") +
            QLatin1Char('\n');
    return text;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err,
           const dueline::ClockSource &clock)
{
    // Everything below writes through the context: person-readable text is escaped there.
    CliContext context(out, err, clock);
    const auto commands = createCommands();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("-h") || first == QLatin1String("--help") ||
        first == QLatin1String("help")) {
        (first.isEmpty() ? context.err() : context.out()) << generalHelp(commands);
        return first.isEmpty() ? ExitUsage : ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        context.out() << QStringLiteral("dueline-cli ") << QStringLiteral(DUELINE_VERSION)
                      << QLatin1Char('\n')
                      << QCoreApplication::translate("cli", "License: %1")
                                 .arg(QStringLiteral("GPL-3.0-or-later"))
                      << QLatin1Char('\n')
                      << QCoreApplication::translate(
                                 "cli", "This program is free software under the GNU General "
                                        "Public License, version 3 or later.")
                      << Qt::endl;
        return ExitOk;
    }
    if (first == QLatin1String("complete"))
        return runComplete(arguments.mid(2), commands, context);
    Command *command = nullptr;
    for (const auto &c : commands) {
        if (c->name() == first)
            command = c.get();
    }
    if (!command) {
        context.err() << QCoreApplication::translate(
                                 "cli",
                                 "dueline-cli: unknown command \"%1\" (see dueline-cli --help)")
                                 .arg(first)
                      << Qt::endl;
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    const QCommandLineOption catalogOption(
            QStringLiteral("catalog"),
            QCoreApplication::translate("cli", "An extra catalog or holiday file (repeatable)."),
            QStringLiteral("FILE"));
    const QCommandLineOption insecureTlsOption(
            QStringLiteral("allow-insecure-tls"),
            QCoreApplication::translate("cli", "Connect to a PostgreSQL server on another computer "
                                               "without verifying its certificate (an sslmode "
                                               "other than verify-full)."));
    parser.addOption(help);
    parser.addOption(catalogOption);
    parser.addOption(insecureTlsOption);
    command->setup(parser);
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("dueline-cli ") + command->name());
    if (!parser.parse(rest)) {
        context.err() << QStringLiteral("dueline-cli ") << command->name() << QStringLiteral(": ")
                      << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt's first line names the executable's path; name the command instead.
        const QString text = parser.helpText();
        context.out() << QCoreApplication::translate("cli", "Usage: dueline-cli %1 [options]")
                                 .arg(command->name())
                      << QLatin1Char('\n') << text.section(QLatin1Char('\n'), 1);
        return ExitOk;
    }
    context.setExtraCatalogFiles(parser.values(catalogOption));
    context.setAllowInsecureTls(parser.isSet(insecureTlsOption));
    const int code = command->run(parser, context);
    context.flush();
    return code;
}

} // namespace dueline
