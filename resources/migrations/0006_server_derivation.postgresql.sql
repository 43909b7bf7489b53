-- Schema 6, PostgreSQL part: the server derives a ticket's state from its event log (issue 16).
--
-- * The write functions take the proposed event only. After checking it (as schema 4 did) and
--   appending it, they derive status, assignee, severity, plan, first reply, resolution time,
--   both SLA clocks (phase, due, required and remaining working time as of the event), the next
--   breach, paused and overrides by replaying the whole log with dueline_derive, and store
--   that. The client sends none of these columns and the caller cannot influence them.
-- * dueline_derive follows TicketHistory and TicketClocks (models/store/ticketclocks.cpp) and
--   computes the clocks with the SQL clock functions of schema 5 over the stored calendars and
--   targets; tests/store/tst_sqlderive.cpp holds it to the C++ engine on random tickets.
-- * A change of the catalog stored in the database (a plan's targets, pausing statuses or
--   stages, a calendar) queues the tickets of the plans it affects (dueline_recompute), open
--   ones first; dueline_recompute_pending(n) recomputes up to n of them per call, never waiting
--   for a ticket another session holds, and notifies the clients of every row that changed.
--   The program that changed the catalog runs it after its commit, every client's change feed
--   helps, and "dueline-cli db migrate" and "db repair" finish what is left.
-- * Old rows written under schema 4 (whose clock columns were the client's, checked) are
--   queued too, and recomputed by "db migrate" once the calendars are published.

DROP FUNCTION dueline_append_event(BIGINT, BIGINT, INTEGER, TEXT, BIGINT, TEXT, TEXT, TEXT,
    TEXT, BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, TEXT,
    BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, SMALLINT, SMALLINT);
DROP FUNCTION dueline_create_ticket(BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT,
    TEXT, TEXT, TEXT, BIGINT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT,
    BIGINT, BIGINT, BIGINT, SMALLINT, SMALLINT);
DROP FUNCTION dueline_check_clock_columns(TEXT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT,
    BIGINT, BIGINT, SMALLINT, SMALLINT);
DROP FUNCTION dueline_clock_unmoved(TEXT, BIGINT, BIGINT, BIGINT, TEXT, BIGINT, BIGINT, BIGINT,
    BOOLEAN, BIGINT);

-- Tickets whose derived columns must be recomputed after a catalog change; open = 1 for a
-- ticket that was open when queued (recomputed first). Only the server's functions touch it.
CREATE TABLE dueline_recompute (
    ticket_id BIGINT NOT NULL PRIMARY KEY,
    open SMALLINT NOT NULL
);

CREATE INDEX tickets_plan ON tickets (plan_id);

INSERT INTO dueline_recompute (ticket_id, open)
SELECT id, CASE WHEN status IN ('new', 'open', 'waiting_customer') THEN 1 ELSE 0 END
  FROM tickets;

-- The calendar arithmetic of schema 5 the derivation leans on, as PL/pgSQL: the same results
-- (tests/store/tst_sqlclock.cpp proves them against the engine), with their query plans kept for
-- the session instead of planned again in every transaction.
CREATE OR REPLACE FUNCTION dueline_cal_w(p_cal TEXT, p_t BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_start BIGINT;
    v_end BIGINT;
    v_cum BIGINT;
BEGIN
    SELECT s.span_start, s.span_end, s.cum_before INTO v_start, v_end, v_cum
      FROM calendar_spans s WHERE s.calendar_id = p_cal AND s.span_start <= p_t
     ORDER BY s.span_start DESC LIMIT 1;
    IF v_start IS NULL THEN
        RETURN 0;
    END IF;
    RETURN v_cum + (LEAST(p_t, v_end) - v_start);
END;
$$;

CREATE OR REPLACE FUNCTION dueline_cal_at(p_cal TEXT, p_w BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_start BIGINT;
    v_end BIGINT;
    v_cum BIGINT;
BEGIN
    SELECT s.span_start, s.span_end, s.cum_before INTO v_start, v_end, v_cum
      FROM calendar_spans s WHERE s.calendar_id = p_cal AND s.cum_before < p_w
     ORDER BY s.cum_before DESC LIMIT 1;
    IF v_start IS NULL OR v_cum + (v_end - v_start) < p_w THEN
        RETURN NULL;
    END IF;
    RETURN v_start + (p_w - v_cum);
END;
$$;

CREATE OR REPLACE FUNCTION dueline_cal_next(p_cal TEXT, p_t BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_end BIGINT;
    v_next BIGINT;
BEGIN
    SELECT s.span_end INTO v_end FROM calendar_spans s
     WHERE s.calendar_id = p_cal AND s.span_start <= p_t ORDER BY s.span_start DESC LIMIT 1;
    IF v_end > p_t THEN
        RETURN p_t;
    END IF;
    SELECT s.span_start INTO v_next FROM calendar_spans s
     WHERE s.calendar_id = p_cal AND s.span_start > p_t ORDER BY s.span_start LIMIT 1;
    RETURN v_next;
END;
$$;

CREATE OR REPLACE FUNCTION dueline_cal_add(p_cal TEXT, p_range_start BIGINT, p_range_end BIGINT,
                                           p_start BIGINT, p_seconds BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    IF p_start < p_range_start OR p_start >= p_range_end THEN
        RETURN NULL;
    END IF;
    IF p_seconds <= 0 THEN
        RETURN p_start;
    END IF;
    RETURN dueline_cal_at(p_cal, dueline_cal_w(p_cal, p_start) + p_seconds);
END;
$$;

-- Checks every action makes, as PL/pgSQL for the same reason (same results as schema 3 and 4).
CREATE OR REPLACE FUNCTION dueline_trusted() RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    RETURN COALESCE((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false)
        OR pg_catalog.pg_has_role(session_user,
               (SELECT c.relowner FROM pg_catalog.pg_class c
                  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = '@SCHEMA_NAME@' AND c.relname = 'tickets'), 'MEMBER');
END;
$$;

CREATE OR REPLACE FUNCTION dueline_blank(p_text TEXT) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    RETURN p_text IS NULL OR p_text ~ '^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$';
END;
$$;

-- The helpers each action calls many times run in their caller's search_path instead of
-- setting their own: saving and restoring it on every call cost more than the lookups. They
-- are internal (callers are the schema's functions, whose search_path is fixed), run with the
-- rights of whoever calls them (none is SECURITY DEFINER) and give nobody more than that.
ALTER FUNCTION dueline_check_sizes(TEXT, TEXT) RESET search_path;
ALTER FUNCTION dueline_check_line(TEXT, TEXT, INTEGER) RESET search_path;
ALTER FUNCTION dueline_check_instant(TEXT, BIGINT) RESET search_path;
ALTER FUNCTION dueline_blank(TEXT) RESET search_path;
ALTER FUNCTION dueline_take_stamp(BIGINT) RESET search_path;
ALTER FUNCTION dueline_cal_w(TEXT, BIGINT) RESET search_path;
ALTER FUNCTION dueline_cal_at(TEXT, BIGINT) RESET search_path;
ALTER FUNCTION dueline_cal_next(TEXT, BIGINT) RESET search_path;
ALTER FUNCTION dueline_cal_add(TEXT, BIGINT, BIGINT, BIGINT, BIGINT) RESET search_path;
ALTER FUNCTION dueline_cal_business_days(TEXT, BIGINT, BIGINT, INTEGER, BIGINT, BIGINT)
    RESET search_path;

-- What a ticket row caches about one clock (TicketClocks::snapshot without an override): the
-- due with the pauses as they stand at the horizon (the stop, else p_now), the required and
-- the remaining working time, and met or met late once stopped; NULL due when the engine has
-- none (out of the supported years). p_from/p_to: sorted, disjoint pauses (NULL end: open).
CREATE FUNCTION dueline_clock_snapshot(p_cal catalog_calendars, p_amount BIGINT, p_unit TEXT,
                                       p_start BIGINT, p_from BIGINT[], p_to BIGINT[],
                                       p_stopped_at BIGINT, p_now BIGINT,
                                       OUT o_due BIGINT, OUT o_required BIGINT,
                                       OUT o_remaining BIGINT, OUT o_met TEXT)
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_horizon BIGINT := COALESCE(p_stopped_at, p_now);
    v_clock_start BIGINT;
    v_from BIGINT[] := '{}';
    v_to BIGINT[] := '{}';
    v_n INTEGER := 0;
    v_end BIGINT;
    v_elapsed BIGINT := 0;
    v_w BIGINT[];
    v_cursor BIGINT;
    v_w_cursor BIGINT;
    v_left BIGINT;
    v_available BIGINT;
BEGIN
    IF p_start < p_cal.range_start OR p_start >= p_cal.range_end THEN
        RETURN;
    END IF;
    v_clock_start := dueline_cal_next(p_cal.calendar_id, p_start);
    IF v_clock_start IS NULL THEN
        RETURN;
    END IF;
    o_required := CASE p_unit
        WHEN 'minutes' THEN p_amount * 60
        WHEN 'hours' THEN p_amount * 3600
        WHEN 'business_days' THEN
            dueline_cal_business_days(p_cal.calendar_id, p_cal.range_start, p_cal.range_end,
                                      p_cal.day_count, v_clock_start, p_amount)
    END;
    IF o_required IS NULL THEN
        RETURN;
    END IF;
    -- The pauses as they stand at the horizon: later ones dropped, ends cut, touching merged.
    FOR i IN 1 .. COALESCE(array_length(p_from, 1), 0)
    LOOP
        CONTINUE WHEN p_from[i] >= v_horizon;
        v_end := LEAST(COALESCE(p_to[i], v_horizon), v_horizon);
        CONTINUE WHEN v_end <= p_from[i];
        IF v_n > 0 AND p_from[i] <= v_to[v_n] THEN
            v_to[v_n] := GREATEST(v_to[v_n], v_end);
        ELSE
            v_n := v_n + 1;
            v_from[v_n] := p_from[i];
            v_to[v_n] := v_end;
        END IF;
    END LOOP;
    -- The working time before every pause edge, in one query (the start and the horizon too):
    -- the due and the elapsed time need nothing else but one lookup for the due itself.
    SELECT array_agg(COALESCE(x.w, 0) ORDER BY u.o) INTO v_w
      FROM unnest(ARRAY[v_clock_start, v_horizon] || v_from || v_to) WITH ORDINALITY AS u(t, o)
      LEFT JOIN LATERAL (SELECT s.cum_before + (LEAST(u.t, s.span_end) - s.span_start) AS w
                           FROM calendar_spans s
                          WHERE s.calendar_id = p_cal.calendar_id AND s.span_start <= u.t
                          ORDER BY s.span_start DESC LIMIT 1) x ON true;
    -- The due (slaclock.cpp, dueFrom): working time runs from the clock start outside the
    -- pauses until the required time is used up.
    v_cursor := v_clock_start;
    v_w_cursor := v_w[1];
    v_left := o_required;
    IF v_left > 0 THEN
        FOR i IN 1 .. v_n
        LOOP
            CONTINUE WHEN v_to[i] <= v_cursor;
            IF v_from[i] > v_cursor THEN
                v_available := v_w[2 + i] - v_w_cursor;
                EXIT WHEN v_available >= v_left;
                v_left := v_left - v_available;
            END IF;
            v_cursor := v_to[i];
            v_w_cursor := v_w[2 + v_n + i];
            IF v_cursor < p_cal.range_start OR v_cursor >= p_cal.range_end THEN
                v_cursor := NULL;
                EXIT;
            END IF;
        END LOOP;
    END IF;
    IF v_cursor IS NULL OR v_cursor < p_cal.range_start OR v_cursor >= p_cal.range_end THEN
        o_due := NULL;
    ELSIF v_left <= 0 THEN
        o_due := v_cursor;
    ELSE
        o_due := dueline_cal_at(p_cal.calendar_id, v_w_cursor + v_left);
    END IF;
    IF o_due IS NULL THEN
        o_required := NULL;
        RETURN;
    END IF;
    -- Working time from the clock start to the horizon, less the pauses (each lies within it or
    -- before the clock start, where it holds no working time).
    IF v_horizon > v_clock_start THEN
        v_elapsed := v_w[2] - v_w[1];
        FOR i IN 1 .. v_n
        LOOP
            IF v_to[i] > GREATEST(v_clock_start, v_from[i]) THEN
                v_elapsed := v_elapsed - (v_w[2 + v_n + i] - GREATEST(v_w[1], v_w[2 + i]));
            END IF;
        END LOOP;
    END IF;
    o_remaining := o_required - v_elapsed;
    IF p_stopped_at IS NOT NULL THEN
        o_met := CASE WHEN p_stopped_at <= o_due THEN 'met' ELSE 'met_late' END;
    END IF;
END;
$$;

-- Everything a ticket row caches, derived from its event log and the catalog stored in the
-- database, as of p_stamp (the time of its last event). TicketHistory::apply and
-- TicketClocks::fillTicket; the log itself is trusted (the write functions checked each event).
CREATE FUNCTION dueline_derive(p_ticket BIGINT, p_stamp BIGINT,
    OUT o_status TEXT, OUT o_severity TEXT, OUT o_plan_id TEXT, OUT o_assignee_id BIGINT,
    OUT o_updated_at BIGINT, OUT o_first_reply_at BIGINT, OUT o_resolved_at BIGINT,
    OUT o_response_state TEXT, OUT o_response_due BIGINT, OUT o_response_required BIGINT,
    OUT o_response_remaining BIGINT,
    OUT o_resolution_state TEXT, OUT o_resolution_due BIGINT, OUT o_resolution_required BIGINT,
    OUT o_resolution_remaining BIGINT,
    OUT o_next_breach BIGINT, OUT o_paused SMALLINT, OUT o_overrides SMALLINT)
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    e RECORD;
    v_next TEXT;
    v_created BIGINT;
    v_first_resolved BIGINT;
    v_last_resolved BIGINT;
    v_override BIGINT[] := ARRAY[NULL, NULL]::BIGINT[];
    v_change_at BIGINT[] := '{}';
    v_change_status TEXT[] := '{}';
    v_n INTEGER;
    v_to BIGINT;
    v_pausing TEXT[];
    v_wait_from BIGINT[] := '{}';
    v_wait_to BIGINT[] := '{}';
    v_all_from BIGINT[] := '{}';
    v_all_to BIGINT[] := '{}';
    v_is_paused BOOLEAN;
    v_stage TEXT;
    v_provider TEXT;
    v_sla BOOLEAN;
    v_kind TEXT;
    v_k INTEGER;
    v_stop BIGINT;
    v_target RECORD;
    v_cal catalog_calendars%ROWTYPE;
    v_clock RECORD;
    v_clock_start BIGINT;
    v_pause BOOLEAN;
    v_state TEXT;
    v_due BIGINT;
    v_required BIGINT;
    v_remaining BIGINT;
BEGIN
    -- The history (TicketHistory::apply, without the checks).
    FOR e IN SELECT ev.at, ev.kind, ev.status, ev.severity, ev.plan_id, ev.assignee_id,
                    ev.target, ev.due
               FROM events ev WHERE ev.ticket_id = p_ticket ORDER BY ev.seq
    LOOP
        v_next := o_status;
        CASE e.kind
        WHEN 'created' THEN
            v_created := e.at;
            o_severity := e.severity;
            o_plan_id := e.plan_id;
            v_next := 'new';
        WHEN 'assigned' THEN
            o_assignee_id := e.assignee_id;
            IF o_status = 'new' THEN
                v_next := 'open';
            END IF;
        WHEN 'replied' THEN
            IF o_status = 'new' THEN
                v_next := 'open';
            END IF;
            o_first_reply_at := COALESCE(o_first_reply_at, e.at);
        WHEN 'status' THEN
            v_next := e.status;
        WHEN 'severity' THEN
            o_severity := e.severity;
        WHEN 'plan' THEN
            o_plan_id := e.plan_id;
            o_severity := e.severity;
        WHEN 'resolved' THEN
            v_first_resolved := COALESCE(v_first_resolved, e.at);
            v_last_resolved := e.at;
            v_next := 'resolved';
        WHEN 'reopened' THEN
            v_next := 'open';
        WHEN 'due_override' THEN
            v_override[CASE WHEN e.target = 'response' THEN 1 ELSE 2 END] := e.due;
        ELSE
            NULL; -- a note
        END CASE;
        IF e.kind = 'created' OR v_next IS DISTINCT FROM o_status THEN
            v_change_at := v_change_at || e.at;
            v_change_status := v_change_status || v_next;
        END IF;
        o_status := v_next;
    END LOOP;
    IF v_created IS NULL THEN
        RAISE EXCEPTION 'ticket #% has no created event', p_ticket USING ERRCODE = 'DL002';
    END IF;
    o_updated_at := p_stamp;
    o_resolved_at := CASE WHEN o_status IN ('resolved', 'closed') THEN v_last_resolved END;

    -- Pauses: the intervals in a pausing status; for the resolution clock also the time between
    -- a resolution and what followed it (TicketClocks::TicketClocks). Both lists in time order
    -- (the status intervals follow each other).
    SELECT array_agg(p.status) INTO v_pausing FROM catalog_pausing p WHERE p.plan_id = o_plan_id;
    v_pausing := COALESCE(v_pausing, ARRAY['waiting_customer']);
    v_n := array_length(v_change_at, 1);
    FOR i IN 1 .. v_n
    LOOP
        v_to := CASE WHEN i < v_n THEN v_change_at[i + 1] END; -- NULL: still in that status
        v_pause := v_change_status[i] = ANY (v_pausing);
        IF v_pause THEN
            v_wait_from := v_wait_from || v_change_at[i];
            v_wait_to := v_wait_to || v_to;
        END IF;
        IF v_pause OR (v_change_status[i] = 'resolved' AND v_to IS NOT NULL) THEN
            v_all_from := v_all_from || v_change_at[i];
            v_all_to := v_all_to || v_to;
        END IF;
    END LOOP;
    v_is_paused := o_status = ANY (v_pausing);
    o_paused := CASE WHEN v_is_paused AND o_status IN ('new', 'open', 'waiting_customer')
                     THEN 1 ELSE 0 END;

    -- Whether the plan commits at all: a known plan offering the severity, and a service stage
    -- with SLA (or none).
    SELECT t.service_stage INTO v_stage FROM tickets t WHERE t.id = p_ticket;
    SELECT p.provider_id INTO v_provider FROM catalog_plans p WHERE p.plan_id = o_plan_id;
    v_sla := v_provider IS NOT NULL
        AND EXISTS (SELECT 1 FROM catalog_severities s
                     WHERE s.plan_id = o_plan_id AND s.severity = o_severity)
        AND NOT (COALESCE(v_stage, '') <> '' AND EXISTS (
                     SELECT 1 FROM catalog_stages st
                      WHERE st.provider_id = v_provider AND st.stage = v_stage AND st.sla = 0));

    o_overrides := 0;
    FOREACH v_kind IN ARRAY ARRAY['response', 'resolution']
    LOOP
        v_k := CASE WHEN v_kind = 'response' THEN 1 ELSE 2 END;
        v_state := 'not_applicable';
        v_due := NULL;
        v_required := NULL;
        v_remaining := NULL;
        IF v_kind = 'response' THEN
            -- the first public reply, or the first resolution when that came first
            v_stop := CASE WHEN v_first_resolved IS NOT NULL
                                AND (o_first_reply_at IS NULL OR v_first_resolved < o_first_reply_at)
                           THEN v_first_resolved ELSE o_first_reply_at END;
        ELSE
            v_stop := o_resolved_at;
        END IF;
        v_target := NULL;
        v_cal := NULL;
        IF v_sla THEN
            SELECT t.amount, t.unit, t.calendar_id INTO v_target FROM catalog_targets t
             WHERE t.plan_id = o_plan_id AND t.severity = o_severity AND t.kind = v_kind;
            IF v_target.calendar_id IS NOT NULL THEN
                SELECT * INTO v_cal FROM catalog_calendars c
                 WHERE c.calendar_id = v_target.calendar_id AND c.complete = 1;
            END IF;
        END IF;
        IF v_cal.calendar_id IS NOT NULL AND v_override[v_k] IS NULL THEN
            IF v_k = 1 THEN
                SELECT * INTO v_clock
                  FROM dueline_clock_snapshot(v_cal, v_target.amount, v_target.unit, v_created,
                                              v_wait_from, v_wait_to, v_stop, p_stamp);
            ELSE
                SELECT * INTO v_clock
                  FROM dueline_clock_snapshot(v_cal, v_target.amount, v_target.unit, v_created,
                                              v_all_from, v_all_to, v_stop, p_stamp);
            END IF;
            IF v_clock.o_due IS NOT NULL THEN
                v_due := v_clock.o_due;
                v_required := v_clock.o_required;
                v_remaining := v_clock.o_remaining;
                v_state := CASE WHEN v_clock.o_met IS NOT NULL THEN v_clock.o_met
                                WHEN v_stop IS NULL AND v_is_paused THEN 'paused'
                                ELSE 'running' END;
            END IF;
        ELSIF v_cal.calendar_id IS NOT NULL THEN
            -- An absolute due set by a lead (TicketClocks::evaluate): pauses do not move it.
            IF v_created >= v_cal.range_start AND v_created < v_cal.range_end THEN
                v_clock_start := dueline_cal_next(v_cal.calendar_id, v_created);
            ELSE
                v_clock_start := NULL;
            END IF;
            IF v_clock_start IS NOT NULL AND v_override[v_k] >= v_cal.range_start
               AND v_override[v_k] < v_cal.range_end THEN
                v_due := v_override[v_k];
                v_required := GREATEST(0, dueline_cal_w(v_cal.calendar_id, v_due)
                                          - dueline_cal_w(v_cal.calendar_id, v_clock_start));
                v_remaining := dueline_cal_w(v_cal.calendar_id, v_due)
                               - dueline_cal_w(v_cal.calendar_id, COALESCE(v_stop, p_stamp));
                v_state := CASE WHEN v_stop IS NOT NULL AND v_stop <= v_due THEN 'met'
                                WHEN v_stop IS NOT NULL THEN 'met_late'
                                WHEN v_is_paused THEN 'paused'
                                ELSE 'running' END;
                o_overrides := o_overrides | v_k;
            END IF;
        END IF;
        IF v_k = 1 THEN
            o_response_state := v_state;
            o_response_due := v_due;
            o_response_required := v_required;
            o_response_remaining := v_remaining;
        ELSE
            o_resolution_state := v_state;
            o_resolution_due := v_due;
            o_resolution_required := v_required;
            o_resolution_remaining := v_remaining;
        END IF;
    END LOOP;
    o_next_breach := LEAST(CASE WHEN o_response_state = 'running' THEN o_response_due END,
                           CASE WHEN o_resolution_state = 'running' THEN o_resolution_due END);
END;
$$;

-- Stores the derived columns of a ticket as of p_stamp (its last event's time) in its row: the
-- row version grows when p_new_event (the write functions), the change sequence always. Returns
-- both.
CREATE FUNCTION dueline_store_derived(p_ticket BIGINT, p_stamp BIGINT, p_new_event BOOLEAN,
                                      OUT row_version BIGINT, OUT change_seq BIGINT)
    LANGUAGE plpgsql VOLATILE SET search_path = @SCHEMA@, pg_temp AS $$
#variable_conflict use_column
BEGIN
    UPDATE tickets t
       SET (status, severity, plan_id, assignee_id, updated_at, first_reply_at, resolved_at,
            response_state, response_due, response_required, response_remaining,
            resolution_state, resolution_due, resolution_required, resolution_remaining,
            next_breach, paused, overrides, row_version, change_seq) =
           (SELECT d.o_status, d.o_severity, d.o_plan_id, d.o_assignee_id, d.o_updated_at,
                   d.o_first_reply_at, d.o_resolved_at, d.o_response_state, d.o_response_due,
                   d.o_response_required, d.o_response_remaining, d.o_resolution_state,
                   d.o_resolution_due, d.o_resolution_required, d.o_resolution_remaining,
                   d.o_next_breach, d.o_paused, d.o_overrides,
                   t.row_version + CASE WHEN p_new_event THEN 1 ELSE 0 END,
                   (SELECT COALESCE(max(x.change_seq), 0) + 1 FROM tickets x)
              FROM dueline_derive(p_ticket, p_stamp) d)
     WHERE t.id = p_ticket
    RETURNING t.row_version, t.change_seq INTO row_version, change_seq;
END;
$$;

-- Creates a ticket with its "created" event at the server's stamp (dueline_stamp(0)), checking
-- the customer, plan, severity, channel and stage against the database; the row's state is
-- derived from the event. Returns the new ticket's id, change sequence and time.
CREATE FUNCTION dueline_create_ticket(
    p_actor BIGINT, p_action TEXT, p_customer BIGINT, p_subject TEXT,
    p_channel TEXT, p_stage TEXT, p_severity TEXT, p_plan TEXT, p_body TEXT,
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
    -- The row starts as a new ticket's; its derived columns follow from the created event.
    INSERT INTO tickets (status, severity, plan_id, updated_at, response_state,
                         resolution_state, customer_id, subject, channel, service_stage,
                         created_at, row_version, change_seq)
    VALUES ('new', p_severity, p_plan, v_at, 'not_applicable', 'not_applicable', p_customer,
            p_subject, p_channel, COALESCE(p_stage, ''), v_at, 1, 0)
    RETURNING id INTO new_id;
    INSERT INTO events (ticket_id, seq, at, kind, actor_id, action_id, severity, plan_id, body)
    VALUES (new_id, 1, v_at, 'created', v_actor, p_action, p_severity, p_plan,
            COALESCE(p_body, ''));
    SELECT s.change_seq INTO new_change_seq FROM dueline_store_derived(new_id, v_at, false) s;
    event_at := v_at;
    PERFORM pg_notify('dueline_tickets', CAST(new_id AS TEXT));
END;
$$;

-- Appends one event to a ticket at the server's stamp after checking it against the ticket's
-- history, and stores the state the whole log now leads to. Returns the new row version, change
-- sequence and the event's time.
CREATE FUNCTION dueline_append_event(
    p_ticket BIGINT, p_base_version BIGINT, p_seq INTEGER, p_kind TEXT,
    p_actor BIGINT, p_action TEXT, p_status TEXT, p_severity TEXT, p_plan TEXT,
    p_assignee BIGINT, p_target TEXT, p_due BIGINT, p_body TEXT,
    OUT new_row_version BIGINT, OUT new_change_seq BIGINT, OUT event_at BIGINT)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
    SET lock_timeout = '5s' AS $$
DECLARE
    t tickets%ROWTYPE;
    v_actor BIGINT;
    v_lead BOOLEAN;
    v_at BIGINT;
    v_last_seq INTEGER;
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
        IF t.status = 'new' THEN
        END IF;
    WHEN 'replied' THEN
        IF dueline_blank(p_body) THEN
            RAISE EXCEPTION 'a reply needs a text' USING ERRCODE = 'DL004';
        END IF;
        IF t.status = 'new' THEN
        END IF;
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
    WHEN 'severity' THEN
        IF p_severity IS NULL OR p_severity = t.severity THEN
            RAISE EXCEPTION 'the severity is already %', t.severity USING ERRCODE = 'DL004';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM catalog_severities
                        WHERE plan_id = t.plan_id AND severity = p_severity) THEN
            RAISE EXCEPTION 'plan % has no severity "%"', t.plan_id, p_severity
                USING ERRCODE = 'DL004';
        END IF;
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
    WHEN 'resolved' THEN
        IF t.status NOT IN ('new', 'open', 'waiting_customer') THEN
            RAISE EXCEPTION 'only an open ticket can be resolved (it is %)', t.status
                USING ERRCODE = 'DL004';
        END IF;
    WHEN 'reopened' THEN
        IF t.status <> 'resolved' THEN
            RAISE EXCEPTION 'only a resolved ticket can be reopened (it is %)', t.status
                USING ERRCODE = 'DL004';
        END IF;
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

    INSERT INTO events (ticket_id, seq, at, kind, actor_id, action_id, status, severity, plan_id,
                        assignee_id, target, due, body)
    VALUES (p_ticket, p_seq, v_at, p_kind, v_actor, p_action, p_status, p_severity, p_plan,
            p_assignee, p_target, p_due, COALESCE(p_body, ''));
    SELECT s.row_version, s.change_seq INTO new_row_version, new_change_seq
      FROM dueline_store_derived(p_ticket, v_at, true) s;
    event_at := v_at;
    PERFORM pg_notify('dueline_tickets', CAST(p_ticket AS TEXT));
END;
$$;


-- Recomputes one ticket from its log (at its last event's time) under its row lock. True when the
-- stored row changed; the clients are notified then.
CREATE FUNCTION dueline_rederive(p_ticket BIGINT) RETURNS BOOLEAN
    LANGUAGE plpgsql VOLATILE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    t tickets%ROWTYPE;
    v_last BIGINT;
BEGIN
    SELECT * INTO t FROM tickets WHERE id = p_ticket FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    SELECT max(at) INTO v_last FROM events WHERE ticket_id = p_ticket;
    IF v_last IS NULL THEN
        RETURN false; -- no log to derive from ("db check" names it)
    END IF;
    IF EXISTS (SELECT 1 FROM dueline_derive(p_ticket, v_last) d
                WHERE (d.o_status, d.o_severity, d.o_plan_id, d.o_assignee_id, d.o_updated_at,
                       d.o_first_reply_at, d.o_resolved_at, d.o_response_state, d.o_response_due,
                       d.o_response_required, d.o_response_remaining, d.o_resolution_state,
                       d.o_resolution_due, d.o_resolution_required, d.o_resolution_remaining,
                       d.o_next_breach, d.o_paused, d.o_overrides)
                      IS NOT DISTINCT FROM
                      (t.status, t.severity, t.plan_id, t.assignee_id, t.updated_at,
                       t.first_reply_at, t.resolved_at, t.response_state, t.response_due,
                       t.response_required, t.response_remaining, t.resolution_state,
                       t.resolution_due, t.resolution_required, t.resolution_remaining,
                       t.next_breach, t.paused, t.overrides)) THEN
        RETURN false;
    END IF;
    PERFORM dueline_store_derived(p_ticket, v_last, false);
    PERFORM pg_notify('dueline_tickets', CAST(p_ticket AS TEXT));
    RETURN true;
END;
$$;

-- Queues the tickets of the given plans for recomputation.
CREATE FUNCTION dueline_queue_plans(p_plans TEXT[]) RETURNS BIGINT
    LANGUAGE plpgsql VOLATILE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_count BIGINT;
BEGIN
    IF COALESCE(array_length(p_plans, 1), 0) = 0 THEN
        RETURN 0;
    END IF;
    INSERT INTO dueline_recompute (ticket_id, open)
    SELECT t.id, CASE WHEN t.status IN ('new', 'open', 'waiting_customer') THEN 1 ELSE 0 END
      FROM tickets t WHERE t.plan_id = ANY (p_plans)
    ON CONFLICT (ticket_id) DO NOTHING;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END;
$$;

-- What of the catalog a plan's clocks depend on, as one text: its provider, severities and
-- targets, the fingerprints of the calendars they run on, its pausing statuses and its
-- provider's stages without SLA. NULL for a plan that is not there.
CREATE FUNCTION dueline_plan_fingerprint(p_plan TEXT) RETURNS TEXT
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT md5(concat_ws('|', p.provider_id,
        (SELECT string_agg(s.severity, ',' ORDER BY s.severity) FROM catalog_severities s
          WHERE s.plan_id = p.plan_id),
        (SELECT string_agg(concat_ws('/', t.severity, t.kind, t.amount, t.unit, t.calendar_id,
                                     c.fingerprint, c.complete), ','
                           ORDER BY t.severity, t.kind)
           FROM catalog_targets t LEFT JOIN catalog_calendars c ON c.calendar_id = t.calendar_id
          WHERE t.plan_id = p.plan_id),
        (SELECT string_agg(x.status, ',' ORDER BY x.status) FROM catalog_pausing x
          WHERE x.plan_id = p.plan_id),
        (SELECT string_agg(st.stage, ',' ORDER BY st.stage) FROM catalog_stages st
          WHERE st.provider_id = p.provider_id AND st.sla = 0)))
      FROM catalog_plans p WHERE p.plan_id = p_plan
$$;

-- Every plan's fingerprint (a plan that comes or goes changes the set of keys).
CREATE FUNCTION dueline_plan_fingerprints() RETURNS JSONB
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT COALESCE(jsonb_object_agg(x.plan_id, dueline_plan_fingerprint(x.plan_id)), '{}')
      FROM catalog_plans x
$$;

-- Queues the tickets of every plan whose fingerprint differs between two snapshots.
CREATE FUNCTION dueline_queue_changed_plans(p_before JSONB, p_after JSONB) RETURNS BIGINT
    LANGUAGE sql VOLATILE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT dueline_queue_plans(ARRAY(
        SELECT k FROM (SELECT jsonb_object_keys(p_before) AS k
                       UNION SELECT jsonb_object_keys(p_after)) keys
         WHERE (p_before ->> k) IS DISTINCT FROM (p_after ->> k)))
$$;

-- Publishing the catalog (schemas 4 and 5) now also queues the tickets whose clocks the change
-- affects.
ALTER FUNCTION dueline_publish_catalog(BOOLEAN, JSONB) RENAME TO dueline_publish_catalog_rows;
ALTER FUNCTION dueline_publish_calendar(BOOLEAN, TEXT, TEXT, BIGINT, BIGINT, INTEGER, INTEGER,
    BIGINT, TEXT) RENAME TO dueline_publish_calendar_start;
ALTER FUNCTION dueline_publish_calendar_end(TEXT) RENAME TO dueline_publish_calendar_rows_end;
REVOKE EXECUTE ON FUNCTION dueline_publish_catalog_rows(BOOLEAN, JSONB) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_publish_calendar_start(BOOLEAN, TEXT, TEXT, BIGINT, BIGINT,
    INTEGER, INTEGER, BIGINT, TEXT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_publish_calendar_rows_end(TEXT) FROM PUBLIC;

CREATE FUNCTION dueline_publish_catalog(p_builtin BOOLEAN, p_catalog JSONB) RETURNS INTEGER
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_before JSONB := dueline_plan_fingerprints();
    v_count INTEGER;
BEGIN
    v_count := dueline_publish_catalog_rows(p_builtin, p_catalog);
    PERFORM dueline_queue_changed_plans(v_before, dueline_plan_fingerprints());
    RETURN v_count;
END;
$$;

-- The start of a calendar's publication, as in schema 5 (its tickets are queued at the end).
CREATE FUNCTION dueline_publish_calendar(p_builtin BOOLEAN, p_id TEXT, p_time_zone TEXT,
                                         p_range_start BIGINT, p_range_end BIGINT,
                                         p_span_count INTEGER, p_day_count INTEGER,
                                         p_total BIGINT, p_fingerprint TEXT) RETURNS BOOLEAN
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT dueline_publish_calendar_start(p_builtin, p_id, p_time_zone, p_range_start,
                                          p_range_end, p_span_count, p_day_count, p_total,
                                          p_fingerprint)
$$;

-- The end of a calendar's publication: its plans' tickets are queued.
CREATE FUNCTION dueline_publish_calendar_end(p_id TEXT) RETURNS INTEGER
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_spans INTEGER := dueline_publish_calendar_rows_end(p_id);
BEGIN
    PERFORM dueline_queue_plans(ARRAY(SELECT DISTINCT t.plan_id FROM catalog_targets t
                                       WHERE t.calendar_id = p_id));
    RETURN v_spans;
END;
$$;

-- Recomputes up to p_limit (1 to 5000) queued tickets, open ones first; returns how many (0:
-- nothing left that can be taken now). Any Dueline login may call it: it only brings rows in line
-- with their logs. It never waits: a ticket another session holds (an action in progress, or a
-- caller of this function) is skipped and stays queued for a later call.
CREATE FUNCTION dueline_recompute_pending(p_limit INTEGER) RETURNS INTEGER
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_id BIGINT;
    v_count INTEGER := 0;
BEGIN
    PERFORM dueline_actor(NULL);
    FOR v_id IN
        SELECT r.ticket_id FROM dueline_recompute r JOIN tickets t ON t.id = r.ticket_id
         ORDER BY r.open DESC, r.ticket_id
         LIMIT LEAST(GREATEST(COALESCE(p_limit, 1), 1), 5000)
           FOR UPDATE OF r, t SKIP LOCKED
    LOOP
        DELETE FROM dueline_recompute WHERE ticket_id = v_id;
        PERFORM dueline_rederive(v_id);
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END;
$$;

-- Queues every ticket ("db repair", the schema owner only).
CREATE FUNCTION dueline_queue_all() RETURNS BIGINT
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_count BIGINT;
BEGIN
    IF NOT dueline_trusted() THEN
        RAISE EXCEPTION 'only the schema owner recomputes every ticket' USING ERRCODE = 'DL003';
    END IF;
    INSERT INTO dueline_recompute (ticket_id, open)
    SELECT t.id, CASE WHEN t.status IN ('new', 'open', 'waiting_customer') THEN 1 ELSE 0 END
      FROM tickets t
    ON CONFLICT (ticket_id) DO NOTHING;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END;
$$;

-- How many tickets wait for recomputation ("db check" reports it).
CREATE FUNCTION dueline_recompute_backlog() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT count(*) FROM dueline_recompute
$$;

REVOKE EXECUTE ON FUNCTION dueline_store_derived(BIGINT, BIGINT, BOOLEAN) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_rederive(BIGINT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_queue_plans(TEXT[]) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_queue_changed_plans(JSONB, JSONB) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_publish_catalog(BOOLEAN, JSONB) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_publish_calendar(BOOLEAN, TEXT, TEXT, BIGINT, BIGINT, INTEGER,
    INTEGER, BIGINT, TEXT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_publish_calendar_end(TEXT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_recompute_pending(INTEGER) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_recompute_backlog() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_queue_all() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_append_event(BIGINT, BIGINT, INTEGER, TEXT, BIGINT, TEXT,
    TEXT, TEXT, TEXT, BIGINT, TEXT, BIGINT, TEXT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_create_ticket(BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT,
    TEXT, TEXT) FROM PUBLIC;

-- A database whose roles were set up before schema 6: the group role calls the new functions,
-- no longer the renamed inner ones ("dueline-cli db init --admin" grants new databases).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'dueline_agent') THEN
        EXECUTE 'REVOKE EXECUTE ON FUNCTION dueline_publish_catalog_rows(BOOLEAN, JSONB), '
             || 'dueline_publish_calendar_start(BOOLEAN, TEXT, TEXT, BIGINT, BIGINT, INTEGER, '
             || 'INTEGER, BIGINT, TEXT), dueline_publish_calendar_rows_end(TEXT) '
             || 'FROM dueline_agent';
        EXECUTE 'GRANT EXECUTE ON FUNCTION dueline_publish_catalog(BOOLEAN, JSONB), '
             || 'dueline_publish_calendar(BOOLEAN, TEXT, TEXT, BIGINT, BIGINT, INTEGER, INTEGER, '
             || 'BIGINT, TEXT), dueline_publish_calendar_end(TEXT), '
             || 'dueline_recompute_pending(INTEGER), dueline_recompute_backlog(), '
             || 'dueline_append_event(BIGINT, BIGINT, INTEGER, TEXT, BIGINT, TEXT, TEXT, TEXT, '
             || 'TEXT, BIGINT, TEXT, BIGINT, TEXT), '
             || 'dueline_create_ticket(BIGINT, TEXT, BIGINT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT) '
             || 'TO dueline_agent';
    END IF;
END;
$$;
