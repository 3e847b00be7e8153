import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../test-support/documents';
import { KEY_INDICATORS, latestChange, overviewItems, overviewQuery } from './overview-model';
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
  it('asks for every card in one operation, with the target year of each indicator', () => {
    const items = overviewItems(DOCUMENTS, 'RPJMN-2025-2029', '75.02');
    expect(items.map((i) => i.targetYear)).toEqual([2029, null, null, null, null, 2026]);
    const text = overviewQuery(items, true);
    expect(text.match(/^query /gm)).toHaveLength(1);
    expect(text.match(/: series\(/g)).toHaveLength(KEY_INDICATORS.length);
    expect(text.match(/: comparison\(/g)).toHaveLength(KEY_INDICATORS.length);
    expect(text).toContain(
      'p0: progress(regionCode: $region, indicatorCode: "poverty_rate_p0", documentCode: $document, targetYear: 2029)',
    );
    expect(text).not.toContain('p1: progress');
    expect(overviewQuery(items, false)).not.toContain('comparison(');
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
