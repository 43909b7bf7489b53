-- Dueline schema 4: the catalog a shared server checks every event against (docs/architecture.md §4), kept in
-- the database: the built-in plans ("dueline-cli db migrate" writes them) and the team's own
-- (written when a lead saves the team catalog). One row per plan, per severity a plan offers
-- (with whether it commits to a response and to a resolution time), per channel a plan has, and
-- per service stage a provider names (sla: whether tickets in that stage have an SLA). builtin: 1
-- for the built-in catalog, 0 for the team's. A SQLite file is one user's: the tables stay empty.
CREATE TABLE catalog_plans (
    plan_id TEXT NOT NULL PRIMARY KEY,
    provider_id TEXT NOT NULL,
    builtin SMALLINT NOT NULL
);

CREATE TABLE catalog_severities (
    plan_id TEXT NOT NULL REFERENCES catalog_plans (plan_id) ON DELETE CASCADE,
    severity TEXT NOT NULL,
    response_committed SMALLINT NOT NULL,
    resolution_committed SMALLINT NOT NULL,
    PRIMARY KEY (plan_id, severity)
);

CREATE TABLE catalog_channels (
    plan_id TEXT NOT NULL REFERENCES catalog_plans (plan_id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    PRIMARY KEY (plan_id, channel)
);

CREATE TABLE catalog_stages (
    provider_id TEXT NOT NULL,
    stage TEXT NOT NULL,
    sla SMALLINT NOT NULL,
    builtin SMALLINT NOT NULL,
    PRIMARY KEY (provider_id, stage)
);
