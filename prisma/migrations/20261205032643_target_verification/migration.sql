-- AlterTable
ALTER TABLE "target" ADD COLUMN     "review_comment" TEXT,
ADD COLUMN     "reviewed_at" TIMESTAMP(3),
ADD COLUMN     "reviewed_by" TEXT,
ADD COLUMN     "status" "VerificationStatus" NOT NULL DEFAULT 'UNVERIFIED';

-- Targets last written by the demo data set (the RPJMN and RKP, published documents, imported as "demo-data") are
-- published: anonymous visitors and viewers, who see only verified and published targets, keep seeing them. Targets
-- written by any other import stay UNVERIFIED, waiting for the province's verifier.
-- (One migration suffices: PUBLISHED has been a value of the enum since an earlier one.)
UPDATE "target" SET "status" = 'PUBLISHED'
WHERE "import_batch_id" IN (SELECT "id" FROM "import_batch" WHERE "imported_by" = 'demo-data');

-- The verification queue lists waiting targets under a region.
CREATE INDEX "target_status_idx" ON "target"("status");
