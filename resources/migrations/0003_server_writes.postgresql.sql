-- Schema 3, PostgreSQL part: server-side writes (docs/architecture.md §4, shared-database mode).
--
-- Agents and leads log in as their own PostgreSQL roles (members of dueline_agent or
-- dueline_lead, made by "dueline-cli db init --admin" and "db add-user"). They may read the
-- tables but not write tickets or events: every ticket write goes through the functions below,
-- which run as the schema owner with a fixed search_path, lock the ticket, check the row version
-- and the event sequence, take the event time from the server's clock, check who acts and what
-- the role allows, append the event, update the cached columns and notify the other clients.
-- The schema owner itself (or a superuser) is trusted to act for any agent: imports, the demo
-- generator and single-user setups use that.

-- True when the logged-in role may act for any agent.
CREATE FUNCTION dueline_trusted() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT COALESCE((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false)
        OR pg_catalog.pg_has_role(session_user,
               (SELECT c.relowner FROM pg_catalog.pg_class c
                  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = '@SCHEMA_NAME@' AND c.relname = 'tickets'), 'MEMBER')
$$;

-- The agent who acts, and whether it is a lead. A logged-in agent acts only as itself; a lead
-- is a member of dueline_lead on the server (the agents table alone does not make one).
CREATE FUNCTION dueline_actor(p_claimed BIGINT, OUT actor_id BIGINT, OUT is_lead BOOLEAN)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_role TEXT;
BEGIN
    IF dueline_trusted() THEN
        actor_id := p_claimed;
        SELECT role INTO v_role FROM agents WHERE id = p_claimed;
        is_lead := COALESCE(v_role = 'lead', false);
        RETURN;
    END IF;
    SELECT id INTO actor_id FROM agents WHERE login = session_user;
    IF actor_id IS NULL THEN
        RAISE EXCEPTION 'login % is not a Dueline agent', session_user
            USING ERRCODE = '42501';
    END IF;
    IF p_claimed IS NOT NULL AND p_claimed <> actor_id THEN
        RAISE EXCEPTION 'login % acts only as agent #%, not as #%', session_user, actor_id,
            p_claimed USING ERRCODE = '42501';
    END IF;
    is_lead := EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'dueline_lead')
        AND pg_catalog.pg_has_role(session_user, 'dueline_lead', 'MEMBER');
END;
$$;

-- Whether p_at is this transaction's server time: between the transaction start and now.
CREATE FUNCTION dueline_check_time(p_at BIGINT, p_last_at BIGINT) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_start BIGINT := CAST(floor(EXTRACT(EPOCH FROM transaction_timestamp())) AS BIGINT);
    v_now BIGINT := CAST(floor(EXTRACT(EPOCH FROM clock_timestamp())) AS BIGINT);
BEGIN
    IF p_at BETWEEN v_start AND v_now THEN
        RETURN;
    END IF;
    -- An event is never older than the one before it (the previous one may be a little ahead).
    IF p_last_at IS NOT NULL AND p_at = p_last_at AND p_last_at > v_now THEN
        RETURN;
    END IF;
    RAISE EXCEPTION 'event time % is not the server''s time (% to %)', p_at, v_start, v_now
        USING ERRCODE = 'DL004';
END;
$$;

-- The sizes the clients enforce (models/store/inputlimits.h), enforced again for clients that
-- do not: a 1 MiB text, a 1000-character subject.
CREATE FUNCTION dueline_check_sizes(p_subject TEXT, p_body TEXT) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    IF octet_length(COALESCE(p_body, '')) > 1048576 THEN
        RAISE EXCEPTION 'field body: longer than 1048576 bytes' USING ERRCODE = 'DL004';
    END IF;
    IF char_length(COALESCE(p_subject, '')) > 1000 THEN
        RAISE EXCEPTION 'field subject: longer than 1000 characters' USING ERRCODE = 'DL004';
    END IF;
END;
$$;

-- Locks a ticket for the caller's transaction and returns it (agents have no UPDATE privilege,
-- so they cannot SELECT … FOR UPDATE themselves).
CREATE FUNCTION dueline_lock_ticket(p_ticket BIGINT) RETURNS SETOF tickets
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT * FROM tickets WHERE id = p_ticket FOR UPDATE
$$;

-- Appends one event to a ticket and stores the cached columns the client derived from the whole
-- log at the event's time. Returns the new row version and change sequence.
CREATE FUNCTION dueline_append_event(
    p_ticket BIGINT, p_base_version BIGINT, p_seq INTEGER, p_at BIGINT, p_kind TEXT,
    p_actor BIGINT, p_action TEXT, p_status TEXT, p_severity TEXT, p_plan TEXT,
    p_assignee BIGINT, p_target TEXT, p_due BIGINT, p_body TEXT,
    c_status TEXT, c_severity TEXT, c_plan TEXT, c_assignee BIGINT, c_updated BIGINT,
    c_first_reply BIGINT, c_resolved BIGINT,
    c_response_state TEXT, c_response_due BIGINT, c_response_required BIGINT,
    c_response_remaining BIGINT,
    c_resolution_state TEXT, c_resolution_due BIGINT, c_resolution_required BIGINT,
    c_resolution_remaining BIGINT,
    c_next_breach BIGINT, c_paused SMALLINT, c_overrides SMALLINT,
    OUT new_row_version BIGINT, OUT new_change_seq BIGINT)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_actor BIGINT;
    v_lead BOOLEAN;
    v_version BIGINT;
    v_overrides SMALLINT;
    v_last_seq INTEGER;
    v_last_at BIGINT;
BEGIN
    SELECT a.actor_id, a.is_lead INTO v_actor, v_lead FROM dueline_actor(p_actor) a;
    PERFORM dueline_check_sizes(NULL, p_body);
    SELECT row_version, overrides INTO v_version, v_overrides
      FROM tickets WHERE id = p_ticket FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no ticket #%', p_ticket USING ERRCODE = 'DL002';
    END IF;
    IF v_version <> p_base_version THEN
        RAISE EXCEPTION 'ticket #% was changed by someone else', p_ticket USING ERRCODE = 'DL001';
    END IF;
    SELECT max(seq), max(at) INTO v_last_seq, v_last_at FROM events WHERE ticket_id = p_ticket;
    IF p_seq <> COALESCE(v_last_seq, 0) + 1 THEN
        RAISE EXCEPTION 'ticket #% was changed by someone else', p_ticket USING ERRCODE = 'DL001';
    END IF;
    PERFORM dueline_check_time(p_at, v_last_at);
    IF p_at < COALESCE(v_last_at, p_at) OR c_updated <> p_at THEN
        RAISE EXCEPTION 'event time % is before the ticket''s last event', p_at
            USING ERRCODE = 'DL004';
    END IF;
    IF p_kind = 'created' THEN
        RAISE EXCEPTION 'a ticket is created only once' USING ERRCODE = 'DL004';
    END IF;
    IF p_kind = 'due_override' THEN
        IF NOT v_lead THEN
            RAISE EXCEPTION 'only a team lead can override a due time' USING ERRCODE = 'DL003';
        END IF;
        IF btrim(COALESCE(p_body, '')) = '' THEN
            RAISE EXCEPTION 'a due override needs a reason' USING ERRCODE = 'DL004';
        END IF;
    ELSIF ((c_overrides & ~v_overrides) & 1) <> 0 AND NOT EXISTS (
              SELECT 1 FROM events WHERE ticket_id = p_ticket AND kind = 'due_override'
                 AND target = 'response')
       OR ((c_overrides & ~v_overrides) & 2) <> 0 AND NOT EXISTS (
              SELECT 1 FROM events WHERE ticket_id = p_ticket AND kind = 'due_override'
                 AND target = 'resolution') THEN
        -- An override comes back (say, with the severity it was made for) only when the log
        -- holds one for that clock.
        RAISE EXCEPTION 'only a due override event can override a due time'
            USING ERRCODE = 'DL003';
    END IF;
    -- The cached columns an event sets directly must say what the event says.
    IF (p_kind = 'assigned' AND c_assignee IS DISTINCT FROM p_assignee)
       OR (p_kind = 'severity' AND c_severity IS DISTINCT FROM p_severity)
       OR (p_kind = 'plan' AND c_plan IS DISTINCT FROM p_plan)
       OR (p_kind = 'status' AND c_status IS DISTINCT FROM p_status) THEN
        RAISE EXCEPTION 'the ticket''s state does not match the % event', p_kind
            USING ERRCODE = 'DL004';
    END IF;

    INSERT INTO events (ticket_id, seq, at, kind, actor_id, action_id, status, severity, plan_id,
                        assignee_id, target, due, body)
    VALUES (p_ticket, p_seq, p_at, p_kind, v_actor, p_action, p_status, p_severity, p_plan,
            p_assignee, p_target, p_due, COALESCE(p_body, ''));
    UPDATE tickets SET status = c_status, severity = c_severity, plan_id = c_plan,
           assignee_id = c_assignee, updated_at = c_updated, first_reply_at = c_first_reply,
           resolved_at = c_resolved, response_state = c_response_state,
           response_due = c_response_due, response_required = c_response_required,
           response_remaining = c_response_remaining, resolution_state = c_resolution_state,
           resolution_due = c_resolution_due, resolution_required = c_resolution_required,
           resolution_remaining = c_resolution_remaining, next_breach = c_next_breach,
           paused = c_paused, overrides = c_overrides, row_version = row_version + 1,
           change_seq = (SELECT COALESCE(max(change_seq), 0) + 1 FROM tickets)
     WHERE id = p_ticket
    RETURNING row_version, change_seq INTO new_row_version, new_change_seq;
    PERFORM pg_notify('dueline_tickets', CAST(p_ticket AS TEXT));
END;
$$;

-- Creates a ticket with its "created" event. Returns the new ticket's id and change sequence.
CREATE FUNCTION dueline_create_ticket(
    p_at BIGINT, p_actor BIGINT, p_action TEXT, p_customer BIGINT, p_subject TEXT,
    p_channel TEXT, p_stage TEXT, p_severity TEXT, p_plan TEXT, p_body TEXT,
    c_status TEXT, c_severity TEXT, c_plan TEXT, c_assignee BIGINT, c_updated BIGINT,
    c_first_reply BIGINT, c_resolved BIGINT,
    c_response_state TEXT, c_response_due BIGINT, c_response_required BIGINT,
    c_response_remaining BIGINT,
    c_resolution_state TEXT, c_resolution_due BIGINT, c_resolution_required BIGINT,
    c_resolution_remaining BIGINT,
    c_next_breach BIGINT, c_paused SMALLINT, c_overrides SMALLINT,
    OUT new_id BIGINT, OUT new_change_seq BIGINT)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_actor BIGINT;
    v_lead BOOLEAN;
BEGIN
    SELECT a.actor_id, a.is_lead INTO v_actor, v_lead FROM dueline_actor(p_actor) a;
    PERFORM dueline_check_sizes(p_subject, p_body);
    PERFORM dueline_check_time(p_at, NULL);
    IF c_updated <> p_at OR c_overrides <> 0 OR c_assignee IS NOT NULL
       OR c_severity IS DISTINCT FROM p_severity OR c_plan IS DISTINCT FROM p_plan THEN
        RAISE EXCEPTION 'the new ticket''s state does not match its created event'
            USING ERRCODE = 'DL004';
    END IF;
    INSERT INTO tickets (status, severity, plan_id, assignee_id, updated_at, first_reply_at,
                         resolved_at, response_state, response_due, response_required,
                         response_remaining, resolution_state, resolution_due,
                         resolution_required, resolution_remaining, next_breach, paused,
                         overrides, customer_id, subject, channel, service_stage, created_at,
                         row_version, change_seq)
    VALUES (c_status, c_severity, c_plan, c_assignee, c_updated, c_first_reply, c_resolved,
            c_response_state, c_response_due, c_response_required, c_response_remaining,
            c_resolution_state, c_resolution_due, c_resolution_required, c_resolution_remaining,
            c_next_breach, c_paused, c_overrides, p_customer, p_subject, p_channel,
            COALESCE(p_stage, ''), p_at, 1,
            (SELECT COALESCE(max(change_seq), 0) + 1 FROM tickets))
    RETURNING id, change_seq INTO new_id, new_change_seq;
    INSERT INTO events (ticket_id, seq, at, kind, actor_id, action_id, severity, plan_id, body)
    VALUES (new_id, 1, p_at, 'created', v_actor, p_action, p_severity, p_plan,
            COALESCE(p_body, ''));
    PERFORM pg_notify('dueline_tickets', CAST(new_id AS TEXT));
END;
$$;

-- A team catalog file names who saved it: the logged-in agent, whatever the client says.
CREATE OR REPLACE FUNCTION dueline_team_catalog_stamp() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    NEW.updated_at := CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS BIGINT);
    IF NOT dueline_trusted() THEN
        NEW.updated_by := (SELECT id FROM agents WHERE login = session_user);
    END IF;
    RETURN NEW;
END;
$$;

-- Functions are executable by PUBLIC by default: only the roles granted below may call these.
REVOKE EXECUTE ON FUNCTION dueline_lock_ticket(BIGINT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_append_event(BIGINT, BIGINT, INTEGER, BIGINT, TEXT, BIGINT,
    TEXT, TEXT, TEXT, TEXT, BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, BIGINT,
    BIGINT, TEXT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, SMALLINT,
    SMALLINT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_create_ticket(BIGINT, BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT,
    TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT,
    BIGINT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, SMALLINT, SMALLINT) FROM PUBLIC;
