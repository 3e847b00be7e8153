import { describe, expect, it } from 'vitest';
import type { Plain } from '../../data/types';
import type { OverviewQuery } from '../../gql/graphql';
import { DOCUMENTS } from '../../test-support/documents';
import { cardChange, KEY_INDICATORS, type OverviewSeries, overviewCards, overviewVariables } from './overview-model';
import { sparkline } from './sparkline';

const point = (period: string, value: number, breakBefore = false) => ({
  period,
  value,
  breakBefore,
  breakReasonId: null,
  breakReasonEn: null,
  updatedAt: '2026-11-23T13:40:35Z',
  source: null,
});

describe('overview', () => {
  it('asks for every card of a region, with its peers when it has a parent', () => {
    expect(overviewVariables('75.02', 'RPJMN-2025-2029', DOCUMENTS)).toEqual({
      region: '75.02',
      document: 'RPJMN-2025-2029',
      indicators: [...KEY_INDICATORS],
      parent: '75',
      withPeers: true,
      withTargets: true,
    });
    expect(overviewVariables('ID', 'RPJMN-2025-2029', DOCUMENTS)).toMatchObject({ parent: null, withPeers: false });
  });
  it('asks for targets before the catalogue is known, and drops them for a document the catalogue does not know', () => {
    expect(overviewVariables('75', 'RPJMD-75-2025-2029', null).withTargets).toBe(true);
    expect(overviewVariables('75', 'RPJMD-75-2025-2029', DOCUMENTS).withTargets).toBe(false);
  });
  it('gives each card its series, its target progress and its peers', () => {
    const series = (indicatorCode: string) => ({
      indicatorCode,
      regionCode: '75.02',
      frequency: 'ANNUAL' as const,
      region: { code: '75.02', name: 'Kabupaten Boalemo', level: 'REGENCY_CITY' as const, kind: 'REGENCY' as const },
      points: [point('2025', 16.37)],
      latestChange: { period: '2025', previousPeriod: '2024', change: -1.46, changeNotComparable: false },
    });
    const progress = (indicatorCode: string, target: boolean) => ({
      regionCode: '75.02',
      indicatorCode,
      status: target ? ('OFF_TRACK' as const) : ('NO_DATA' as const),
      goal: target ? 4.5 : null,
      gapScore: null,
      targetRegionCode: target ? 'ID' : null,
      target: target ? { year: 2029, value: 4.5, lowerBound: null, upperBound: null } : null,
      baseline: null,
      latest: null,
      requiredChangePerYear: null,
      actualChangePerYear: null,
      projectedValue: null,
    });
    const data: Plain<OverviewQuery> = {
      seriesGrid: KEY_INDICATORS.map(series),
      scorecard: { cells: [progress('poverty_rate_p0', true), progress('gini_ratio', false)] },
      comparisons: [
        {
          indicatorCode: 'poverty_rate_p0',
          period: '2025',
          nationalValue: 8.47,
          nationalPeriod: '2025-03',
          summary: { count: 6 },
          rows: [{ regionCode: '75.02', rank: 6 }],
        },
      ],
    };
    const cards = overviewCards(data, '75.02');
    expect([...cards.keys()]).toEqual([...KEY_INDICATORS]);
    expect(cards.get('poverty_rate_p0')).toMatchObject({
      series: { indicatorCode: 'poverty_rate_p0' },
      progress: { status: 'OFF_TRACK' },
      peers: { summary: { count: 6 } },
    });
    // Scored without a target (none in the document): the card says "no target", not "no data".
    expect(cards.get('gini_ratio')).toMatchObject({ series: { indicatorCode: 'gini_ratio' }, progress: null, peers: null });
    const national = overviewCards({ seriesGrid: [] }, 'ID').get('poverty_rate_p0');
    expect(national).toEqual({ series: null, progress: null, peers: null });
  });
  it('takes the change the API gives (the comparison page’s rule), judged in the indicator’s direction', () => {
    const series = (points: ReturnType<typeof point>[], latestChange: OverviewSeries['latestChange']): OverviewSeries => ({
      indicatorCode: 'x',
      regionCode: '75',
      frequency: 'SUBANNUAL',
      region: { code: '75', name: 'Gorontalo', level: 'PROVINCE', kind: null },
      points,
      latestChange,
    });
    // Gorontalo's TPT: August 2025 is compared with August 2024 (3,13), not with February 2025 (3,12).
    const tpt = series([point('2024-08', 3.13), point('2025-02', 3.12), point('2025-08', 3.42)], {
      period: '2025-08',
      previousPeriod: '2024-08',
      change: 0.29000000000000004,
      changeNotComparable: false,
    });
    expect(cardChange(tpt, 'LOWER_IS_BETTER', 2)).toMatchObject({
      latest: { period: '2025-08' },
      previousPeriod: '2024-08',
      change: 0.29,
      verdict: 'worse',
    });
    const ipm = series([point('2024', 72), point('2025', 72.62)], {
      period: '2025',
      previousPeriod: '2024',
      change: 0.62,
      changeNotComparable: false,
    });
    expect(cardChange(ipm, 'HIGHER_IS_BETTER', 2)?.verdict).toBe('better');
  });
  it('does not judge a change across a series break', () => {
    const papua: OverviewSeries = {
      indicatorCode: 'poverty_rate_p0',
      regionCode: '91',
      frequency: 'SUBANNUAL',
      region: { code: '91', name: 'Papua', level: 'PROVINCE', kind: null },
      points: [point('2023-03', 26.03), point('2024-03', 17.26, true)],
      latestChange: { period: '2024-03', previousPeriod: '2023-03', change: null, changeNotComparable: true },
    };
    expect(cardChange(papua, 'LOWER_IS_BETTER', 2)).toMatchObject({ previousPeriod: '2023-03', change: null, verdict: null });
    expect(cardChange(null, 'LOWER_IS_BETTER', 2)).toBeNull();
  });
  it('draws the sparkline in pieces at breaks and gaps', () => {
    const s = sparkline(
      [point('2022-09', 26.8), point('2023-03', 26.03), point('2024-03', 17.26, true), point('2024-09', 18.09)],
      [3, 9],
      100,
      40,
    );
    expect(s.paths).toHaveLength(2);
    expect(s.last).toEqual({ x: 95, y: expect.any(Number) });
  });
});
