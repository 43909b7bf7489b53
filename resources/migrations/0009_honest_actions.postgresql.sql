-- Dueline schema 9, PostgreSQL part: a trigger on events refuses, whoever of the agents and
-- leads calls the write functions with whatever arguments (docs/reliability.md, "Actions that
-- keep the SLA honest"):
--
-- * DL006: a due override before the ticket was opened.
-- * DL007: a change into waiting_customer that does not come right after a public reply by the
--   same agent written in the same transaction ("pausing is earned by a reply", DESIGN §2). A
--   status event sets waiting_customer, open or closed, and waiting_customer is the one that
--   pauses.
-- * DL008: an undo of an assignment, told by its action id "<id>/undo", that is not an
--   assignment back to the assignee before assignment <id> of the same ticket, written by the
--   agent who made <id> while <id> is the ticket's latest assignment. An assignment is undone at
--   most once (action ids are unique).
--
-- These are rules of actions, not of the log: the schema owner and superusers (imports, demo
-- data, repairs) are not held to them — the histories they write may come from before them, and
-- they may write the tables directly anyway. dueline_trusted() is asked only before a refusal.
CREATE FUNCTION dueline_check_honest_actions() RETURNS trigger
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp AS $$
DECLARE
    v_created BIGINT;
    v_kind TEXT;
    v_actor BIGINT;
    v_at BIGINT;
    v_mine BOOLEAN;
    v_undone events%ROWTYPE;
    v_before BIGINT;
BEGIN
    IF NEW.kind = 'due_override' THEN
        SELECT created_at INTO v_created FROM tickets WHERE id = NEW.ticket_id;
        IF NEW.due < v_created AND NOT dueline_trusted() THEN
            RAISE EXCEPTION 'ticket #% was opened at %: a due instant before that cannot be set',
                NEW.ticket_id, to_timestamp(v_created) AT TIME ZONE 'UTC' USING ERRCODE = 'DL006';
        END IF;
    END IF;

    IF NEW.kind = 'status' AND NEW.status = 'waiting_customer' THEN
        -- The event before it: a reply by the same agent, inserted by this very transaction (a
        -- row's xmin is the transaction that wrote it) at most a minute earlier.
        SELECT e.kind, e.actor_id, e.at, e.xmin = pg_current_xact_id()::xid
          INTO v_kind, v_actor, v_at, v_mine
          FROM events e WHERE e.ticket_id = NEW.ticket_id AND e.seq = NEW.seq - 1;
        IF NOT (v_kind IS NOT DISTINCT FROM 'replied' AND NEW.actor_id IS NOT NULL
                AND v_actor IS NOT DISTINCT FROM NEW.actor_id AND COALESCE(v_mine, false)
                AND NEW.at - v_at BETWEEN 0 AND 60)
           AND NOT dueline_trusted() THEN
            RAISE EXCEPTION 'ticket #%: waiting on the customer needs a public reply by the same agent right before it, in the same transaction (a pause is earned by a reply)',
                NEW.ticket_id USING ERRCODE = 'DL007';
        END IF;
    END IF;

    IF NEW.action_id LIKE '%/undo' AND NOT dueline_trusted() THEN
        SELECT * INTO v_undone FROM events
         WHERE ticket_id = NEW.ticket_id AND action_id = left(NEW.action_id, -5);
        IF NEW.kind <> 'assigned' OR v_undone.ticket_id IS NULL
           OR v_undone.kind <> 'assigned' THEN
            RAISE EXCEPTION 'ticket #% has no assignment % to undo', NEW.ticket_id,
                left(NEW.action_id, -5) USING ERRCODE = 'DL008';
        END IF;
        IF NEW.actor_id IS NULL OR v_undone.actor_id IS DISTINCT FROM NEW.actor_id THEN
            RAISE EXCEPTION 'only the agent who made an assignment can undo it (ticket #%)',
                NEW.ticket_id USING ERRCODE = 'DL008';
        END IF;
        IF EXISTS (SELECT 1 FROM events WHERE ticket_id = NEW.ticket_id AND kind = 'assigned'
                                          AND seq > v_undone.seq) THEN
            RAISE EXCEPTION 'ticket #% was assigned again since: only its latest assignment can be undone',
                NEW.ticket_id USING ERRCODE = 'DL008';
        END IF;
        SELECT assignee_id INTO v_before FROM events
         WHERE ticket_id = NEW.ticket_id AND kind = 'assigned' AND seq < v_undone.seq
         ORDER BY seq DESC LIMIT 1;
        IF NEW.assignee_id IS DISTINCT FROM v_before THEN
            RAISE EXCEPTION 'an undo assigns ticket #% back to %, the assignee before', NEW.ticket_id,
                COALESCE('agent #' || v_before, 'nobody') USING ERRCODE = 'DL008';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER events_honest_actions BEFORE INSERT ON events
    FOR EACH ROW WHEN (NEW.kind IN ('due_override', 'status') OR NEW.action_id LIKE '%/undo')
    EXECUTE FUNCTION dueline_check_honest_actions();

REVOKE EXECUTE ON FUNCTION dueline_check_honest_actions() FROM PUBLIC;
