-- The API keeps the indicator catalogue, the series breaks and the region registry in memory between
-- requests. Any change to those tables, from any process or by hand, tells it to drop what it holds:
-- NOTIFY is delivered when the changing transaction commits, once per table and transaction.
CREATE FUNCTION notify_reference_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kesra_reference_change', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

CREATE TRIGGER indicator_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER series_break_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "series_break"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER region_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "region"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();

-- Imports switch ordinary triggers off (session_replication_role = replica); these must still fire.
ALTER TABLE "indicator" ENABLE ALWAYS TRIGGER indicator_changed;
ALTER TABLE "series_break" ENABLE ALWAYS TRIGGER series_break_changed;
ALTER TABLE "region" ENABLE ALWAYS TRIGGER region_changed;
