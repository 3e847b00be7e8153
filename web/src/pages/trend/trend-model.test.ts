import { describe, expect, it } from 'vitest';
import type { ProgressInfo, SeriesInfo } from '../../data/types';
import { translator } from '../../i18n/useI18n';
import { DOCUMENTS } from '../../test-support/documents';
import { P0 } from '../../test-support/indicators';
import { defaultTrendRegions, targetProgressByRegion, trendChart, trendVariables } from './trend-model';

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
});
