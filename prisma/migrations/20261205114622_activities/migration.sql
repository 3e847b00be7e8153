-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('PLAN', 'REALISATION');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('APBD', 'APBN', 'DAK', 'HIBAH');

-- CreateTable
CREATE TABLE "activity" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "programme_code" TEXT NOT NULL,
    "implementer_code" TEXT NOT NULL,
    "location_code" TEXT NOT NULL,
    "district" TEXT NOT NULL DEFAULT '',
    "village" TEXT NOT NULL DEFAULT '',
    "funding_source" "FundingSource" NOT NULL,
    "target_group" TEXT NOT NULL DEFAULT '',
    "description" TEXT,
    "budget_planned" DECIMAL(24,2),
    "budget_realised" DECIMAL(24,2),
    "beneficiaries_planned" DECIMAL(24,2),
    "beneficiaries_realised" DECIMAL(24,2),
    "import_batch_id" INTEGER,
    "created_import_batch_id" INTEGER,

    CONSTRAINT "activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_stage" (
    "activity_id" INTEGER NOT NULL,
    "stage" INTEGER NOT NULL,
    "planned_date" DATE,
    "actual_date" DATE,
    "budget_planned" DECIMAL(24,2),
    "budget_realised" DECIMAL(24,2),
    "beneficiaries_planned" DECIMAL(24,2),
    "beneficiaries_realised" DECIMAL(24,2),

    CONSTRAINT "activity_stage_pkey" PRIMARY KEY ("activity_id","stage")
);

-- CreateIndex
CREATE INDEX "activity_location_code_year_idx" ON "activity"("location_code", "year");

-- CreateIndex
CREATE INDEX "activity_implementer_code_year_idx" ON "activity"("implementer_code", "year");

-- CreateIndex
CREATE UNIQUE INDEX "activity_year_status_programme_code_implementer_code_locati_key" ON "activity"("year", "status", "programme_code", "implementer_code", "location_code", "district", "village", "funding_source", "target_group");

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_programme_code_fkey" FOREIGN KEY ("programme_code") REFERENCES "programme"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_implementer_code_fkey" FOREIGN KEY ("implementer_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_location_code_fkey" FOREIGN KEY ("location_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_created_import_batch_id_fkey" FOREIGN KEY ("created_import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_stage" ADD CONSTRAINT "activity_stage_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
