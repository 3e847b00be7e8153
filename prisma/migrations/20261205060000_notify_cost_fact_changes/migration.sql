-- The cost estimate counts programmes, their figures, the composite methodologies, the accounts and their
-- roles. Their changes are notified like those of the other tables it counts, so the API reads its facts
-- anew when they change instead of once a minute. An account's row changes at every sign-in; only a new or
-- removed account changes the count.
CREATE TRIGGER programme_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "programme"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER programme_figure_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "programme_figure"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER composite_methodology_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "composite_methodology"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER app_user_changed AFTER INSERT OR DELETE OR TRUNCATE ON "app_user"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER role_grant_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "role_grant"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();

-- Imports switch ordinary triggers off (session_replication_role = replica); these must still fire.
ALTER TABLE "programme" ENABLE ALWAYS TRIGGER programme_changed;
ALTER TABLE "programme_figure" ENABLE ALWAYS TRIGGER programme_figure_changed;
ALTER TABLE "composite_methodology" ENABLE ALWAYS TRIGGER composite_methodology_changed;
