-- The API also keeps, between requests, which periods have data for an indicator at a level (every
-- comparison starts from it). A change to observations tells it to drop that, as for the reference tables.
CREATE TRIGGER observation_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "observation"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();

-- Imports switch ordinary triggers off (session_replication_role = replica); this one must still fire.
ALTER TABLE "observation" ENABLE ALWAYS TRIGGER observation_changed;
