-- CreateEnum
CREATE TYPE "DatasetKind" AS ENUM ('OFFICIAL', 'TRAINING');

-- CreateTable
CREATE TABLE "dataset" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "kind" "DatasetKind" NOT NULL,
    "seed" TEXT,
    "generator_version" TEXT,
    "generators" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_pkey" PRIMARY KEY ("id")
);

-- One row: the whole database holds one kind of data.
ALTER TABLE "dataset" ADD CONSTRAINT "dataset_one_row" CHECK ("id" = 1);
