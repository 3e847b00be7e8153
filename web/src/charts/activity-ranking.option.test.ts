import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n/useI18n';
import { describeActivityRanking } from './activity-ranking.description';
import { activityRankingOption } from './activity-ranking.option';

const words = {
  realisation: 'Realisasi anggaran',
  onTime: 'Tahap tepat waktu',
  dataResponse: 'Respons data',
  missing: 'belum ada data',
};
const labels = { title: 'Peringkat kabupaten/kota', subtitle: 'persen · 2024', footer: 'Sumber: impor kegiatan' };
const rows = [
  { rank: 1, regionCode: '72.01', regionName: 'Kabupaten Banggai', realisation: 98.5, onTime: 100, dataResponse: 75 },
  { rank: 2, regionCode: '72.02', regionName: 'Kabupaten Poso', realisation: 80, onTime: 50, dataResponse: null },
  { rank: null, regionCode: '72.03', regionName: 'Kabupaten Donggala', realisation: null, onTime: null, dataResponse: null },
];
type Item = { value: number; missing: boolean; itemStyle: { color?: string } };
type Option = {
  series: { name: string; data: Item[]; label: { formatter: (p: { value: number; data: Item }) => string } }[];
  yAxis: { data: string[] };
};

describe('activityRankingOption', () => {
  it('lists the best at the top with its rank, the ranked measure first, and a region without figures unbarred', () => {
    const option = activityRankingOption({ rows, orderBy: 'REALISATION', lang: 'id', words }, labels) as unknown as Option;
    expect(option.yAxis.data).toEqual(['Kabupaten Donggala', '2. Kabupaten Poso', '1. Kabupaten Banggai']);
    expect(option.series.map((s) => s.name)).toEqual(['Realisasi anggaran', 'Tahap tepat waktu', 'Respons data']);
    const [realisation] = option.series;
    expect(realisation!.data.map((d) => d.value)).toEqual([0, 80, 98.5]);
    expect(realisation!.data[0]).toMatchObject({ missing: true, itemStyle: { color: 'transparent' } });
    expect(realisation!.label.formatter({ value: 98.5, data: realisation!.data[2]! })).toBe('98,5%');
    expect(realisation!.label.formatter({ value: 0, data: realisation!.data[0]! })).toBe('Realisasi anggaran: belum ada data');
  });
  it('puts on-time distribution first when ranked on it', () => {
    const option = activityRankingOption({ rows, orderBy: 'ON_TIME', lang: 'en', words }, labels) as unknown as Option;
    expect(option.series[0]!.name).toBe('Tahap tepat waktu');
  });
  it('puts data response first when ranked on it, a region whose reports are missing unbarred', () => {
    const option = activityRankingOption({ rows, orderBy: 'DATA_RESPONSE', lang: 'id', words }, labels) as unknown as Option;
    expect(option.series.map((s) => s.name)).toEqual(['Respons data', 'Realisasi anggaran', 'Tahap tepat waktu']);
    const [response] = option.series;
    expect(response!.data[1]).toMatchObject({ missing: true });
    expect(response!.label.formatter({ value: 0, data: response!.data[1]! })).toBe('Respons data: belum ada data');
  });
  it('says the ranking in words', () => {
    const t = (key: string, vars?: Record<string, string | number>) => `${key}:${JSON.stringify(vars ?? {})}`;
    const description = describeActivityRanking({ rows, orderBy: 'REALISATION', lang: 'id', words }, t as unknown as Translate);
    expect(description.summary).toContain('Kabupaten Banggai');
    expect(description.summary).toContain('98,5%');
    expect(description.table.rows).toEqual([
      ['1', 'Kabupaten Banggai', '98,5%', '100,0%', '75,0%'],
      ['2', 'Kabupaten Poso', '80,0%', '50,0%', 'belum ada data'],
      ['–', 'Kabupaten Donggala', 'belum ada data', 'belum ada data', 'belum ada data'],
    ]);
  });
});
