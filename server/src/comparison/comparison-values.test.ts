import { describe, expect, it } from 'vitest';
import { readRegionNameIndex } from '../regions/region-names.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { ANALYST } from '../test-support/viewers.js';
import { readPeriodsWithData } from './comparison.service.js';
import { readByPeriod, readComparisonValues, type ScopePeriod, type ValueRow } from './comparison-values.js';

describe('readByPeriod', () => {
  const period = (regions: number, total: number): ScopePeriod => ({ indicatorCode: 'p0', period: '2025', regions, total });

  it('reads by period while the period holds at most four values for each one in scope', () => {
    // The demo data: 36 of 40 values of P0 in 2025 are kab/kota.
    expect(readByPeriod([period(36, 40), period(36, 40)])).toBe(true);
    expect(readByPeriod([period(10, 40)])).toBe(true);
    expect(readByPeriod([period(10, 41)])).toBe(false);
  });

  it('reads by region at desa scale, where a period holds every desa value', () => {
    // All kab/kota of P0 in 2025 among 91,600 values, and the 205 desa of one kabupaten.
    expect(readByPeriod([period(514, 91_600)])).toBe(false);
    expect(readByPeriod([period(205, 91_600), period(205, 91_600)])).toBe(false);
  });
});

describeEachDatabase(
  'comparison values',
  (use) => {
    const sorted = (rows: ValueRow[]) =>
      rows
        .map((r) => `${r.compared} ${r.region.code} ${r.region.name} ${r.region.level} ${r.period} ${r.value} ${r.status}`)
        .sort();

    /** The same values read both ways: by period (the periods' own sizes) and by region (a total that forbids it). */
    async function bothWays(parentCode: string, level: 'PROVINCE' | 'REGENCY_CITY', periods: string[]) {
      const [known] = await readPeriodsWithData(use(), ['poverty_rate_p0'], level, parentCode);
      const scope = periods.map((period): ScopePeriod => {
        const p = known!.find((k) => k.period === period)!;
        return { indicatorCode: 'poverty_rate_p0', period, regions: p.regions, total: p.total };
      });
      const reference = {
        codes: [...new Set([parentCode, 'ID'])],
        wanted: ['2025', '2025-03'].map((period) => ({ indicatorCode: 'poverty_rate_p0', period })),
      };
      let indexReads = 0;
      const held = () => {
        indexReads++;
        return readRegionNameIndex(use()).then((index) => index.byCode);
      };
      const byPeriod = await readComparisonValues(use(), ANALYST, reference, { parentCode, level, periods: scope }, held);
      const inflated = scope.map((p) => ({ ...p, total: p.regions * 100 }));
      const byRegion = await readComparisonValues(use(), ANALYST, reference, { parentCode, level, periods: inflated }, held);
      return { byPeriod, byRegion, indexReads, scope };
    }

    it('reads the same values by period as by region: all kab/kota, with the nation', async () => {
      const { byPeriod, byRegion, indexReads, scope } = await bothWays('ID', 'REGENCY_CITY', ['2025', '2024']);
      expect(readByPeriod(scope)).toBe(true);
      expect(indexReads).toBe(1); // only reading by period takes the regions from the held registry
      expect(byPeriod.filter((r) => r.compared)).toHaveLength(72);
      expect(byPeriod.every((r) => !r.compared || r.region.level === 'REGENCY_CITY')).toBe(true);
      expect(sorted(byPeriod)).toEqual(sorted(byRegion));
    });

    it('reads the same values both ways for the kab/kota of one province and for the provinces', async () => {
      const gorontalo = await bothWays('75', 'REGENCY_CITY', ['2025', '2024']);
      expect(gorontalo.byPeriod.filter((r) => r.compared).map((r) => r.region.code)).toContain('75.71');
      expect(gorontalo.byPeriod.every((r) => !r.compared || r.region.code.startsWith('75.'))).toBe(true);
      expect(sorted(gorontalo.byPeriod)).toEqual(sorted(gorontalo.byRegion));
      // The nation shares the provinces' depth of code: it is read for reference, never compared.
      const provinces = await bothWays('ID', 'PROVINCE', ['2025', '2024']);
      expect(provinces.byPeriod.some((r) => r.compared && r.region.code === 'ID')).toBe(false);
      expect(provinces.byPeriod.some((r) => !r.compared && r.region.code === 'ID')).toBe(true);
      expect(sorted(provinces.byPeriod)).toEqual(sorted(provinces.byRegion));
    });
  },
  { demoData: true },
);
