import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_LINE_HEIGHT, type SlopeRow, slopeKind, slopeLayout, slopeOption, sortByChange } from './slope.option';

const words = {
  improved: 'membaik',
  worsened: 'memburuk',
  unchanged: 'tetap',
  notComparable: 'tidak sebanding (ada pemutusan seri)',
  notComparableShort: 'tidak sebanding',
};
const labels = { title: 't', subtitle: 's', footer: 'f' };

/** The 38 provinces' P0 of two periods, as the demo data set publishes them. */
function provinces(from: string, to: string): SlopeRow[] {
  const csv = readFileSync(new URL('../../../prisma/seed/demo/observations-province-poverty-rate.csv', import.meta.url), 'utf8');
  const values = new Map<string, { name: string; from?: number; to?: number }>();
  for (const line of csv.split('\n').slice(1)) {
    const [code, name, , period, value] = line.split(',');
    if (!code || code === 'ID' || (period !== from && period !== to)) continue;
    const row = values.get(code) ?? { name: name! };
    row[period === from ? 'from' : 'to'] = Number(value);
    values.set(code, row);
  }
  return [...values].map(([code, r]) => ({ code, name: r.name, from: r.from ?? null, to: r.to ?? null, comparable: true }));
}

type Option = {
  series: { id: string; data: { value: (number | string)[]; code: string; kind: string }[] }[];
  yAxis: { data: string[] }[];
  legend: { data: { name: string }[] };
};
const optionOf = (rows: SlopeRow[], highlight: string | null = null) =>
  slopeOption(
    {
      rows,
      fromLabel: 'Maret 2025',
      toLabel: 'September 2025',
      highlight,
      decimals: 2,
      percent: true,
      lang: 'id',
      direction: 'LOWER_IS_BETTER',
      words,
    },
    labels,
  ) as unknown as Option;

describe('slopeOption', () => {
  it('judges change in the indicator’s direction', () => {
    const row = { code: 'a', name: 'A', from: 10, to: 9, comparable: true };
    expect(slopeKind(row, 'LOWER_IS_BETTER')).toBe('improved');
    expect(slopeKind(row, 'HIGHER_IS_BETTER')).toBe('worsened');
    expect(slopeKind({ ...row, comparable: false }, 'LOWER_IS_BETTER')).toBe('notComparable');
  });

  it('sorts from the most improved to the most worsened, then the regions whose change cannot be read', () => {
    const rows = [
      { code: 'up', name: 'Naik', from: 5, to: 6, comparable: true },
      { code: 'big', name: 'Turun banyak', from: 20, to: 17, comparable: true },
      { code: 'brk', name: 'Papua', from: 26, to: 17, comparable: false },
      { code: 'gap', name: 'Baru', from: null, to: 9, comparable: true },
      { code: 'small', name: 'Turun sedikit', from: 10, to: 9.5, comparable: true },
    ];
    expect(sortByChange(rows, 'LOWER_IS_BETTER').map((r) => r.code)).toEqual(['big', 'small', 'up', 'gap', 'brk']);
    // Higher is better (IPM): the largest rise is the largest improvement.
    expect(sortByChange(rows, 'HIGHER_IS_BETTER').map((r) => r.code)).toEqual(['up', 'small', 'big', 'gap', 'brk']);
  });

  it('gives each of the 38 provinces its own row, labels at least a line height apart', () => {
    const rows = provinces('2025-03', '2025-09');
    expect(rows).toHaveLength(38);
    const option = optionOf(rows, '75');
    const [names, values] = option.yAxis;
    expect(names!.data).toHaveLength(38);
    expect(values!.data).toHaveLength(38);
    // One label per row on each side, one line each, at the row's centre: none can reach another.
    expect([...names!.data, ...values!.data].every((text) => !text.includes('\n'))).toBe(true);
    const { labelCentres } = slopeLayout(38);
    const gaps = labelCentres.slice(1).map((y, i) => y - labelCentres[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(LABEL_LINE_HEIGHT);
    // The chart grows with the rows instead of squeezing them.
    expect(slopeLayout(38).height).toBeGreaterThan(slopeLayout(10).height);
    // The chosen province is marked by ▶ as well as colour, and every row says its numbers.
    const gorontalo = names!.data.indexOf('▶ Gorontalo');
    expect(gorontalo).toBeGreaterThanOrEqual(0);
    expect(values!.data[gorontalo]).toBe('13,24% → 12,62%  {improved|−0,62}');
  });

  it('puts the most improved province on top and the rows in the order of their change', () => {
    const rows = provinces('2025-03', '2025-09');
    const arrows = optionOf(rows).series.find((s) => s.id === 'arrows')!.data;
    const change = arrows.map((a) => (a.value[2] as number) - (a.value[1] as number));
    expect(change).toEqual([...change].sort((a, b) => a - b));
    expect(arrows.map((a) => a.value[0])).toEqual(arrows.map((_, i) => i));
  });

  it('draws the points but no arrow across a series break, and says so beside them', () => {
    const option = optionOf(
      [
        { code: '91', name: 'Papua', from: 26.03, to: 19.16, comparable: false },
        { code: '75', name: 'Gorontalo', from: 15.15, to: 13.24, comparable: true },
      ],
      '75',
    );
    const arrows = option.series.find((s) => s.id === 'arrows')!.data;
    expect(arrows.map((a) => [a.code, a.kind, a.value.slice(1)])).toEqual([
      ['75', 'improved', [15.15, 13.24]],
      ['91', 'notComparable', [26.03, 19.16]],
    ]);
    expect(option.yAxis[1]!.data[1]).toBe('26,03% → 19,16%  {muted|tidak sebanding}');
    expect(option.legend.data.map((l) => l.name)).toEqual(['membaik', 'tidak sebanding (ada pemutusan seri)']);
  });

  it('draws an arrow from the earlier value to the later, and only the points across a break', () => {
    const option = optionOf([
      { code: '75', name: 'Gorontalo', from: 15.15, to: 13.24, comparable: true },
      { code: '91', name: 'Papua', from: 26.03, to: 19.16, comparable: false },
    ]) as unknown as { series: { id: string; renderItem: (params: unknown, api: unknown) => { children: Shape[] } }[] };
    type Shape = { type: string; shape: { points?: number[][]; x1?: number; x2?: number; cx?: number } };
    const api = { value: () => 0, coord: ([v, i]: [number, number]) => [v * 10, i * 30], size: () => [0, 30] };
    const draw = (i: number) =>
      option.series
        .find((s) => s.id === 'arrows')!
        .renderItem({ dataIndex: i, coordSys: { x: 0, y: 0, width: 300, height: 60 } }, api).children;
    const arrow = draw(0);
    expect(arrow.find((c) => c.type === 'circle')!.shape.cx).toBe(151.5);
    expect(arrow.find((c) => c.type === 'line')!.shape.x1).toBe(151.5);
    // The head points left, to the lower value: its tip is at the later value, its base to the right of it.
    const head = arrow.find((c) => c.type === 'polygon')!.shape.points!;
    expect(head[0]).toEqual([132.4, 0]);
    expect(head[1]![0]).toBeGreaterThan(132.4);
    const papua = draw(1);
    expect(papua.map((c) => c.type)).toEqual(['circle', 'circle']);
    expect(papua.map((c) => c.shape.cx)).toEqual([260.3, 191.6]);
  });

  it('shows a missing value as missing, never as zero', () => {
    const option = optionOf([{ code: '65', name: 'Kalimantan Utara', from: null, to: 6.1, comparable: true }]);
    expect(option.series.find((s) => s.id === 'arrows')!.data[0]!.value).toEqual([0, '-', 6.1]);
    expect(option.yAxis[1]!.data[0]).toBe('– → 6,10%');
  });
});
