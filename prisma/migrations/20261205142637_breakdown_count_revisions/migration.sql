-- CreateTable
CREATE TABLE "breakdown_count_revision" (
    "id" SERIAL NOT NULL,
    "indicator_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "category_code" TEXT NOT NULL,
    "value" DECIMAL(18,0) NOT NULL,
    "source_id" INTEGER,
    "note" TEXT,
    "previous_value" DECIMAL(18,0),
    "status" "RevisionStatus" NOT NULL DEFAULT 'SUBMITTED',
    "submitted_by" TEXT NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "import_batch_id" INTEGER,
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "review_comment" TEXT,

    CONSTRAINT "breakdown_count_revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "breakdown_count_revision_indicator_code_region_code_period__idx" ON "breakdown_count_revision"("indicator_code", "region_code", "period", "category_code");

-- CreateIndex
CREATE INDEX "breakdown_count_revision_status_idx" ON "breakdown_count_revision"("status");
