import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';
import { VIEWER } from '../test-support/viewers.js';

const SCORECARD = `query ($parent: String) {
  scorecard(documentCode: "RKP-2026", parentCode: $parent) {
    regionCodes indicatorCodes
    cells { regionCode indicatorCode status gapScore targetRegionCode latest { period value } region { name } indicator { nameId } target { lowerBound upperBound } }
  }
}`;

describeEachDatabase(
  'progress to target and scorecard',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
    });
    afterAll(() => api.stop());

    it('puts national poverty off track for the RPJMN 2029 target of 4.5%', async () => {
      const { progress } = await api.query<{ progress: unknown }>(
        `{ progress(regionCode: "ID", indicatorCode: "poverty_rate_p0", documentCode: "RPJMN-2025-2029") {
             status goal target { year value } baseline { period value } latest { period value }
             requiredChangePerYear actualChangePerYear projectedValue gapScore } }`,
      );
      expect(progress).toMatchObject({
        status: 'OFF_TRACK',
        goal: 4.5,
        target: { year: 2029, value: 4.5 },
        baseline: { period: '2024-09', value: 8.57 },
        latest: { period: '2025-09', value: 8.25 },
        requiredChangePerYear: -1.0714,
        gapScore: 8,
      });
    });

    it('reads a TPT target for a year against that year’s August round, as its annual figure', async () => {
      const { progress } = await api.query<{ progress: unknown }>(
        '{ progress(regionCode: "64", indicatorCode: "open_unemployment_rate_tpt", documentCode: "RKP-2026") { goal latest { period value } requiredChangePerYear } }',
      );
      // Kalimantan Timur, 5.18% in August 2025; RKP 2026 asks 4.44–4.96% (reached at 4.96) by August 2026: a year left.
      expect(progress).toEqual({ goal: 4.96, latest: { period: '2025-08', value: 5.18 }, requiredChangePerYear: -0.22 });
    });

    it('measures the revised extreme-poverty range 0–0.5% for 2026 by its upper edge', async () => {
      const { progress } = await api.query<{ progress: { goal: number; target: unknown } }>(
        '{ progress(regionCode: "ID", indicatorCode: "extreme_poverty_rate", documentCode: "RPJMN-2025-2029") { goal status target { lowerBound upperBound } } }',
      );
      // One value (March 2023) is too few for a trend and it does not meet the target: no status can be given.
      expect(progress).toEqual({ goal: 0.5, status: 'NO_DATA', target: { lowerBound: 0, upperBound: 0.5 } });
    });

    it('scores every province against the national RKP 2026 targets, in constant SQL statements', async () => {
      const shape = {
        regionCodes: [] as string[],
        cells: [] as { regionCode: string; indicatorCode: string; status: string; targetRegionCode: string }[],
      };
      const national = await api.query<{ scorecard: typeof shape }>(SCORECARD, {});
      expect(national.scorecard.regionCodes).toEqual(['ID']);
      let provinces: typeof shape = shape;
      const statements = await api.statementsOf(async () => {
        provinces = (await api.query<{ scorecard: typeof shape }>(SCORECARD, { parent: 'ID' })).scorecard;
      });
      const one = await api.statementsOf(() => api.query(SCORECARD, { parent: '75' }));
      expect(provinces.regionCodes).toHaveLength(38);
      expect(provinces.cells).toHaveLength(38 * 4);
      expect(statements.length).toBe(one.length);
      // A viewer, who reads only verified and published values, costs the same.
      const viewer = await api.statementsOf(() => api.query(SCORECARD, { parent: 'ID' }, { viewer: VIEWER }));
      expect(viewer.length).toBe(one.length);
      expect(provinces.cells.every((c) => c.targetRegionCode === 'ID')).toBe(true);
      // DKI Jakarta's latest P0 (4.03%, September 2025) is inside the national range's better side.
      expect(provinces.cells.find((c) => c.regionCode === '31' && c.indicatorCode === 'poverty_rate_p0')?.status).toBe(
        'ACHIEVED',
      );
    });

    it('scores exactly the regions listed, each cell as `progress` gives it', async () => {
      const fields = `regionCode indicatorCode status goal gapScore projectedValue targetRegionCode requiredChangePerYear
        actualChangePerYear baseline { period value } latest { period value } target { year value lowerBound upperBound }`;
      const indicators = ['poverty_rate_p0', 'extreme_poverty_rate', 'gini_ratio'];
      const { scorecard } = await api.query<{
        scorecard: { regionCodes: string[]; indicatorCodes: string[]; cells: { regionCode: string; indicatorCode: string }[] };
      }>(
        `{ scorecard(documentCode: "RPJMN-2025-2029", regionCodes: ["75.02", "ID"], indicatorCodes: ${JSON.stringify(indicators)}) {
             regionCodes indicatorCodes cells { ${fields} } } }`,
      );
      expect(scorecard.regionCodes).toEqual(['75.02', 'ID']);
      expect(scorecard.cells.map((c) => `${c.regionCode}|${c.indicatorCode}`)).toEqual([
        '75.02|poverty_rate_p0',
        '75.02|extreme_poverty_rate',
        '75.02|gini_ratio',
        'ID|poverty_rate_p0',
        'ID|extreme_poverty_rate',
        'ID|gini_ratio',
      ]);
      for (const cell of scorecard.cells) {
        const { progress } = await api.query<{ progress: unknown }>(
          `{ progress(regionCode: "${cell.regionCode}", indicatorCode: "${cell.indicatorCode}", documentCode: "RPJMN-2025-2029") { ${fields} } }`,
        );
        expect(cell).toEqual(progress);
      }
      // Boalemo has no RPJMN target of its own: measured against the national one. The RPJMN sets no Gini target.
      expect(scorecard.cells[0]).toMatchObject({ targetRegionCode: 'ID', target: { year: 2029, value: 4.5 } });
      expect(scorecard.cells[2]).toMatchObject({ status: 'NO_DATA', target: null });
    });

    it('puts the parent above the regions under it on request', async () => {
      const { scorecard } = await api.query<{ scorecard: { regionCodes: string[]; cells: { regionCode: string }[] } }>(
        '{ scorecard(documentCode: "RKP-2026", parentCode: "75", includeParent: true) { regionCodes cells { regionCode } } }',
      );
      expect(scorecard.regionCodes).toEqual(['75', '75.01', '75.02', '75.03', '75.04', '75.05', '75.71']);
      expect(scorecard.cells[0]?.regionCode).toBe('75');
      const without = await api.query<{ scorecard: { regionCodes: string[] } }>(
        '{ scorecard(documentCode: "RKP-2026", parentCode: "75") { regionCodes } }',
      );
      expect(without.scorecard.regionCodes).toEqual(scorecard.regionCodes.slice(1));
      const unknown = await api.query<{ scorecard: { regionCodes: string[] } }>(
        '{ scorecard(documentCode: "RKP-2026", parentCode: "99", includeParent: true) { regionCodes } }',
      );
      expect(unknown.scorecard.regionCodes).toEqual([]);
    });

    it('costs the same SQL statements for the 38 provinces listed as for one region', async () => {
      const { regions } = await api.query<{ regions: { code: string }[] }>('{ regions(level: PROVINCE) { code } }');
      const q = `query ($codes: [String!]!) { scorecard(documentCode: "RPJMN-2025-2029", regionCodes: $codes) {
        cells { regionCode status region { name } indicator { nameId } target { year } } } }`;
      const one = await api.statementsOf(() => api.query(q, { codes: ['75.02'] }));
      let all: { scorecard: { cells: unknown[] } } = { scorecard: { cells: [] } };
      const many = await api.statementsOf(async () => {
        all = await api.query(q, { codes: regions.map((r) => r.code) });
      });
      expect(all.scorecard.cells).toHaveLength(38 * 3);
      expect(many.length).toBe(one.length);
      const viewer = await api.statementsOf(() => api.query(q, { codes: regions.map((r) => r.code) }, { viewer: VIEWER }));
      expect(viewer.length).toBe(one.length);
    });

    it('refuses contradictory or unknown rows, saying what to change', async () => {
      const both = await api.execute(
        '{ scorecard(documentCode: "RKP-2026", parentCode: "ID", regionCodes: ["75"]) { regionCodes } }',
      );
      expect(both.errors?.[0]).toMatchObject({
        message:
          'Pass parentCode or regionCodes, not both: parentCode scores the regions under a parent, regionCodes exactly the regions listed.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const orphan = await api.execute('{ scorecard(documentCode: "RKP-2026", includeParent: true) { regionCodes } }');
      expect(orphan.errors?.[0]?.message).toBe(
        'includeParent needs parentCode: it adds the parent as the first row, above the regions under it.',
      );
      const unknown = await api.execute('{ scorecard(documentCode: "RKP-2026", regionCodes: ["75", "7500"]) { regionCodes } }');
      expect(unknown.errors?.[0]?.message).toBe(
        'Unknown region “7500”: no province or kabupaten/kota has this BPS code (the registry holds the BPS codes of January 2018; kabupaten moved to the Papua provinces formed in 2022 keep theirs from before the split); use the Kemendagri code or the name, which regions(search:) finds.',
      );
      const codes = Array.from({ length: 601 }, (_, i) => `99.${i}`);
      const tooMany = await api.execute(
        'query ($codes: [String!]!) { scorecard(documentCode: "RKP-2026", regionCodes: $codes, indicatorCodes: ["poverty_rate_p0"]) { regionCodes } }',
        { codes },
      );
      expect(tooMany.errors?.[0]?.message).toBe('A scorecard holds at most 600 regions, got 601.');
    });
  },
  { demoData: true },
);
