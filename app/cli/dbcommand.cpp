#include "app/bootstrap/database.h"
#include "app/cli/commands.h"
#include "app/cli/storeoutput.h"
#include "models/store/migrations.h"

#include <QCoreApplication>

using namespace dueline;

namespace {

// dueline-cli db init|migrate [--db URL]
class DbCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "Create the database (\"db init\") or bring its schema up to date "
                       "(\"db migrate\").");
    }
    void setup(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     QCoreApplication::translate("cli", "init or migrate."));
        storeoutput::addDatabaseOption(parser);
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1 ||
            (args.first() != QLatin1String("init") && args.first() != QLatin1String("migrate"))) {
            context.fail(name(), QCoreApplication::translate(
                                         "cli", "expected \"db init\" or \"db migrate\""));
            return ExitUsage;
        }
        const bool init = args.first() == QLatin1String("init");
        QString urlError;
        const auto url = DatabaseUrl::parse(resolveDatabaseUrl(parser.value(QStringLiteral("db"))),
                                            &urlError);
        if (!url) {
            context.fail(name(), urlError);
            return ExitUsage;
        }
        const CatalogPtr catalog = context.catalog();
        if (!catalog)
            return ExitFailure;
        StoreError error;
        // "migrate" needs an existing database; "init" creates it.
        auto store = TicketStore::open(
                *url, catalog, context.clock(),
                init ? Connection::Mode::CreateIfMissing : Connection::Mode::OpenExisting, &error);
        if (!store)
            return context.fail(name(), error.message);
        const int before = Migrations::currentVersion(store->connection(), &error);
        if (before < 0)
            return context.fail(name(), error.message);
        if (!init && before == 0)
            return context.fail(name(), QCoreApplication::translate(
                                                "cli", "%1 has no Dueline schema; create it "
                                                       "with \"dueline-cli db init\"")
                                                .arg(url->toString()));
        const int applied = store->migrate(&error);
        if (applied < 0)
            return context.fail(name(), error.message);
        const int version = Migrations::latestVersion();
        if (applied == 0)
            context.out() << QCoreApplication::translate("cli", "%1: schema version %2, up to date")
                                     .arg(url->toString())
                                     .arg(version)
                          << Qt::endl;
        else
            context.out() << QCoreApplication::translate("cli", "%1: schema version %2 (%3 → %2)")
                                     .arg(url->toString())
                                     .arg(version)
                                     .arg(before)
                          << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeDbCommand()
{
    return std::make_unique<DbCommand>();
}
