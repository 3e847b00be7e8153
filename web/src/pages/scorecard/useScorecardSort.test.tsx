import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RegionRef } from '../../data/types';
import { type Cell, cellIndex, sortColumns, sortingFromParam, sortingToParam } from './scorecard-model';
import { useScorecardSort } from './useScorecardSort';

// Gorontalo's kabupaten/kota, P0 (%) 2025 as BPS publishes it, against the RPJMN target of 4,50% in 2029.
const P0_2025: [string, string, number | null][] = [
  ['75.01', 'Kabupaten Gorontalo', 14.89],
  ['75.02', 'Kabupaten Boalemo', 16.37],
  ['75.03', 'Kabupaten Bone Bolango', 13.16],
  ['75.04', 'Kabupaten Pohuwato', 15.24],
  ['75.05', 'Kabupaten Gorontalo Utara', 15.89],
  ['75.71', 'Kota Gorontalo', 5.31],
];
const regions: RegionRef[] = P0_2025.map(([code, name]) => ({ code, name, level: 'REGENCY_CITY' }));
const cells: Cell[] = P0_2025.map(([regionCode, , value]) => ({
  regionCode,
  indicatorCode: 'poverty_rate_p0',
  status: 'OFF_TRACK',
  targetRegionCode: 'ID',
  latest: value === null ? null : { period: '2025', value },
  target: { year: 2029, value: 4.5, lowerBound: null, upperBound: null },
}));
const P0 = { code: 'poverty_rate_p0', direction: 'LOWER_IS_BETTER' as const, decimals: 2, withGap: true };

function Sorted({
  param,
  data = regions,
  index = cellIndex(cells),
}: {
  param: string | null;
  data?: RegionRef[];
  index?: Map<string, Cell>;
}) {
  const columns = sortColumns([P0], index);
  const sort = useScorecardSort(data, columns, param, () => {});
  return <>{sort.rows.map((r) => r.code).join(' ')}</>;
}
const order = (param: string | null, props: Partial<Parameters<typeof Sorted>[0]> = {}) =>
  renderToString(<Sorted param={param} {...props} />).split(' ');

describe('scorecard sorting', () => {
  it('puts the furthest from target first by default: Boalemo, then the others, Kota Gorontalo last', () => {
    expect(order(null)).toEqual(['75.02', '75.05', '75.04', '75.01', '75.03', '75.71']);
  });
  it('sorts the other way, by value, or by name as the URL asks', () => {
    expect(order('selisih.poverty_rate_p0.naik')[0]).toBe('75.71');
    expect(order('nilai.poverty_rate_p0.turun')[0]).toBe('75.02');
    expect(order('wilayah.naik')).toEqual(['75.02', '75.03', '75.01', '75.05', '75.04', '75.71']);
  });
  it('keeps regions without a value last in either direction', () => {
    const withoutBoalemo = cellIndex(cells.map((c) => (c.regionCode === '75.02' ? { ...c, latest: null } : c)));
    expect(order(null, { index: withoutBoalemo }).at(-1)).toBe('75.02');
    expect(order('selisih.poverty_rate_p0.naik', { index: withoutBoalemo }).at(-1)).toBe('75.02');
  });
  it('reads and writes the URL word, leaving the default out and an unknown column to the default', () => {
    const columns = sortColumns([P0], cellIndex(cells));
    expect(sortingFromParam('gini_ratio.turun', columns)).toEqual([{ id: 'selisih.poverty_rate_p0', desc: true }]);
    expect(sortingToParam([{ id: 'selisih.poverty_rate_p0', desc: true }], columns)).toBeNull();
    expect(sortingToParam([{ id: 'wilayah', desc: false }], columns)).toBe('wilayah.naik');
    const noGaps = sortColumns([{ ...P0, withGap: false }], cellIndex(cells));
    expect(sortingFromParam(null, noGaps)).toEqual([{ id: 'wilayah', desc: false }]);
  });
});
