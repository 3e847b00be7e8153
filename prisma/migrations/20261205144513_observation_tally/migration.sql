-- The pool's statement_timeout is for requests: on a database with millions of values this script reads them all.
SET LOCAL statement_timeout = 0;

-- CreateTable
CREATE TABLE "observation_tally_indicator" (
    "indicator_code" TEXT NOT NULL,
    "regions_all" INTEGER NOT NULL,
    "regions_checked" INTEGER NOT NULL,

    CONSTRAINT "observation_tally_indicator_pkey" PRIMARY KEY ("indicator_code")
);

-- CreateTable
CREATE TABLE "observation_tally_region" (
    "indicator_code" TEXT NOT NULL,
    "region_code" TEXT NOT NULL,
    "all_rows" INTEGER NOT NULL,
    "checked_rows" INTEGER NOT NULL,

    CONSTRAINT "observation_tally_region_pkey" PRIMARY KEY ("indicator_code","region_code")
);

-- CreateTable
CREATE TABLE "observation_tally_period" (
    "indicator_code" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "all_rows" INTEGER NOT NULL,
    "checked_rows" INTEGER NOT NULL,

    CONSTRAINT "observation_tally_period_pkey" PRIMARY KEY ("indicator_code","period")
);

-- Kept by statement triggers with transition tables: every write of observations (imports, verification, drafts,
-- deletions, SQL by hand) adds its rows with sign +1 and removes the rows it replaced with sign -1, grouped by
-- indicator and region, and by indicator and period. A tally that falls to zero stays, read as none.
-- "Checked" is VERIFIED or PUBLISHED, as in server/src/observations/visibility.ts.
CREATE FUNCTION observation_tally_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changes text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT indicator_code, region_code, period, status, 1 AS sign FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT indicator_code, region_code, period, status, -1 AS sign FROM old_rows'
    ELSE 'SELECT indicator_code, region_code, period, status, 1 AS sign FROM new_rows
          UNION ALL SELECT indicator_code, region_code, period, status, -1 AS sign FROM old_rows'
  END;
  checked text := 'coalesce(sum(sign) FILTER (WHERE status IN (''VERIFIED'', ''PUBLISHED'')), 0)';
BEGIN
  -- The regions' tallies, then the indicator's count of regions from those that crossed zero (new - delta is old).
  EXECUTE format(
    'WITH d AS (
       SELECT indicator_code, region_code, sum(sign)::int AS all_rows, %2$s::int AS checked_rows FROM (%1$s) c
       GROUP BY 1, 2 HAVING sum(sign) <> 0 OR %2$s <> 0 ORDER BY 1, 2),
     up AS (
       INSERT INTO observation_tally_region AS t (indicator_code, region_code, all_rows, checked_rows) SELECT * FROM d
       ON CONFLICT (indicator_code, region_code)
       DO UPDATE SET all_rows = t.all_rows + excluded.all_rows, checked_rows = t.checked_rows + excluded.checked_rows
       RETURNING t.indicator_code, t.region_code, t.all_rows, t.checked_rows)
     INSERT INTO observation_tally_indicator AS t (indicator_code, regions_all, regions_checked)
     SELECT up.indicator_code,
       sum((up.all_rows > 0)::int - (up.all_rows - d.all_rows > 0)::int),
       sum((up.checked_rows > 0)::int - (up.checked_rows - d.checked_rows > 0)::int)
     FROM up JOIN d USING (indicator_code, region_code) GROUP BY 1 ORDER BY 1
     ON CONFLICT (indicator_code)
     DO UPDATE SET regions_all = t.regions_all + excluded.regions_all, regions_checked = t.regions_checked + excluded.regions_checked',
    changes, checked);
  EXECUTE format(
    'INSERT INTO observation_tally_period AS t (indicator_code, period, all_rows, checked_rows)
     SELECT indicator_code, period, sum(sign), %2$s FROM (%1$s) c GROUP BY 1, 2
     HAVING sum(sign) <> 0 OR %2$s <> 0 ORDER BY 1, 2
     ON CONFLICT (indicator_code, period)
     DO UPDATE SET all_rows = t.all_rows + excluded.all_rows, checked_rows = t.checked_rows + excluded.checked_rows',
    changes, checked);
  RETURN NULL;
END $$;

CREATE FUNCTION observation_tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE observation_tally_indicator, observation_tally_region, observation_tally_period;
  RETURN NULL;
END $$;

-- A trigger with transition tables may have one event only.
CREATE TRIGGER observation_tally_insert AFTER INSERT ON observation
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION observation_tally_change();
CREATE TRIGGER observation_tally_update AFTER UPDATE ON observation
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION observation_tally_change();
CREATE TRIGGER observation_tally_delete AFTER DELETE ON observation
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION observation_tally_change();
CREATE TRIGGER observation_tally_truncate AFTER TRUNCATE ON observation
  FOR EACH STATEMENT EXECUTE FUNCTION observation_tally_truncate();
-- Imports write with session_replication_role = replica, switching the foreign keys' row triggers off (see
-- server/src/imports/references.ts); the tallies must follow those writes too.
ALTER TABLE observation ENABLE ALWAYS TRIGGER observation_tally_insert;
ALTER TABLE observation ENABLE ALWAYS TRIGGER observation_tally_update;
ALTER TABLE observation ENABLE ALWAYS TRIGGER observation_tally_delete;
ALTER TABLE observation ENABLE ALWAYS TRIGGER observation_tally_truncate;

INSERT INTO observation_tally_region (indicator_code, region_code, all_rows, checked_rows)
SELECT indicator_code, region_code, count(*), count(*) FILTER (WHERE status IN ('VERIFIED', 'PUBLISHED'))
FROM observation GROUP BY 1, 2;
INSERT INTO observation_tally_indicator (indicator_code, regions_all, regions_checked)
SELECT indicator_code, count(*) FILTER (WHERE all_rows > 0), count(*) FILTER (WHERE checked_rows > 0)
FROM observation_tally_region GROUP BY 1;
INSERT INTO observation_tally_period (indicator_code, period, all_rows, checked_rows)
SELECT indicator_code, period, count(*), count(*) FILTER (WHERE status IN ('VERIFIED', 'PUBLISHED'))
FROM observation GROUP BY 1, 2;
