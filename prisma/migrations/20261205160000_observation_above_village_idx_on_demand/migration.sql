-- observation_above_village_idx made every import of kab/kota values write each row twice (200,000 new rows: 1.9–2.2 s
-- before it, 3.0–5.1 s with it), for lists that only need it once a database holds kecamatan or desa values. It is
-- now created at start in such a database only (server/src/observations/desa-scale-index.ts), which recreates it
-- at once where it was useful.
DROP INDEX IF EXISTS "observation_above_village_idx";
