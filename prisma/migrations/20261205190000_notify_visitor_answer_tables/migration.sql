-- The API keeps the answers it gave visitors (graphql/visitor-answers.ts) until the data changes. The tables those
-- answers read that did not notify their changes yet do so now, like the others (notify_reference_changes): PPKS and
-- PSKS counts and their categories, activities and their stages, IKS result sets, sources, region changes, shared
-- decks, the data set's kind, import batches and revisions (a value's history and provenance).
CREATE TRIGGER region_change_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "region_change"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER source_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "source"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER activity_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "activity"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER activity_stage_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "activity_stage"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER import_batch_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "import_batch"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER composite_result_set_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "composite_result_set"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER composite_result_value_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "composite_result_value"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER observation_revision_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "observation_revision"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER deck_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "deck"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER deck_slide_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "deck_slide"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER breakdown_set_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "breakdown_set"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER breakdown_category_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "breakdown_category"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER indicator_breakdown_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "indicator_breakdown"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER breakdown_count_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "breakdown_count"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER breakdown_count_revision_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "breakdown_count_revision"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();
CREATE TRIGGER dataset_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "dataset"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_change();

-- Imports switch ordinary triggers off (session_replication_role = replica); these must still fire.
ALTER TABLE "region_change" ENABLE ALWAYS TRIGGER region_change_changed;
ALTER TABLE "source" ENABLE ALWAYS TRIGGER source_changed;
ALTER TABLE "activity" ENABLE ALWAYS TRIGGER activity_changed;
ALTER TABLE "activity_stage" ENABLE ALWAYS TRIGGER activity_stage_changed;
ALTER TABLE "import_batch" ENABLE ALWAYS TRIGGER import_batch_changed;
ALTER TABLE "composite_result_set" ENABLE ALWAYS TRIGGER composite_result_set_changed;
ALTER TABLE "composite_result_value" ENABLE ALWAYS TRIGGER composite_result_value_changed;
ALTER TABLE "observation_revision" ENABLE ALWAYS TRIGGER observation_revision_changed;
ALTER TABLE "deck" ENABLE ALWAYS TRIGGER deck_changed;
ALTER TABLE "deck_slide" ENABLE ALWAYS TRIGGER deck_slide_changed;
ALTER TABLE "breakdown_set" ENABLE ALWAYS TRIGGER breakdown_set_changed;
ALTER TABLE "breakdown_category" ENABLE ALWAYS TRIGGER breakdown_category_changed;
ALTER TABLE "indicator_breakdown" ENABLE ALWAYS TRIGGER indicator_breakdown_changed;
ALTER TABLE "breakdown_count" ENABLE ALWAYS TRIGGER breakdown_count_changed;
ALTER TABLE "breakdown_count_revision" ENABLE ALWAYS TRIGGER breakdown_count_revision_changed;
ALTER TABLE "dataset" ENABLE ALWAYS TRIGGER dataset_changed;
