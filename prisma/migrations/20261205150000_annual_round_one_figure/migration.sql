-- An annual figure of an indicator with an annual round (poverty: March) and that round of the same year are one
-- figure (server/src/observations/annual-figure.ts); every write now keeps them equal. Pairs stored before that
-- differ are reconciled here, once: the less-checked figure takes the value of the more-checked one (PUBLISHED, then
-- VERIFIED, then the others), and on a tie the annual figure takes the round's, since it is read from that round. The
-- demo data set held two such pairs (poor population 2023 of Kalimantan Timur and Gorontalo: 231.08 and 183.72 in
-- BPS's kab/kota table, 231.07 and 183.71 in its province table). Each change is in the audit trail with its old value.
WITH pair AS (
  SELECT a.indicator_code, a.region_code, a.period AS annual_period, r.period AS round_period,
         a.value AS annual_value, r.value AS round_value,
         CASE a.status WHEN 'PUBLISHED' THEN 3 WHEN 'VERIFIED' THEN 2 ELSE 1 END AS annual_rank,
         CASE r.status WHEN 'PUBLISHED' THEN 3 WHEN 'VERIFIED' THEN 2 ELSE 1 END AS round_rank
  FROM observation a
    JOIN indicator i ON i.code = a.indicator_code AND i.annual_round IS NOT NULL
    JOIN observation r ON r.indicator_code = a.indicator_code AND r.region_code = a.region_code AND r.year = a.year
      AND r.subperiod = i.annual_round
  WHERE a.subperiod = 0 AND a.value <> r.value
),
fix AS (
  SELECT indicator_code, region_code,
         CASE WHEN round_rank >= annual_rank THEN annual_period ELSE round_period END AS period,
         CASE WHEN round_rank >= annual_rank THEN annual_value ELSE round_value END AS old_value,
         CASE WHEN round_rank >= annual_rank THEN round_value ELSE annual_value END AS new_value,
         CASE WHEN round_rank >= annual_rank THEN round_period ELSE annual_period END AS kept_period
  FROM pair
),
audited AS (
  INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason)
  SELECT 'observation', indicator_code || '|' || region_code || '|' || period, 'value', trim_scale(old_value)::text,
         trim_scale(new_value)::text, 'system:migration',
         'Angka tahunan dan putaran tahunannya adalah satu angka: disamakan dengan ' || kept_period ||
         ' / An annual figure and its annual round are one figure: set to the value of ' || kept_period
  FROM fix
  RETURNING 1
)
UPDATE observation o SET value = f.new_value, updated_at = now()
FROM fix f
WHERE o.indicator_code = f.indicator_code AND o.region_code = f.region_code AND o.period = f.period;
