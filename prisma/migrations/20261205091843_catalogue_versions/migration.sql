-- CreateEnum
CREATE TYPE "CatalogueChangeOrigin" AS ENUM ('SEED', 'IMPORT', 'EDIT');

-- AlterTable
ALTER TABLE "programme" ADD COLUMN     "region_code" TEXT;

-- CreateTable
CREATE TABLE "catalogue_version" (
    "id" SERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "previous" JSONB,
    "changed_fields" TEXT[],
    "origin" "CatalogueChangeOrigin" NOT NULL,
    "changed_by" TEXT NOT NULL,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "import_batch_id" INTEGER,

    CONSTRAINT "catalogue_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalogue_seed" (
    "entity" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "definition" JSONB NOT NULL,

    CONSTRAINT "catalogue_seed_pkey" PRIMARY KEY ("entity","code")
);

-- CreateIndex
CREATE UNIQUE INDEX "catalogue_version_entity_code_version_key" ON "catalogue_version"("entity", "code", "version");

-- AddForeignKey
ALTER TABLE "programme" ADD CONSTRAINT "programme_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalogue_version" ADD CONSTRAINT "catalogue_version_import_batch_id_fkey" FOREIGN KEY ("import_batch_id") REFERENCES "import_batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
