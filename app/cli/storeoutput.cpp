// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/storeoutput.h"

#include "app/bootstrap/catalogfiles.h"
#include "app/bootstrap/database.h"
#include "app/cli/slaoutput.h"
#include "models/store/connectionpolicy.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace dueline::storeoutput {

void addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                              "cli", "Database URL: sqlite:PATH or "
                                     "postgresql://user@host:port/db?sslmode=… (default: "
                                     "DUELINE_DB, else dueline.sqlite in the data folder)."),
                      QStringLiteral("URL")});
}

void addNowOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("now"),
                      QCoreApplication::translate(
                              "cli", "Evaluate the clocks at this instant, ISO 8601 with an "
                                     "offset (default: now on the database's clock)."),
                      QStringLiteral("ISO8601")});
}

bool readNowOption(const QCommandLineParser &parser, CliContext &context, const QString &command,
                   std::optional<Instant> *now)
{
    *now = std::nullopt;
    if (!parser.isSet(QStringLiteral("now")))
        return true;
    QString error;
    *now = slaoutput::parseInstant(parser.value(QStringLiteral("now")), {}, &error);
    if (!*now)
        context.fail(command, QStringLiteral("--now: ") + error);
    return now->has_value();
}

std::optional<DatabaseUrl> databaseUrl(const QCommandLineParser &parser, CliContext &context,
                                       const QString &command, int *exitCode)
{
    QString urlError;
    const QString text = resolveDatabaseUrl(parser.value(QStringLiteral("db")));
    auto url = DatabaseUrl::parse(text, &urlError);
    if (!url) {
        *exitCode = ExitUsage;
        context.fail(command, urlError);
        return std::nullopt;
    }
    if (connectionpolicy::isInsecure(*url)) {
        if (!context.allowInsecureTls()) {
            *exitCode = ExitUsage;
            context.fail(command,
                         QCoreApplication::translate(
                                 "cli", "%1; or pass --allow-insecure-tls to connect anyway")
                                 .arg(connectionpolicy::insecureMessage(*url)));
            return std::nullopt;
        }
        context.err() << QStringLiteral("dueline-cli ") << command << QStringLiteral(": ")
                      << QCoreApplication::translate(
                                 "cli", "warning: the certificate of %1 is not verified "
                                        "(--allow-insecure-tls)")
                                 .arg(connectionpolicy::serverKey(*url))
                      << Qt::endl;
    }
    return url;
}

std::unique_ptr<TicketStore> openStore(const QCommandLineParser &parser, CliContext &context,
                                       const QString &command, bool migrate, int *exitCode)
{
    *exitCode = ExitFailure;
    const auto url = databaseUrl(parser, context, command, exitCode);
    if (!url)
        return nullptr;
    *exitCode = ExitFailure;
    const CatalogPtr catalog = context.catalog();
    if (!catalog)
        return nullptr;
    StoreError error;
    auto store = TicketStore::open(
            *url, catalog, context.clock(),
            migrate ? Connection::Mode::CreateIfMissing : Connection::Mode::OpenExisting, &error);
    if (store && (migrate ? store->migrate(&error) >= 0 : store->checkSchema(&error))) {
        // The team catalog files kept in the database join the catalog (as in the GUI); a bad
        // one is reported and skipped.
        // On a shared server only the catalog stored in the database counts: a local file that
        // adds a plan is refused.
        const QString refusal =
                sharedModeCatalogRefusal(context.extraCatalogFiles(), store->connection());
        if (!refusal.isEmpty()) {
            context.fail(command, refusal);
            return nullptr;
        }
        QString sharedError;
        QStringList skipped;
        int sharedFiles = 0;
        const CatalogPtr combined = loadCatalog(context.extraCatalogFiles(), store->connection(),
                                                &sharedError, &skipped, &sharedFiles);
        if (!sharedError.isEmpty())
            skipped.prepend(sharedError);
        for (const QString &problem : std::as_const(skipped))
            context.err() << QStringLiteral("dueline-cli ") << command << QStringLiteral(": ")
                          << QCoreApplication::translate(
                                     "cli", "warning: a team catalog file in the database was "
                                            "not loaded: %1")
                                     .arg(problem)
                          << Qt::endl;
        const bool localFilesLeftOut = url->engine == Engine::PostgreSQL &&
                                       !teamCatalogFiles(context.extraCatalogFiles()).isEmpty();
        if (!combined ||
            ((sharedFiles == 0 || sharedFiles == int(skipped.size())) && !localFilesLeftOut))
            return store;
        auto reopened = TicketStore::open(*url, combined, context.clock(),
                                          Connection::Mode::OpenExisting, &error);
        if (reopened && reopened->checkSchema(&error)) {
            context.setCatalog(combined);
            return reopened;
        }
    }
    context.fail(command, error.message);
    return nullptr;
}

QByteArray planZone(const Catalog &catalog, const QString &planId)
{
    const Plan *plan = catalog.plan(planId);
    const WorkCalendarPtr calendar = plan ? catalog.calendar(plan->calendarId) : nullptr;
    return calendar ? calendar->spec().timeZone : QByteArrayLiteral("UTC");
}

QString isoInPlanZone(const Catalog &catalog, const QString &planId, Instant t)
{
    return slaoutput::iso(t, planZone(catalog, planId));
}

QJsonValue isoOrNull(const Catalog &catalog, const QString &planId, Instant t)
{
    if (t == InvalidInstant)
        return QJsonValue::Null;
    return isoInPlanZone(catalog, planId, t);
}

QByteArray jsonString(const QString &text)
{
    // QJsonDocument writes arrays and objects only: the one element of ["text"].
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

bool writeOut(CliContext &context, const QByteArray &bytes)
{
    QTextStream &out = context.data();
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

} // namespace dueline::storeoutput
