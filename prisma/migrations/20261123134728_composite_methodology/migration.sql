-- CreateEnum
CREATE TYPE "MethodologyStatus" AS ENUM ('EXAMPLE', 'DRAFT', 'OFFICIAL');

-- CreateTable
CREATE TABLE "composite_methodology" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name_id" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_id" TEXT NOT NULL,
    "status" "MethodologyStatus" NOT NULL,
    "aggregation" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "source" TEXT,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "composite_methodology_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "composite_methodology_code_version_key" ON "composite_methodology"("code", "version");
