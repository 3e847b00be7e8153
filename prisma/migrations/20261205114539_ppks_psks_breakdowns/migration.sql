-- CreateTable
CREATE TABLE "breakdown_set" (
    "code" TEXT NOT NULL,
    "name_id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "source_url" TEXT,

    CONSTRAINT "breakdown_set_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "breakdown_category" (
    "code" TEXT NOT NULL,
    "set_code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name_id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "abbreviation" TEXT,

    CONSTRAINT "breakdown_category_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "indicator_breakdown" (
    "indicator_code" TEXT NOT NULL,
    "set_code" TEXT NOT NULL,

    CONSTRAINT "indicator_breakdown_pkey" PRIMARY KEY ("indicator_code")
);

-- CreateTable
CREATE TABLE "breakdown_count" (
    "indicator_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "category_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "subperiod" INTEGER NOT NULL,
    "value" DECIMAL(18,0) NOT NULL,
    "source_id" INTEGER,
    "note" TEXT,
    "status" "VerificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "review_comment" TEXT,
    "import_batch_id" INTEGER,
    "created_import_batch_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "breakdown_count_pkey" PRIMARY KEY ("indicator_code","region_code","period","category_code")
);

-- CreateIndex
CREATE UNIQUE INDEX "breakdown_category_set_code_position_key" ON "breakdown_category"("set_code", "position");

-- CreateIndex
CREATE INDEX "breakdown_count_indicator_code_year_region_code_idx" ON "breakdown_count"("indicator_code", "year", "region_code");

-- AddForeignKey
ALTER TABLE "breakdown_category" ADD CONSTRAINT "breakdown_category_set_code_fkey" FOREIGN KEY ("set_code") REFERENCES "breakdown_set"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_breakdown" ADD CONSTRAINT "indicator_breakdown_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_breakdown" ADD CONSTRAINT "indicator_breakdown_set_code_fkey" FOREIGN KEY ("set_code") REFERENCES "breakdown_set"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "breakdown_count" ADD CONSTRAINT "breakdown_count_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "breakdown_count" ADD CONSTRAINT "breakdown_count_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "breakdown_count" ADD CONSTRAINT "breakdown_count_category_code_fkey" FOREIGN KEY ("category_code") REFERENCES "breakdown_category"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "breakdown_count" ADD CONSTRAINT "breakdown_count_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "breakdown_count" ADD CONSTRAINT "breakdown_count_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "breakdown_count" ADD CONSTRAINT "breakdown_count_created_import_batch_id_fkey" FOREIGN KEY ("created_import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A count of persons, families or institutions is never negative (the import refuses it first, with the line).
ALTER TABLE "breakdown_count" ADD CONSTRAINT "breakdown_count_value_not_negative" CHECK ("value" >= 0);
