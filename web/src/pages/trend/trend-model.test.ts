import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../test-support/documents';
import { defaultTrendRegions, trendQuery, trendRequests } from './trend-model';

describe('trend model', () => {
  it('shows a region with the regions above it', () => {
    expect(defaultTrendRegions('75.02')).toEqual(['75.02', '75', 'ID']);
    expect(defaultTrendRegions('ID')).toEqual(['ID']);
  });
  it('asks for each region’s progress at its target year, in one operation', () => {
    const requests = trendRequests(DOCUMENTS, 'RPJMN-2025-2029', 'poverty_rate_p0', ['75.02', 'ID']);
    expect(requests.map((r) => r.targetYear)).toEqual([2029, 2029]);
    const text = trendQuery(requests);
    expect(text).toContain('p0: progress(regionCode: "75.02"');
    expect(text).toContain('p1: progress(regionCode: "ID"');
    expect(trendQuery(trendRequests(DOCUMENTS, 'RPJMN-2025-2029', 'gini_ratio', ['75']))).not.toContain('progress(');
  });
});
