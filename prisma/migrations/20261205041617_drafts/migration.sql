-- AlterEnum
ALTER TYPE "RevisionStatus" ADD VALUE 'DRAFT';

-- AlterEnum
ALTER TYPE "VerificationStatus" ADD VALUE 'DRAFT';
