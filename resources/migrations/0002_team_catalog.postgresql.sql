-- Schema 2, PostgreSQL part: the server's clock stamps every change of a team catalog file.
CREATE FUNCTION dueline_team_catalog_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS BIGINT);
    RETURN NEW;
END;
$$;

CREATE TRIGGER team_catalog_files_stamp BEFORE INSERT OR UPDATE ON team_catalog_files
    FOR EACH ROW EXECUTE FUNCTION dueline_team_catalog_stamp();
