import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../test-support/documents';
import { columnTarget, scorecardColumns, statusCounts } from './scorecard-model';

describe('scorecard model', () => {
  it('has one column per targeted indicator, poverty first', () => {
    expect(scorecardColumns(DOCUMENTS, 'RPJMN-2025-2029', 'ID')).toEqual([
      'poverty_rate_p0',
      'extreme_poverty_rate',
      'human_capital_index',
    ]);
    // A province is measured against the national targets, so it has the same columns.
    expect(scorecardColumns(DOCUMENTS, 'RPJMN-2025-2029', '75')).toEqual(scorecardColumns(DOCUMENTS, 'RPJMN-2025-2029', 'ID'));
    expect(scorecardColumns(DOCUMENTS, 'RPJMD-75-2025-2029', '75')).toEqual([]);
  });
  it('counts statuses', () => {
    const cell = (status: 'ACHIEVED' | 'OFF_TRACK') => ({
      regionCode: 'x',
      indicatorCode: 'y',
      status,
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
