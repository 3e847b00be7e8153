import { describe, expect, it } from 'vitest';
import type { ProgressInfo, SeriesInfo } from '../../data/types';
import { translator } from '../../i18n/useI18n';
import { DOCUMENTS } from '../../test-support/documents';
import { P0 } from '../../test-support/indicators';
import {
  defaultTrendRegions,
  MAX_DISTINCT_LINES,
  peersName,
  targetProgressByRegion,
  trendChart,
  trendRoles,
  trendVariables,
  withAllPeers,
  withoutPeers,
} from './trend-model';

const point = (period: string, value: number) => ({
  period,
  value,
  breakBefore: false,
  breakReasonId: null,
  breakReasonEn: null,
  updatedAt: '2026-11-23T13:40:35Z',
  source: null,
});
const seriesOf = (regionCode: string, name: string, values: [string, number][]): SeriesInfo => ({
  indicatorCode: 'poverty_rate_p0',
  regionCode,
  region: { code: regionCode, name, level: regionCode === 'ID' ? 'NATIONAL' : 'PROVINCE', kind: null },
  frequency: 'SUBANNUAL',
  points: values.map(([p, v]) => point(p, v)),
});
const progressOf = (regionCode: string, targetRegionCode: string): ProgressInfo => ({
  regionCode,
  indicatorCode: 'poverty_rate_p0',
  status: 'ON_TRACK',
  goal: 4.5,
  target: { year: 2029, value: 4.5, lowerBound: null, upperBound: null },
  baseline: { period: '2024-09', value: 12.3 },
  latest: { period: '2025-03', value: 11.9 },
  requiredChangePerYear: -1.8,
  actualChangePerYear: -0.4,
  projectedValue: 10.3,
  gapScore: 5,
  targetRegionCode,
});
type Option = { series: { id: string; label?: { formatter?: string }; name: string }[]; legend: { data: string[] } };

describe('trend model', () => {
  it('shows a region with the regions above it', () => {
    expect(defaultTrendRegions('75.02')).toEqual(['75.02', '75', 'ID']);
    expect(defaultTrendRegions('ID')).toEqual(['ID']);
  });
  it('asks for progress only when the document sets a target for one of the regions', () => {
    expect(trendVariables(DOCUMENTS, 'RPJMN-2025-2029', 'poverty_rate_p0', ['75.02', 'ID'])).toEqual({
      indicator: 'poverty_rate_p0',
      regions: ['75.02', 'ID'],
      document: 'RPJMN-2025-2029',
      withTargets: true,
    });
    expect(trendVariables(DOCUMENTS, 'RPJMN-2025-2029', 'gini_ratio', ['75']).withTargets).toBe(false);
    expect(trendVariables(DOCUMENTS, 'RPJMD-75-2025-2029', 'poverty_rate_p0', ['75']).withTargets).toBe(false);
  });
  it('keeps the progress of the regions measured against a target', () => {
    const scored = progressOf('72', 'ID');
    const unscored = { ...progressOf('75', 'ID'), status: 'NO_DATA' as const, target: null, targetRegionCode: null };
    const byRegion = targetProgressByRegion([scored, unscored]);
    expect([...byRegion.keys()]).toEqual(['72']);
    expect(byRegion.get('72')).toBe(scored);
    expect(targetProgressByRegion(undefined).size).toBe(0);
  });
  it('says a province is measured against the national target in the subtitle, the marker and the legend', () => {
    const sulteng = seriesOf('72', 'Sulawesi Tengah', [
      ['2024-03', 12.41],
      ['2024-09', 12.3],
      ['2025-03', 11.9],
    ]);
    const input = {
      series: [sulteng],
      progressByRegion: new Map([['72', progressOf('72', 'ID')]]),
      indicator: P0,
      documentKind: 'RPJMN',
    };
    const id = trendChart({ ...input, lang: 'id', t: translator('id') })!;
    expect(id.targetLabel).toBe('Target nasional RPJMN 2029: 4,50%');
    expect(id.labels.subtitle).toContain('Target nasional RPJMN 2029: 4,50%');
    expect(id.labels.subtitle).not.toContain('(Sulawesi Tengah)');
    const option = id.option as unknown as Option;
    expect(option.series.find((s) => s.id === 'target')!.label!.formatter).toBe('Target nasional RPJMN 2029: 4,50%');
    expect(option.legend.data).toContain('Target nasional');
    const en = trendChart({ ...input, lang: 'en', t: translator('en') })!;
    expect(en.labels.subtitle).toContain('National RPJMN 2029 target: 4.50%');
  });
  it('calls a region’s own target simply its target', () => {
    const national = seriesOf('ID', 'Indonesia', [
      ['2024-09', 8.57],
      ['2025-03', 8.47],
    ]);
    const chart = trendChart({
      series: [national],
      progressByRegion: new Map([['ID', progressOf('ID', 'ID')]]),
      indicator: P0,
      documentKind: 'RPJMN',
      lang: 'id',
      t: translator('id'),
    })!;
    expect(chart.labels.subtitle).toContain('Target RPJMN 2029: 4,50% (Indonesia)');
    expect((chart.option as unknown as Option).legend.data).toContain('Target');
  });
  it('keeps six regions apart by colour; beyond, only the chosen region and those above it', () => {
    expect([...trendRoles(['75.02', '75', 'ID', '75.01']).values()]).toEqual(['primary', 'reference', 'reference', 'reference']);
    const all = ['75.02', '75', 'ID', '75.01', '75.03', '75.04', '75.05', '75.71'];
    expect(all.length).toBeGreaterThan(MAX_DISTINCT_LINES);
    expect(Object.fromEntries(trendRoles(all))).toEqual({
      '75.02': 'primary',
      '75': 'reference',
      ID: 'reference',
      '75.01': 'peer',
      '75.03': 'peer',
      '75.04': 'peer',
      '75.05': 'peer',
      '75.71': 'peer',
    });
    // Indonesia with its provinces: every province is a peer.
    const provinces = Array.from({ length: 38 }, (_, i) => String(11 + i));
    expect([...trendRoles(['ID', ...provinces]).values()].filter((r) => r === 'peer')).toHaveLength(38);
  });
  it('adds every kabupaten/kota after the chosen regions in one step, and takes them away again', () => {
    const children = ['75.01', '75.02', '75.03', '75.04', '75.05', '75.71'];
    const all = withAllPeers(['75.02', '75', 'ID'], children, 40);
    expect(all).toEqual(['75.02', '75', 'ID', '75.01', '75.03', '75.04', '75.05', '75.71']);
    expect(withoutPeers(all)).toEqual(['75.02', '75', 'ID']);
    // Jawa Timur's 38 with the province and Indonesia: the largest province fits in the 40.
    const jatim = Array.from({ length: 38 }, (_, i) => `35.${String(i + 1).padStart(2, '0')}`);
    expect(withAllPeers(['35', 'ID'], jatim, 40)).toHaveLength(40);
    expect(withAllPeers(['35', 'ID', '75'], jatim, 40)).toHaveLength(40);
  });
  it('names the grey lines by what they are', () => {
    const t = translator('id');
    expect(peersName(['75.01', '75.71'], t)).toBe('2 kabupaten/kota lain');
    expect(peersName(['11', '12', '13'], t)).toBe('3 provinsi lain');
    expect(peersName(['11', '75.71'], t)).toBe('2 wilayah lain');
    expect(peersName(['75.01'], translator('en'))).toBe('1 other regencies/cities');
  });
  it('draws a province’s kabupaten/kota as grey lines behind the chosen one, under one legend key', () => {
    const kab = (code: string, name: string, v: number) =>
      seriesOf(code, name, [
        ['2024', v + 1],
        ['2025', v],
      ]);
    const series = [
      kab('75.02', 'Kabupaten Boalemo', 16.37),
      kab('75', 'Gorontalo', 12.62),
      kab('ID', 'Indonesia', 8.47),
      kab('75.01', 'Kabupaten Gorontalo', 14.89),
      kab('75.03', 'Kabupaten Pohuwato', 15.24),
      kab('75.04', 'Kabupaten Bone Bolango', 13.16),
      kab('75.05', 'Kabupaten Gorontalo Utara', 15.89),
      kab('75.71', 'Kota Gorontalo', 5.31),
    ];
    const chart = trendChart({
      series,
      progressByRegion: new Map([['75.02', progressOf('75.02', 'ID')]]),
      indicator: P0,
      documentKind: 'RPJMN',
      lang: 'id',
      t: translator('id'),
      height: 400,
    })!;
    const option = chart.option as unknown as Option;
    expect(option.legend.data).toContain('5 kabupaten/kota lain');
    expect(option.legend.data).not.toContain('Kota Gorontalo');
    expect(option.series.filter((s) => s.name === '5 kabupaten/kota lain')).toHaveLength(5);
  });
});
