-- Values last written by the demo data set (real BPS publications, imported as "demo-data" before accounts
-- existed) are published statistics: anonymous visitors and viewers, who see only verified and published values,
-- keep seeing them. Values written by any other import stay UNVERIFIED.
-- (A separate migration from the one adding PUBLISHED: PostgreSQL cannot use a new enum value in the same transaction.)
UPDATE "observation" SET "status" = 'PUBLISHED'
WHERE "status" = 'UNVERIFIED'
  AND "import_batch_id" IN (SELECT "id" FROM "import_batch" WHERE "imported_by" = 'demo-data');
