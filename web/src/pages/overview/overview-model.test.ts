import { describe, expect, it } from 'vitest';
import type { Plain } from '../../data/types';
import type { OverviewQuery } from '../../gql/graphql';
import { DOCUMENTS } from '../../test-support/documents';
import { KEY_INDICATORS, latestChange, overviewCards, overviewVariables } from './overview-model';
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
  it('takes the change since the previous period, judged in the indicator’s direction', () => {
    const change = latestChange([point('2024', 17.83), point('2025', 16.37)], 'LOWER_IS_BETTER', 2);
    expect(change).toMatchObject({ change: -1.46, verdict: 'better' });
    expect(latestChange([point('2024', 72), point('2025', 72.62)], 'HIGHER_IS_BETTER', 2)?.verdict).toBe('better');
  });
  it('does not compare across a series break', () => {
    const change = latestChange([point('2023-03', 26.03), point('2024-03', 17.26, true)], 'LOWER_IS_BETTER', 2);
    expect(change).toMatchObject({ change: null, verdict: null });
    expect(latestChange([], 'LOWER_IS_BETTER', 2)).toBeNull();
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
