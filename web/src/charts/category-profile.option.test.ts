import { describe, expect, it } from 'vitest';
import { type CategoryBar, categoryLabel, categoryProfileOption, categoryProfileRows } from './category-profile.option';

const bar = (
  code: string,
  name: string,
  value: number | null,
  previousValue: number | null,
  change: number | null,
  share: number | null,
) => ({ code, name, value, previousValue, change, share }) satisfies CategoryBar;
const rows = [
  bar('PPKS01', 'Anak Balita Terlantar', 120, 100, 20, 8.2),
  bar('PPKS02', 'Anak Terlantar', null, null, null, null),
  bar('PPKS08', 'Lanjut Usia Terlantar', 120, null, null, 8.2),
  bar('PPKS24', 'Fakir Miskin', 1234, 1300, -66, 83.6),
  bar('PPKS09', 'Penyandang Disabilitas', null, 40, null, null),
];
const labels = { title: 'PPKS menurut jenis', subtitle: 'jumlah', footer: 'Sumber: Dinas Sosial' };
type Option = {
  yAxis: { data: string[] };
  xAxis: { axisLabel: { formatter: (v: number) => string } };
  series: { id: string; data: (number | null)[]; label?: { formatter: (p: { dataIndex: number }) => string } }[];
  legend: { data: string[] };
};

describe('categoryProfileOption', () => {
  it('sorts categories largest first, ties in the regulation’s order, leaving out those reported in neither year', () => {
    expect(categoryProfileRows(rows).map((r) => r.code)).toEqual(['PPKS24', 'PPKS01', 'PPKS08', 'PPKS09']);
  });

  it('leaves to the table a category with no one counted in either year, but draws one that fell to 0', () => {
    const withZeros = [...rows, bar('PPKS10', 'Gelandangan', 0, 0, 0, 0), bar('PPKS11', 'Pengemis', 0, 7, -7, 0)];
    expect(categoryProfileRows(withZeros).map((r) => r.code)).toEqual(['PPKS24', 'PPKS01', 'PPKS08', 'PPKS11', 'PPKS09']);
  });

  it('draws this year beside the year before, top to bottom largest first, with Indonesian numbers', () => {
    const option = categoryProfileOption(
      { rows, year: 2024, previousYear: 2023, showPrevious: true, lang: 'id' },
      labels,
    ) as unknown as Option;
    expect(option.yAxis.data).toEqual([
      'Penyandang Disabilitas',
      'Lanjut Usia Terlantar',
      'Anak Balita Terlantar',
      'Fakir Miskin',
    ]);
    const [previous, current] = option.series;
    expect(previous!.data).toEqual([40, null, 100, 1300]);
    expect(current!.data).toEqual([null, 120, 120, 1234]);
    expect(option.legend.data).toEqual(['2023', '2024']);
    expect(current!.label!.formatter({ dataIndex: 3 })).toBe('1.234 · 83,6% · −66');
    expect(current!.label!.formatter({ dataIndex: 1 })).toBe('120 · 8,2%');
    expect(option.xAxis.axisLabel.formatter(12000)).toBe('12.000');
  });

  it('labels a count without a change when the change was not computed, and nothing without a count', () => {
    expect(categoryLabel(rows[0]!, 'en')).toBe('120 · 8.2% · +20');
    expect(categoryLabel(rows[4]!, 'id')).toBe('');
  });

  it('leaves the year before out when the two years cannot be compared', () => {
    const option = categoryProfileOption(
      { rows, year: 2024, previousYear: 2023, showPrevious: false, lang: 'id' },
      labels,
    ) as unknown as Option;
    expect(option.series[0]!.data).toEqual([null, null, null, null]);
    expect(option.legend.data).toEqual(['2024']);
  });
});
