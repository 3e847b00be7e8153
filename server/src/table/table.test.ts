import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { SIX_INDICATORS } from '../test-support/key-indicators.js';
import { VIEWER } from '../test-support/viewers.js';

const TABLE = `query ($indicators: [String!]!, $parent: String, $level: RegionLevel, $regions: [String!], $periods: [String!],
                     $from: String, $to: String) {
  table(indicatorCodes: $indicators, parentCode: $parent, level: $level, regionCodes: $regions, periods: $periods,
        periodFrom: $from, periodTo: $to) {
    columns { indicatorCode unitId decimals }
    periods
    rows { regionCode regionName level period region { name }
           cells { indicatorCode value status period sourceId publisher releaseDate } }
    summary { cells values annualRounds missing complete missingCells { regionCode indicatorCode period reason } }
  }
}`;

const EXAMPLE = new URL('../../../web/src/explorer/examples/16-tabel-indikator-berdampingan.graphql', import.meta.url);

interface Cell {
  indicatorCode: string;
  value: number | null;
  status: string;
  period: string | null;
  sourceId: number | null;
  publisher: string | null;
  releaseDate: string | null;
}
interface TableAnswer {
  table: {
    columns: { indicatorCode: string; unitId: string; decimals: number }[];
    periods: string[];
    rows: { regionCode: string; regionName: string; level: string; period: string; region: { name: string }; cells: Cell[] }[];
    summary: {
      cells: number;
      values: number;
      annualRounds: number;
      missing: number;
      complete: boolean;
      missingCells: { regionCode: string; indicatorCode: string; period: string; reason: string }[];
    };
  };
}

describeEachDatabase(
  'table',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('puts two indicators side by side for all provinces in one year, in one query', async () => {
      const { table } = await api.query<TableAnswer>(TABLE, {
        indicators: ['poverty_rate_p0', 'human_development_index_ipm'],
        periods: ['2024'],
      });
      expect(table.columns).toEqual([
        { indicatorCode: 'poverty_rate_p0', unitId: 'persen', decimals: 2 },
        { indicatorCode: 'human_development_index_ipm', unitId: 'indeks (0–100)', decimals: 2 },
      ]);
      expect(table.periods).toEqual(['2024']);
      // Every province once, by code, whatever has values.
      const provinces = await use().sql.query<{ code: string; name: string }>(
        "SELECT code, name FROM region WHERE level = 'PROVINCE' ORDER BY code",
      );
      expect(table.rows.map((r) => [r.regionCode, r.regionName])).toEqual(provinces.map((p) => [p.code, p.name]));
      // Each cell is the stored value: P0's annual figure where there is one, else its March round marked so; IPM's year.
      const stored = await use().sql.query<{ region: string; indicator: string; period: string; value: number }>(
        `SELECT region_code AS region, indicator_code AS indicator, period, value::float8 AS value FROM observation
         WHERE indicator_code IN ('poverty_rate_p0', 'human_development_index_ipm') AND period IN ('2024', '2024-03')`,
      );
      const storedValue = (region: string, indicator: string, period: string) =>
        stored.find((s) => s.region === region && s.indicator === indicator && s.period === period)?.value;
      for (const row of table.rows) {
        const [p0, ipm] = row.cells;
        const annual = storedValue(row.regionCode, 'poverty_rate_p0', '2024');
        if (annual !== undefined) expect(p0).toMatchObject({ value: annual, status: 'VALUE', period: '2024' });
        else {
          expect(p0).toMatchObject({
            value: storedValue(row.regionCode, 'poverty_rate_p0', '2024-03'),
            status: 'ANNUAL_ROUND',
            period: '2024-03',
          });
        }
        expect(ipm).toMatchObject({ value: storedValue(row.regionCode, 'human_development_index_ipm', '2024'), status: 'VALUE' });
      }
      const gorontalo = table.rows.find((r) => r.regionCode === '75')!;
      expect(gorontalo.region.name).toBe('Gorontalo');
      expect(gorontalo.cells.map((c) => c.value)).toEqual([14.57, 72.01]);
      expect(gorontalo.cells[1]).toMatchObject({ publisher: 'Badan Pusat Statistik (BPS)', releaseDate: '2026-02-27' });
      expect(gorontalo.cells[1]!.sourceId).toEqual(expect.any(Number));
      const papuaTengah = table.rows.find((r) => r.regionCode === '94')!;
      expect(papuaTengah.cells.map((c) => [c.value, c.status, c.period])).toEqual([
        [29.76, 'ANNUAL_ROUND', '2024-03'],
        [60.25, 'VALUE', '2024'],
      ]);
      // The summary says the answer is not every annual figure: four provinces have P0's, the rest its March round.
      expect(table.summary).toEqual({
        cells: 76,
        values: 38 + 4,
        annualRounds: 34,
        missing: 0,
        complete: false,
        missingCells: [],
      });
    });

    it('answers the explorer’s example as the table of two indicators for all provinces', async () => {
      const { table } = await api.query<TableAnswer>(readFileSync(EXAMPLE, 'utf8'));
      expect(table.columns.map((c) => c.indicatorCode)).toEqual(['poverty_rate_p0', 'human_development_index_ipm']);
      expect(table.rows).toHaveLength(38);
      expect(table.rows.find((r) => r.regionCode === '75')!.cells.map((c) => c.value)).toEqual([14.57, 72.01]);
      expect(table.summary).toMatchObject({ cells: 76, values: 42, annualRounds: 34, missing: 0 });
    });

    it('says why a cell is empty, and lists every empty cell', async () => {
      // The national row first, then Gorontalo's kabupaten/kota; Gini is not published for kabupaten/kota, IPM has no
      // March round, and 2024-03 is a Gini round.
      const { table } = await api.query<TableAnswer>(TABLE, {
        indicators: ['gini_ratio', 'human_development_index_ipm'],
        regions: ['Nasional'],
        parent: 'Provinsi Gorontalo',
        periods: ['Maret 2024'],
      });
      expect(table.rows.map((r) => r.regionCode)).toEqual(['ID', '75.01', '75.02', '75.03', '75.04', '75.05', '75.71']);
      expect(table.rows[0]!.cells.map((c) => c.status)).toEqual(['VALUE', 'NOT_MEASURED']);
      expect(table.rows[1]!.cells.map((c) => c.status)).toEqual(['LEVEL_NOT_PUBLISHED', 'NOT_MEASURED']);
      expect(table.summary).toMatchObject({ cells: 14, values: 1, annualRounds: 0, missing: 13, complete: false });
      expect(table.summary.missingCells[0]).toEqual({
        regionCode: 'ID',
        indicatorCode: 'human_development_index_ipm',
        period: '2024-03',
        reason: 'NOT_MEASURED',
      });
      // A province formed in 2022 has no row of 2019 figures: they were its parent's.
      const before = await api.query<TableAnswer>(TABLE, {
        indicators: ['human_development_index_ipm'],
        regions: ['94'],
        periods: ['2019', '2024'],
      });
      expect(before.table.rows.map((r) => [r.period, r.cells[0]!.status])).toEqual([
        ['2019', 'NOT_YET_FORMED'],
        ['2024', 'VALUE'],
      ]);
    });

    it('takes every period with data in a range as rows', async () => {
      const { table } = await api.query<TableAnswer>(TABLE, {
        indicators: ['poverty_rate_p0'],
        regions: ['75'],
        from: '2023',
        to: '2024',
      });
      const stored = await use().sql.query<{ period: string; value: number }>(
        `SELECT period, value::float8 AS value FROM observation WHERE indicator_code = 'poverty_rate_p0' AND region_code = '75'
         AND year BETWEEN 2023 AND 2024 ORDER BY year, subperiod`,
      );
      expect(table.periods).toEqual(stored.map((s) => s.period));
      // A BPS code is read as imports read it: 7501 is Boalemo (Kemendagri 75.02).
      const boalemo = await api.query<TableAnswer>(TABLE, {
        indicators: ['poverty_rate_p0'],
        regions: ['7501'],
        periods: ['2024'],
      });
      expect(boalemo.table.rows.map((r) => [r.regionCode, r.regionName, r.level])).toEqual([
        ['75.02', 'Kabupaten Boalemo', 'REGENCY_CITY'],
      ]);
      expect(table.rows.map((r) => [r.period, r.cells[0]!.value])).toEqual(stored.map((s) => [s.period, s.value]));
    });

    it('shows a viewer only verified and published values', async () => {
      await use().sql.query(
        "UPDATE observation SET status = 'UNVERIFIED' WHERE indicator_code = 'human_development_index_ipm' AND region_code = '75' AND period = '2024'",
      );
      try {
        const args = { indicators: ['human_development_index_ipm'], regions: ['75'], periods: ['2024'] };
        const admin = await api.query<TableAnswer>(TABLE, args);
        expect(admin.table.rows[0]!.cells[0]).toMatchObject({ value: 72.01, status: 'VALUE' });
        const viewer = await api.query<TableAnswer>(TABLE, args, { viewer: VIEWER });
        expect(viewer.table.rows[0]!.cells[0]).toMatchObject({ value: null, status: 'NO_VALUE' });
      } finally {
        await use().sql.query(
          "UPDATE observation SET status = 'PUBLISHED' WHERE indicator_code = 'human_development_index_ipm' AND region_code = '75' AND period = '2024'",
        );
      }
    });

    it('refuses what cannot be answered, with a sentence in the language asked for', async () => {
      const refused = async (variables: Record<string, unknown>, language: 'en' | 'id' = 'en') => {
        const result = await api.execute(TABLE, variables, { language });
        expect(result.data).toBeNull();
        return result.errors![0]!.message;
      };
      const p0 = { indicators: ['poverty_rate_p0'] };
      expect(await refused({ ...p0, periods: ['2025-06'] })).toMatch(/cannot exist for poverty_rate_p0/);
      expect(await refused({ ...p0, from: '2024', to: '2020' }, 'id')).toMatch(/lebih akhir daripada periodTo/);
      expect(await refused({ ...p0, periods: ['2024'], from: '2020' })).toMatch(/not both/);
      expect(await refused(p0, 'id')).toMatch(/^Sebutkan periode baris/);
      expect(await refused({ indicators: [], periods: ['2024'] })).toMatch(/indicatorCodes is empty/);
      expect(await refused({ indicators: Array(11).fill('poverty_rate_p0'), periods: ['2024'] }, 'id')).toMatch(
        /paling banyak 10 indikator/,
      );
      expect(await refused({ indicators: ['poverty_rate_pO'], periods: ['2024'] })).toMatch(/Did you mean “poverty_rate_p0”/);
      expect(await refused({ ...p0, periods: ['2024'], parent: '75.01', level: 'PROVINCE' })).toMatch(/is not below/);
      expect(await refused({ ...p0, periods: ['2024'], regions: ['Atlantis'] }, 'id')).toMatch(/tidak dikenal/);
    });

    it('costs the same statements for six indicators over all 514 kabupaten/kota as for one over six', async () => {
      const one = await api.statementsOf(() =>
        api.query(TABLE, { indicators: ['poverty_rate_p0'], parent: '75', periods: ['2024'] }),
      );
      const many = await api.statementsOf(() =>
        api.query(TABLE, { indicators: SIX_INDICATORS, parent: 'ID', level: 'REGENCY_CITY', periods: ['2023', '2024'] }),
      );
      expect(many.length).toBe(one.length);
      expect(many.length).toBeLessThanOrEqual(3); // the catalogue, the region, the values
      // Once the catalogue and the registry are held, the regions and values are one statement.
      const held = await api.statementsOf(
        () => api.query(TABLE, { indicators: SIX_INDICATORS, parent: 'ID', level: 'REGENCY_CITY', periods: ['2024'] }),
        'held',
      );
      expect(held).toHaveLength(1);
      const viewer = await api.statementsOf(() =>
        api.query(
          TABLE,
          { indicators: SIX_INDICATORS, parent: 'ID', level: 'REGENCY_CITY', periods: ['2024'] },
          { viewer: VIEWER },
        ),
      );
      expect(viewer.length).toBe(many.length);
    });
  },
  { demoData: true },
);
