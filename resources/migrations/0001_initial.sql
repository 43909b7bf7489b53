-- Dueline schema 1: agents, customers, tickets and the append-only event log.
-- Shared by SQLite and PostgreSQL. @ID@ is the engine's auto-numbered primary key and
-- @WITHOUT_ROWID@ clusters a SQLite table on its primary key (empty on PostgreSQL).
-- Instants are BIGINT seconds since the Unix epoch, UTC.

CREATE TABLE agents (
    id @ID@,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('agent', 'lead'))
);

CREATE TABLE customers (
    id @ID@,
    name TEXT NOT NULL,
    company TEXT NOT NULL DEFAULT '',
    plan_id TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    language TEXT NOT NULL
);

-- A ticket: what never changes (customer, subject, channel, service stage) and what is cached
-- from its events, updated in the same transaction as every event. *_state is the clock's
-- phase (not_applicable, running, paused, met, met_late); *_remaining the working seconds left
-- as of updated_at; next_breach the earliest due of a running clock. overrides: 1 = response,
-- 2 = resolution due set by a lead. change_seq grows with every write (the SQLite change feed
-- reads it).
CREATE TABLE tickets (
    id @ID@,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    subject TEXT NOT NULL,
    channel TEXT NOT NULL,
    service_stage TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL
        CHECK (status IN ('new', 'open', 'waiting_customer', 'resolved', 'closed')),
    severity TEXT NOT NULL,
    plan_id TEXT NOT NULL,
    assignee_id BIGINT REFERENCES agents (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    first_reply_at BIGINT,
    resolved_at BIGINT,
    response_state TEXT NOT NULL,
    response_due BIGINT,
    response_required BIGINT,
    response_remaining BIGINT,
    resolution_state TEXT NOT NULL,
    resolution_due BIGINT,
    resolution_required BIGINT,
    resolution_remaining BIGINT,
    next_breach BIGINT,
    paused SMALLINT NOT NULL DEFAULT 0,
    overrides SMALLINT NOT NULL DEFAULT 0,
    row_version BIGINT NOT NULL DEFAULT 1,
    change_seq BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX tickets_queue ON tickets (next_breach)
    WHERE status IN ('new', 'open', 'waiting_customer');
CREATE INDEX tickets_change_seq ON tickets (change_seq);
CREATE INDEX tickets_created_at ON tickets (created_at);

-- The event log: append-only (triggers refuse UPDATE and DELETE). action_id is the client's
-- id of the action that wrote the event: a retried action finds it and is not applied twice.
CREATE TABLE events (
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    seq INTEGER NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    actor_id BIGINT REFERENCES agents (id),
    action_id TEXT,
    status TEXT,
    severity TEXT,
    plan_id TEXT,
    assignee_id BIGINT REFERENCES agents (id),
    target TEXT,
    due BIGINT,
    body TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (ticket_id, seq)
) @WITHOUT_ROWID@;

CREATE UNIQUE INDEX events_action_id ON events (action_id) WHERE action_id IS NOT NULL;
