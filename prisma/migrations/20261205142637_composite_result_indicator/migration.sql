-- AlterTable
ALTER TABLE "composite_methodology" ADD COLUMN     "result_indicator_code" TEXT;

-- The two example methods shipped with the platform compute the RPJMN's IKS variants: their results are figures of
-- iks_elderly and iks_disability (the seed file says the same for new databases).
UPDATE "composite_methodology" SET "result_indicator_code" = 'iks_elderly'
  WHERE "code" = 'IKS_ELDERLY_RPJMN' AND "created_by" = 'seed' AND "result_indicator_code" IS NULL;
UPDATE "composite_methodology" SET "result_indicator_code" = 'iks_disability'
  WHERE "code" = 'IKS_DISABILITY_RPJMN' AND "created_by" = 'seed' AND "result_indicator_code" IS NULL;
