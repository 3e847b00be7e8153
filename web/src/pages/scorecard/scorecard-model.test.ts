import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../test-support/documents';
import { scorecardColumns, scorecardQuery, statusCounts } from './scorecard-model';

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
});
