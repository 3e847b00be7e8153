-- AlterTable
ALTER TABLE "indicator" ADD COLUMN     "annual_round" INTEGER,
ADD COLUMN     "year_on_year" BOOLEAN NOT NULL DEFAULT false;
