import { describe, expect, it } from 'vitest';
import { rankedBarOption, sortRanked } from './ranked-bar.option';

const labels = { title: 'P0 menurut kabupaten/kota di Gorontalo, 2025', subtitle: 'persen (%) · 2025', footer: 'Sumber: BPS' };
const rows = [
  { code: '75.02', name: 'Kabupaten Boalemo', value: 16.37, rank: 6 },
  { code: '75.71', name: 'Kota Gorontalo', value: 5.31, rank: 1 },
  { code: '75.99', name: 'Kabupaten Baru', value: null, rank: null },
  { code: '75.03', name: 'Kabupaten Bone Bolango', value: 13.16, rank: 2 },
];

type Option = {
  yAxis: { data: string[] };
  series: {
    data: { value: number | string; code: string; itemStyle: { color: string } }[];
    markLine?: { data: { name: string; xAxis: number }[] };
    markArea?: { data: [{ xAxis: number }, { xAxis: number }][] };
  }[];
  title: { text: string; subtext?: string }[];
};

describe('rankedBarOption', () => {
  const option = rankedBarOption(
    {
      rows,
      highlight: '75.02',
      decimals: 2,
      percent: true,
      lang: 'id',
      missingLabel: 'belum ada data',
      national: { value: 8.47, label: 'Nasional 8,47% (Maret 2025)' },
      parent: { value: 13.24, label: 'Gorontalo 13,24% (2025)' },
      target: { value: 4.5, lower: null, upper: null, label: 'Target RPJMN 2029: 4,50%' },
    },
    labels,
  ) as unknown as Option;

  it('draws the bars in rank order, regions without a value last and never as zero', () => {
    expect(option.series[0]!.data.map((d) => d.code)).toEqual(['75.71', '75.03', '75.02', '75.99']);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([5.31, 13.16, 16.37, '-']);
    expect(option.yAxis.data[3]).toBe('Kabupaten Baru (belum ada data)');
  });
  it('marks the chosen region by colour and by a ▶', () => {
    expect(option.yAxis.data[2]).toBe('▶ Kabupaten Boalemo');
    const colours = option.series[0]!.data.map((d) => d.itemStyle.color);
    expect(colours[2]).not.toBe(colours[0]);
  });
  it('draws national, provincial and target values as lines', () => {
    const lines = option.series[0]!.markLine!.data;
    expect(lines.map((l) => [l.name, l.xAxis])).toEqual([
      ['national', 8.47],
      ['parent', 13.24],
      ['target', 4.5],
    ]);
  });
  it('carries title, unit and period, and source into the canvas (and so into the PNG)', () => {
    expect(option.title[0]).toMatchObject({ text: labels.title, subtext: labels.subtitle });
    expect(option.title[1]!.text).toBe('Sumber: BPS');
  });
  it('draws a target range as a band', () => {
    const ranged = rankedBarOption(
      {
        rows,
        highlight: null,
        decimals: 2,
        percent: true,
        lang: 'id',
        missingLabel: '',
        national: null,
        parent: null,
        target: { value: null, lower: 7, upper: 8, label: 'Target RKP 2025: 7,00–8,00%' },
      },
      labels,
    ) as unknown as Option;
    expect(ranged.series[0]!.markArea!.data[0]!.map((p) => p.xAxis)).toEqual([7, 8]);
    expect(ranged.series[0]!.markLine).toBeUndefined();
  });
  it('sorts ties by name', () => {
    expect(
      sortRanked([
        { code: 'b', name: 'B', value: 1, rank: 1 },
        { code: 'a', name: 'A', value: 1, rank: 1 },
      ]).map((r) => r.code),
    ).toEqual(['a', 'b']);
  });
});
