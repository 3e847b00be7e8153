import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

// Kabupaten Gorontalo Utara (75.05) was formed in 2007 from Kabupaten Gorontalo (75.01) by UU 11/2007. The 2005 values
// below are the demo set's 2025 figures copied to 2005, the Gorontalo Utara one standing for a BPS back-cast: only the
// regions, years and law are real.

describeEachDatabase(
  'a kabupaten formed in 2007, in data of 2005',
  (use) => {
    let api: Awaited<ReturnType<typeof createTestApi>>;
    beforeAll(async () => {
      api = await createTestApi(use());
      await use().sql.query(
        `INSERT INTO observation (indicator_code, region_code, period, year, subperiod, value, source_id, status)
         SELECT indicator_code, region_code, '2005', 2005, 0, value, source_id, status FROM observation
         WHERE indicator_code IN ('poverty_rate_p0', 'poor_population') AND region_code LIKE '75.%' AND period = '2025'`,
      );
    });
    afterAll(() => api.stop());

    it('is not ranked among the kabupaten/kota of Gorontalo for 2005, and is named as not formed yet', async () => {
      const { comparison } = await api.query<{
        comparison: { notYetFormedCodes: string[]; summary: { count: number }; rows: { regionCode: string; rank: number }[] };
      }>(
        `{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "75", period: "2005") {
             notYetFormedCodes summary { count } rows { regionCode rank } } }`,
      );
      expect(comparison.notYetFormedCodes).toEqual(['75.05']);
      expect(comparison.summary.count).toBe(5);
      expect(comparison.rows.map((r) => r.regionCode).sort()).toEqual(['75.01', '75.02', '75.03', '75.04', '75.71']);
      expect(Math.max(...comparison.rows.map((r) => r.rank))).toBeLessThanOrEqual(5);
      // In 2025 it exists and is ranked with the others.
      const later = await api.query<{ comparison: { notYetFormedCodes: string[]; summary: { count: number } } }>(
        '{ comparison(indicatorCode: "poverty_rate_p0", parentCode: "75", period: "2025") { notYetFormedCodes summary { count } } }',
      );
      expect(later.comparison).toEqual({ notYetFormedCodes: [], summary: { count: 6 } });
    });

    it('is not counted in the roll-up of Gorontalo for 2005: its territory is in Kabupaten Gorontalo then', async () => {
      const { rollUp } = await api.query<{ rollUp: Record<string, unknown> }>(
        '{ rollUp(indicatorCode: "poor_population", parentCode: "75", period: "2005") { childrenCount childrenWithData notYetFormedChildren value } }',
      );
      const [row] = await use().sql.query<{ sum: number }>(
        `SELECT round(sum(value), 2)::float8 AS sum FROM observation
         WHERE indicator_code = 'poor_population' AND period = '2005' AND region_code IN ('75.01', '75.02', '75.03', '75.04', '75.71')`,
      );
      expect(rollUp).toEqual({ childrenCount: 5, childrenWithData: 5, notYetFormedChildren: ['75.05'], value: row!.sum });
    });

    it("breaks Kabupaten Gorontalo's series at 2007, naming the kabupaten formed from it and its law", async () => {
      const { series } = await api.query<{
        series: { points: { period: string; breakBefore: boolean; breakReasonEn: string | null }[] }[];
      }>(`{ series(indicatorCode: "poverty_rate_p0", regionCodes: ["75.01"]) { points { period breakBefore breakReasonEn } } }`);
      const breaks = series[0]!.points.filter((p) => p.breakBefore);
      expect(breaks.map((p) => p.period)).toEqual([series[0]!.points.find((p) => Number(p.period) >= 2007)!.period]);
      expect(breaks[0]!.breakReasonEn).toBe(
        'Split of 2007: Kabupaten Gorontalo Utara (UU 11/2007) formed from part of Kabupaten Gorontalo; figures before 2007 include that area.',
      );
      // Boalemo lost no territory since 2004: its series has no break.
      const boalemo = await api.query<{ series: { points: { breakBefore: boolean }[] }[] }>(
        `{ series(indicatorCode: "poverty_rate_p0", regionCodes: ["75.02"]) { points { breakBefore } } }`,
      );
      expect(boalemo.series[0]!.points.filter((p) => p.breakBefore)).toEqual([]);
    });
  },
  { demoData: true },
);
