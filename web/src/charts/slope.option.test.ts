import { describe, expect, it } from 'vitest';
import { labelledCodes, slopeKind, slopeOption } from './slope.option';

const words = {
  improved: 'membaik',
  worsened: 'memburuk',
  unchanged: 'tetap',
  notComparable: 'tidak sebanding (ada pemutusan seri)',
  notComparableShort: 'tidak sebanding',
};

describe('slopeOption', () => {
  it('judges change in the indicator’s direction', () => {
    const row = { code: 'a', name: 'A', from: 10, to: 9, comparable: true };
    expect(slopeKind(row, 'LOWER_IS_BETTER')).toBe('improved');
    expect(slopeKind(row, 'HIGHER_IS_BETTER')).toBe('worsened');
    expect(slopeKind({ ...row, comparable: false }, 'LOWER_IS_BETTER')).toBe('notComparable');
  });
  it('draws the points but not the line across a series break', () => {
    const option = slopeOption(
      {
        rows: [
          { code: '91', name: 'Papua', from: 26.03, to: 17.26, comparable: false },
          { code: '75', name: 'Gorontalo', from: 15.15, to: 14.57, comparable: true },
        ],
        fromLabel: 'Maret 2023',
        toLabel: 'Maret 2024',
        highlight: '75',
        decimals: 2,
        percent: true,
        lang: 'id',
        direction: 'LOWER_IS_BETTER',
        words,
      },
      { title: 't', subtitle: 's', footer: 'f' },
    ) as unknown as { series: { code: string; lineStyle: { width: number }; data: { value: number }[] }[] };
    const papua = option.series.find((s) => s.code === '91')!;
    expect(papua.lineStyle.width).toBe(0);
    expect(papua.data.map((d) => d.value)).toEqual([26.03, 17.26]);
    // The chosen region is drawn last, on top.
    expect(option.series[option.series.length - 1]!.code).toBe('75');
  });
  it('labels all regions when few, else the chosen one and the two ends', () => {
    const many = Array.from({ length: 38 }, (_, i) => ({ code: String(i), name: String(i), from: i, to: i, comparable: true }));
    const set = labelledCodes(many, '20', 'LOWER_IS_BETTER');
    expect([...set].sort()).toEqual(['0', '20', '37'].sort());
  });
});
