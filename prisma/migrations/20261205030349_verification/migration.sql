-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'VERIFIED', 'SUPERSEDED');

-- AlterEnum
ALTER TYPE "VerificationStatus" ADD VALUE 'RETURNED';

-- AlterTable
ALTER TABLE "observation" ADD COLUMN     "review_comment" TEXT,
ADD COLUMN     "reviewed_at" TIMESTAMP(3),
ADD COLUMN     "reviewed_by" TEXT;

-- CreateTable
CREATE TABLE "observation_revision" (
    "id" SERIAL NOT NULL,
    "indicator_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "source_id" INTEGER,
    "note" TEXT,
    "previous_value" DECIMAL(24,6),
    "status" "RevisionStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submitted_by" TEXT NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "import_batch_id" INTEGER,
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "review_comment" TEXT,

    CONSTRAINT "observation_revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "observation_revision_indicator_code_region_code_period_idx" ON "observation_revision"("indicator_code", "region_code", "period");

-- CreateIndex
CREATE INDEX "observation_revision_status_idx" ON "observation_revision"("status");
