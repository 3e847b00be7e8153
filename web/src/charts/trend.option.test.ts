import { describe, expect, it } from 'vitest';
import { breakMarks, trendOption } from './trend.option';

type Series = {
  id: string;
  name: string;
  data: ({ value: [number, number] } | [number, number])[];
  stack?: string;
  markLine?: { data: { xAxis: number }[] };
};

const papua = {
  code: '91',
  name: 'Papua',
  points: [
    { period: '2022-09', value: 26.8, breakBefore: false },
    { period: '2023-03', value: 26.03, breakBefore: false },
    { period: '2024-03', value: 17.26, breakBefore: true },
    { period: '2024-09', value: 18.09, breakBefore: false },
    { period: '2025-03', value: 19.16, breakBefore: false },
  ],
};
const labels = { title: 'P0', subtitle: 'persen', footer: 'Sumber: BPS' };
const words = { path: 'Jalur ke target', projection: 'Proyeksi', target: 'Target', seriesBreak: 'Pemutusan seri' };
const xy = (d: { value: [number, number] } | [number, number]) => ('value' in d ? d.value : d);

describe('trendOption', () => {
  const option = trendOption(
    {
      series: [papua],
      rounds: [3, 9],
      decimals: 2,
      percent: true,
      lang: 'id',
      target: { year: 2029, value: 4.5, lower: null, upper: null, label: 'Target RPJMN 2029: 4,50%' },
      goal: 4.5,
      baseline: { period: '2024-09', value: 18.09 },
      projection: { from: { period: '2025-03', value: 19.16 }, value: 19.75 },
      words,
    },
    labels,
  ) as unknown as { series: Series[] };
  const byId = (id: string) => option.series.find((s) => s.id === id);

  it('does not draw a line across a series break', () => {
    const lines = option.series.filter((s) => s.id.startsWith('line-91-'));
    expect(lines.map((s) => s.data.length)).toEqual([2, 3]);
    expect(lines.every((s) => s.name === 'Papua')).toBe(true);
  });
  it('marks the break between the last value before it and the first after', () => {
    const x = byId('breaks')!.markLine!.data[0]!.xAxis;
    expect(x).toBeGreaterThan(2023.17);
    expect(x).toBeLessThan(2024.17);
  });
  it('draws the path from the baseline to the target, and the projection to the target year', () => {
    expect(byId('target-path')!.data.map(xy)).toEqual([
      [2024 + 8 / 12, 18.09],
      [2029 + 2 / 12, 4.5],
    ]);
    expect(xy(byId('target')!.data[0]!)).toEqual([2029 + 2 / 12, 4.5]);
    expect(xy(byId('projection')!.data[1]!)).toEqual([2029 + 2 / 12, 19.75]);
  });
  it('draws a target range as a band from the baseline', () => {
    const ranged = trendOption(
      {
        series: [papua],
        rounds: [3, 9],
        decimals: 2,
        percent: true,
        lang: 'id',
        target: { year: 2026, value: null, lower: 6.5, upper: 7.5, label: 'Target RKP 2026: 6,50–7,50%' },
        goal: 7.5,
        baseline: { period: '2025-03', value: 8.47 },
        projection: null,
        words,
      },
      labels,
    ) as unknown as { series: Series[] };
    const lower = ranged.series.find((s) => s.id === 'target-band-lower')!;
    const width = ranged.series.find((s) => s.id === 'target-band-width')!;
    expect(lower.stack).toBe(width.stack);
    expect(lower.data.map((d) => xy(d)[1])).toEqual([8.47, 6.5]);
    expect(width.data.map((d) => xy(d)[1])).toEqual([0, 1]);
  });
  it('finds each break once, however many regions share it', () => {
    expect(breakMarks([papua, { ...papua, code: '92' }])).toHaveLength(1);
  });
});
