-- Dueline schema 2: the team's catalog files kept in the shared database, so that the whole team
-- uses the same plans and work calendars (docs/catalog-format.md; the loader validates them).
-- name: the file's name ("team.json"); content: its JSON text; row_version grows with every save
-- (a save names the version it edited: a conflict otherwise); updated_at: seconds since the
-- epoch, UTC (stamped by the server on PostgreSQL); updated_by: the lead who saved it.
CREATE TABLE team_catalog_files (
    name TEXT NOT NULL PRIMARY KEY,
    content TEXT NOT NULL,
    row_version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES agents (id)
);
