import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../test-support/documents';
import {
  type Cell,
  cellIndex,
  columnTarget,
  scorecardColumns,
  scorecardExportHref,
  slideIndicators,
  slideRows,
  statusCounts,
} from './scorecard-model';

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

  it('keeps the first and last five rows of a long list and the chosen region, counting the rows left out', () => {
    const regions = Array.from({ length: 38 }, (_, i) => ({
      code: `35${String(i + 1).padStart(2, '0')}`,
      name: `Wilayah ${i + 1}`,
      level: 'REGENCY_CITY' as const,
    }));
    const rows = slideRows(regions, '3520', 5);
    expect(rows.map((r) => (r.kind === 'region' ? r.region.code : `…${r.count}`))).toEqual([
      '3501',
      '3502',
      '3503',
      '3504',
      '3505',
      '…14',
      '3520',
      '…13',
      '3534',
      '3535',
      '3536',
      '3537',
      '3538',
    ]);
    // The chosen region among the first: one gap. A short list: whole, no gap.
    expect(slideRows(regions, '3502', 5).filter((r) => r.kind === 'omitted')).toEqual([
      { kind: 'omitted', count: 28, first: '3506' },
    ]);
    expect(slideRows(regions.slice(0, 11), null, 5)).toHaveLength(11);
  });
  it('gives a slide column only to indicators some region has a value for', () => {
    const regions = [
      { code: '72', name: 'Sulawesi Tengah', level: 'PROVINCE' as const },
      { code: '7201', name: 'Kabupaten Banggai', level: 'REGENCY_CITY' as const },
    ];
    const cell = (regionCode: string, indicatorCode: string, value: number | null): Cell => ({
      regionCode,
      indicatorCode,
      status: value === null ? 'NO_DATA' : 'OFF_TRACK',
      latest: value === null ? null : { value, period: '2025' },
      target: null,
      targetRegionCode: null,
    });
    const index = cellIndex([cell('7201', 'poverty_rate_p0', 6.23), cell('72', 'human_capital_index', null)]);
    const indicators = ['poverty_rate_p0', 'extreme_poverty_rate', 'human_capital_index'].map((code) => ({
      code,
      direction: 'LOWER_IS_BETTER' as const,
      decimals: 2,
    }));
    const { shown, empty } = slideIndicators(indicators, regions, index);
    expect(shown.map((i) => i.code)).toEqual(['poverty_rate_p0']);
    expect(empty.map((i) => i.code)).toEqual(['extreme_poverty_rate', 'human_capital_index']);
  });
});

describe('scorecardExportHref', () => {
  it('asks the server for the page’s document, parent row and columns as a workbook', () => {
    expect(scorecardExportHref('RKP-2026', '75', ['poverty_rate_p0', 'gini_ratio'])).toBe(
      '/export/scorecard.xlsx?document=RKP-2026&parent=75&includeParent=ya&indicator=poverty_rate_p0%2Cgini_ratio',
    );
  });
});
