-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('NATIONAL', 'PROVINCE', 'REGENCY_CITY', 'DISTRICT', 'VILLAGE');

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('REGENCY', 'CITY');

-- CreateEnum
CREATE TYPE "RegionChangeKind" AS ENUM ('SPLIT', 'MERGE', 'RENAME');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "Periodicity" AS ENUM ('ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "AggregationRule" AS ENUM ('SUM', 'POPULATION_WEIGHTED_MEAN', 'NOT_AGGREGABLE');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('UNVERIFIED', 'VERIFIED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "PlanningDocumentKind" AS ENUM ('RPJMN', 'RKP', 'RPJMD', 'RKPD', 'RENSTRA');

-- CreateEnum
CREATE TYPE "ProgrammeScope" AS ENUM ('NATIONAL', 'REGIONAL');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('APPLIED', 'REJECTED');

-- CreateTable
CREATE TABLE "region" (
    "code" TEXT NOT NULL,
    "bps_code" TEXT,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "kind" "RegionKind",
    "parent_code" TEXT,
    "valid_from" INTEGER,
    "valid_until" INTEGER,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "region_change" (
    "id" SERIAL NOT NULL,
    "kind" "RegionChangeKind" NOT NULL,
    "from_code" TEXT NOT NULL,
    "to_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "legal_basis" TEXT,

    CONSTRAINT "region_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "code" TEXT NOT NULL,
    "name_id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "definition_id" TEXT NOT NULL,
    "definition_en" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,
    "unit_en" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL,
    "direction" "IndicatorDirection" NOT NULL,
    "periodicity" "Periodicity" NOT NULL,
    "period_months" INTEGER[],
    "levels" "RegionLevel"[],
    "aggregation" "AggregationRule" NOT NULL,
    "weight_indicator_code" TEXT,
    "min_value" DECIMAL(24,6),
    "max_value" DECIMAL(24,6),
    "topic" TEXT NOT NULL,
    "reference_code" TEXT,
    "source" TEXT NOT NULL,
    "source_url" TEXT,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "series_break" (
    "id" SERIAL NOT NULL,
    "indicator_code" TEXT,
    "region_code" TEXT,
    "starts_at" TEXT NOT NULL,
    "reason_id" TEXT NOT NULL,
    "reason_en" TEXT NOT NULL,

    CONSTRAINT "series_break_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL DEFAULT '',
    "publisher" TEXT NOT NULL DEFAULT 'Badan Pusat Statistik (BPS)',

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observation" (
    "region_code" TEXT NOT NULL,
    "indicator_code" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "subperiod" INTEGER NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "source_id" INTEGER,
    "note" TEXT,
    "status" "VerificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "import_batch_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "observation_pkey" PRIMARY KEY ("indicator_code","region_code","period")
);

-- CreateTable
CREATE TABLE "planning_document" (
    "code" TEXT NOT NULL,
    "kind" "PlanningDocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "region_code" TEXT NOT NULL,
    "start_year" INTEGER NOT NULL,
    "end_year" INTEGER NOT NULL,
    "legal_basis" TEXT,
    "url" TEXT,

    CONSTRAINT "planning_document_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "target" (
    "id" SERIAL NOT NULL,
    "document_code" TEXT NOT NULL,
    "indicator_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(24,6),
    "lower_bound" DECIMAL(24,6),
    "upper_bound" DECIMAL(24,6),
    "baseline_year" INTEGER,
    "baseline_value" DECIMAL(24,6),
    "note" TEXT,
    "source_id" INTEGER,
    "import_batch_id" INTEGER,

    CONSTRAINT "target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme" (
    "code" TEXT NOT NULL,
    "scope" "ProgrammeScope" NOT NULL,
    "name_id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_id" TEXT,
    "parent_code" TEXT,
    "recipient_unit" TEXT,

    CONSTRAINT "programme_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "programme_figure" (
    "id" SERIAL NOT NULL,
    "programme_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "recipients" DECIMAL(24,2),
    "eligible" DECIMAL(24,2),
    "budget_allocated" DECIMAL(24,2),
    "budget_spent" DECIMAL(24,2),
    "source_id" INTEGER,
    "import_batch_id" INTEGER,

    CONSTRAINT "programme_figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_batch" (
    "id" SERIAL NOT NULL,
    "file_name" TEXT NOT NULL,
    "checksum" TEXT NOT NULL,
    "layout" TEXT NOT NULL,
    "imported_by" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "status" "ImportStatus" NOT NULL,
    "inserted" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT,

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_key" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "old_value" TEXT,
    "new_value" TEXT,
    "changed_by" TEXT NOT NULL,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "import_batch_id" INTEGER,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "region_bps_code_key" ON "region"("bps_code");

-- CreateIndex
CREATE INDEX "region_parent_code_idx" ON "region"("parent_code");

-- CreateIndex
CREATE INDEX "region_level_idx" ON "region"("level");

-- CreateIndex
CREATE UNIQUE INDEX "region_change_kind_from_code_to_code_key" ON "region_change"("kind", "from_code", "to_code");

-- CreateIndex
CREATE INDEX "series_break_indicator_code_region_code_idx" ON "series_break"("indicator_code", "region_code");

-- CreateIndex
CREATE UNIQUE INDEX "source_title_url_key" ON "source"("title", "url");

-- CreateIndex
CREATE INDEX "observation_indicator_code_year_subperiod_idx" ON "observation"("indicator_code", "year", "subperiod");

-- CreateIndex
CREATE UNIQUE INDEX "target_document_code_indicator_code_region_code_year_key" ON "target"("document_code", "indicator_code", "region_code", "year");

-- CreateIndex
CREATE UNIQUE INDEX "programme_figure_programme_code_region_code_year_key" ON "programme_figure"("programme_code", "region_code", "year");

-- CreateIndex
CREATE INDEX "import_batch_checksum_idx" ON "import_batch"("checksum");

-- CreateIndex
CREATE INDEX "audit_entry_entity_entity_key_idx" ON "audit_entry"("entity", "entity_key");

-- AddForeignKey
ALTER TABLE "region" ADD CONSTRAINT "region_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_change" ADD CONSTRAINT "region_change_from_code_fkey" FOREIGN KEY ("from_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "region_change" ADD CONSTRAINT "region_change_to_code_fkey" FOREIGN KEY ("to_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_break" ADD CONSTRAINT "series_break_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "series_break" ADD CONSTRAINT "series_break_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "planning_document" ADD CONSTRAINT "planning_document_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_document_code_fkey" FOREIGN KEY ("document_code") REFERENCES "planning_document"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_indicator_code_fkey" FOREIGN KEY ("indicator_code") REFERENCES "indicator"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme" ADD CONSTRAINT "programme_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "programme"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_figure" ADD CONSTRAINT "programme_figure_programme_code_fkey" FOREIGN KEY ("programme_code") REFERENCES "programme"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_figure" ADD CONSTRAINT "programme_figure_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_figure" ADD CONSTRAINT "programme_figure_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme_figure" ADD CONSTRAINT "programme_figure_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_entry" ADD CONSTRAINT "audit_entry_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
