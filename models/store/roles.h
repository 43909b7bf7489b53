#pragma once

#include "models/store/connection.h"
#include "models/store/ticket.h"

#include <optional>

namespace dueline {

// Shared-database roles on PostgreSQL (DESIGN §4). The schema belongs to the NOLOGIN role
// dueline_owner; agents log in as their own roles, members of dueline_agent (read the tables,
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

    // Creates (or updates) a login role for an agent or lead with a password, makes it a member
    // of the matching group role and adds (or updates) the agent row with the same login.
    // The password reaches the server only as a SCRAM verifier made on this side.
    static bool addUser(Connection &admin, const QString &login, Agent::Role role,
                        const QString &displayName, const QString &password, StoreError *error);

    // Whether a login name is acceptable for addUser (letters, digits, _ . - @; ≤ 63 bytes).
    static bool isValidLogin(const QString &login);

    // Whether the schema on this connection belongs to dueline_owner (set up by initAdmin).
    static bool isShared(Connection &connection);

    // The logged-in role when it acts only as its own agent (a member of dueline_agent or
    // dueline_lead, not the owner); nullopt for SQLite and trusted connections.
    static std::optional<QString> boundLogin(Connection &connection, StoreError *error);
};

} // namespace dueline
