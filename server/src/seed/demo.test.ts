import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

describeEachDatabase(
  'demo data set, loaded through the import pipeline',
  (use) => {
    it('holds every seed value, each with its source and import batch', async () => {
      const [row] = await use().sql.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE source_id IS NULL OR import_batch_id IS NULL)::int AS untraced
         FROM observation`,
      );
      // 471 + 471 + 1168 + 505 + 256 + 558 + 11 + 253 + 63 rows in prisma/seed/demo.
      expect(row).toEqual({ n: 3756, untraced: 0 });
    });

    it('holds one figure for each annual value and its round: the province total rows agree with the province table', async () => {
      const [pairs] = await use().sql.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE a.value <> r.value)::int AS apart
         FROM observation a JOIN indicator i ON i.code = a.indicator_code AND i.annual_round IS NOT NULL
           JOIN observation r ON r.indicator_code = a.indicator_code AND r.region_code = a.region_code AND r.year = a.year
             AND r.subperiod = i.annual_round
         WHERE a.subperiod = 0`,
      );
      // The kab/kota table's province rows beside the province table's March figures: 56 in BPS's tables, of which the
      // two where the tables differ by rounding (Kalimantan Timur and Gorontalo, poor population 2023) are left out.
      expect(pairs).toEqual({ n: 54, apart: 0 });
      const [left] = await use().sql.query<{ value: number }>(
        `SELECT value::float8 AS value FROM observation WHERE indicator_code = 'poor_population' AND region_code = '64' AND year = 2023
         ORDER BY subperiod`,
      );
      expect(left).toEqual({ value: 231.07 });
    });

    it('holds the PPKS counts Dinas Sosial stated, category by category, each with its publisher and import batch', async () => {
      const rows = await use().sql.query(
        `SELECT b.region_code AS region, b.year, count(*)::int AS n, sum(b.value)::int AS total, s.publisher,
                to_char(s.released_on, 'YYYY-MM-DD') AS released,
                count(*) FILTER (WHERE b.import_batch_id IS NULL OR b.created_import_batch_id IS NULL)::int AS untraced
         FROM breakdown_count b JOIN source s ON s.id = b.source_id
         WHERE b.indicator_code = 'jumlah_pmks' GROUP BY 1, 2, 5, 6 ORDER BY 1, 2`,
      );
      // prisma/seed/sources/ppks/ppks_counts_press.csv: 22 + 1 + 12 + 1 rows. Depok's 22 and keluarga berumah tidak
      // layak huni (12,347, not a Permensos 08/2012 category) make the 344,952 stated; Sulawesi Utara's 12 and
      // kelompok waria (2,050) the 36,907 stated.
      expect(rows).toEqual([
        {
          region: '32.76',
          year: 2021,
          n: 22,
          total: 332605,
          publisher: 'Dinas Sosial Kota Depok',
          released: '2023-06-15',
          untraced: 0,
        },
        {
          region: '64.72',
          year: 2015,
          n: 1,
          total: 11439,
          publisher: 'Dinas Kesejahteraan Sosial Kota Samarinda',
          released: null,
          untraced: 0,
        },
        {
          region: '71',
          year: 2018,
          n: 12,
          total: 34857,
          publisher: 'Dinas Sosial Provinsi Sulawesi Utara',
          released: '2018-07-10',
          untraced: 0,
        },
        {
          region: '75.04',
          year: 2016,
          n: 1,
          total: 1978,
          publisher: 'Dinas Sosial dan Pemberdayaan Masyarakat Kabupaten Pohuwato',
          released: null,
          untraced: 0,
        },
      ]);
      const [dataset] = await use().sql.query(`SELECT kind::text AS kind FROM dataset`);
      expect(dataset).toEqual({ kind: 'OFFICIAL' });
    });

    it("shows Depok's 2021 PPKS profile as stored: fakir miskin nearly 95%, the categories not stated absent", async () => {
      const api = await createTestApi(use());
      try {
        const { breakdownProfile: profile } = await api.query<{
          breakdownProfile: {
            origin: string;
            total: number;
            categories: { code: string; value: number | null; share: number | null }[];
            sources: { publisher: string }[];
          };
        }>(
          `{ breakdownProfile(indicatorCode: "jumlah_pmks", regionCode: "Kota Depok", year: 2021) {
               origin total categories { code value share } sources { publisher } } }`,
        );
        expect(profile).toMatchObject({ origin: 'STORED', total: 332605, sources: [{ publisher: 'Dinas Sosial Kota Depok' }] });
        const byCode = new Map(profile.categories.map((c) => [c.code, c]));
        expect(byCode.get('PPKS24')).toMatchObject({ value: 315698 });
        expect(byCode.get('PPKS24')!.share).toBeCloseTo(94.92, 2);
        expect(byCode.get('PPKS18')).toMatchObject({ value: 0 });
        expect(['PPKS06', 'PPKS14', 'PPKS22', 'PPKS26'].map((c) => byCode.get(c)?.value)).toEqual([null, null, null, null]);
      } finally {
        await api.stop();
      }
    });

    it("has Boalemo as the highest P0 among Gorontalo's kabupaten/kota in 2025", async () => {
      const rows = await use().sql.query(
        `SELECT r.name, o.value::float8 AS value FROM observation o JOIN region r ON r.code = o.region_code
         WHERE o.indicator_code = 'poverty_rate_p0' AND o.period = '2025' AND r.parent_code = '75' ORDER BY o.value DESC LIMIT 2`,
      );
      expect(rows).toEqual([
        { name: 'Kabupaten Boalemo', value: 16.37 },
        { name: 'Kabupaten Gorontalo Utara', value: 15.89 },
      ]);
    });

    it('keeps the national P0 series as BPS published it', async () => {
      const rows = await use().sql.query<{ value: number }>(
        "SELECT value::float8 AS value FROM observation WHERE indicator_code = 'poverty_rate_p0' AND region_code = 'ID' ORDER BY year, subperiod",
      );
      expect(rows.map((r) => r.value)).toEqual([9.41, 9.22, 9.78, 10.19, 10.14, 9.71, 9.54, 9.57, 9.36, 9.03, 8.57, 8.47, 8.25]);
    });

    it('records the RAPBN 2026 revision of the extreme-poverty target in the audit trail', async () => {
      const [target] = await use().sql.query(
        `SELECT value, lower_bound::float8 AS lower, upper_bound::float8 AS upper FROM target
         WHERE document_code = 'RPJMN-2025-2029' AND indicator_code = 'extreme_poverty_rate' AND year = 2026`,
      );
      expect(target).toEqual({ value: null, lower: 0, upper: 0.5 });
      const audit = await use().sql.query(
        `SELECT field, old_value, new_value, reason FROM audit_entry
         WHERE entity = 'target' AND entity_key = 'RPJMN-2025-2029|extreme_poverty_rate|ID|2026' AND reason LIKE 'RAPBN%'
         ORDER BY id`,
      );
      expect(audit).toEqual([
        {
          field: 'value',
          old_value: '0',
          new_value: null,
          reason: 'RAPBN 2026 merevisi sasaran kemiskinan ekstrem 2026 dari 0% menjadi 0–0,5%',
        },
        {
          field: 'lower_bound',
          old_value: null,
          new_value: '0',
          reason: 'RAPBN 2026 merevisi sasaran kemiskinan ekstrem 2026 dari 0% menjadi 0–0,5%',
        },
        {
          field: 'upper_bound',
          old_value: null,
          new_value: '0.5',
          reason: 'RAPBN 2026 merevisi sasaran kemiskinan ekstrem 2026 dari 0% menjadi 0–0,5%',
        },
        {
          field: 'note',
          old_value: 'Kemiskinan ekstrem 0% pada 2026',
          new_value: 'Direvisi dalam RAPBN 2026 dari 0% menjadi rentang 0–0,5%',
          reason: 'RAPBN 2026 merevisi sasaran kemiskinan ekstrem 2026 dari 0% menjadi 0–0,5%',
        },
        {
          field: 'source_id',
          old_value: expect.any(String),
          new_value: expect.any(String),
          reason: 'RAPBN 2026 merevisi sasaran kemiskinan ekstrem 2026 dari 0% menjadi 0–0,5%',
        },
      ]);
    });
  },
  { demoData: true },
);
