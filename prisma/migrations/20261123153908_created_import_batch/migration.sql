-- AlterTable
ALTER TABLE "observation" ADD COLUMN     "created_import_batch_id" INTEGER;

-- AlterTable
ALTER TABLE "programme_figure" ADD COLUMN     "created_import_batch_id" INTEGER;

-- AlterTable
ALTER TABLE "target" ADD COLUMN     "created_import_batch_id" INTEGER;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_created_import_batch_id_fkey" FOREIGN KEY ("created_import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_created_import_batch_id_fkey" FOREIGN KEY ("created_import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_figure" ADD CONSTRAINT "programme_figure_created_import_batch_id_fkey" FOREIGN KEY ("created_import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: until now a new row's values were written to the audit trail with no old value,
-- so the first such entry names the batch that created the row.
UPDATE "observation" o SET "created_import_batch_id" = a.import_batch_id
FROM (SELECT DISTINCT ON (entity_key) entity_key, import_batch_id FROM "audit_entry"
      WHERE entity = 'observation' AND old_value IS NULL ORDER BY entity_key, id) a
WHERE a.entity_key = o.indicator_code || '|' || o.region_code || '|' || o.period;

UPDATE "target" t SET "created_import_batch_id" = a.import_batch_id
FROM (SELECT DISTINCT ON (entity_key) entity_key, import_batch_id FROM "audit_entry"
      WHERE entity = 'target' AND old_value IS NULL ORDER BY entity_key, id) a
WHERE a.entity_key = t.document_code || '|' || t.indicator_code || '|' || t.region_code || '|' || t.year;

UPDATE "programme_figure" p SET "created_import_batch_id" = a.import_batch_id
FROM (SELECT DISTINCT ON (entity_key) entity_key, import_batch_id FROM "audit_entry"
      WHERE entity = 'programme_figure' AND old_value IS NULL ORDER BY entity_key, id) a
WHERE a.entity_key = p.programme_code || '|' || p.region_code || '|' || p.year;
