-- AlterEnum
ALTER TYPE "AggregationRule" ADD VALUE 'RATIO_OF_SUMS';

-- AlterTable
ALTER TABLE "indicator" ADD COLUMN     "denominator_en" TEXT,
ADD COLUMN     "denominator_id" TEXT,
ADD COLUMN     "numerator_en" TEXT,
ADD COLUMN     "numerator_id" TEXT,
ADD COLUMN     "ratio_factor" DECIMAL(24,6);

-- AlterTable
ALTER TABLE "observation" ADD COLUMN     "denominator" DECIMAL(24,6),
ADD COLUMN     "numerator" DECIMAL(24,6);

-- AlterTable
ALTER TABLE "observation_revision" ADD COLUMN     "denominator" DECIMAL(24,6),
ADD COLUMN     "numerator" DECIMAL(24,6);
