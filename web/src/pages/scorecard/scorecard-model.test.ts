import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../test-support/documents';
import { columnTarget, scorecardColumns, scorecardQuery, statusCounts } from './scorecard-model';

describe('scorecard model', () => {
  it('has one column per targeted indicator, poverty first, each at its own target year', () => {
    const columns = scorecardColumns(DOCUMENTS, 'RPJMN-2025-2029', 'ID');
    expect(columns.map((c) => [c.indicatorCode, c.targetYear])).toEqual([
      ['poverty_rate_p0', 2029],
      ['extreme_poverty_rate', 2026],
      ['human_capital_index', 2029],
    ]);
    const text = scorecardQuery(columns);
    expect(text).toContain(
      'scorecard(documentCode: $document, parentCode: $parent, indicatorCodes: ["extreme_poverty_rate"], targetYear: 2026)',
    );
  });
  it('counts statuses', () => {
    const cell = (status: 'ACHIEVED' | 'OFF_TRACK') => ({
      regionCode: 'x',
      indicatorCode: 'y',
      status,
      goal: null,
      latest: null,
      target: null,
      targetRegionCode: null,
    });
    expect(statusCounts([cell('ACHIEVED'), cell('OFF_TRACK'), cell('OFF_TRACK')])).toMatchObject({
      ACHIEVED: 1,
      OFF_TRACK: 2,
      AT_RISK: 0,
    });
  });
  it('applies the column header’s target to the regions of the column', () => {
    const target = { year: 2029, value: 4.5, lowerBound: null, upperBound: null };
    const cell = (regionCode: string, targetRegionCode: string) => ({
      regionCode,
      indicatorCode: 'poverty_rate_p0',
      status: 'OFF_TRACK' as const,
      goal: 4.5,
      latest: null,
      target,
      targetRegionCode,
    });
    // Provinces under Indonesia: the national target, applied to provinces.
    expect(columnTarget([cell('ID', 'ID'), cell('51', 'ID')], 'ID', 'poverty_rate_p0')).toMatchObject({
      targetRegionCode: 'ID',
      shownFor: '51',
    });
    // Gorontalo's kab/kota with Gorontalo measured against the national target.
    expect(columnTarget([cell('75', 'ID'), cell('75.02', 'ID')], '75', 'poverty_rate_p0')?.shownFor).toBe('75.02');
    expect(columnTarget([cell('75', 'ID')], '75', 'gini_ratio')).toBeNull();
  });
});
