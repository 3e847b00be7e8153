import { describe, expect, it } from 'vitest';
import { programmeBarOption } from './programme-bar.option';

const words = {
  allocated: 'Pagu',
  spent: 'Realisasi',
  absorption: 'Penyerapan',
  coverage: 'Cakupan',
  missing: 'belum ada data',
};
const labels = { title: 'Pagu dan realisasi', subtitle: 'rupiah', footer: 'Sumber: impor' };
const banggai = {
  code: '72.01',
  name: 'Kabupaten Banggai',
  budgetAllocated: 32e9,
  budgetSpent: null,
  absorption: null,
  coverage: null,
};
type Item = { value: number; missing: boolean; itemStyle: { color?: string } };
type Option = {
  series: { id: string; data: Item[]; label: { formatter: (p: { value: number; seriesName?: string; data: Item }) => string } }[];
  yAxis: { data: string[] };
  xAxis: { max?: number; axisLabel: { formatter: (v: number) => string } };
};

describe('programmeBarOption', () => {
  it('draws pagu in rupiah and leaves an unknown realisasi without a bar, saying so', () => {
    const option = programmeBarOption({ rows: [banggai], measure: 'anggaran', lang: 'id', words }, labels) as unknown as Option;
    const [allocated, spent] = option.series;
    expect(allocated!.data[0]!.value).toBe(32e9);
    expect(allocated!.label.formatter({ value: 32e9, data: allocated!.data[0]! })).toBe('Rp 32 miliar');
    expect(spent!.data[0]).toMatchObject({ missing: true, itemStyle: { color: 'transparent' } });
    expect(spent!.label.formatter({ value: 0, seriesName: 'Realisasi', data: spent!.data[0]! })).toBe(
      'Realisasi: belum ada data',
    );
    expect(option.xAxis.axisLabel.formatter(2e10)).toBe('Rp 20 miliar');
  });
  it('draws absorption in percent up to at least 100%, regions top to bottom in the order given', () => {
    const rows = [
      { ...banggai, budgetSpent: 28e9, absorption: 87.5 },
      { ...banggai, code: '72.02', name: 'Kabupaten Poso', absorption: null },
    ];
    const option = programmeBarOption({ rows, measure: 'penyerapan', lang: 'id', words }, labels) as unknown as Option;
    expect(option.yAxis.data).toEqual(['Kabupaten Poso', 'Kabupaten Banggai']);
    const s = option.series[0]!;
    expect(s.data.map((d) => d.missing)).toEqual([true, false]);
    expect(s.label.formatter({ value: 87.5, data: s.data[1]! })).toBe('87,5%');
    expect(option.xAxis.max).toBe(100);
  });
});
