// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"
#include "app/cli/storeoutput.h"
#include "models/store/exchange.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSaveFile>

namespace dueline {

namespace {

// dueline-cli export [--db URL] --format csv|json [--out FILE]
class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "Export agents, customers and tickets with their events as CSV or JSON.");
    }
    void setup(QCommandLineParser &parser) override
    {
        storeoutput::addDatabaseOption(parser);
        parser.addOption({QStringLiteral("format"),
                          QCoreApplication::translate("cli", "csv or json."),
                          QStringLiteral("FORMAT")});
        parser.addOption({QStringLiteral("out"),
                          QCoreApplication::translate(
                                  "cli", "Write to FILE instead of the standard output."),
                          QStringLiteral("FILE")});
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        if (!parser.positionalArguments().isEmpty()) {
            context.fail(name(), QCoreApplication::translate("cli", "unexpected argument \"%1\"")
                                         .arg(parser.positionalArguments().first()));
            return ExitUsage;
        }
        const auto format = exchangeFormatFromKey(parser.value(QStringLiteral("format")));
        if (!format) {
            context.fail(name(),
                         QCoreApplication::translate("cli", "--format: expected csv or json"));
            return ExitUsage;
        }
        int code = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), false, &code);
        if (!store)
            return code;
        StoreError error;
        if (parser.isSet(QStringLiteral("out"))) {
            // Written whole or not at all.
            QSaveFile file(parser.value(QStringLiteral("out")));
            if (!file.open(QIODevice::WriteOnly))
                return context.fail(name(),
                                    file.fileName() + QStringLiteral(": ") + file.errorString());
            if (!Exchange::exportTo(store->connection(), *format, &file, nullptr, &error))
                return context.fail(name(), error.message);
            if (!file.commit())
                return context.fail(name(),
                                    file.fileName() + QStringLiteral(": ") + file.errorString());
            return ExitOk;
        }
        // The exact bytes: export is data, never escaped for a terminal.
        QTextStream &out = context.data();
        if (QIODevice *device = out.device()) {
            out.flush();
            if (!Exchange::exportTo(store->connection(), *format, device, nullptr, &error))
                return context.fail(name(), error.message);
            return ExitOk;
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!Exchange::exportTo(store->connection(), *format, &buffer, nullptr, &error))
            return context.fail(name(), error.message);
        out << QString::fromUtf8(buffer.data());
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace dueline
