-- AlterTable
ALTER TABLE "source" ALTER COLUMN "publisher" SET DEFAULT '';

-- Sources written before this migration were all labelled BPS by default. Keep that only where the
-- title itself names BPS (the BPS tables of the demo data), not for Perpres, RKP or RAPBN targets.
-- (No semicolons in comments: the PostgreSQL driver adapter splits scripts on them.)
UPDATE "source" SET "publisher" = '' WHERE "publisher" = 'Badan Pusat Statistik (BPS)' AND "title" NOT LIKE '%BPS%';
