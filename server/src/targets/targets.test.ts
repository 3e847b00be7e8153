import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

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
      expect(provinces.cells.every((c) => c.targetRegionCode === 'ID')).toBe(true);
      // DKI Jakarta's latest P0 (4.03%, September 2025) is inside the national range's better side.
      expect(provinces.cells.find((c) => c.regionCode === '31' && c.indicatorCode === 'poverty_rate_p0')?.status).toBe(
        'ACHIEVED',
      );
    });
  },
  { demoData: true },
);
