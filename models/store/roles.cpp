// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/roles.h"

#include "models/store/migrations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <iterator>

#include <libpq-fe.h>

namespace dueline {

namespace {

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool requirePostgres(Connection &connection, StoreError *error)
{
    if (connection.engine() == Engine::PostgreSQL)
        return true;
    return storeFail(
            error, StoreError::Kind::Invalid,
            QCoreApplication::translate(
                    "store",
                    "%1 is a SQLite file: database roles exist only on a PostgreSQL server")
                    .arg(connection.describe()));
}

std::optional<QVariant> scalar(Connection &connection, const QString &sql, StoreError *error)
{
    QSqlQuery q = connection.query();
    if (!q.exec(sql) || !q.next()) {
        connection.fail(q, error);
        return std::nullopt;
    }
    return q.value(0);
}

// The tables the group roles may read, and the functions they may call.
const char *const readableTables[] = {"schema_migrations",
                                      "agents",
                                      "customers",
                                      "tickets",
                                      "events",
                                      "team_catalog_files",
                                      "catalog_plans",
                                      "catalog_severities",
                                      "catalog_channels",
                                      "catalog_stages",
                                      "catalog_calendars",
                                      "calendar_spans",
                                      "calendar_days",
                                      "catalog_targets",
                                      "catalog_pausing",
                                      "notification_settings"};
// Tables only the write functions touch (no privilege for the group roles), handed to the owner
// with the others.
const char *const privateTables[] = {"dueline_stamps", "dueline_recompute"};
const char *const writeFunctions[] = {"dueline_lock_ticket",
                                      "dueline_stamp",
                                      "dueline_append_event",
                                      "dueline_create_ticket",
                                      "dueline_publish_catalog",
                                      "dueline_publish_calendar",
                                      "dueline_publish_calendar_spans",
                                      "dueline_publish_calendar_days",
                                      "dueline_publish_calendar_end",
                                      "dueline_recompute_pending",
                                      "dueline_recompute_backlog",
                                      "dueline_set_notification_settings"};

bool grantPrivileges(Connection &admin, const QString &schema, StoreError *error)
{
    const QString agent = quoted(QString::fromLatin1(DatabaseRoles::AgentRole));
    const QString lead = quoted(QString::fromLatin1(DatabaseRoles::LeadRole));
    QStringList statements{
            QStringLiteral("GRANT %1 TO %2").arg(agent, lead),
            QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(quoted(schema), agent),
    };
    for (const char *table : readableTables) {
        const QString name = quoted(schema) + QLatin1Char('.') + quoted(QString::fromLatin1(table));
        statements << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(name)
                   << QStringLiteral("REVOKE ALL ON %1 FROM %2, %3").arg(name, agent, lead)
                   << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(name, agent);
    }
    statements << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1.team_catalog_files TO %2")
                          .arg(quoted(schema), lead);
    for (const QString &statement : std::as_const(statements))
        if (!admin.exec(statement, error))
            return false;
    // Functions by their full signatures, as the server knows them.
    QSqlQuery q = admin.query();
    QStringList names;
    for (const char *function : writeFunctions)
        names << literal(QString::fromLatin1(function));
    if (!q.exec(QStringLiteral("SELECT CAST(p.oid AS regprocedure) FROM pg_catalog.pg_proc p "
                               "JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE "
                               "n.nspname = %1 AND p.proname IN (%2)")
                        .arg(literal(schema), names.join(QStringLiteral(", ")))))
        return admin.fail(q, error);
    QStringList signatures;
    while (q.next())
        signatures << q.value(0).toString();
    q.finish();
    if (signatures.size() != int(std::size(writeFunctions)))
        return storeFail(
                error, StoreError::Kind::Schema,
                QCoreApplication::translate(
                        "store", "%1 lacks the server-side write functions of this version")
                        .arg(admin.describe()));
    for (const QString &signature : std::as_const(signatures))
        if (!admin.exec(QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(signature, agent),
                        error))
            return false;
    return true;
}

// Hands the existing Dueline tables and functions of `schema` to the owner role.
bool handOver(Connection &admin, const QString &schema, StoreError *error)
{
    const QString owner = quoted(QString::fromLatin1(DatabaseRoles::OwnerRole));
    QVector<const char *> tables(std::begin(readableTables), std::end(readableTables));
    tables += QVector<const char *>(std::begin(privateTables), std::end(privateTables));
    for (const char *table : std::as_const(tables)) {
        const auto exists = scalar(admin,
                                   QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE "
                                                  "schemaname = %1 AND tablename = %2")
                                           .arg(literal(schema), literal(QLatin1String(table))),
                                   error);
        if (!exists)
            return false;
        if (exists->toInt() == 1 &&
            !admin.exec(QStringLiteral("ALTER TABLE %1.%2 OWNER TO %3")
                                .arg(quoted(schema), quoted(QLatin1String(table)), owner),
                        error))
            return false;
    }
    QSqlQuery q = admin.query();
    if (!q.exec(QStringLiteral("SELECT CAST(p.oid AS regprocedure) FROM pg_catalog.pg_proc p JOIN "
                               "pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE "
                               "n.nspname = %1 AND p.proname LIKE 'dueline\\_%'")
                        .arg(literal(schema))))
        return admin.fail(q, error);
    QStringList functions;
    while (q.next())
        functions << q.value(0).toString();
    q.finish();
    for (const QString &function : std::as_const(functions))
        if (!admin.exec(QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(function, owner),
                        error))
            return false;
    return true;
}

// On pg_roles r: a role add-user never changes and db init --admin leaves alone (a service
// role, a superuser, a role that may create roles or databases, replicate or bypass row
// security, or a member of the owner role).
const char privilegedRole[] =
        "(r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls OR "
        "r.rolname IN ('dueline_owner', 'dueline_agent', 'dueline_lead') OR "
        "pg_catalog.pg_has_role(r.oid, 'dueline_owner', 'MEMBER'))";

// Sets the session limits on a login role for the current database.
bool setSessionLimits(Connection &admin, const QString &login, StoreError *error)
{
    const auto database = scalar(admin, QStringLiteral("SELECT current_database()"), error);
    if (!database)
        return false;
    for (const DatabaseRoles::SessionLimit &limit : DatabaseRoles::sessionLimits()) {
        if (!admin.exec(QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET %3 = %4")
                                .arg(quoted(login), quoted(database->toString()),
                                     QLatin1String(limit.name),
                                     literal(QLatin1String(limit.value))),
                        error))
            return false;
    }
    return true;
}

// The logins that are members of dueline_agent or dueline_lead and that add-user may change.
bool setSessionLimitsOfLogins(Connection &admin, StoreError *error)
{
    QSqlQuery q = admin.query();
    if (!q.exec(QStringLiteral("SELECT DISTINCT r.rolname FROM pg_catalog.pg_roles r JOIN "
                               "pg_catalog.pg_auth_members m ON m.member = r.oid JOIN "
                               "pg_catalog.pg_roles g ON g.oid = m.roleid WHERE g.rolname IN "
                               "('dueline_agent', 'dueline_lead') AND r.rolcanlogin AND NOT %1 "
                               "ORDER BY r.rolname")
                        .arg(QLatin1String(privilegedRole))))
        return admin.fail(q, error);
    QStringList logins;
    while (q.next())
        logins << q.value(0).toString();
    q.finish();
    for (const QString &login : std::as_const(logins))
        if (!setSessionLimits(admin, login, error))
            return false;
    return true;
}

} // namespace

const std::array<DatabaseRoles::SessionLimit, 3> &DatabaseRoles::sessionLimits()
{
    // A GUI or CLI action is one short transaction: 60 s idle inside one means a client that
    // hangs or holds locks on purpose; another agent waits at most 5 s for a ticket's lock;
    // the largest reads (a million-ticket queue, report or export chunk) take seconds.
    static const std::array<SessionLimit, 3> limits{{{"idle_in_transaction_session_timeout", "60s"},
                                                     {"lock_timeout", "5s"},
                                                     {"statement_timeout", "30s"}}};
    return limits;
}

bool DatabaseRoles::isServiceRole(const QString &role)
{
    return role == QLatin1String(OwnerRole) || role == QLatin1String(AgentRole) ||
           role == QLatin1String(LeadRole);
}

QString DatabaseRoles::loginProblem(const QString &login)
{
    if (isServiceRole(login))
        return QCoreApplication::translate(
                       "store", "%1 is a Dueline service role: add-user never changes it")
                .arg(login);
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]*$"));
    if (pattern.match(login).hasMatch() && login.toUtf8().size() <= 63 &&
        !login.startsWith(QLatin1String("pg_")) && !login.startsWith(QLatin1String("dueline_")))
        return {};
    return QCoreApplication::translate("store",
                                       "login \"%1\": use letters, digits, _ . - @ (at most 63 "
                                       "bytes), starting with a letter, not pg_ or dueline_")
            .arg(login);
}

int DatabaseRoles::initAdmin(Connection &admin, qint64 now, StoreError *error)
{
    if (!requirePostgres(admin, error))
        return -1;
    const auto allowed = scalar(admin,
                                QStringLiteral("SELECT rolsuper OR rolcreaterole FROM "
                                               "pg_catalog.pg_roles WHERE rolname = current_user"),
                                error);
    if (!allowed)
        return -1;
    if (!allowed->toBool()) {
        storeFail(error, StoreError::Kind::Forbidden,
                  QCoreApplication::translate(
                          "store",
                          "%1: \"db init --admin\" needs a superuser or a role with CREATEROLE")
                          .arg(admin.describe()));
        return -1;
    }
    const auto schema = scalar(admin, QStringLiteral("SELECT current_schema()"), error);
    if (!schema)
        return -1;
    const QString schemaName = schema->toString();
    const QString owner = QString::fromLatin1(OwnerRole);

    // Roles are shared by the whole server; the rest is one transaction.
    Transaction transaction(admin);
    if (!transaction.begin(error))
        return -1;
    for (const char *role : {OwnerRole, AgentRole, LeadRole}) {
        const auto exists = scalar(admin,
                                   QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE "
                                                  "rolname = %1")
                                           .arg(literal(QLatin1String(role))),
                                   error);
        if (!exists)
            return -1;
        if (exists->toInt() == 0 &&
            !admin.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(QLatin1String(role))),
                        error))
            return -1;
    }
    const auto superuser = scalar(
            admin,
            QStringLiteral("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"),
            error);
    if (!superuser)
        return -1;
    if (!superuser->toBool() &&
        !admin.exec(QStringLiteral("GRANT %1 TO CURRENT_USER").arg(quoted(owner)), error))
        return -1;
    if (!admin.exec(QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %1 TO %2")
                            .arg(quoted(schemaName), quoted(owner)),
                    error) ||
        !admin.exec(
                QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM PUBLIC").arg(quoted(schemaName)),
                error) ||
        !handOver(admin, schemaName, error) || !transaction.commit(error))
        return -1;
    // The schema is made (or brought up to date) by the owner role, so the write functions run
    // as that role. Migrations run in their own transaction.
    if (!admin.exec(QStringLiteral("SET ROLE %1").arg(quoted(owner)), error))
        return -1;
    const int applied = Migrations::migrate(admin, now, error);
    if (!admin.exec(QStringLiteral("RESET ROLE"), applied < 0 ? nullptr : error) || applied < 0)
        return -1;
    Transaction grants(admin);
    if (!grants.begin(error) || !grantPrivileges(admin, schemaName, error) ||
        !setSessionLimitsOfLogins(admin, error) || !grants.commit(error))
        return -1;
    return applied;
}

bool DatabaseRoles::addUser(Connection &admin, const QString &login, Agent::Role role,
                            const QString &displayName, const QString &password, StoreError *error,
                            ExistingRole existing)
{
    if (!requirePostgres(admin, error))
        return false;
    if (const QString problem = loginProblem(login); !problem.isEmpty())
        return storeFail(error,
                         isServiceRole(login) ? StoreError::Kind::Forbidden
                                              : StoreError::Kind::Invalid,
                         problem);
    if (password.size() < 8)
        return storeFail(
                error, StoreError::Kind::Invalid,
                QCoreApplication::translate(
                        "store", "the password for %1 is too short (at least 8 characters)")
                        .arg(login));
    const auto groups = scalar(admin,
                               QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE "
                                              "rolname IN ('dueline_owner', 'dueline_agent', "
                                              "'dueline_lead')"),
                               error);
    if (!groups)
        return false;
    if (groups->toInt() != 3)
        return storeFail(error, StoreError::Kind::Schema,
                         QCoreApplication::translate(
                                 "store",
                                 "%1 has no Dueline roles yet; run \"dueline-cli db init --admin\" "
                                 "first")
                                 .arg(admin.describe()));
    // A SCRAM verifier made here: the password itself never reaches the server or its logs.
    const QVariant handle = admin.database().driver()->handle();
    // Qt's PostgreSQL driver names the handle's type after libpq's struct (pg_conn*).
    PGconn *pg = handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 ||
                                      qstrcmp(handle.typeName(), "pg_conn*") == 0)
                         ? *static_cast<PGconn *const *>(handle.data())
                         : nullptr;
    if (!pg)
        return storeFail(error, StoreError::Kind::Connection,
                         QCoreApplication::translate("store", "%1: no PostgreSQL connection")
                                 .arg(admin.describe()));
    char *verifier = PQencryptPasswordConn(pg, password.toUtf8().constData(),
                                           login.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return storeFail(
                error, StoreError::Kind::Database,
                QCoreApplication::translate("store", "cannot protect the password for %1: %2")
                        .arg(login, QString::fromUtf8(PQerrorMessage(pg)).trimmed()));
    const QString secret = QString::fromLatin1(verifier);
    PQfreemem(verifier);

    Transaction transaction(admin);
    if (!transaction.begin(error))
        return false;
    // An existing role: only a Dueline user (a member of a group role with its agent row), or
    // one the administrator says to adopt; never a privileged one.
    QSqlQuery q = admin.query();
    if (!q.exec(QStringLiteral("SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, "
                               "r.rolreplication, r.rolbypassrls, %1, EXISTS (SELECT 1 FROM "
                               "pg_catalog.pg_auth_members m JOIN pg_catalog.pg_roles g ON g.oid "
                               "= m.roleid WHERE m.member = r.oid AND g.rolname IN "
                               "('dueline_agent', 'dueline_lead')) AND EXISTS (SELECT 1 FROM "
                               "agents a WHERE a.login = r.rolname) FROM pg_catalog.pg_roles r "
                               "WHERE r.rolname = %2")
                        .arg(QLatin1String(privilegedRole), literal(login))))
        return admin.fail(q, error);
    const bool exists = q.next();
    if (exists) {
        static const char *const attributeNames[] = {"SUPERUSER", "CREATEROLE", "CREATEDB",
                                                     "REPLICATION", "BYPASSRLS"};
        QStringList attributes;
        for (int i = 0; i < int(std::size(attributeNames)); ++i) {
            if (q.value(i).toBool())
                attributes << QLatin1String(attributeNames[i]);
        }
        if (!attributes.isEmpty())
            return storeFail(error, StoreError::Kind::Forbidden,
                             QCoreApplication::translate(
                                     "store", "role %1 has %2: add-user never changes a superuser "
                                              "or a role with CREATEROLE, CREATEDB, REPLICATION "
                                              "or BYPASSRLS")
                                     .arg(login, attributes.join(QStringLiteral(", "))));
        if (q.value(5).toBool())
            return storeFail(error, StoreError::Kind::Forbidden,
                             QCoreApplication::translate("store",
                                                         "role %1 is a member of %2: add-user "
                                                         "never changes a role that acts as the "
                                                         "schema owner")
                                     .arg(login, QLatin1String(OwnerRole)));
        if (!q.value(6).toBool() && existing != ExistingRole::Adopt)
            return storeFail(error, StoreError::Kind::Forbidden,
                             QCoreApplication::translate(
                                     "store", "role %1 exists but is not a Dueline user: "
                                              "add-user changes it only when told to adopt it "
                                              "(--adopt), which replaces its password")
                                     .arg(login));
    }
    q.finish();
    const QString group = QString::fromLatin1(role == Agent::Role::Lead ? LeadRole : AgentRole);
    const QString other = QString::fromLatin1(role == Agent::Role::Lead ? AgentRole : LeadRole);
    QStringList statements;
    statements << QStringLiteral("%1 ROLE %2 LOGIN PASSWORD %3")
                          .arg(exists ? QStringLiteral("ALTER") : QStringLiteral("CREATE"),
                               quoted(login), literal(secret))
               << QStringLiteral("GRANT %1 TO %2").arg(quoted(group), quoted(login));
    if (exists) { // a lead made an agent again, or the other way round
        const auto member = scalar(
                admin,
                QStringLiteral("SELECT count(*) FROM pg_catalog.pg_auth_members m JOIN "
                               "pg_catalog.pg_roles g ON g.oid = m.roleid JOIN pg_catalog.pg_roles "
                               "u ON u.oid = m.member WHERE g.rolname = %1 AND u.rolname = %2")
                        .arg(literal(other), literal(login)),
                error);
        if (!member)
            return false;
        if (member->toInt() > 0)
            statements.insert(
                    1, QStringLiteral("REVOKE %1 FROM %2").arg(quoted(other), quoted(login)));
    }
    for (const QString &statement : std::as_const(statements))
        if (!admin.exec(statement, error))
            return false;
    if (!setSessionLimits(admin, login, error) ||
        !admin.exec(QStringLiteral("SET LOCAL ROLE %1").arg(quoted(QLatin1String(OwnerRole))),
                    error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO agents (login, display_name, role) VALUES (?, ?, ?) ON "
                             "CONFLICT (login) DO UPDATE SET display_name = EXCLUDED.display_name, "
                             "role = EXCLUDED.role"));
    q.addBindValue(login);
    q.addBindValue(displayName.trimmed().isEmpty() ? login : displayName.trimmed());
    q.addBindValue(agentRoleKey(role));
    if (!q.exec())
        return admin.fail(q, error);
    return admin.exec(QStringLiteral("RESET ROLE"), error) && transaction.commit(error);
}

bool DatabaseRoles::isShared(Connection &connection)
{
    if (connection.engine() != Engine::PostgreSQL)
        return false;
    const auto owner = scalar(connection,
                              QStringLiteral("SELECT tableowner FROM pg_catalog.pg_tables WHERE "
                                             "schemaname = current_schema() AND tablename = "
                                             "'tickets'"),
                              nullptr);
    return owner && owner->toString() == QLatin1String(OwnerRole);
}

bool DatabaseRoles::isTrusted(Connection &connection)
{
    if (connection.engine() != Engine::PostgreSQL)
        return false;
    const auto trusted = scalar(connection, QStringLiteral("SELECT dueline_trusted()"), nullptr);
    return trusted && trusted->toBool();
}

std::optional<QString> DatabaseRoles::boundLogin(Connection &connection, StoreError *error)
{
    if (connection.engine() != Engine::PostgreSQL)
        return std::nullopt;
    QSqlQuery q = connection.query();
    if (!q.exec(QStringLiteral("SELECT session_user, dueline_trusted()")) || !q.next()) {
        connection.fail(q, error);
        return std::nullopt;
    }
    if (q.value(1).toBool())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace dueline
