-- AlterTable
ALTER TABLE "source" ADD COLUMN     "publisher_url" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "released_on" DATE;

-- Sources loaded before this migration carry the publisher's address inside their title (the demo data's
-- "BPS table ... https://www.bps.go.id/...", as pnpm seed:build now writes to url_penerbit): it becomes the
-- publisher's page. A BPS publication's address holds its release date (/publication/2026/02/27/...).
-- Other release dates stay unknown here (null), never guessed.
UPDATE "source" SET "publisher_url" = substring("title" from 'https://www\.bps\.go\.id/[^ )"]+')
WHERE "publisher_url" = '' AND "title" ~ 'https://www\.bps\.go\.id/';
UPDATE "source" SET "released_on" = to_date(substring("publisher_url" from '/publication/([0-9]{4}/[0-9]{2}/[0-9]{2})/'), 'YYYY/MM/DD')
WHERE "released_on" IS NULL AND "publisher_url" ~ '/publication/[0-9]{4}/[0-9]{2}/[0-9]{2}/';
