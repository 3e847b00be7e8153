-- The API also keeps the planning documents and their targets between requests (every scorecard and
-- progress request starts from them); a change to either tells it to drop them, as for the reference tables.
CREATE TRIGGER planning_document_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "planning_document"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER target_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "target"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();

-- Imports switch ordinary triggers off (session_replication_role = replica); these must still fire.
ALTER TABLE "planning_document" ENABLE ALWAYS TRIGGER planning_document_changed;
ALTER TABLE "target" ENABLE ALWAYS TRIGGER target_changed;
