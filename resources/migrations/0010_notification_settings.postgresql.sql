-- Dueline schema 10, PostgreSQL part: a login writes its own notification settings and nobody
-- else's. The group roles may only read notification_settings; the one way to write it is
-- dueline_set_notification_settings, which runs as the schema owner, finds the caller's agent by
-- the session's login (as dueline_actor does), checks the JSON and stamps the server's time.
-- Refusals use SQLSTATE DL009 (docs/architecture.md §4, reliability.md "Notification settings").
-- The schema owner or a superuser (dueline_trusted) may write any agent's row: imports,
-- "dueline-cli" as the owner, single-user setups; they also own the table itself.

-- What the server accepts as settings: a JSON object of at most 16384 bytes with the keys of
-- NotificationSettings::toJson() only, each of its type; at most 50 intervals, each with 1 to 7
-- distinct days (mon … sun) and times "HH:MM" (from 00:00–23:59, to 00:01–24:00). Whether a time
-- zone id exists is the client's check (the server's zone data may differ); here it is only
-- bounded to the characters of an IANA id.
CREATE FUNCTION dueline_check_notification_settings(p_settings TEXT) RETURNS void
    LANGUAGE plpgsql IMMUTABLE SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_json JSONB;
    v_key TEXT;
    v_item JSONB;
    v_index INTEGER := 0;
BEGIN
    IF p_settings IS NULL THEN
        RAISE EXCEPTION 'notification settings: none given (NULL)' USING ERRCODE = 'DL009';
    END IF;
    IF octet_length(p_settings) > 16384 THEN
        RAISE EXCEPTION 'notification settings: longer than 16384 bytes' USING ERRCODE = 'DL009';
    END IF;
    BEGIN
        v_json := CAST(p_settings AS JSONB);
    EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION 'notification settings: not JSON' USING ERRCODE = 'DL009';
    END;
    IF jsonb_typeof(v_json) <> 'object' THEN
        RAISE EXCEPTION 'notification settings: $: expected an object' USING ERRCODE = 'DL009';
    END IF;
    FOR v_key IN SELECT jsonb_object_keys(v_json) LOOP
        IF v_key NOT IN ('always', 'dnd', 'time_zone', 'hours', 'scope',
                         'escalate_outside_hours') THEN
            RAISE EXCEPTION 'notification settings: $.%: unknown key', left(v_key, 40)
                USING ERRCODE = 'DL009';
        END IF;
    END LOOP;
    FOREACH v_key IN ARRAY ARRAY['always', 'dnd', 'escalate_outside_hours'] LOOP
        IF v_json -> v_key IS NOT NULL AND jsonb_typeof(v_json -> v_key) <> 'boolean' THEN
            RAISE EXCEPTION 'notification settings: $.%: expected true or false', v_key
                USING ERRCODE = 'DL009';
        END IF;
    END LOOP;
    IF v_json -> 'time_zone' IS NOT NULL
       AND (jsonb_typeof(v_json -> 'time_zone') <> 'string'
            OR (v_json ->> 'time_zone') !~ '^[A-Za-z0-9_+:./-]{0,64}$') THEN
        RAISE EXCEPTION 'notification settings: $.time_zone: expected a time zone id'
            USING ERRCODE = 'DL009';
    END IF;
    IF v_json -> 'scope' IS NOT NULL
       AND (jsonb_typeof(v_json -> 'scope') <> 'string'
            OR (v_json ->> 'scope') NOT IN ('default', 'mine', 'mine_and_unassigned', 'all')) THEN
        RAISE EXCEPTION 'notification settings: $.scope: expected default, mine, '
            'mine_and_unassigned or all' USING ERRCODE = 'DL009';
    END IF;
    IF v_json -> 'hours' IS NULL THEN
        RETURN;
    END IF;
    IF jsonb_typeof(v_json -> 'hours') <> 'array' THEN
        RAISE EXCEPTION 'notification settings: $.hours: expected a list' USING ERRCODE = 'DL009';
    END IF;
    IF jsonb_array_length(v_json -> 'hours') > 50 THEN
        RAISE EXCEPTION 'notification settings: $.hours: more than 50 intervals'
            USING ERRCODE = 'DL009';
    END IF;
    FOR v_item IN SELECT e FROM jsonb_array_elements(v_json -> 'hours') AS t (e) LOOP
        IF jsonb_typeof(v_item) <> 'object'
           OR EXISTS (SELECT 1 FROM jsonb_object_keys(v_item) AS k (key)
                       WHERE k.key NOT IN ('days', 'from', 'to'))
           OR v_item -> 'days' IS NULL OR v_item -> 'from' IS NULL OR v_item -> 'to' IS NULL THEN
            RAISE EXCEPTION 'notification settings: $.hours[%]: expected an object of days, '
                'from and to', v_index USING ERRCODE = 'DL009';
        END IF;
        IF jsonb_typeof(v_item -> 'days') <> 'array'
           OR jsonb_array_length(v_item -> 'days') NOT BETWEEN 1 AND 7
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(v_item -> 'days') AS d (day)
                       WHERE jsonb_typeof(d.day) <> 'string'
                          OR (d.day #>> '{}') NOT IN ('mon', 'tue', 'wed', 'thu', 'fri', 'sat',
                                                      'sun'))
           OR (SELECT count(DISTINCT d.day) FROM jsonb_array_elements(v_item -> 'days') AS d (day))
              <> jsonb_array_length(v_item -> 'days') THEN
            RAISE EXCEPTION 'notification settings: $.hours[%].days: expected 1 to 7 distinct '
                'days of mon, tue, wed, thu, fri, sat, sun', v_index USING ERRCODE = 'DL009';
        END IF;
        IF jsonb_typeof(v_item -> 'from') <> 'string'
           OR (v_item ->> 'from') !~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' THEN
            RAISE EXCEPTION 'notification settings: $.hours[%].from: expected 00:00 to 23:59',
                v_index USING ERRCODE = 'DL009';
        END IF;
        IF jsonb_typeof(v_item -> 'to') <> 'string'
           OR (v_item ->> 'to') !~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'
           OR (v_item ->> 'to') = '00:00' THEN
            RAISE EXCEPTION 'notification settings: $.hours[%].to: expected 00:01 to 24:00',
                v_index USING ERRCODE = 'DL009';
        END IF;
        v_index := v_index + 1;
    END LOOP;
END;
$$;

-- Saves the caller's own notification settings and returns the server's time of the save. A
-- login that is a Dueline agent writes its own row only: p_agent is NULL or its own agent's id.
-- The schema owner or a superuser names the agent (p_agent, which must exist).
CREATE FUNCTION dueline_set_notification_settings(p_agent BIGINT, p_settings TEXT)
    RETURNS BIGINT LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_agent BIGINT;
    v_now BIGINT := CAST(floor(EXTRACT(EPOCH FROM clock_timestamp())) AS BIGINT);
BEGIN
    IF dueline_trusted() THEN
        v_agent := p_agent;
        IF v_agent IS NULL OR NOT EXISTS (SELECT 1 FROM agents WHERE id = v_agent) THEN
            RAISE EXCEPTION 'notification settings: there is no agent #%', p_agent
                USING ERRCODE = 'DL002';
        END IF;
    ELSE
        SELECT id INTO v_agent FROM agents WHERE login = session_user;
        IF v_agent IS NULL THEN
            RAISE EXCEPTION 'notification settings: login % is not a Dueline agent', session_user
                USING ERRCODE = 'DL009';
        END IF;
        IF p_agent IS NOT NULL AND p_agent <> v_agent THEN
            RAISE EXCEPTION 'notification settings: login % changes only its own (agent #%), not '
                'agent #%''s', session_user, v_agent, p_agent USING ERRCODE = 'DL009';
        END IF;
    END IF;
    PERFORM dueline_check_notification_settings(p_settings);
    INSERT INTO notification_settings (agent_id, settings, updated_at)
    VALUES (v_agent, p_settings, v_now)
    ON CONFLICT (agent_id) DO UPDATE SET settings = EXCLUDED.settings,
                                         updated_at = EXCLUDED.updated_at;
    RETURN v_now;
END;
$$;

REVOKE EXECUTE ON FUNCTION dueline_check_notification_settings(TEXT) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dueline_set_notification_settings(BIGINT, TEXT) FROM PUBLIC;

-- A database whose roles were set up before schema 10: the group role may read the table and
-- call the function ("dueline-cli db init --admin" does the same for new databases).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'dueline_agent') THEN
        EXECUTE 'GRANT SELECT ON notification_settings TO dueline_agent';
        EXECUTE 'GRANT EXECUTE ON FUNCTION dueline_set_notification_settings(BIGINT, TEXT) '
             || 'TO dueline_agent';
    END IF;
END;
$$;
