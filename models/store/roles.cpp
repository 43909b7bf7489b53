#include "models/store/roles.h"

#include "models/store/migrations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

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
                                      "catalog_stages"};
const char *const writeFunctions[] = {"dueline_lock_ticket", "dueline_stamp",
                                      "dueline_append_event", "dueline_create_ticket",
                                      "dueline_publish_catalog"};

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
                        "store", "%1 lacks the server-side write functions of schema version 4")
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
    for (const char *table : readableTables) {
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

} // namespace

bool DatabaseRoles::isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.@-]*$"));
    return pattern.match(login).hasMatch() && login.toUtf8().size() <= 63 &&
           !login.startsWith(QLatin1String("pg_")) && !login.startsWith(QLatin1String("dueline_"));
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
    if (!grants.begin(error) || !grantPrivileges(admin, schemaName, error) || !grants.commit(error))
        return -1;
    return applied;
}

bool DatabaseRoles::addUser(Connection &admin, const QString &login, Agent::Role role,
                            const QString &displayName, const QString &password, StoreError *error)
{
    if (!requirePostgres(admin, error))
        return false;
    if (!isValidLogin(login))
        return storeFail(error, StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                                 "store",
                                 "login \"%1\": use letters, digits, _ . - @ (at most 63 bytes), "
                                 "starting with a letter, not pg_ or dueline_")
                                 .arg(login));
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
    const auto exists =
            scalar(admin,
                   QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = %1")
                           .arg(literal(login)),
                   error);
    if (!exists)
        return false;
    const QString group = QString::fromLatin1(role == Agent::Role::Lead ? LeadRole : AgentRole);
    const QString other = QString::fromLatin1(role == Agent::Role::Lead ? AgentRole : LeadRole);
    QStringList statements;
    statements << QStringLiteral("%1 ROLE %2 LOGIN PASSWORD %3")
                          .arg(exists->toInt() == 0 ? QStringLiteral("CREATE")
                                                    : QStringLiteral("ALTER"),
                               quoted(login), literal(secret))
               << QStringLiteral("GRANT %1 TO %2").arg(quoted(group), quoted(login))
               << QStringLiteral("SET LOCAL ROLE %1").arg(quoted(QLatin1String(OwnerRole)));
    if (exists->toInt() == 1) { // a lead made an agent again, or the other way round
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
    QSqlQuery q = admin.query();
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
