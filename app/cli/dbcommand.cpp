// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"
#include "app/cli/storeoutput.h"
#include "models/store/consistency.h"
#include "models/store/migrations.h"
#include "models/store/roles.h"
#include "models/store/servercatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

namespace dueline {

namespace {

// A password for a new login when none is given: 20 characters from an unambiguous alphabet
// (about 115 bits), from the system's secure random source.
QString generatePassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 20; ++i)
        password += QLatin1Char(
                alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return password;
}

// dueline-cli db init [--admin] | migrate | check | repair | add-user LOGIN --role agent|lead
// [--adopt] [--db URL]
class DbCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("db"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "Create the database (\"db init\", with --admin also the roles of a shared "
                       "server), bring its schema up to date (\"db migrate\"), add a login "
                       "(\"db add-user\"), check every ticket against its event log (\"db "
                       "check\") or rewrite what differs (\"db repair\").");
    }
    void setup(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(
                QStringLiteral("action"),
                QCoreApplication::translate("cli",
                                            "init, migrate, add-user LOGIN, check or repair."));
        parser.addOption(QCommandLineOption(
                QStringLiteral("admin"),
                QCoreApplication::translate(
                        "cli", "With init on PostgreSQL: also create the roles dueline_owner, "
                               "dueline_agent and dueline_lead and hand the schema to the "
                               "owner (run as a superuser or a role with CREATEROLE).")));
        parser.addOption(QCommandLineOption(
                QStringLiteral("role"),
                QCoreApplication::translate("cli", "With add-user: agent or lead."),
                QStringLiteral("role")));
        parser.addOption(QCommandLineOption(
                QStringLiteral("name"),
                QCoreApplication::translate("cli", "With add-user: the name people see."),
                QStringLiteral("name")));
        parser.addOption(QCommandLineOption(
                QStringLiteral("adopt"),
                QCoreApplication::translate(
                        "cli", "With add-user: take over an existing role that is not a Dueline "
                               "user yet (its password is replaced). Superusers, roles with "
                               "CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS and the dueline_ "
                               "roles are never changed.")));
        parser.addOption(QCommandLineOption(
                QStringLiteral("password-stdin"),
                QCoreApplication::translate("cli", "With add-user: read the new password from the "
                                                   "first line of standard input (otherwise one "
                                                   "is generated and printed once).")));
        parser.addOption(QCommandLineOption(
                QStringLiteral("json"),
                QCoreApplication::translate("cli",
                                            "With check and repair: print the result as JSON.")));
        storeoutput::addDatabaseOption(parser);
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (action == QLatin1String("add-user"))
            return addUser(parser, context);
        if (action == QLatin1String("check") && args.size() == 1)
            return check(parser, context);
        if (action == QLatin1String("repair") && args.size() == 1)
            return repair(parser, context);
        if (args.size() != 1 ||
            (action != QLatin1String("init") && action != QLatin1String("migrate"))) {
            context.fail(name(),
                         QCoreApplication::translate(
                                 "cli", "expected \"db init\", \"db migrate\", \"db check\" "
                                        "or \"db add-user LOGIN --role agent|lead\""));
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("admin")) && action != QLatin1String("init")) {
            context.fail(name(),
                         QCoreApplication::translate("cli", "--admin goes with \"db init\" only"));
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("admin")))
            return initAdmin(parser, context);
        const bool init = args.first() == QLatin1String("init");
        const auto url = this->url(parser, context);
        if (!url)
            return ExitUsage;
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
        // A shared schema is updated by its owner role, and the new objects granted.
        const int applied = before > 0 && before < Migrations::latestVersion() &&
                                            DatabaseRoles::isShared(store->connection())
                                    ? DatabaseRoles::initAdmin(store->connection(),
                                                               context.clock().nowUtc(), &error)
                                    : store->migrate(&error);
        if (applied < 0)
            return context.fail(name(), error.message);
        // A shared server checks events against the catalog stored in it: the schema owner
        // writes this Dueline's built-in plans and the team's (another login leaves it be).
        if (url->engine == Engine::PostgreSQL && DatabaseRoles::isTrusted(store->connection()) &&
            !ServerCatalog::publishAll(store->connection(), &error))
            return context.fail(name(), error.message);
        // The tickets a catalog change affected, recomputed by the server (what a client that
        // changed the catalog left over, too).
        if (url->engine == Engine::PostgreSQL && DatabaseRoles::isTrusted(store->connection()) &&
            !ServerCatalog::recomputePending(store->connection(), -1, nullptr, &error))
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

private:
    std::optional<DatabaseUrl> url(const QCommandLineParser &parser, CliContext &context)
    {
        int exitCode = ExitUsage;
        return storeoutput::databaseUrl(parser, context, name(), &exitCode);
    }

    int initAdmin(const QCommandLineParser &parser, CliContext &context)
    {
        const auto url = this->url(parser, context);
        if (!url)
            return ExitUsage;
        StoreError error;
        auto admin = Connection::open(*url, Connection::Mode::OpenExisting, &error);
        if (!admin)
            return context.fail(name(), error.message);
        const int before = Migrations::currentVersion(*admin, &error);
        if (before < 0)
            return context.fail(name(), error.message);
        const int applied = DatabaseRoles::initAdmin(*admin, context.clock().nowUtc(), &error);
        if (applied < 0)
            return context.fail(name(), error.message);
        context.out() << QCoreApplication::translate(
                                 "cli", "%1: schema version %2 (%3 → %2), owned by %4; agents log "
                                        "in as members of %5, leads of %6")
                                 .arg(url->toString())
                                 .arg(Migrations::latestVersion())
                                 .arg(before)
                                 .arg(QLatin1String(DatabaseRoles::OwnerRole),
                                      QLatin1String(DatabaseRoles::AgentRole),
                                      QLatin1String(DatabaseRoles::LeadRole))
                      << Qt::endl;
        return ExitOk;
    }

    // Rewrites the cached columns of every ticket that differs from its event log (the schema
    // owner on a shared server), naming each change. Exit 0 when every ticket now matches.
    int repair(const QCommandLineParser &parser, CliContext &context)
    {
        int exitCode = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), false, &exitCode);
        if (!store)
            return exitCode;
        StoreError error;
        if (DatabaseRoles::isTrusted(store->connection()) &&
            !ServerCatalog::publishAll(store->connection(), &error))
            return context.fail(name(), error.message);
        QVector<ConsistencyMismatch> changes;
        qint64 repaired = 0;
        QStringList unrepairable;
        if (!ConsistencyCheck::repair(store->connection(), *context.catalog(), &changes, &repaired,
                                      &unrepairable, &error))
            return context.fail(name(), error.message);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const ConsistencyMismatch &m : std::as_const(changes))
                list.append(QJsonObject{{QStringLiteral("ticket"), m.ticketId},
                                        {QStringLiteral("field"), m.field},
                                        {QStringLiteral("was"), m.stored},
                                        {QStringLiteral("now"), m.derived}});
            context.data() << QJsonDocument(QJsonObject{{QStringLiteral("database"),
                                                         store->url().toString()},
                                                        {QStringLiteral("repaired"), repaired},
                                                        {QStringLiteral("changes"), list},
                                                        {QStringLiteral("unrepairable"),
                                                         QJsonArray::fromStringList(unrepairable)}})
                                      .toJson(QJsonDocument::Compact)
                           << Qt::endl;
            return unrepairable.isEmpty() ? ExitOk : ExitFailure;
        }
        for (const ConsistencyMismatch &m : std::as_const(changes))
            context.out() << QCoreApplication::translate("cli", "ticket #%1: %2: %3 → %4")
                                     .arg(m.ticketId)
                                     .arg(m.field,
                                          m.stored.isEmpty() ? QStringLiteral("-") : m.stored,
                                          m.derived.isEmpty() ? QStringLiteral("-") : m.derived)
                          << Qt::endl;
        context.out() << QCoreApplication::translate(
                                 "cli", "%1: %n ticket(s) rewritten from their event logs", nullptr,
                                 int(repaired))
                                 .arg(store->url().toString())
                      << Qt::endl;
        if (!unrepairable.isEmpty()) {
            for (const QString &problem : std::as_const(unrepairable))
                context.err() << QStringLiteral("dueline-cli db: ") << problem << Qt::endl;
            return context.fail(name(), QCoreApplication::translate(
                                                "cli",
                                                "%n ticket(s) have a broken event log and were "
                                                "left as they are; restore them from a backup",
                                                nullptr, int(unrepairable.size())));
        }
        return ExitOk;
    }

    // The file's pages (SQLite integrity_check) and every ticket's cached state against its
    // event log. Exit 0 when both hold, 1 with what differs.
    int check(const QCommandLineParser &parser, CliContext &context)
    {
        // The catalog the database holds (built-in plus its team files), as every client uses.
        int exitCode = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), false, &exitCode);
        if (!store)
            return exitCode;
        const DatabaseUrl url = store->url();
        const CatalogPtr catalog = context.catalog();
        StoreError error;
        StoreError storage;
        store->connection().checkIntegrity(true, &storage);
        ConsistencyReport report;
        ConsistencyOptions options;
        options.maxMismatches = 50;
        if (!storage &&
            !ConsistencyCheck::run(store->connection(), *catalog, options, &report, &error))
            return context.fail(name(), error.message);
        const bool ok = !storage && report.consistent();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray mismatches;
            for (const ConsistencyMismatch &m : std::as_const(report.mismatches))
                mismatches.append(QJsonObject{{QStringLiteral("ticket"), m.ticketId},
                                              {QStringLiteral("field"), m.field},
                                              {QStringLiteral("stored"), m.stored},
                                              {QStringLiteral("derived"), m.derived}});
            QJsonObject result{
                    {QStringLiteral("database"), url.toString()},
                    {QStringLiteral("ok"), ok},
                    {QStringLiteral("storage"), storage ? storage.message : QStringLiteral("ok")},
                    {QStringLiteral("tickets"), report.tickets},
                    {QStringLiteral("events"), report.events},
                    {QStringLiteral("mismatch_count"), report.mismatchCount},
                    {QStringLiteral("mismatches"), mismatches}};
            context.data() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
            return ok ? ExitOk : ExitFailure;
        }
        if (storage)
            return context.fail(name(), storage.message);
        for (const ConsistencyMismatch &m : std::as_const(report.mismatches))
            context.out() << QCoreApplication::translate(
                                     "cli", "ticket #%1: %2: stored %3, the event log says %4")
                                     .arg(m.ticketId)
                                     .arg(m.field,
                                          m.stored.isEmpty() ? QStringLiteral("-") : m.stored,
                                          m.derived.isEmpty() ? QStringLiteral("-") : m.derived)
                          << Qt::endl;
        if (!report.consistent())
            return context.fail(
                    name(),
                    QCoreApplication::translate(
                            "cli", "%1: %2 differences between the tickets and their event logs "
                                   "(tickets checked: %3)")
                            .arg(url.toString())
                            .arg(report.mismatchCount)
                            .arg(report.tickets));
        context.out() << QCoreApplication::translate(
                                 "cli", "%1: storage intact; tickets checked: %2, events: %3; "
                                        "every ticket matches its event log")
                                 .arg(url.toString())
                                 .arg(report.tickets)
                                 .arg(report.events)
                      << Qt::endl;
        return ExitOk;
    }

    int addUser(const QCommandLineParser &parser, CliContext &context)
    {
        const QStringList args = parser.positionalArguments();
        const QString role = parser.value(QStringLiteral("role"));
        if (args.size() != 2 || (role != QLatin1String("agent") && role != QLatin1String("lead"))) {
            context.fail(name(),
                         QCoreApplication::translate(
                                 "cli", "expected \"db add-user LOGIN --role agent|lead\""));
            return ExitUsage;
        }
        const QString &login = args.at(1);
        if (const QString problem = DatabaseRoles::loginProblem(login); !problem.isEmpty()) {
            context.fail(name(), problem);
            return DatabaseRoles::isServiceRole(login) ? ExitFailure : ExitUsage;
        }
        const auto url = this->url(parser, context);
        if (!url)
            return ExitUsage;
        QString password;
        const bool fromStdin = parser.isSet(QStringLiteral("password-stdin"));
        if (fromStdin) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return context.fail(
                        name(), QCoreApplication::translate("cli", "cannot read the password from "
                                                                   "standard input"));
            password = QString::fromUtf8(in.readLine());
            while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
                password.chop(1);
        } else {
            password = generatePassword();
        }
        StoreError error;
        auto admin = Connection::open(*url, Connection::Mode::OpenExisting, &error);
        if (!admin)
            return context.fail(name(), error.message);
        if (!DatabaseRoles::addUser(
                    *admin, login,
                    role == QLatin1String("lead") ? Agent::Role::Lead : Agent::Role::Agent,
                    parser.value(QStringLiteral("name")), password, &error,
                    parser.isSet(QStringLiteral("adopt")) ? DatabaseRoles::ExistingRole::Adopt
                                                          : DatabaseRoles::ExistingRole::Refuse))
            return context.fail(name(), error.message);
        context.out()
                << (role == QLatin1String("lead")
                            ? QCoreApplication::translate("cli", "%1: %2 can log in as a team lead")
                            : QCoreApplication::translate("cli", "%1: %2 can log in as an agent"))
                           .arg(url->toString(), login)
                << Qt::endl;
        if (!fromStdin)
            context.out() << QCoreApplication::translate(
                                     "cli", "password (shown once, keep it in a password "
                                            "manager): %1")
                                     .arg(password)
                          << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeDbCommand()
{
    return std::make_unique<DbCommand>();
}

} // namespace dueline
