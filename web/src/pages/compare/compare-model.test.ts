import { describe, expect, it } from 'vitest';
import {
  breakBetween,
  comparedHighlight,
  defaultCompareParent,
  peerParent,
  periodsOf,
  rankedRows,
  slopeRows,
} from './compare-model';

const papuaBreak = {
  indicatorCode: 'poverty_rate_p0',
  regionCode: '91',
  startsAt: '2024-03',
  reasonId: 'Pemekaran',
  reasonEn: 'Split',
};
const region = (code: string, name: string) => ({ code, name, level: 'PROVINCE' as const });

describe('compare model', () => {
  it('sets a province among its own kabupaten/kota, a kabupaten/kota among its siblings, Indonesia’s provinces', () => {
    expect(peerParent('75')).toBe('75');
    expect(peerParent('75.02')).toBe('75');
    expect(peerParent('ID')).toBe('ID');
    expect(defaultCompareParent('75', ['PROVINCE', 'REGENCY_CITY'])).toBe('75');
    expect(defaultCompareParent('75.02', null)).toBe('75');
  });
  it('compares among provinces an indicator that kabupaten/kota do not have', () => {
    expect(defaultCompareParent('75', ['NATIONAL', 'PROVINCE'])).toBe('ID');
    expect(defaultCompareParent('75.02', ['NATIONAL', 'PROVINCE'])).toBe('ID');
  });
  it('marks the region among its peers, or its province among the provinces', () => {
    expect(comparedHighlight('75.02', '75')).toBe('75.02');
    expect(comparedHighlight('75.02', 'ID')).toBe('75');
    expect(comparedHighlight('75', 'ID')).toBe('75');
    expect(comparedHighlight('ID', 'ID')).toBeNull();
  });
  it('adds the regions without a value as missing rows', () => {
    const rows = rankedRows(
      { rows: [{ regionCode: '75', region: region('75', 'Gorontalo'), value: 12.62, rank: 30 }] as never },
      [region('75', 'Gorontalo'), region('11', 'Aceh')],
    );
    expect(rows).toEqual([
      { code: '75', name: 'Gorontalo', value: 12.62, rank: 30 },
      { code: '11', name: 'Aceh', value: null, rank: null },
    ]);
  });
  it('sees a series break between two periods', () => {
    expect(breakBetween([papuaBreak], 'poverty_rate_p0', '91', '2023-03', '2025-03')).toBe(true);
    expect(breakBetween([papuaBreak], 'poverty_rate_p0', '91', '2024-03', '2025-03')).toBe(false);
    expect(breakBetween([papuaBreak], 'poverty_rate_p0', '75', '2023-03', '2025-03')).toBe(false);
    const slope = slopeRows(
      [
        { regionCode: '91', value: 26.03 },
        { regionCode: '75', value: 15.15 },
      ],
      [
        { regionCode: '91', value: 19.16, region: region('91', 'Papua') },
        { regionCode: '75', value: 13.24, region: region('75', 'Gorontalo') },
      ],
      [],
      [papuaBreak],
      'poverty_rate_p0',
      '2023-03',
      '2025-03',
    );
    expect(slope).toEqual([
      { code: '91', name: 'Papua', from: 26.03, to: 19.16, comparable: false },
      { code: '75', name: 'Gorontalo', from: 15.15, to: 13.24, comparable: true },
    ]);
  });
  it('lists periods with data, oldest first', () => {
    expect(periodsOf([{ points: [{ period: '2025-03' }, { period: '2024-09' }] }, { points: [{ period: '2024-09' }] }])).toEqual([
      '2024-09',
      '2025-03',
    ]);
  });
});
