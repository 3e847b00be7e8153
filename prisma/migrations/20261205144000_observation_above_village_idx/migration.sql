-- The pool's statement_timeout is for requests: on a database with millions of values this script reads them all.
SET LOCAL statement_timeout = 0;

-- Observations above desa by (indicator, depth of the code, region, period): a list of one level (all kab/kota, all
-- kecamatan of a province) reads its own rows in the order of its pages, instead of walking the kecamatan and desa
-- that sit between two of its regions in the primary key's order. Desa, most of the rows, are left out: their lists
-- read the primary key, where only a few rows of the levels above sit between them. The expression must stay
-- written as CODE_DEPTH in server/src/observations/observation-pages.ts. Prisma's schema cannot describe an index on
-- an expression with a predicate; its diff ignores it.
CREATE INDEX "observation_above_village_idx" ON "observation" (
  "indicator_code",
  (length("region_code") - length(replace("region_code", '.', ''))),
  "region_code",
  "period"
) WHERE (length("region_code") - length(replace("region_code", '.', ''))) < 3;
