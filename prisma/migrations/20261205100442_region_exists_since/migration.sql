-- AlterTable
ALTER TABLE "region" ADD COLUMN     "exists_since" INTEGER;

-- A region formed by a recorded split exists since the split's year (the registry load keeps it so).
UPDATE "region" r SET "exists_since" = c."year"
FROM "region_change" c WHERE c."kind" = 'SPLIT' AND c."to_code" = r."code";
