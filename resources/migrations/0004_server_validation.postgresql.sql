-- Schema 4, PostgreSQL part: the server stamps time, validates every event and bounds every
-- input (issue 15). Replaces the write functions of schema 3:
--
-- * Time is the server's. An action asks dueline_stamp(ticket) for its time inside its
--   transaction, after locking the ticket; the server remembers the stamp for that transaction
--   and the write function uses it, refusing a stamp more than 5 seconds old. A client time is
--   no input at all, so a transaction held open for minutes cannot write a reply "on time".
-- * History is validated: every event must fit the ticket's status (the state machine of
--   models/store/ticketclocks.cpp, TicketHistory::apply), carry only the fields of its kind,
--   a body where one is required (not blank by Unicode's idea of white space), and plans,
--   severities, channels, stages and targets that the catalog stored in the database offers.
-- * Cached columns cannot be faked: status, assignee, severity, plan, first reply and resolved
--   time must be what the event implies; the SLA clock columns of a note or an assignment are
--   the ticket's own (only the remaining time of a running clock moves, by at most the time
--   that passed); a first reply and a resolution stop their clock as met or met late by the
--   cached due; the next breach is the earliest due of a running clock.
-- * Bounds and locks: every text argument is bounded before anything else is read; a ticket
--   another session has locked is refused at once (SQLSTATE DL005) instead of waiting.
--
-- SQLSTATEs: DL001 changed by someone else, DL002 not found, DL003 not allowed, DL004 invalid,
-- DL005 busy.

DROP FUNCTION dueline_append_event(BIGINT, BIGINT, INTEGER, BIGINT, TEXT, BIGINT, TEXT, TEXT,
    TEXT, TEXT, BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT,
    TEXT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, SMALLINT, SMALLINT);
DROP FUNCTION dueline_create_ticket(BIGINT, BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT,
    TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT, BIGINT, TEXT,
    BIGINT, BIGINT, BIGINT, BIGINT, SMALLINT, SMALLINT);
DROP FUNCTION dueline_check_time(BIGINT, BIGINT);

-- The stamps the server gave out, one per transaction and ticket (0: a ticket being created).
-- Only the write functions read and write it.
CREATE UNLOGGED TABLE dueline_stamps (
    txid BIGINT NOT NULL,
    ticket_id BIGINT NOT NULL,
    at BIGINT NOT NULL,
    issued TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (txid, ticket_id)
);

-- Whether a text is empty or only white space, as QString::trimmed() sees it (Unicode Zs, Zl,
-- Zp, and tab, line feed, vertical tab, form feed, carriage return and U+0085).
CREATE FUNCTION dueline_blank(p_text TEXT) RETURNS boolean LANGUAGE sql IMMUTABLE
    SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT p_text IS NULL OR p_text ~ '^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$'
$$;

-- A one-line field (ids, codes, names): at most p_max characters, no control characters
-- (models/store/inputlimits.h). NULL passes.
CREATE FUNCTION dueline_check_line(p_field TEXT, p_value TEXT, p_max INTEGER) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    IF p_value IS NULL THEN
        RETURN;
    END IF;
    IF octet_length(p_value) > 4 * p_max OR char_length(p_value) > p_max THEN
        RAISE EXCEPTION 'field %: longer than % characters', p_field, p_max
            USING ERRCODE = 'DL004';
    END IF;
    IF p_value ~ '[\u0001-\u001f\u007f]' THEN
        RAISE EXCEPTION 'field %: control characters are not allowed', p_field
            USING ERRCODE = 'DL004';
    END IF;
END;
$$;

-- An instant Dueline accepts (1970 to 2199, UTC). NULL passes.
CREATE FUNCTION dueline_check_instant(p_field TEXT, p_value BIGINT) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    IF p_value IS NOT NULL AND (p_value < 0 OR p_value >= 7258118400) THEN
        RAISE EXCEPTION 'field %: % is outside the years Dueline accepts (1970 to 2199)', p_field,
            p_value USING ERRCODE = 'DL004';
    END IF;
END;
$$;

-- The cached clock columns of a row, bounded: a phase Dueline knows, dues in range, and the
-- next breach the earliest due of a running clock.
CREATE FUNCTION dueline_check_clock_columns(
    c_response_state TEXT, c_response_due BIGINT, c_response_required BIGINT,
    c_response_remaining BIGINT,
    c_resolution_state TEXT, c_resolution_due BIGINT, c_resolution_required BIGINT,
    c_resolution_remaining BIGINT,
    c_next_breach BIGINT, c_paused SMALLINT, c_overrides SMALLINT) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    IF c_response_state IS NULL OR c_resolution_state IS NULL
       OR c_response_state NOT IN ('not_applicable', 'running', 'paused', 'met', 'met_late')
       OR c_resolution_state NOT IN ('not_applicable', 'running', 'paused', 'met', 'met_late') THEN
        RAISE EXCEPTION 'the clock state must be not_applicable, running, paused, met or met_late'
            USING ERRCODE = 'DL004';
    END IF;
    PERFORM dueline_check_instant('response_due', c_response_due);
    PERFORM dueline_check_instant('resolution_due', c_resolution_due);
    IF c_response_required < 0 OR c_resolution_required < 0
       OR c_response_required > 7258118400 OR c_resolution_required > 7258118400
       OR abs(c_response_remaining) > 7258118400 OR abs(c_resolution_remaining) > 7258118400 THEN
        RAISE EXCEPTION 'a clock''s working time is out of range' USING ERRCODE = 'DL004';
    END IF;
    IF (c_response_state = 'not_applicable') <> (c_response_due IS NULL)
       OR (c_resolution_state = 'not_applicable') <> (c_resolution_due IS NULL) THEN
        RAISE EXCEPTION 'a clock has a due time exactly when it applies' USING ERRCODE = 'DL004';
    END IF;
    IF c_next_breach IS DISTINCT FROM LEAST(
           CASE WHEN c_response_state = 'running' THEN c_response_due END,
           CASE WHEN c_resolution_state = 'running' THEN c_resolution_due END) THEN
        RAISE EXCEPTION 'the next breach must be the earliest due of a running clock'
            USING ERRCODE = 'DL004';
    END IF;
    IF c_paused IS NULL OR c_paused NOT IN (0, 1) OR c_overrides IS NULL
       OR c_overrides NOT IN (0, 1, 2, 3) THEN
        RAISE EXCEPTION 'paused is 0 or 1, overrides 0 to 3' USING ERRCODE = 'DL004';
    END IF;
END;
$$;

-- Whether an event left a clock alone: the same phase and required time; a running clock (or a
-- paused one whose due a lead fixed) keeps its due and loses at most the time that passed; a
-- paused clock keeps its remaining time while its due moves later with the pause; a stopped one
-- keeps everything.
CREATE FUNCTION dueline_clock_unmoved(
    t_state TEXT, t_due BIGINT, t_required BIGINT, t_remaining BIGINT,
    c_state TEXT, c_due BIGINT, c_required BIGINT, c_remaining BIGINT,
    p_overridden BOOLEAN, p_elapsed BIGINT) RETURNS boolean
    LANGUAGE sql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT c_state IS NOT DISTINCT FROM t_state AND c_required IS NOT DISTINCT FROM t_required
       AND CASE
           WHEN t_state = 'running' OR (t_state = 'paused' AND p_overridden) THEN
               c_due IS NOT DISTINCT FROM t_due
               AND c_remaining BETWEEN t_remaining - p_elapsed AND t_remaining
           WHEN t_state = 'paused' THEN
               c_due >= t_due AND c_remaining IS NOT DISTINCT FROM t_remaining
           ELSE c_due IS NOT DISTINCT FROM t_due AND c_remaining IS NOT DISTINCT FROM t_remaining
           END
$$;

-- The time of the caller's action on a ticket (0: a new ticket): the server's clock, never
-- before the ticket's last event. Remembered for this transaction; the write functions use it.
CREATE FUNCTION dueline_stamp(p_ticket BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_now BIGINT := CAST(floor(EXTRACT(EPOCH FROM clock_timestamp())) AS BIGINT);
    v_last BIGINT;
BEGIN
    PERFORM dueline_actor(NULL);
    IF p_ticket IS NULL THEN
        RAISE EXCEPTION 'a stamp needs a ticket (0 for a new one)' USING ERRCODE = 'DL004';
    END IF;
    IF p_ticket <> 0 THEN
        SELECT max(at) INTO v_last FROM events WHERE ticket_id = p_ticket;
    END IF;
    v_now := GREATEST(v_now, COALESCE(v_last, v_now));
    -- Stamps of actions that never wrote (refused, rolled back) are dropped after an hour.
    DELETE FROM dueline_stamps WHERE issued < clock_timestamp() - interval '1 hour';
    INSERT INTO dueline_stamps (txid, ticket_id, at, issued)
    VALUES (txid_current(), p_ticket, v_now, clock_timestamp())
    ON CONFLICT (txid, ticket_id) DO UPDATE SET at = EXCLUDED.at, issued = EXCLUDED.issued;
    RETURN v_now;
END;
$$;

-- The stamp this transaction was given for the ticket, used once: refused when missing or
-- older than 5 seconds (an action takes milliseconds; a held transaction does not backdate).
CREATE FUNCTION dueline_take_stamp(p_ticket BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql VOLATILE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_at BIGINT;
    v_issued TIMESTAMPTZ;
BEGIN
    DELETE FROM dueline_stamps WHERE txid = txid_current() AND ticket_id = p_ticket
        RETURNING at, issued INTO v_at, v_issued;
    IF v_at IS NULL THEN
        RAISE EXCEPTION 'ask the server for the time of the action first (dueline_stamp)'
            USING ERRCODE = 'DL004';
    END IF;
    IF clock_timestamp() - v_issued > interval '5 seconds' THEN
        RAISE EXCEPTION 'the action took more than 5 seconds after the server stamped it; try again'
            USING ERRCODE = 'DL004';
    END IF;
    RETURN v_at;
END;
$$;

-- Locks a ticket for the caller's transaction and returns it; a ticket another session holds
-- is refused at once.
CREATE OR REPLACE FUNCTION dueline_lock_ticket(p_ticket BIGINT) RETURNS SETOF tickets
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    RETURN QUERY SELECT * FROM tickets WHERE id = p_ticket FOR UPDATE NOWAIT;
EXCEPTION WHEN lock_not_available THEN
    RAISE EXCEPTION 'ticket #% is busy: another agent is changing it; try again', p_ticket
        USING ERRCODE = 'DL005';
END;
$$;

-- Appends one event to a ticket at the server's stamp and stores the cached columns, each
-- checked against what the event implies. Returns the new row version, change sequence and
-- the event's time.
CREATE FUNCTION dueline_append_event(
    p_ticket BIGINT, p_base_version BIGINT, p_seq INTEGER, p_kind TEXT,
    p_actor BIGINT, p_action TEXT, p_status TEXT, p_severity TEXT, p_plan TEXT,
    p_assignee BIGINT, p_target TEXT, p_due BIGINT, p_body TEXT,
    c_status TEXT, c_severity TEXT, c_plan TEXT, c_assignee BIGINT, c_updated BIGINT,
    c_first_reply BIGINT, c_resolved BIGINT,
    c_response_state TEXT, c_response_due BIGINT, c_response_required BIGINT,
    c_response_remaining BIGINT,
    c_resolution_state TEXT, c_resolution_due BIGINT, c_resolution_required BIGINT,
    c_resolution_remaining BIGINT,
    c_next_breach BIGINT, c_paused SMALLINT, c_overrides SMALLINT,
    OUT new_row_version BIGINT, OUT new_change_seq BIGINT, OUT event_at BIGINT)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
    SET lock_timeout = '5s' AS $$
DECLARE
    t tickets%ROWTYPE;
    v_actor BIGINT;
    v_lead BOOLEAN;
    v_at BIGINT;
    v_last_seq INTEGER;
    v_status TEXT;
    v_assignee BIGINT;
    v_severity TEXT;
    v_plan TEXT;
    v_first_reply BIGINT;
    v_resolved BIGINT;
    v_elapsed BIGINT;
    v_committed BOOLEAN;
BEGIN
    -- Bounds before anything is read.
    PERFORM dueline_check_sizes(NULL, p_body);
    PERFORM dueline_check_line('kind', p_kind, 200);
    PERFORM dueline_check_line('action_id', p_action, 200);
    PERFORM dueline_check_line('status', p_status, 200);
    PERFORM dueline_check_line('severity', p_severity, 200);
    PERFORM dueline_check_line('plan', p_plan, 200);
    PERFORM dueline_check_line('target', p_target, 200);
    PERFORM dueline_check_line('cached status', c_status, 200);
    PERFORM dueline_check_line('cached severity', c_severity, 200);
    PERFORM dueline_check_line('cached plan', c_plan, 200);
    PERFORM dueline_check_line('response state', c_response_state, 200);
    PERFORM dueline_check_line('resolution state', c_resolution_state, 200);
    IF p_action IS NULL OR p_action = '' THEN
        RAISE EXCEPTION 'an action needs an action id' USING ERRCODE = 'DL004';
    END IF;
    SELECT a.actor_id, a.is_lead INTO v_actor, v_lead FROM dueline_actor(p_actor) a;

    BEGIN
        SELECT * INTO t FROM tickets WHERE id = p_ticket FOR UPDATE NOWAIT;
    EXCEPTION WHEN lock_not_available THEN
        RAISE EXCEPTION 'ticket #% is busy: another agent is changing it; try again', p_ticket
            USING ERRCODE = 'DL005';
    END;
    IF t.id IS NULL THEN
        RAISE EXCEPTION 'there is no ticket #%', p_ticket USING ERRCODE = 'DL002';
    END IF;
    IF t.row_version <> p_base_version THEN
        RAISE EXCEPTION 'ticket #% was changed by someone else', p_ticket USING ERRCODE = 'DL001';
    END IF;
    SELECT max(seq) INTO v_last_seq FROM events WHERE ticket_id = p_ticket;
    IF p_seq IS DISTINCT FROM COALESCE(v_last_seq, 0) + 1 THEN
        RAISE EXCEPTION 'ticket #% was changed by someone else', p_ticket USING ERRCODE = 'DL001';
    END IF;
    v_at := dueline_take_stamp(p_ticket);
    IF v_at < t.updated_at OR EXISTS (SELECT 1 FROM events WHERE ticket_id = p_ticket
                                                             AND at > v_at) THEN
        RAISE EXCEPTION 'ticket #% was changed after the action was stamped; try again', p_ticket
            USING ERRCODE = 'DL001';
    END IF;

    -- The event against the ticket's history (TicketHistory::apply).
    IF p_kind IS NULL OR p_kind NOT IN ('created', 'assigned', 'replied', 'note', 'status', 'severity', 'plan',
                      'resolved', 'reopened', 'due_override') THEN
        RAISE EXCEPTION 'unknown event kind "%"', p_kind USING ERRCODE = 'DL004';
    END IF;
    IF p_kind = 'created' THEN
        RAISE EXCEPTION 'a ticket is created only once' USING ERRCODE = 'DL004';
    END IF;
    IF (p_status IS NOT NULL AND p_kind <> 'status')
       OR (p_severity IS NOT NULL AND p_kind NOT IN ('severity', 'plan'))
       OR (p_plan IS NOT NULL AND p_kind <> 'plan')
       OR (p_assignee IS NOT NULL AND p_kind <> 'assigned')
       OR ((p_target IS NOT NULL OR p_due IS NOT NULL) AND p_kind <> 'due_override') THEN
        RAISE EXCEPTION 'a % event carries fields of another kind', p_kind USING ERRCODE = 'DL004';
    END IF;
    IF t.status = 'closed' AND p_kind <> 'note' THEN
        RAISE EXCEPTION 'the ticket is closed; only internal notes can be added'
            USING ERRCODE = 'DL004';
    END IF;
    v_status := t.status;
    v_assignee := t.assignee_id;
    v_severity := t.severity;
    v_plan := t.plan_id;
    v_first_reply := t.first_reply_at;
    v_resolved := t.resolved_at;
    CASE p_kind
    WHEN 'assigned' THEN
        IF p_assignee IS NOT DISTINCT FROM t.assignee_id THEN
            RAISE EXCEPTION '%', CASE WHEN p_assignee IS NULL
                                      THEN 'the ticket is not assigned to anyone'
                                      ELSE 'the ticket is already assigned to that agent' END
                USING ERRCODE = 'DL004';
        END IF;
        IF p_assignee IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agents WHERE id = p_assignee) THEN
            RAISE EXCEPTION 'there is no agent #%', p_assignee USING ERRCODE = 'DL002';
        END IF;
        v_assignee := p_assignee;
        IF t.status = 'new' THEN
            v_status := 'open';
        END IF;
    WHEN 'replied' THEN
        IF dueline_blank(p_body) THEN
            RAISE EXCEPTION 'a reply needs a text' USING ERRCODE = 'DL004';
        END IF;
        IF t.status = 'new' THEN
            v_status := 'open';
        END IF;
        v_first_reply := COALESCE(t.first_reply_at, v_at);
    WHEN 'note' THEN
        IF dueline_blank(p_body) THEN
            RAISE EXCEPTION 'a note needs a text' USING ERRCODE = 'DL004';
        END IF;
    WHEN 'status' THEN
        IF p_status = 'waiting_customer' AND t.status NOT IN ('new', 'open') THEN
            RAISE EXCEPTION 'only a new or open ticket can wait on the customer (it is %)',
                t.status USING ERRCODE = 'DL004';
        ELSIF p_status = 'open' AND t.status <> 'waiting_customer' THEN
            RAISE EXCEPTION 'only a ticket waiting on the customer can resume (it is %)',
                t.status USING ERRCODE = 'DL004';
        ELSIF p_status = 'closed' AND t.status <> 'resolved' THEN
            RAISE EXCEPTION 'only a resolved ticket can be closed (it is %)', t.status
                USING ERRCODE = 'DL004';
        ELSIF p_status IS NULL OR p_status NOT IN ('waiting_customer', 'open', 'closed') THEN
            RAISE EXCEPTION 'a status event sets waiting_customer, open or closed, not %',
                COALESCE(p_status, 'nothing') USING ERRCODE = 'DL004';
        END IF;
        v_status := p_status;
    WHEN 'severity' THEN
        IF p_severity IS NULL OR p_severity = t.severity THEN
            RAISE EXCEPTION 'the severity is already %', t.severity USING ERRCODE = 'DL004';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM catalog_severities
                        WHERE plan_id = t.plan_id AND severity = p_severity) THEN
            RAISE EXCEPTION 'plan % has no severity "%"', t.plan_id, p_severity
                USING ERRCODE = 'DL004';
        END IF;
        v_severity := p_severity;
    WHEN 'plan' THEN
        IF p_plan IS NULL OR p_severity IS NULL THEN
            RAISE EXCEPTION 'a plan change needs a plan and a severity' USING ERRCODE = 'DL004';
        END IF;
        IF p_plan = t.plan_id AND p_severity = t.severity THEN
            RAISE EXCEPTION 'the ticket is already on plan %', p_plan USING ERRCODE = 'DL004';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM catalog_plans WHERE plan_id = p_plan) THEN
            RAISE EXCEPTION 'unknown plan "%"', p_plan USING ERRCODE = 'DL004';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM catalog_severities
                        WHERE plan_id = p_plan AND severity = p_severity) THEN
            RAISE EXCEPTION 'plan % has no severity "%"', p_plan, p_severity
                USING ERRCODE = 'DL004';
        END IF;
        v_plan := p_plan;
        v_severity := p_severity;
    WHEN 'resolved' THEN
        IF t.status NOT IN ('new', 'open', 'waiting_customer') THEN
            RAISE EXCEPTION 'only an open ticket can be resolved (it is %)', t.status
                USING ERRCODE = 'DL004';
        END IF;
        v_status := 'resolved';
        v_resolved := v_at;
    WHEN 'reopened' THEN
        IF t.status <> 'resolved' THEN
            RAISE EXCEPTION 'only a resolved ticket can be reopened (it is %)', t.status
                USING ERRCODE = 'DL004';
        END IF;
        v_status := 'open';
        v_resolved := NULL;
    WHEN 'due_override' THEN
        IF NOT v_lead THEN
            RAISE EXCEPTION 'only a team lead can override a due time' USING ERRCODE = 'DL003';
        END IF;
        IF p_target IS NULL OR p_target NOT IN ('response', 'resolution') THEN
            RAISE EXCEPTION 'a due override targets response or resolution, not %',
                COALESCE(p_target, 'nothing') USING ERRCODE = 'DL004';
        END IF;
        IF p_due IS NULL THEN
            RAISE EXCEPTION 'a due override needs the new due time' USING ERRCODE = 'DL004';
        END IF;
        PERFORM dueline_check_instant('due', p_due);
        IF dueline_blank(p_body) THEN
            RAISE EXCEPTION 'a due override needs a reason' USING ERRCODE = 'DL004';
        END IF;
        SELECT CASE WHEN p_target = 'response' THEN s.response_committed = 1
                    ELSE s.resolution_committed = 1 END
               AND NOT EXISTS (SELECT 1 FROM catalog_stages st JOIN catalog_plans p
                                   ON p.provider_id = st.provider_id
                                WHERE p.plan_id = t.plan_id AND st.stage = t.service_stage
                                  AND st.sla = 0)
          INTO v_committed
          FROM catalog_severities s WHERE s.plan_id = t.plan_id AND s.severity = t.severity;
        IF NOT COALESCE(v_committed, false) THEN
            RAISE EXCEPTION 'the ticket has no % commitment to override', p_target
                USING ERRCODE = 'DL004';
        END IF;
    END CASE;

    -- The cached columns: what the event implies.
    IF c_updated IS DISTINCT FROM v_at THEN
        RAISE EXCEPTION 'the ticket''s state must be as of the server''s time %', v_at
            USING ERRCODE = 'DL004';
    END IF;
    IF c_status IS DISTINCT FROM v_status OR c_assignee IS DISTINCT FROM v_assignee
       OR c_severity IS DISTINCT FROM v_severity OR c_plan IS DISTINCT FROM v_plan
       OR c_first_reply IS DISTINCT FROM v_first_reply OR c_resolved IS DISTINCT FROM v_resolved THEN
        RAISE EXCEPTION 'the ticket''s state does not follow from the % event', p_kind
            USING ERRCODE = 'DL004';
    END IF;
    IF p_kind <> 'due_override'
       AND (((c_overrides & ~t.overrides) & 1) <> 0 AND NOT EXISTS (
                SELECT 1 FROM events WHERE ticket_id = p_ticket AND kind = 'due_override'
                   AND target = 'response')
            OR ((c_overrides & ~t.overrides) & 2) <> 0 AND NOT EXISTS (
                SELECT 1 FROM events WHERE ticket_id = p_ticket AND kind = 'due_override'
                   AND target = 'resolution')) THEN
        -- An override comes back (say, with the severity it was made for) only when the log
        -- holds one for that clock.
        RAISE EXCEPTION 'only a due override event can override a due time'
            USING ERRCODE = 'DL003';
    END IF;

    PERFORM dueline_check_clock_columns(c_response_state, c_response_due, c_response_required,
        c_response_remaining, c_resolution_state, c_resolution_due, c_resolution_required,
        c_resolution_remaining, c_next_breach, c_paused, c_overrides);
    IF c_paused = 1 AND v_status <> 'waiting_customer' THEN
        RAISE EXCEPTION 'only a ticket waiting on the customer is paused' USING ERRCODE = 'DL004';
    END IF;
    -- Which clocks the event may move: a note or an assignment none (a running clock's remaining
    -- time shrinks by at most the time that passed), a reply the response clock (stopped as met
    -- or met late by its due), a resolution the resolution clock likewise.
    v_elapsed := GREATEST(v_at - t.updated_at, 0);
    IF p_kind IN ('note', 'assigned', 'replied')
       AND (c_paused IS DISTINCT FROM t.paused OR c_overrides IS DISTINCT FROM t.overrides
            OR NOT dueline_clock_unmoved(t.resolution_state, t.resolution_due,
                   t.resolution_required, t.resolution_remaining, c_resolution_state,
                   c_resolution_due, c_resolution_required, c_resolution_remaining,
                   (t.overrides & 2) <> 0, v_elapsed)) THEN
        RAISE EXCEPTION 'a % event does not change the resolution clock', p_kind
            USING ERRCODE = 'DL004';
    END IF;
    IF p_kind = 'replied' AND t.first_reply_at IS NULL
       AND t.response_state IN ('running', 'paused') THEN
        -- A running clock's due is fixed; a paused one's moves later with the pause.
        IF c_response_required IS DISTINCT FROM t.response_required
           OR (t.response_state = 'running'
               AND (c_response_due IS DISTINCT FROM t.response_due
                    OR c_response_state IS DISTINCT FROM
                           (CASE WHEN v_at <= t.response_due THEN 'met' ELSE 'met_late' END)))
           OR (t.response_state = 'paused'
               AND (c_response_due < t.response_due
                    OR c_response_state IS DISTINCT FROM
                           (CASE WHEN v_at <= c_response_due THEN 'met' ELSE 'met_late' END))) THEN
            RAISE EXCEPTION 'a first reply stops the response clock as met or met late by its due'
                USING ERRCODE = 'DL004';
        END IF;
    ELSIF p_kind IN ('note', 'assigned', 'replied')
          AND NOT dueline_clock_unmoved(t.response_state, t.response_due, t.response_required,
                  t.response_remaining, c_response_state, c_response_due, c_response_required,
                  c_response_remaining, (t.overrides & 1) <> 0, v_elapsed) THEN
        RAISE EXCEPTION 'a % event does not change the response clock', p_kind
            USING ERRCODE = 'DL004';
    END IF;
    IF p_kind = 'due_override'
       AND ((CASE WHEN p_target = 'response' THEN c_response_due ELSE c_resolution_due END)
                IS DISTINCT FROM p_due
            OR (c_overrides & CASE WHEN p_target = 'response' THEN 1 ELSE 2 END) = 0) THEN
        RAISE EXCEPTION 'a due override sets the due time it names' USING ERRCODE = 'DL004';
    END IF;
    INSERT INTO events (ticket_id, seq, at, kind, actor_id, action_id, status, severity, plan_id,
                        assignee_id, target, due, body)
    VALUES (p_ticket, p_seq, v_at, p_kind, v_actor, p_action, p_status, p_severity, p_plan,
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
    event_at := v_at;
    PERFORM pg_notify('dueline_tickets', CAST(p_ticket AS TEXT));
END;
$$;

-- Creates a ticket with its "created" event at the server's stamp (dueline_stamp(0)), checking
-- the customer, plan, severity, channel and stage against the database and the cached columns
-- against a new ticket's. Returns the new ticket's id, change sequence and time.
CREATE FUNCTION dueline_create_ticket(
    p_actor BIGINT, p_action TEXT, p_customer BIGINT, p_subject TEXT,
    p_channel TEXT, p_stage TEXT, p_severity TEXT, p_plan TEXT, p_body TEXT,
    c_status TEXT, c_severity TEXT, c_plan TEXT, c_assignee BIGINT, c_updated BIGINT,
    c_first_reply BIGINT, c_resolved BIGINT,
    c_response_state TEXT, c_response_due BIGINT, c_response_required BIGINT,
    c_response_remaining BIGINT,
    c_resolution_state TEXT, c_resolution_due BIGINT, c_resolution_required BIGINT,
    c_resolution_remaining BIGINT,
    c_next_breach BIGINT, c_paused SMALLINT, c_overrides SMALLINT,
    OUT new_id BIGINT, OUT new_change_seq BIGINT, OUT event_at BIGINT)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
    SET lock_timeout = '5s' AS $$
DECLARE
    v_actor BIGINT;
    v_lead BOOLEAN;
    v_at BIGINT;
    v_provider TEXT;
BEGIN
    PERFORM dueline_check_sizes(p_subject, p_body);
    PERFORM dueline_check_line('action_id', p_action, 200);
    PERFORM dueline_check_line('channel', p_channel, 200);
    PERFORM dueline_check_line('stage', p_stage, 200);
    PERFORM dueline_check_line('severity', p_severity, 200);
    PERFORM dueline_check_line('plan', p_plan, 200);
    PERFORM dueline_check_line('cached status', c_status, 200);
    PERFORM dueline_check_line('cached severity', c_severity, 200);
    PERFORM dueline_check_line('cached plan', c_plan, 200);
    PERFORM dueline_check_line('response state', c_response_state, 200);
    PERFORM dueline_check_line('resolution state', c_resolution_state, 200);
    IF p_action IS NULL OR p_action = '' THEN
        RAISE EXCEPTION 'an action needs an action id' USING ERRCODE = 'DL004';
    END IF;
    IF dueline_blank(p_subject) THEN
        RAISE EXCEPTION 'a ticket needs a subject' USING ERRCODE = 'DL004';
    END IF;
    IF p_subject ~ '[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]' THEN
        RAISE EXCEPTION 'field subject: control characters other than line breaks and tabs are not allowed'
            USING ERRCODE = 'DL004';
    END IF;
    IF p_channel IS NULL THEN
        RAISE EXCEPTION 'field channel: required' USING ERRCODE = 'DL004';
    END IF;
    SELECT a.actor_id, a.is_lead INTO v_actor, v_lead FROM dueline_actor(p_actor) a;
    IF NOT EXISTS (SELECT 1 FROM customers WHERE id = p_customer) THEN
        RAISE EXCEPTION 'there is no customer #%', p_customer USING ERRCODE = 'DL002';
    END IF;
    SELECT provider_id INTO v_provider FROM catalog_plans WHERE plan_id = p_plan;
    IF v_provider IS NULL THEN
        RAISE EXCEPTION 'unknown plan "%"', p_plan USING ERRCODE = 'DL004';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM catalog_severities
                    WHERE plan_id = p_plan AND severity = p_severity) THEN
        RAISE EXCEPTION 'plan % has no severity "%"', p_plan, p_severity USING ERRCODE = 'DL004';
    END IF;
    IF EXISTS (SELECT 1 FROM catalog_channels WHERE plan_id = p_plan)
       AND NOT EXISTS (SELECT 1 FROM catalog_channels
                        WHERE plan_id = p_plan AND channel = p_channel) THEN
        RAISE EXCEPTION 'plan % has no channel "%"', p_plan, p_channel USING ERRCODE = 'DL004';
    END IF;
    IF COALESCE(p_stage, '') <> '' AND NOT EXISTS (
           SELECT 1 FROM catalog_stages WHERE provider_id = v_provider AND stage = p_stage) THEN
        RAISE EXCEPTION 'provider % has no service stage "%"', v_provider, p_stage
            USING ERRCODE = 'DL004';
    END IF;
    v_at := dueline_take_stamp(0);
    IF c_updated IS DISTINCT FROM v_at OR c_status IS DISTINCT FROM 'new'
       OR c_overrides IS DISTINCT FROM 0 OR c_paused IS DISTINCT FROM 0
       OR c_assignee IS NOT NULL OR c_first_reply IS NOT NULL OR c_resolved IS NOT NULL
       OR c_severity IS DISTINCT FROM p_severity OR c_plan IS DISTINCT FROM p_plan
       OR c_response_state NOT IN ('not_applicable', 'running')
       OR c_resolution_state NOT IN ('not_applicable', 'running')
       OR c_response_remaining IS DISTINCT FROM c_response_required
       OR c_resolution_remaining IS DISTINCT FROM c_resolution_required
       OR c_response_due < v_at OR c_resolution_due < v_at THEN
        RAISE EXCEPTION 'the new ticket''s state does not match its created event'
            USING ERRCODE = 'DL004';
    END IF;
    PERFORM dueline_check_clock_columns(c_response_state, c_response_due, c_response_required,
        c_response_remaining, c_resolution_state, c_resolution_due, c_resolution_required,
        c_resolution_remaining, c_next_breach, c_paused, c_overrides);
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
            COALESCE(p_stage, ''), v_at, 1,
            (SELECT COALESCE(max(change_seq), 0) + 1 FROM tickets))
    RETURNING id, change_seq INTO new_id, new_change_seq;
    INSERT INTO events (ticket_id, seq, at, kind, actor_id, action_id, severity, plan_id, body)
    VALUES (new_id, 1, v_at, 'created', v_actor, p_action, p_severity, p_plan,
            COALESCE(p_body, ''));
    event_at := v_at;
    PERFORM pg_notify('dueline_tickets', CAST(new_id AS TEXT));
END;
$$;

-- Replaces the built-in part (p_builtin, the schema owner only: "dueline-cli db migrate") or
-- the team part (a lead, when the team catalog is saved) of the catalog the server checks
-- events against. p_catalog: {"plans": [{"id", "provider", "severities": [{"code",
-- "response": bool, "resolution": bool}], "channels": [ids]}], "stages": [{"provider", "code",
-- "sla": bool}]}. A team plan or stage cannot replace a built-in one.
CREATE FUNCTION dueline_publish_catalog(p_builtin BOOLEAN, p_catalog JSONB) RETURNS INTEGER
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_builtin SMALLINT := CASE WHEN p_builtin THEN 1 ELSE 0 END;
    v_plan JSONB;
    v_item JSONB;
    v_count INTEGER := 0;
BEGIN
    IF p_builtin IS NULL OR p_catalog IS NULL OR jsonb_typeof(p_catalog) <> 'object' THEN
        RAISE EXCEPTION 'a catalog is a JSON object' USING ERRCODE = 'DL004';
    END IF;
    IF p_builtin AND NOT dueline_trusted() THEN
        RAISE EXCEPTION 'only the schema owner writes the built-in catalog' USING ERRCODE = 'DL003';
    END IF;
    IF NOT p_builtin AND NOT dueline_trusted()
       AND NOT (SELECT a.is_lead FROM dueline_actor(NULL) a) THEN
        RAISE EXCEPTION 'only a team lead changes the team catalog' USING ERRCODE = 'DL003';
    END IF;
    IF octet_length(p_catalog::text) > 4194304 THEN
        RAISE EXCEPTION 'the catalog is larger than 4 MiB' USING ERRCODE = 'DL004';
    END IF;
    DELETE FROM catalog_plans WHERE builtin = v_builtin;
    DELETE FROM catalog_stages WHERE builtin = v_builtin;
    FOR v_plan IN SELECT * FROM jsonb_array_elements(COALESCE(p_catalog -> 'plans', '[]'))
    LOOP
        PERFORM dueline_check_line('plan', v_plan ->> 'id', 200);
        PERFORM dueline_check_line('provider', v_plan ->> 'provider', 200);
        IF EXISTS (SELECT 1 FROM catalog_plans WHERE plan_id = v_plan ->> 'id') THEN
            RAISE EXCEPTION 'plan % is in the catalog already', v_plan ->> 'id'
                USING ERRCODE = 'DL004';
        END IF;
        INSERT INTO catalog_plans (plan_id, provider_id, builtin)
        VALUES (v_plan ->> 'id', v_plan ->> 'provider', v_builtin);
        FOR v_item IN SELECT * FROM jsonb_array_elements(COALESCE(v_plan -> 'severities', '[]'))
        LOOP
            PERFORM dueline_check_line('severity', v_item ->> 'code', 200);
            INSERT INTO catalog_severities (plan_id, severity, response_committed,
                                            resolution_committed)
            VALUES (v_plan ->> 'id', v_item ->> 'code',
                    CASE WHEN (v_item ->> 'response')::boolean THEN 1 ELSE 0 END,
                    CASE WHEN (v_item ->> 'resolution')::boolean THEN 1 ELSE 0 END);
        END LOOP;
        FOR v_item IN SELECT * FROM jsonb_array_elements(COALESCE(v_plan -> 'channels', '[]'))
        LOOP
            PERFORM dueline_check_line('channel', v_item #>> '{}', 200);
            INSERT INTO catalog_channels (plan_id, channel) VALUES (v_plan ->> 'id', v_item #>> '{}');
        END LOOP;
        v_count := v_count + 1;
    END LOOP;
    FOR v_item IN SELECT * FROM jsonb_array_elements(COALESCE(p_catalog -> 'stages', '[]'))
    LOOP
        PERFORM dueline_check_line('provider', v_item ->> 'provider', 200);
        PERFORM dueline_check_line('stage', v_item ->> 'code', 200);
        IF EXISTS (SELECT 1 FROM catalog_stages WHERE provider_id = v_item ->> 'provider'
                                                  AND stage = v_item ->> 'code') THEN
            CONTINUE; -- the built-in stage stays
        END IF;
        INSERT INTO catalog_stages (provider_id, stage, sla, builtin)
        VALUES (v_item ->> 'provider', v_item ->> 'code',
                CASE WHEN (v_item ->> 'sla')::boolean THEN 1 ELSE 0 END, v_builtin);
    END LOOP;
    RETURN v_count;
END;
$$;

REVOKE EXECUTE ON FUNCTION dueline_stamp(BIGINT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_take_stamp(BIGINT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_publish_catalog(BOOLEAN, JSONB) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_append_event(BIGINT, BIGINT, INTEGER, TEXT, BIGINT, TEXT,
    TEXT, TEXT, TEXT, BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, BIGINT,
    BIGINT, TEXT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, SMALLINT,
    SMALLINT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_create_ticket(BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT,
    TEXT, TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT, BIGINT,
    TEXT, BIGINT, BIGINT, BIGINT, BIGINT, SMALLINT, SMALLINT) FROM PUBLIC;

-- A database whose roles were set up under schema 3: the group role may call the new functions
-- and read the catalog ("dueline-cli db init --admin" does the same for new databases).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'dueline_agent') THEN
        EXECUTE 'GRANT EXECUTE ON FUNCTION dueline_stamp(BIGINT), '
             || 'dueline_publish_catalog(BOOLEAN, JSONB), '
             || 'dueline_append_event(BIGINT, BIGINT, INTEGER, TEXT, BIGINT, TEXT, TEXT, TEXT, '
             || 'TEXT, BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, BIGINT, '
             || 'BIGINT, TEXT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, '
             || 'SMALLINT, SMALLINT), '
             || 'dueline_create_ticket(BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, '
             || 'TEXT, TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT, BIGINT, '
             || 'TEXT, BIGINT, BIGINT, BIGINT, BIGINT, SMALLINT, SMALLINT) TO dueline_agent';
        EXECUTE 'GRANT SELECT ON catalog_plans, catalog_severities, catalog_channels, '
             || 'catalog_stages TO dueline_agent';
    END IF;
END;
$$;
