#include "app/cli/storeoutput.h"

#include "app/bootstrap/database.h"
#include "app/cli/slaoutput.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace dueline;

namespace storeoutput {

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                              "cli", "Database URL: sqlite:PATH or "
                                     "postgresql://user@host:port/db?sslmode=… (default: "
                                     "DUELINE_DB, else dueline.sqlite in the data folder)."),
                      QStringLiteral("URL")});
}

std::unique_ptr<TicketStore> openStore(const QCommandLineParser &parser, CliContext &context,
                                       const QString &command, bool migrate, int *exitCode)
{
    *exitCode = ExitFailure;
    QString urlError;
    const QString text = resolveDatabaseUrl(parser.value(QStringLiteral("db")));
    const auto url = DatabaseUrl::parse(text, &urlError);
    if (!url) {
        *exitCode = ExitUsage;
        context.fail(command, urlError);
        return nullptr;
    }
    const CatalogPtr catalog = context.catalog();
    if (!catalog)
        return nullptr;
    StoreError error;
    auto store = TicketStore::open(
            *url, catalog, context.clock(),
            migrate ? Connection::Mode::CreateIfMissing : Connection::Mode::OpenExisting, &error);
    if (store) {
        if (migrate ? store->migrate(&error) >= 0 : store->checkSchema(&error))
            return store;
    }
    context.fail(command, error.message);
    return nullptr;
}

QString isoInPlanZone(const Catalog &catalog, const QString &planId, Instant t)
{
    const Plan *plan = catalog.plan(planId);
    const WorkCalendarPtr calendar = plan ? catalog.calendar(plan->calendarId) : nullptr;
    return slaoutput::iso(t, calendar ? calendar->spec().timeZone : QByteArrayLiteral("UTC"));
}

QJsonValue isoOrNull(const Catalog &catalog, const QString &planId, Instant t)
{
    if (t == InvalidInstant)
        return QJsonValue::Null;
    return isoInPlanZone(catalog, planId, t);
}

bool writeOut(CliContext &context, const QByteArray &bytes)
{
    QTextStream &out = context.out();
    if (QIODevice *device = out.device()) {
        out.flush();
        return device->write(bytes) == bytes.size();
    }
    out << QString::fromUtf8(bytes);
    return true;
}

int exitCodeFor(const StoreError &error)
{
    return error.kind == StoreError::Kind::Url ? ExitUsage : ExitFailure;
}

} // namespace storeoutput
