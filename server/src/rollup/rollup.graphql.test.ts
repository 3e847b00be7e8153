import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import { importFile } from '../imports/import.service.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

describeEachDatabase(
  'roll-up and programmes API',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it("computes Gorontalo's poor population from its kabupaten/kota, marked as computed, beside the published figure", async () => {
      const { rollUp } = await api.query<{ rollUp: unknown }>(
        '{ rollUp(indicatorCode: "poor_population", parentCode: "75", period: "2025") { computed method value publishedValue differenceFromPublished childrenCount childrenWithData } }',
      );
      expect(rollUp).toEqual({
        computed: true,
        method: 'SUM',
        value: 162.76,
        publishedValue: 162.74,
        differenceFromPublished: 0.02,
        childrenCount: 6,
        childrenWithData: 6,
      });
    });

    it('adds up the 34 provinces of 2020: the four Papua provinces formed in 2022 are not counted, being inside Papua and Papua Barat', async () => {
      const { rollUp } = await api.query<{ rollUp: Record<string, unknown> }>(
        '{ rollUp(indicatorCode: "poor_population", parentCode: "ID", period: "Maret 2020") { period value publishedValue childrenCount childrenWithData missingChildren coveredChildren notYetFormedChildren } }',
      );
      // BPS, March 2020: 26,424.02 thousand poor in Indonesia; its 34 provinces add up to 26,424.05.
      expect(rollUp).toEqual({
        period: '2020-03',
        value: 26424.05,
        publishedValue: 26424.02,
        childrenCount: 34,
        childrenWithData: 34,
        missingChildren: [],
        coveredChildren: [],
        notYetFormedChildren: ['93', '94', '95', '96'],
      });
    });

    it('counts a province missing in a year it existed, and not one formed later', async () => {
      // Without Papua's own figure for March 2020 the sum stops: 33 of the 34 provinces of that year have one.
      await use().sql.query(
        "DELETE FROM observation WHERE indicator_code = 'poor_population' AND region_code = '91' AND period = '2020-03'",
      );
      const { rollUp } = await api.query<{ rollUp: Record<string, unknown> }>(
        '{ rollUp(indicatorCode: "poor_population", parentCode: "ID", period: "2020-03") { value childrenCount childrenWithData missingChildren notYetFormedChildren } }',
      );
      expect(rollUp).toEqual({
        value: null,
        childrenCount: 34,
        childrenWithData: 33,
        missingChildren: ['91'],
        notYetFormedChildren: ['93', '94', '95', '96'],
      });
    });

    it('names the wrong code or period instead of computing nothing', async () => {
      const wrong = async (args: string) =>
        (await api.execute(`{ rollUp(${args}) { value } }`)).errors?.[0]?.message ?? 'no error';
      expect(await wrong('indicatorCode: "poor_population", parentCode: "7500", period: "2025"')).toMatch(
        /Unknown region “7500”/,
      );
      expect(await wrong('indicatorCode: "poor_population", parentCode: "75", period: "2025-13"')).toMatch(
        /period “2025-13” is not a period/,
      );
    });

    it('says why a rate cannot be rolled up without its weights', async () => {
      const { rollUp } = await api.query<{ rollUp: { value: number | null; reasonEn: string } }>(
        '{ rollUp(indicatorCode: "poverty_rate_p0", parentCode: "75", period: "2025") { value reasonEn } }',
      );
      expect(rollUp).toEqual({ value: null, reasonEn: 'The weight (population) is missing for 1 region(s).' });
    });

    it('reports programme coverage and budget absorption from imported figures', async () => {
      // Dinas Sosial Kabupaten Banggai's APBD allocation (domain notes): Rp 16 miliar in 2023, Rp 32 miliar in 2024.
      const file = [
        'program,kode_wilayah,tahun,pagu,realisasi,sumber',
        '1.06,72.01,2023,16000000000,,"Rakor Dinas Sosial Sulawesi Tengah, Luwuk, Maret 2024"',
        '1.06,72.01,2024,32000000000,,"Rakor Dinas Sosial Sulawesi Tengah, Luwuk, Maret 2024"',
      ].join('\n');
      const report = await importFile(use(), {
        bytes: Buffer.from(file),
        fileName: 'banggai.csv',
        viewer: systemViewer('tester'),
      });
      expect(report).toMatchObject({ status: 'APPLIED', layout: 'programmes', counts: { inserted: 2 } });
      const { programmeFigures } = await api.query<{ programmeFigures: unknown[] }>(
        '{ programmeFigures(parentCode: "72") { programmeCode regionCode year budgetAllocated budgetSpent absorption coverage } }',
      );
      const provenance = await api.query<{ programmeFigures: { dataAsOf: string; source: { title: string } }[] }>(
        '{ programmeFigures(parentCode: "72") { dataAsOf source { title } } }',
      );
      expect(provenance.programmeFigures[0]?.source.title).toBe('Rakor Dinas Sosial Sulawesi Tengah, Luwuk, Maret 2024');
      expect(provenance.programmeFigures[0]?.dataAsOf).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      // A file names its source; the platform does not assume the publisher is BPS.
      const [source] = await use().sql.query("SELECT publisher FROM source WHERE title LIKE 'Rakor%'");
      expect(source).toEqual({ publisher: '' });
      expect(programmeFigures).toEqual([
        {
          programmeCode: '1.06',
          regionCode: '72.01',
          year: 2023,
          budgetAllocated: 16e9,
          budgetSpent: null,
          absorption: null,
          coverage: null,
        },
        {
          programmeCode: '1.06',
          regionCode: '72.01',
          year: 2024,
          budgetAllocated: 32e9,
          budgetSpent: null,
          absorption: null,
          coverage: null,
        },
      ]);
      const { programmes } = await api.query<{ programmes: { code: string }[] }>('{ programmes { code } }');
      expect(programmes.map((p) => p.code)).toContain('PKH');
    });
  },
  { demoData: true },
);
