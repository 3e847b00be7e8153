import { describe, expect, it } from 'vitest';
import { describeCompositeResult } from './composite-result.description';
import { type CompositeResultChartData, compositeResultOption } from './composite-result.option';

const data: CompositeResultChartData = {
  dimensions: ['Kebutuhan dasar', 'Peranan sosial', 'Kemandirian ekonomi'],
  regions: [
    { regionCode: '75.02', regionName: 'Kabupaten Boalemo', value: 55.25, contributions: [25, 18, 12.25], missingCount: 0 },
    { regionCode: '75.01', regionName: 'Kabupaten Gorontalo', value: null, contributions: [30, null, null], missingCount: 2 },
    { regionCode: '75.71', regionName: 'Kota Gorontalo', value: 65.5, contributions: [30, 20.5, 15], missingCount: 0 },
  ],
  target: { label: 'Target RPJMD 2029: 70', value: 70 },
  missingLabel: (n) => `belum dapat dihitung: ${n} masukan belum ada`,
  lang: 'id',
};
const labels = { title: 'IKS Lansia', subtitle: 'indeks · 2025', footer: 'Sumber: uji' };

interface Series {
  name: string;
  stack: string;
  data: (number | null)[];
  label?: { formatter: (p: { dataIndex: number }) => string };
  markLine?: { data: { xAxis: number }[]; label: { show: boolean } };
}

describe('compositeResultOption', () => {
  const option = compositeResultOption(data, labels) as { yAxis: { data: string[] }; series: Series[] };

  it('stacks each dimension’s points per kabupaten/kota, the highest index on top and those without one at the bottom', () => {
    // ECharts draws the first category at the bottom.
    expect(option.yAxis.data).toEqual(['Kabupaten Gorontalo', 'Kabupaten Boalemo', 'Kota Gorontalo']);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Kebutuhan dasar', 'index', [null, 25, 30]],
      ['Peranan sosial', 'index', [null, 18, 20.5]],
      // A region without an index draws no partial stack, only its label.
      ['Kemandirian ekonomi', 'index', [0, 12.25, 15]],
    ]);
  });

  it('labels each bar with its index in Indonesian format, or with what is missing, and draws the target', () => {
    const last = option.series[2]!;
    expect([0, 1, 2].map((dataIndex) => last.label!.formatter({ dataIndex }))).toEqual([
      'belum dapat dihitung: 2 masukan belum ada',
      '55,25',
      '65,50',
    ]);
    expect(last.markLine).toMatchObject({ data: [{ xAxis: 70 }], label: { show: false } });
    expect(option.series[0]!.markLine).toBeUndefined();
    const untargeted = compositeResultOption({ ...data, target: null }, labels) as { series: Series[] };
    expect(untargeted.series.some((s) => s.markLine)).toBe(false);
  });
});

describe('describeCompositeResult', () => {
  it('names the highest and lowest index and the regions that could not be computed', () => {
    const t = (key: string, p: Record<string, unknown> = {}) => `${key}(${Object.values(p).join('|')})`;
    const d = describeCompositeResult(
      { ...data, indexName: 'IKS Lansia', provinceName: 'Gorontalo', period: '2025' },
      t as Parameters<typeof describeCompositeResult>[1],
    );
    expect(d.summary).toBe(
      'iksDescription(IKS Lansia|Gorontalo|2025|2|3) iksDescriptionRange(Kota Gorontalo 65,50|Kabupaten Boalemo 55,25) iksDescriptionMissing(Kabupaten Gorontalo)',
    );
    expect(d.table.rows[2]).toEqual(['Kabupaten Gorontalo', 'belum dapat dihitung: 2 masukan belum ada', '30,00', '–', '–']);
  });
});
