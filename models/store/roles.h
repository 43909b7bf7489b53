// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connection.h"
#include "models/store/ticket.h"

#include <array>
#include <optional>

namespace dueline {

// Shared-database roles on PostgreSQL (docs/architecture.md §4). The schema belongs to the NOLOGIN
// role dueline_owner; agents log in as their own roles, members of dueline_agent (read the tables,
// write tickets only through the SECURITY DEFINER functions of migration 3) or dueline_lead
// (also: team catalogs, due overrides). Nobody but the owner writes tickets or events directly,
// and the event log is append-only even for the owner.
class DatabaseRoles
{
public:
    static constexpr const char *OwnerRole = "dueline_owner";
    static constexpr const char *AgentRole = "dueline_agent";
    static constexpr const char *LeadRole = "dueline_lead";

    // On an administrator's connection (a superuser, or a role with CREATEROLE that may create
    // in the schema): creates the three roles when missing, hands an existing Dueline schema to
    // the owner role or creates it as that role, and grants the group roles their privileges.
    // Safe to run again. Returns the number of migrations applied, -1 on error.
    static int initAdmin(Connection &admin, qint64 now, StoreError *error);

    // What addUser does with a role that exists but is not a Dueline user yet (not a member of
    // dueline_agent or dueline_lead with an agents row of the same login): refuse it, or adopt
    // it (replace its password, make it a member and add the agent).
    enum class ExistingRole { Refuse, Adopt };

    // Creates (or updates) a login role for an agent or lead with a password, makes it a member
    // of the matching group role, sets the session limits (sessionLimits()) on it in this
    // database and adds (or updates) the agent row with the same login. The password reaches the
    // server only as a SCRAM verifier made on this side. Never changes a service role, a
    // superuser, a role with CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS, or a member of
    // dueline_owner (kind Forbidden, naming the role), whatever `existing` says; an existing
    // role that is not a Dueline user only with ExistingRole::Adopt.
    static bool addUser(Connection &admin, const QString &login, Agent::Role role,
                        const QString &displayName, const QString &password, StoreError *error,
                        ExistingRole existing = ExistingRole::Refuse);

    // Why `login` cannot be an add-user login (a service role; not letters, digits, _ . - @;
    // more than 63 bytes; pg_ or dueline_), or an empty string.
    static QString loginProblem(const QString &login);
    // Whether a login name is acceptable for addUser (loginProblem() is empty).
    static bool isValidLogin(const QString &login) { return loginProblem(login).isEmpty(); }
    // dueline_owner, dueline_agent or dueline_lead.
    static bool isServiceRole(const QString &role);

    // The server-side limits every Dueline login gets (ALTER ROLE … IN DATABASE … SET), so a
    // client that holds a transaction or a lock, or runs away with a statement, is stopped by the
    // server: idle_in_transaction_session_timeout 60s, lock_timeout 5s, statement_timeout 30s.
    // A session may SET them back for itself; see docs/reliability.md.
    struct SessionLimit
    {
        const char *name;
        const char *value;
    };
    static const std::array<SessionLimit, 3> &sessionLimits();

    // Whether the schema on this connection belongs to dueline_owner (set up by initAdmin).
    static bool isShared(Connection &connection);
    // Whether the logged-in role may act for anyone (a superuser or the schema owner; the server
    // function dueline_trusted). False on SQLite, where nobody logs in.
    static bool isTrusted(Connection &connection);

    // The logged-in role when it acts only as its own agent (a member of dueline_agent or
    // dueline_lead, not the owner); nullopt for SQLite and trusted connections.
    static std::optional<QString> boundLogin(Connection &connection, StoreError *error);
};

} // namespace dueline
