-- Dueline schema 7, PostgreSQL part: the server refuses an event that assigns a ticket to a
-- deactivated agent, or that a deactivated agent writes, whoever calls the write functions (they
-- insert the events; the store checks the same before it asks). SQLSTATE DL004 (invalid).
CREATE FUNCTION dueline_check_active_agents() RETURNS trigger
LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp AS $$
BEGIN
    IF NEW.kind = 'assigned' AND NEW.assignee_id IS NOT NULL
       AND NOT (SELECT a.active FROM agents a WHERE a.id = NEW.assignee_id) THEN
        RAISE EXCEPTION 'agent #% is deactivated: tickets cannot be assigned to them',
            NEW.assignee_id USING ERRCODE = 'DL004';
    END IF;
    IF NEW.actor_id IS NOT NULL
       AND NOT (SELECT a.active FROM agents a WHERE a.id = NEW.actor_id) THEN
        RAISE EXCEPTION 'agent #% is deactivated and cannot act on tickets', NEW.actor_id
            USING ERRCODE = 'DL004';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER events_active_agents BEFORE INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION dueline_check_active_agents();

REVOKE EXECUTE ON FUNCTION dueline_check_active_agents() FROM PUBLIC;
