-- Dueline schema 7: an agent can be deactivated. A deactivated agent is not offered for
-- assignment and cannot be chosen as "who I am", but keeps their name in every ticket's history
-- (events refer to agents by id, so an agent is never deleted).
ALTER TABLE agents ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
