-- AlterTable
ALTER TABLE "activity_stage" ADD COLUMN     "report_date" DATE,
ADD COLUMN     "report_due_date" DATE;

-- An activity's target group becomes a PPKS category's code (breakdown_category, set "ppks"). Rows imported before
-- held the text of the file: each is mapped to the code its text names, compared as the import now compares it (the
-- code (also "PPKS 8"), the Indonesian or English name or the abbreviation, without case or punctuation; "telantar", "lansia",
-- "tunasusila", "ODHA", "KAT", "perdagangan orang", "narkoba" and a left-out "yang" read as the guideline writes them).
-- A text that names no category cannot be kept as a code: the row's target group is emptied and the text stays in the
-- audit trail. Two rows that would become one activity stop the migration, naming them, and nothing is changed.
CREATE TEMPORARY TABLE activity_target_group_map ON COMMIT DROP AS
WITH category AS (
  SELECT DISTINCT c.code,
    btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
      regexp_replace(regexp_replace(
      btrim(regexp_replace(regexp_replace(lower(t.text), '\mtelantar\M', 'terlantar', 'g'), '[^[:alnum:]]+', ' ', 'g')),
      '^ppks ?([0-9])$', 'ppks0\1'), '^ppks ([0-9]{2})$', 'ppks\1'),
      '\mlansia\M', 'lanjut usia', 'g'), '\mtunasusila\M', 'tuna susila', 'g'), '^odha$', 'orang dengan hiv aids'),
      '^kat$', 'komunitas adat terpencil'), '\mperdagangan orang\M', 'trafficking', 'g'), '\mnarkoba\M', 'napza', 'g'),
      '\myang\M', '', 'g'), '\s+', ' ', 'g'), '^ | $', '', 'g')) AS key
  FROM breakdown_category c
    CROSS JOIN LATERAL (VALUES (c.code), (c.name_id), (c.name_en), (c.abbreviation)) AS t(text)
  WHERE c.set_code = 'ppks' AND c.position > 0 AND t.text IS NOT NULL
), written AS (
  SELECT a.id, a.target_group AS text,
    btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
      regexp_replace(regexp_replace(
      btrim(regexp_replace(regexp_replace(lower(a.target_group), '\mtelantar\M', 'terlantar', 'g'), '[^[:alnum:]]+', ' ', 'g')),
      '^ppks ?([0-9])$', 'ppks0\1'), '^ppks ([0-9]{2})$', 'ppks\1'),
      '\mlansia\M', 'lanjut usia', 'g'), '\mtunasusila\M', 'tuna susila', 'g'), '^odha$', 'orang dengan hiv aids'),
      '^kat$', 'komunitas adat terpencil'), '\mperdagangan orang\M', 'trafficking', 'g'), '\mnarkoba\M', 'napza', 'g'),
      '\myang\M', '', 'g'), '\s+', ' ', 'g'), '^ | $', '', 'g')) AS key
  FROM activity a WHERE a.target_group <> ''
)
SELECT w.id, w.text, COALESCE((SELECT min(c.code) FROM category c WHERE c.key = w.key), '') AS code
FROM written w;

DO $$
DECLARE clash text;
BEGIN
  SELECT string_agg(ids, '; ') INTO clash FROM (
    SELECT string_agg(a.id::text, ', ' ORDER BY a.id) AS ids
    FROM activity a LEFT JOIN activity_target_group_map m ON m.id = a.id
    GROUP BY a.year, a.status, a.programme_code, a.implementer_code, a.location_code, a.district, a.village,
             a.funding_source, COALESCE(m.code, a.target_group)
    HAVING count(*) > 1
  ) x;
  IF clash IS NOT NULL THEN
    RAISE EXCEPTION 'Kegiatan % menjadi satu kegiatan bila sasarannya ditulis sebagai kode PPKS: gabungkan atau perbaiki sasarannya dahulu (activities % would become one activity once their target groups are PPKS codes: merge them or correct their target groups first)', clash, clash;
  END IF;
END $$;

INSERT INTO audit_entry (entity, entity_key, field, old_value, new_value, changed_by, reason)
SELECT 'activity',
       a.year || '|' || a.status::text || '|' || a.programme_code || '|' || a.implementer_code || '|' || a.location_code
         || '|' || a.district || '|' || a.village || '|' || a.funding_source::text || '|' || m.code,
       'target_group', m.text, NULLIF(m.code, ''), 'migrasi 20261205142705_activity_target_group_reports',
       CASE WHEN m.code = '' THEN 'Sasaran bukan kategori PPKS: dikosongkan, teksnya tersimpan di sini (not a PPKS category: emptied, its text kept here)'
            ELSE 'Sasaran ditulis sebagai kode kategori PPKS (target group stored as its PPKS category code)' END
FROM activity a JOIN activity_target_group_map m ON m.id = a.id
WHERE m.code <> a.target_group;

UPDATE activity a SET target_group = m.code FROM activity_target_group_map m WHERE m.id = a.id AND a.target_group <> m.code;

ALTER TABLE "activity" ADD CONSTRAINT "activity_target_group_ppks_code"
  CHECK ("target_group" = '' OR "target_group" ~ '^PPKS[0-9]{2}$');
