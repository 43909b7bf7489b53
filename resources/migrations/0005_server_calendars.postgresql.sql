-- Dueline schema 5 on PostgreSQL: publishing the calendars and targets (owner for the built-in
-- part, a lead for the team's, never an agent), and clock arithmetic in SQL over the stored
-- spans that agrees with the C++ engine (models/sla/workcalendar.cpp, slaclock.cpp) to the
-- second; tests/store/tst_sqlclock.cpp proves it on random cases. Instants are UTC epoch
-- seconds; NULL stands for the engine's InvalidInstant (out of the supported years, no due).

-- Refuses a publisher who may not write that part of the catalog.
CREATE FUNCTION dueline_check_publisher(p_builtin BOOLEAN) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    IF p_builtin IS NULL THEN
        RAISE EXCEPTION 'say whether the built-in or the team catalog is written'
            USING ERRCODE = 'DL004';
    END IF;
    IF p_builtin AND NOT dueline_trusted() THEN
        RAISE EXCEPTION 'only the schema owner writes the built-in catalog' USING ERRCODE = 'DL003';
    END IF;
    IF NOT p_builtin AND NOT dueline_trusted()
       AND NOT (SELECT a.is_lead FROM dueline_actor(NULL) a) THEN
        RAISE EXCEPTION 'only a team lead changes the team catalog' USING ERRCODE = 'DL003';
    END IF;
END;
$$;

-- The catalog summary of schema 4, now with each severity's targets ("targets": {"response":
-- {"amount", "unit", "calendar"}, "resolution": …}), each plan's pausing statuses ("pausing")
-- and the ids of the calendars of this part ("calendars"; others of the part are removed).
CREATE OR REPLACE FUNCTION dueline_publish_catalog(p_builtin BOOLEAN, p_catalog JSONB)
    RETURNS INTEGER
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_builtin SMALLINT := CASE WHEN p_builtin THEN 1 ELSE 0 END;
    v_plan JSONB;
    v_item JSONB;
    v_target JSONB;
    v_kind TEXT;
    v_count INTEGER := 0;
BEGIN
    IF p_builtin IS NULL OR p_catalog IS NULL OR jsonb_typeof(p_catalog) <> 'object' THEN
        RAISE EXCEPTION 'a catalog is a JSON object' USING ERRCODE = 'DL004';
    END IF;
    PERFORM dueline_check_publisher(p_builtin);
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
            FOREACH v_kind IN ARRAY ARRAY['response', 'resolution']
            LOOP
                v_target := v_item -> 'targets' -> v_kind;
                CONTINUE WHEN v_target IS NULL OR jsonb_typeof(v_target) = 'null';
                PERFORM dueline_check_line('calendar', v_target ->> 'calendar', 200);
                IF jsonb_typeof(v_target -> 'amount') IS DISTINCT FROM 'number'
                   OR (v_target ->> 'amount')::numeric NOT BETWEEN 0 AND 1000000
                   OR (v_target ->> 'amount')::numeric <> trunc((v_target ->> 'amount')::numeric)
                   OR (v_target ->> 'unit') IS NULL
                   OR (v_target ->> 'unit') NOT IN ('minutes', 'hours', 'business_days')
                   OR (v_target ->> 'calendar') IS NULL THEN
                    RAISE EXCEPTION 'plan % severity %: a % target needs an amount, a unit and a calendar',
                        v_plan ->> 'id', v_item ->> 'code', v_kind USING ERRCODE = 'DL004';
                END IF;
                INSERT INTO catalog_targets (plan_id, severity, kind, amount, unit, calendar_id)
                VALUES (v_plan ->> 'id', v_item ->> 'code', v_kind,
                        (v_target ->> 'amount')::bigint, v_target ->> 'unit',
                        v_target ->> 'calendar');
            END LOOP;
        END LOOP;
        FOR v_item IN SELECT * FROM jsonb_array_elements(COALESCE(v_plan -> 'channels', '[]'))
        LOOP
            PERFORM dueline_check_line('channel', v_item #>> '{}', 200);
            INSERT INTO catalog_channels (plan_id, channel) VALUES (v_plan ->> 'id', v_item #>> '{}');
        END LOOP;
        FOR v_item IN SELECT * FROM jsonb_array_elements(COALESCE(v_plan -> 'pausing', '[]'))
        LOOP
            PERFORM dueline_check_line('status', v_item #>> '{}', 200);
            INSERT INTO catalog_pausing (plan_id, status) VALUES (v_plan ->> 'id', v_item #>> '{}')
            ON CONFLICT DO NOTHING;
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
    -- Calendars this part no longer has (their rows go with them).
    IF jsonb_typeof(p_catalog -> 'calendars') = 'array' THEN
        DELETE FROM catalog_calendars
        WHERE builtin = v_builtin
          AND calendar_id NOT IN (SELECT c #>> '{}'
                                  FROM jsonb_array_elements(p_catalog -> 'calendars') c);
    END IF;
    RETURN v_count;
END;
$$;

-- Starts writing calendar p_id: true when its rows must be (re)written, false when the stored
-- copy is complete and has the same fingerprint. A lead never replaces a built-in calendar.
CREATE FUNCTION dueline_publish_calendar(p_builtin BOOLEAN, p_id TEXT, p_time_zone TEXT,
                                         p_range_start BIGINT, p_range_end BIGINT,
                                         p_span_count INTEGER, p_day_count INTEGER,
                                         p_total BIGINT, p_fingerprint TEXT) RETURNS BOOLEAN
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_old catalog_calendars%ROWTYPE;
BEGIN
    PERFORM dueline_check_publisher(p_builtin);
    IF p_id IS NULL OR p_time_zone IS NULL OR p_fingerprint IS NULL OR p_range_start IS NULL
       OR p_range_end IS NULL OR p_span_count IS NULL OR p_day_count IS NULL
       OR p_total IS NULL THEN
        RAISE EXCEPTION 'a calendar needs every field' USING ERRCODE = 'DL004';
    END IF;
    PERFORM dueline_check_line('calendar', p_id, 200);
    PERFORM dueline_check_line('time zone', p_time_zone, 200);
    PERFORM dueline_check_line('fingerprint', p_fingerprint, 200);
    IF p_range_end <= p_range_start OR p_span_count NOT BETWEEN 0 AND 4000000
       OR p_day_count NOT BETWEEN 0 AND 100000 OR p_total < 0
       OR p_total > p_range_end - p_range_start THEN
        RAISE EXCEPTION 'calendar %: impossible sizes', p_id USING ERRCODE = 'DL004';
    END IF;
    SELECT * INTO v_old FROM catalog_calendars WHERE calendar_id = p_id FOR UPDATE;
    IF FOUND THEN
        IF v_old.builtin = 1 AND NOT p_builtin THEN
            RAISE EXCEPTION 'calendar % is built in: only the schema owner changes it', p_id
                USING ERRCODE = 'DL003';
        END IF;
        IF v_old.complete = 1 AND v_old.builtin = (CASE WHEN p_builtin THEN 1 ELSE 0 END)
           AND v_old.fingerprint = p_fingerprint AND v_old.span_count = p_span_count
           AND v_old.day_count = p_day_count AND v_old.total_working = p_total
           AND v_old.time_zone = p_time_zone AND v_old.range_start = p_range_start
           AND v_old.range_end = p_range_end THEN
            RETURN false;
        END IF;
        DELETE FROM catalog_calendars WHERE calendar_id = p_id;
    END IF;
    INSERT INTO catalog_calendars (calendar_id, builtin, time_zone, range_start, range_end,
                                   span_count, day_count, total_working, fingerprint, complete)
    VALUES (p_id, CASE WHEN p_builtin THEN 1 ELSE 0 END, p_time_zone, p_range_start, p_range_end,
            p_span_count, p_day_count, p_total, p_fingerprint, 0);
    RETURN true;
END;
$$;

-- The calendar being written, for a publisher allowed to write it.
CREATE FUNCTION dueline_calendar_in_publication(p_id TEXT) RETURNS catalog_calendars
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_cal catalog_calendars%ROWTYPE;
BEGIN
    SELECT * INTO v_cal FROM catalog_calendars WHERE calendar_id = p_id;
    IF NOT FOUND OR v_cal.complete = 1 THEN
        RAISE EXCEPTION 'calendar % is not being published', p_id USING ERRCODE = 'DL004';
    END IF;
    PERFORM dueline_check_publisher(v_cal.builtin = 1);
    RETURN v_cal;
END;
$$;

-- One batch (at most 10 000) of working spans.
CREATE FUNCTION dueline_publish_calendar_spans(p_id TEXT, p_starts BIGINT[], p_ends BIGINT[],
                                               p_cums BIGINT[]) RETURNS INTEGER
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_cal catalog_calendars%ROWTYPE := dueline_calendar_in_publication(p_id);
    v_n INTEGER := COALESCE(array_length(p_starts, 1), 0);
BEGIN
    IF v_n > 10000 OR COALESCE(array_length(p_ends, 1), 0) <> v_n
       OR COALESCE(array_length(p_cums, 1), 0) <> v_n THEN
        RAISE EXCEPTION 'calendar %: a batch is up to 10000 spans with a start, an end and a sum',
            p_id USING ERRCODE = 'DL004';
    END IF;
    INSERT INTO calendar_spans (calendar_id, span_start, span_end, cum_before)
    SELECT p_id, u.s, u.e, u.c FROM unnest(p_starts, p_ends, p_cums) AS u(s, e, c);
    RETURN v_n;
END;
$$;

-- One batch (at most 10 000) of working days, numbered from p_first.
CREATE FUNCTION dueline_publish_calendar_days(p_id TEXT, p_first INTEGER, p_cum_starts BIGINT[],
                                              p_cum_ends BIGINT[]) RETURNS INTEGER
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_cal catalog_calendars%ROWTYPE := dueline_calendar_in_publication(p_id);
    v_n INTEGER := COALESCE(array_length(p_cum_starts, 1), 0);
BEGIN
    IF v_n > 10000 OR COALESCE(array_length(p_cum_ends, 1), 0) <> v_n OR p_first IS NULL
       OR p_first < 0 THEN
        RAISE EXCEPTION 'calendar %: a batch is up to 10000 days with a start and an end', p_id
            USING ERRCODE = 'DL004';
    END IF;
    INSERT INTO calendar_days (calendar_id, day_index, cum_start, cum_end)
    SELECT p_id, p_first + (u.o - 1)::INTEGER, u.s, u.e
    FROM unnest(p_cum_starts, p_cum_ends) WITH ORDINALITY AS u(s, e, o);
    RETURN v_n;
END;
$$;

-- Checks the written rows (counts, order, sums, range) and marks the calendar complete.
CREATE FUNCTION dueline_publish_calendar_end(p_id TEXT) RETURNS INTEGER
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_cal catalog_calendars%ROWTYPE := dueline_calendar_in_publication(p_id);
    v_spans BIGINT;
    v_bad BIGINT;
    v_total BIGINT;
    v_days BIGINT;
BEGIN
    SELECT count(*),
           count(*) FILTER (WHERE x.span_end <= x.span_start OR x.span_start < v_cal.range_start
                                  OR x.span_end > v_cal.range_end
                                  OR x.previous_end > x.span_start
                                  OR x.cum_before <> x.expected),
           COALESCE(max(x.cum_before + (x.span_end - x.span_start)), 0)
      INTO v_spans, v_bad, v_total
      FROM (SELECT s.span_start, s.span_end, s.cum_before,
                   lag(s.span_end) OVER w AS previous_end,
                   COALESCE(sum(s.span_end - s.span_start) OVER (w ROWS BETWEEN UNBOUNDED
                                                                 PRECEDING AND 1 PRECEDING), 0)
                       AS expected
              FROM calendar_spans s WHERE s.calendar_id = p_id
            WINDOW w AS (ORDER BY s.span_start)) x;
    IF v_spans <> v_cal.span_count OR v_bad <> 0 OR v_total <> v_cal.total_working THEN
        RAISE EXCEPTION 'calendar %: the spans are incomplete or inconsistent', p_id
            USING ERRCODE = 'DL004';
    END IF;
    SELECT count(*),
           count(*) FILTER (WHERE x.day_index <> x.position - 1 OR x.cum_end <= x.cum_start
                                  OR x.cum_start < 0 OR x.cum_end > v_cal.total_working
                                  OR x.previous_end > x.cum_start)
      INTO v_days, v_bad
      FROM (SELECT d.day_index, d.cum_start, d.cum_end,
                   row_number() OVER w AS position, lag(d.cum_end) OVER w AS previous_end
              FROM calendar_days d WHERE d.calendar_id = p_id
            WINDOW w AS (ORDER BY d.day_index)) x;
    IF v_days <> v_cal.day_count OR v_bad <> 0 THEN
        RAISE EXCEPTION 'calendar %: the working days are incomplete or inconsistent', p_id
            USING ERRCODE = 'DL004';
    END IF;
    UPDATE catalog_calendars SET complete = 1 WHERE calendar_id = p_id;
    RETURN v_spans::INTEGER;
END;
$$;

REVOKE EXECUTE ON FUNCTION dueline_check_publisher(BOOLEAN) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_calendar_in_publication(TEXT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_publish_calendar(BOOLEAN, TEXT, TEXT, BIGINT, BIGINT, INTEGER,
    INTEGER, BIGINT, TEXT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_publish_calendar_spans(TEXT, BIGINT[], BIGINT[], BIGINT[])
    FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_publish_calendar_days(TEXT, INTEGER, BIGINT[], BIGINT[])
    FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_publish_calendar_end(TEXT) FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- Clock arithmetic. Internal helpers (dueline_cal_*) take a calendar known to be complete; the
-- public functions check it and return NULL for an unknown or incomplete calendar.

-- W(t): working seconds of the calendar from its range start up to p_t.
CREATE FUNCTION dueline_cal_w(p_cal TEXT, p_t BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT COALESCE((SELECT CASE WHEN p_t < s.span_end THEN s.cum_before + (p_t - s.span_start)
                                 ELSE s.cum_before + (s.span_end - s.span_start) END
                       FROM calendar_spans s
                      WHERE s.calendar_id = p_cal AND s.span_start <= p_t
                      ORDER BY s.span_start DESC LIMIT 1), 0)
$$;

-- The earliest instant t with W(t) >= p_w, for p_w > 0; NULL past the last span.
CREATE FUNCTION dueline_cal_at(p_cal TEXT, p_w BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT CASE WHEN x.cum_before + (x.span_end - x.span_start) >= p_w
                THEN x.span_start + (p_w - x.cum_before) END
      FROM (SELECT s.span_start, s.span_end, s.cum_before FROM calendar_spans s
             WHERE s.calendar_id = p_cal AND s.cum_before < p_w
             ORDER BY s.cum_before DESC LIMIT 1) x
$$;

-- The working span containing p_t, else the next one; NULLs past the last span.
CREATE FUNCTION dueline_cal_span(p_cal TEXT, p_t BIGINT, OUT o_start BIGINT, OUT o_end BIGINT)
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    SELECT s.span_start, s.span_end INTO o_start, o_end FROM calendar_spans s
     WHERE s.calendar_id = p_cal AND s.span_start <= p_t ORDER BY s.span_start DESC LIMIT 1;
    IF o_end > p_t THEN
        RETURN;
    END IF;
    o_start := NULL;
    o_end := NULL;
    SELECT s.span_start, s.span_end INTO o_start, o_end FROM calendar_spans s
     WHERE s.calendar_id = p_cal AND s.span_start > p_t ORDER BY s.span_start LIMIT 1;
END;
$$;

-- nextWorkingStart without the range check: p_t when working, else the next span's start; NULL
-- past the last span.
CREATE FUNCTION dueline_cal_next(p_cal TEXT, p_t BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT CASE WHEN s.o_start IS NULL THEN NULL ELSE GREATEST(p_t, s.o_start) END
      FROM dueline_cal_span(p_cal, p_t) s
$$;

-- addWorkingTime: the instant at which p_seconds of working time have elapsed since p_start
-- (p_start itself for 0); NULL when p_start lies outside [p_range_start, p_range_end) or the
-- result past the range.
CREATE FUNCTION dueline_cal_add(p_cal TEXT, p_range_start BIGINT, p_range_end BIGINT,
                                p_start BIGINT, p_seconds BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT CASE WHEN p_start < p_range_start OR p_start >= p_range_end THEN NULL
                WHEN p_seconds <= 0 THEN p_start
                ELSE dueline_cal_at(p_cal, dueline_cal_w(p_cal, p_start) + p_seconds) END
$$;

-- N business days from the clock start (DESIGN §2): the working seconds they require, as
-- WorkCalendar::businessDaysRequirement; NULL when the result falls past the range.
CREATE FUNCTION dueline_cal_business_days(p_cal TEXT, p_range_start BIGINT, p_range_end BIGINT,
                                          p_day_count INTEGER, p_start BIGINT, p_days BIGINT)
    RETURNS BIGINT
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_ws BIGINT;
    v_d0 BIGINT;
    v_start BIGINT;
    v_end BIGINT;
    v_offset BIGINT := 0;
    v_index BIGINT;
    v_target BIGINT;
BEGIN
    IF p_days <= 0 THEN
        RETURN 0;
    END IF;
    IF p_start < p_range_start OR p_start >= p_range_end OR p_day_count = 0 THEN
        RETURN NULL;
    END IF;
    v_ws := dueline_cal_w(p_cal, p_start);
    SELECT d.day_index, d.cum_start, d.cum_end INTO v_d0, v_start, v_end FROM calendar_days d
     WHERE d.calendar_id = p_cal AND d.cum_start <= v_ws ORDER BY d.cum_start DESC LIMIT 1;
    IF NOT FOUND THEN
        v_d0 := 0; -- before the first working day: the clock starts with it
    ELSE
        v_offset := v_ws - v_start;
    END IF;
    IF v_offset > 0 AND v_ws >= v_end THEN
        -- at the very end of a day: the next day starts the count
        v_offset := 0;
        v_d0 := v_d0 + 1;
    END IF;
    IF v_offset = 0 THEN
        v_index := v_d0 + p_days - 1;
        IF v_index >= p_day_count THEN
            RETURN NULL;
        END IF;
        SELECT d.cum_end INTO v_target FROM calendar_days d
         WHERE d.calendar_id = p_cal AND d.day_index = v_index;
    ELSE
        v_index := v_d0 + p_days;
        IF v_index >= p_day_count THEN
            RETURN NULL;
        END IF;
        SELECT LEAST(d.cum_start + v_offset, d.cum_end) INTO v_target FROM calendar_days d
         WHERE d.calendar_id = p_cal AND d.day_index = v_index;
    END IF;
    RETURN GREATEST(0, v_target - v_ws);
END;
$$;

-- Pauses as the engine normalises them: empty ones dropped, sorted by start, overlapping or
-- touching ones merged. A NULL end is an open pause, returned as the largest BIGINT.
CREATE FUNCTION dueline_cal_pauses(p_from BIGINT[], p_to BIGINT[], OUT o_from BIGINT[],
                                   OUT o_to BIGINT[])
    LANGUAGE plpgsql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    r RECORD;
    n INTEGER := 0;
BEGIN
    o_from := '{}';
    o_to := '{}';
    IF p_from IS NULL THEN
        RETURN;
    END IF;
    IF COALESCE(array_length(p_from, 1), 0) <> COALESCE(array_length(p_to, 1), 0) THEN
        RAISE EXCEPTION 'each pause needs a start and an end (NULL: still paused)'
            USING ERRCODE = 'DL004';
    END IF;
    FOR r IN SELECT u.f, COALESCE(u.t, 9223372036854775807) AS t
               FROM unnest(p_from, p_to) AS u(f, t)
              WHERE u.f IS NOT NULL AND COALESCE(u.t, 9223372036854775807) > u.f
              ORDER BY u.f
    LOOP
        IF n > 0 AND r.f <= o_to[n] THEN
            o_to[n] := GREATEST(o_to[n], r.t);
        ELSE
            n := n + 1;
            o_from[n] := r.f;
            o_to[n] := r.t;
        END IF;
    END LOOP;
END;
$$;

-- The due instant from the clock start, the required time and normalised pauses (slaclock.cpp,
-- dueFrom): NULL when an open pause is reached first or the due lies past the range.
CREATE FUNCTION dueline_cal_due_from(p_cal TEXT, p_range_start BIGINT, p_range_end BIGINT,
                                     p_clock_start BIGINT, p_required BIGINT, p_from BIGINT[],
                                     p_to BIGINT[]) RETURNS BIGINT
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_cursor BIGINT := p_clock_start;
    v_remaining BIGINT := p_required;
    v_available BIGINT;
BEGIN
    IF v_remaining <= 0 THEN
        RETURN p_clock_start;
    END IF;
    FOR i IN 1 .. COALESCE(array_length(p_from, 1), 0)
    LOOP
        CONTINUE WHEN p_to[i] <= v_cursor;
        IF p_from[i] > v_cursor THEN
            v_available := dueline_cal_w(p_cal, p_from[i]) - dueline_cal_w(p_cal, v_cursor);
            IF v_available >= v_remaining THEN
                RETURN dueline_cal_add(p_cal, p_range_start, p_range_end, v_cursor, v_remaining);
            END IF;
            v_remaining := v_remaining - v_available;
        END IF;
        IF p_to[i] = 9223372036854775807 THEN
            RETURN NULL;
        END IF;
        v_cursor := GREATEST(v_cursor, p_to[i]);
        IF v_cursor < p_range_start OR v_cursor >= p_range_end THEN
            RETURN NULL;
        END IF;
    END LOOP;
    RETURN dueline_cal_add(p_cal, p_range_start, p_range_end, v_cursor, v_remaining);
END;
$$;

-- Public functions. p_calendar: a calendar id of catalog_calendars.

-- Working seconds of the calendar in [p_from, p_to) (0 when p_to <= p_from).
CREATE FUNCTION dueline_working_seconds(p_calendar TEXT, p_from BIGINT, p_to BIGINT)
    RETURNS BIGINT
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT CASE WHEN p_to <= p_from THEN 0
                ELSE dueline_cal_w(c.calendar_id, p_to) - dueline_cal_w(c.calendar_id, p_from) END
      FROM catalog_calendars c WHERE c.calendar_id = p_calendar AND c.complete = 1
$$;

-- The instant at which p_seconds working seconds have elapsed from p_start (the due of a minute
-- or hour target without pauses, from its clock start).
CREATE FUNCTION dueline_add_working_time(p_calendar TEXT, p_start BIGINT, p_seconds BIGINT)
    RETURNS BIGINT
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT dueline_cal_add(c.calendar_id, c.range_start, c.range_end, p_start, p_seconds)
      FROM catalog_calendars c WHERE c.calendar_id = p_calendar AND c.complete = 1
$$;

-- Whether p_at is working time.
CREATE FUNCTION dueline_is_working(p_calendar TEXT, p_at BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT p_at >= c.range_start AND p_at < c.range_end
           AND COALESCE((dueline_cal_span(c.calendar_id, p_at)).o_start <= p_at, false)
      FROM catalog_calendars c WHERE c.calendar_id = p_calendar AND c.complete = 1
$$;

-- The clock start: p_at itself when it is working time, else the next working instant.
CREATE FUNCTION dueline_clock_start(p_calendar TEXT, p_at BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT CASE WHEN p_at < c.range_start OR p_at >= c.range_end THEN NULL
                ELSE dueline_cal_next(c.calendar_id, p_at) END
      FROM catalog_calendars c WHERE c.calendar_id = p_calendar AND c.complete = 1
$$;

-- The end of the working span containing p_at, or of the next one.
CREATE FUNCTION dueline_working_span_end(p_calendar TEXT, p_at BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT CASE WHEN p_at < c.range_start OR p_at >= c.range_end THEN NULL
                ELSE (dueline_cal_span(c.calendar_id, p_at)).o_end END
      FROM catalog_calendars c WHERE c.calendar_id = p_calendar AND c.complete = 1
$$;

-- The working seconds a target requires for a clock starting at p_clock_start (a working
-- instant): amount × 60 or × 3600, or the business-day rule of DESIGN §2. NULL past the range.
CREATE FUNCTION dueline_required_seconds(p_calendar TEXT, p_amount BIGINT, p_unit TEXT,
                                         p_clock_start BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT CASE p_unit
               WHEN 'minutes' THEN p_amount * 60
               WHEN 'hours' THEN p_amount * 3600
               WHEN 'business_days' THEN
                   dueline_cal_business_days(c.calendar_id, c.range_start, c.range_end,
                                             c.day_count, p_clock_start, p_amount)
           END
      FROM catalog_calendars c WHERE c.calendar_id = p_calendar AND c.complete = 1
$$;

-- The due of a target for a ticket created at p_start with the given pauses (p_pause_to[i]
-- NULL: a pause still going on, which ends at p_open_pause_end when that is given); NULL when
-- there is none within the range (SlaClock::due).
CREATE FUNCTION dueline_due(p_calendar TEXT, p_amount BIGINT, p_unit TEXT, p_start BIGINT,
                            p_pause_from BIGINT[] DEFAULT NULL, p_pause_to BIGINT[] DEFAULT NULL,
                            p_open_pause_end BIGINT DEFAULT NULL) RETURNS BIGINT
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_cal catalog_calendars%ROWTYPE;
    v_clock_start BIGINT;
    v_required BIGINT;
    v_to BIGINT[] := p_pause_to;
    v_pauses RECORD;
BEGIN
    IF p_unit IS NULL OR p_amount IS NULL OR p_start IS NULL THEN
        RETURN NULL; -- no commitment
    END IF;
    SELECT * INTO v_cal FROM catalog_calendars WHERE calendar_id = p_calendar AND complete = 1;
    IF NOT FOUND OR p_start < v_cal.range_start OR p_start >= v_cal.range_end THEN
        RETURN NULL;
    END IF;
    v_clock_start := dueline_cal_next(p_calendar, p_start);
    IF v_clock_start IS NULL THEN
        RETURN NULL;
    END IF;
    v_required := CASE p_unit
        WHEN 'minutes' THEN p_amount * 60
        WHEN 'hours' THEN p_amount * 3600
        WHEN 'business_days' THEN
            dueline_cal_business_days(p_calendar, v_cal.range_start, v_cal.range_end,
                                      v_cal.day_count, v_clock_start, p_amount)
    END;
    IF v_required IS NULL THEN
        RETURN NULL;
    END IF;
    IF p_open_pause_end IS NOT NULL AND v_to IS NOT NULL THEN
        FOR i IN 1 .. COALESCE(array_length(v_to, 1), 0)
        LOOP
            IF v_to[i] IS NULL THEN
                v_to[i] := GREATEST(p_pause_from[i], p_open_pause_end);
            END IF;
        END LOOP;
    END IF;
    SELECT * INTO v_pauses FROM dueline_cal_pauses(p_pause_from, v_to);
    RETURN dueline_cal_due_from(p_calendar, v_cal.range_start, v_cal.range_end, v_clock_start,
                                v_required, v_pauses.o_from, v_pauses.o_to);
END;
$$;

-- The state of a target's clock at p_now (SlaClock::evaluate): p_stopped_at is the first public
-- reply (response) or the final resolution, NULL while the clock runs; p_at_risk_fraction the
-- share of the target below which a clock is at risk. state: not_applicable, running, paused,
-- outside_hours, at_risk, breached, met, met_late; error: start_out_of_range,
-- target_out_of_range or due_out_of_range (the state is then not_applicable).
CREATE FUNCTION dueline_clock_state(p_calendar TEXT, p_amount BIGINT, p_unit TEXT,
                                    p_start BIGINT, p_pause_from BIGINT[], p_pause_to BIGINT[],
                                    p_stopped_at BIGINT, p_now BIGINT,
                                    p_at_risk_fraction DOUBLE PRECISION DEFAULT 0.25,
                                    OUT state TEXT, OUT at_risk BOOLEAN, OUT clock_start BIGINT,
                                    OUT required_seconds BIGINT, OUT due BIGINT,
                                    OUT due_projected BOOLEAN, OUT elapsed_seconds BIGINT,
                                    OUT remaining_seconds BIGINT, OUT paused_seconds BIGINT,
                                    OUT resumes_at BIGINT, OUT next_change BIGINT,
                                    OUT error TEXT)
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_cal catalog_calendars%ROWTYPE;
    v_stopped BOOLEAN := p_stopped_at IS NOT NULL;
    v_horizon BIGINT := COALESCE(p_stopped_at, p_now);
    v_all RECORD;
    v_clip_from BIGINT[] := '{}';
    v_clip_to BIGINT[] := '{}';
    v_pauses RECORD;
    v_paused BOOLEAN := false;
    v_threshold BIGINT;
    v_at_risk_at BIGINT;
    v_span_start BIGINT;
    v_span_end BIGINT;
    v_working BIGINT;
BEGIN
    state := 'not_applicable';
    at_risk := false;
    due_projected := false;
    elapsed_seconds := 0;
    paused_seconds := 0;
    required_seconds := 0;
    remaining_seconds := 0;
    IF p_unit IS NULL OR p_amount IS NULL THEN
        RETURN; -- no commitment
    END IF;
    SELECT * INTO v_cal FROM catalog_calendars c
     WHERE c.calendar_id = p_calendar AND c.complete = 1;
    IF NOT FOUND THEN
        error := 'unknown_calendar';
        RETURN;
    END IF;
    IF p_start >= v_cal.range_start AND p_start < v_cal.range_end THEN
        clock_start := dueline_cal_next(p_calendar, p_start);
    END IF;
    IF clock_start IS NULL THEN
        error := 'start_out_of_range';
        RETURN;
    END IF;
    required_seconds := CASE p_unit
        WHEN 'minutes' THEN p_amount * 60
        WHEN 'hours' THEN p_amount * 3600
        WHEN 'business_days' THEN
            dueline_cal_business_days(p_calendar, v_cal.range_start, v_cal.range_end,
                                      v_cal.day_count, clock_start, p_amount)
    END;
    IF required_seconds IS NULL THEN
        required_seconds := -1;
        error := 'target_out_of_range';
        RETURN;
    END IF;
    -- All pauses, and those as they stand at the horizon (later ones dropped, ends cut).
    SELECT * INTO v_all FROM dueline_cal_pauses(p_pause_from, p_pause_to);
    FOR i IN 1 .. COALESCE(array_length(v_all.o_from, 1), 0)
    LOOP
        IF NOT v_stopped AND v_all.o_from[i] <= p_now AND p_now < v_all.o_to[i] THEN
            v_paused := true;
        END IF;
        CONTINUE WHEN v_all.o_from[i] >= v_horizon;
        v_clip_from := v_clip_from || v_all.o_from[i];
        v_clip_to := v_clip_to || LEAST(v_all.o_to[i], v_horizon);
    END LOOP;
    SELECT * INTO v_pauses FROM dueline_cal_pauses(v_clip_from, v_clip_to);
    due := dueline_cal_due_from(p_calendar, v_cal.range_start, v_cal.range_end, clock_start,
                                required_seconds, v_pauses.o_from, v_pauses.o_to);
    due_projected := v_paused;
    IF due IS NULL THEN
        error := 'due_out_of_range';
        RETURN;
    END IF;
    IF v_horizon > clock_start THEN
        v_working := dueline_cal_w(p_calendar, v_horizon) - dueline_cal_w(p_calendar, clock_start);
        elapsed_seconds := v_working;
        FOR i IN 1 .. COALESCE(array_length(v_pauses.o_from, 1), 0)
        LOOP
            IF LEAST(v_horizon, v_pauses.o_to[i]) > GREATEST(clock_start, v_pauses.o_from[i]) THEN
                elapsed_seconds := elapsed_seconds
                    - (dueline_cal_w(p_calendar, LEAST(v_horizon, v_pauses.o_to[i]))
                       - dueline_cal_w(p_calendar, GREATEST(clock_start, v_pauses.o_from[i])));
            END IF;
        END LOOP;
        paused_seconds := v_working - elapsed_seconds;
    END IF;
    remaining_seconds := required_seconds - elapsed_seconds;
    v_threshold := trunc(p_at_risk_fraction * required_seconds::DOUBLE PRECISION)::BIGINT;
    IF v_stopped THEN
        state := CASE WHEN p_stopped_at <= due THEN 'met' ELSE 'met_late' END;
        RETURN;
    END IF;
    IF p_now >= due AND NOT (v_paused AND remaining_seconds > 0) THEN
        state := 'breached';
        RETURN;
    END IF;
    IF v_paused THEN
        state := 'paused';
        RETURN;
    END IF;
    -- A live clock (SlaClock::setLiveState).
    at_risk := remaining_seconds <= v_threshold;
    IF NOT at_risk THEN
        v_at_risk_at := dueline_cal_add(p_calendar, v_cal.range_start, v_cal.range_end, p_now,
                                        remaining_seconds - v_threshold);
    END IF;
    IF p_now >= v_cal.range_start AND p_now < v_cal.range_end THEN
        SELECT s.o_start, s.o_end INTO v_span_start, v_span_end
          FROM dueline_cal_span(p_calendar, p_now) s;
    END IF;
    IF v_span_start IS NULL OR v_span_start > p_now THEN
        state := 'outside_hours';
        resumes_at := v_span_start; -- the next working instant, NULL past the range
        -- the engine's "no instant" is the smallest one: a missing resumption wins the minimum
        next_change := CASE WHEN resumes_at IS NULL THEN NULL ELSE LEAST(resumes_at, due) END;
    ELSE
        state := CASE WHEN at_risk THEN 'at_risk' ELSE 'running' END;
        next_change := LEAST(due, v_span_end);
        IF v_at_risk_at IS NOT NULL THEN
            next_change := LEAST(next_change, v_at_risk_at);
        END IF;
    END IF;
END;
$$;

-- A plan's target for a severity and kind (response | resolution): no row when the plan does
-- not commit to it.
CREATE FUNCTION dueline_plan_target(p_plan TEXT, p_severity TEXT, p_kind TEXT,
                                    OUT amount BIGINT, OUT unit TEXT, OUT calendar_id TEXT)
    RETURNS SETOF RECORD
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp AS $$
    SELECT t.amount, t.unit, t.calendar_id FROM catalog_targets t
     WHERE t.plan_id = p_plan AND t.severity = p_severity AND t.kind = p_kind
$$;

-- A database whose roles were set up before schema 5: the group role may read the calendars
-- and targets and publish ("dueline-cli db init --admin" does the same for new databases; the
-- functions themselves refuse an agent).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'dueline_agent') THEN
        EXECUTE 'GRANT EXECUTE ON FUNCTION '
             || 'dueline_publish_calendar(BOOLEAN, TEXT, TEXT, BIGINT, BIGINT, INTEGER, INTEGER, '
             || 'BIGINT, TEXT), '
             || 'dueline_publish_calendar_spans(TEXT, BIGINT[], BIGINT[], BIGINT[]), '
             || 'dueline_publish_calendar_days(TEXT, INTEGER, BIGINT[], BIGINT[]), '
             || 'dueline_publish_calendar_end(TEXT) TO dueline_agent';
        EXECUTE 'GRANT SELECT ON catalog_calendars, calendar_spans, calendar_days, '
             || 'catalog_targets, catalog_pausing TO dueline_agent';
    END IF;
END;
$$;
