import { describe, expect, it } from 'vitest';
import { trendOption } from './trend.option';
import { breakMarks, END_LABEL_LINE, endLabels, niceRange, PEER_COLOUR } from './trend-layout';

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

describe('trendOption with a province and all its kabupaten/kota', () => {
  // Gorontalo's kabupaten/kota (P0, %, 2021–2025 from the demo data set), Boalemo chosen.
  const kab = (code: string, name: string, values: number[]) => ({
    code,
    name,
    points: values.map((value, i) => ({ period: String(2021 + i), value, breakBefore: false })),
  });
  const series = [
    { ...kab('75.02', 'Kabupaten Boalemo', [18.21, 17.98, 18.05, 17.83, 16.37]), role: 'primary' as const },
    { ...kab('75', 'Gorontalo', [15.61, 15.42, 15.15, 13.24, 12.62]), role: 'reference' as const },
    { ...kab('ID', 'Indonesia', [10.14, 9.54, 9.36, 9.03, 8.47]), role: 'reference' as const },
    { ...kab('75.01', 'Kabupaten Gorontalo', [17.55, 17.09, 16.98, 16.43, 14.89]), role: 'peer' as const },
    { ...kab('75.03', 'Kabupaten Pohuwato', [18.2, 17.9, 17.49, 17.11, 15.24]), role: 'peer' as const },
    { ...kab('75.04', 'Kabupaten Bone Bolango', [15.53, 15.15, 15.01, 14.8, 13.16]), role: 'peer' as const },
    { ...kab('75.05', 'Kabupaten Gorontalo Utara', [17.4, 17.23, 17.11, 16.86, 15.89]), role: 'peer' as const },
    { ...kab('75.71', 'Kota Gorontalo', [5.93, 5.77, 5.73, 5.74, 5.31]), role: 'peer' as const },
  ];
  const data = {
    series,
    height: 378,
    rounds: [],
    decimals: 2,
    percent: true,
    lang: 'id' as const,
    target: { year: 2029, value: 4.5, lower: null, upper: null, label: 'Target nasional RPJMN 2029: 4,50%' },
    goal: 4.5,
    baseline: { period: '2024', value: 17.83 },
    projection: { from: { period: '2025', value: 16.37 }, value: 14.67 },
    words: { ...words, peers: '5 kabupaten/kota lain' },
  };
  type Full = Series & { color: string; lineStyle: { width: number }; z: number };
  const option = trendOption(data, labels) as unknown as {
    series: Full[];
    legend: { data: string[] };
    yAxis: { min: number; max: number; interval: number };
  };

  it('draws the chosen region thick and in colour, its province and Indonesia in colour, the others thin and grey', () => {
    const line = (code: string) => option.series.find((s) => s.id === `line-${code}-0`)!;
    expect(line('75.02').lineStyle.width).toBeGreaterThan(line('75').lineStyle.width);
    expect(new Set(['75.02', '75', 'ID'].map((c) => line(c).color)).size).toBe(3);
    for (const code of ['75.01', '75.03', '75.04', '75.05', '75.71']) {
      expect(line(code).color).toBe(PEER_COLOUR);
      expect(line(code).lineStyle.width).toBeLessThan(line('ID').lineStyle.width);
      expect(line(code).z).toBeLessThan(line('ID').z);
    }
    // One legend key for the grey lines, not five.
    expect(option.legend.data).toEqual([
      'Kabupaten Boalemo',
      'Gorontalo',
      'Indonesia',
      '5 kabupaten/kota lain',
      'Target',
      'Proyeksi',
    ]);
  });

  it('names the coloured lines and the highest and lowest grey one, a line of text apart and clear of the target', () => {
    const range = { min: option.yAxis.min, max: option.yAxis.max };
    expect(range).toEqual({ min: 0, max: 20 });
    const names = endLabels(data, range);
    expect(names.map((n) => n.name).sort()).toEqual(
      ['Kabupaten Boalemo', 'Gorontalo', 'Indonesia', 'Kabupaten Gorontalo Utara', 'Kota Gorontalo'].sort(),
    );
    // In pixels on the 378 px chart: the plot is what is left of it after the title block and the legend.
    const plot = 378 - (68 + 22) - (34 + 64);
    const px = (v: number) => (v / 20) * plot;
    const ys = names.map((n) => px(n.y)).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(END_LABEL_LINE - 1e-6);
    for (const y of ys) expect(Math.abs(y - px(4.5))).toBeGreaterThanOrEqual(END_LABEL_LINE - 1e-6);
    // Boalemo's name stays at its line's end (within a pixel); the grey names make room for it.
    expect(Math.abs(px(names.find((n) => n.code === '75.02')!.y) - px(16.37))).toBeLessThan(1);
    const drawn = option.series.find((s) => s.id === 'end-labels')!.data as unknown as { code: string }[];
    expect(drawn.map((d) => d.code)).toEqual(names.map((n) => n.code));
  });
});

describe('niceRange', () => {
  it('covers every value on round numbers', () => {
    expect(niceRange([4.5, 18.21])).toEqual({ min: 0, max: 20, interval: 5 });
    expect(niceRange([0.379, 0.413])).toEqual({ min: 0.37, max: 0.42, interval: 0.01 });
    expect(niceRange([70.2, 73.9])).toEqual({ min: 70, max: 74, interval: 1 });
    expect(niceRange([5, 5])).toEqual({ min: 4.4, max: 5.6, interval: 0.2 });
  });
});
