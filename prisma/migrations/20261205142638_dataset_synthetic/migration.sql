-- AlterEnum
ALTER TYPE "DatasetKind" ADD VALUE 'SYNTHETIC';
