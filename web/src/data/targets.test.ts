import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import { DOCUMENTS } from '../test-support/documents';
import { documentLabel, targetCaption, targetFor, targetLabel } from './targets';

describe('targetFor', () => {
  it('measures a region without its own target against the document’s (national) final target', () => {
    const applied = targetFor(DOCUMENTS, 'RPJMN-2025-2029', 'poverty_rate_p0', '72');
    expect(applied?.target).toMatchObject({ year: 2029, value: 4.5, regionCode: 'ID' });
    expect(applied?.benchmark).toBe(true);
  });
  it('prefers the region’s own target', () => {
    const applied = targetFor(DOCUMENTS, 'RPJMN-2025-2029', 'poverty_rate_p0', '75');
    expect(applied?.target.value).toBe(9);
    expect(applied?.benchmark).toBe(false);
  });
  it('takes a given year, and knows when there is no target', () => {
    expect(targetFor(DOCUMENTS, 'RPJMN-2025-2029', 'poverty_rate_p0', 'ID', 2027)?.target.value).toBe(6);
    expect(targetFor(DOCUMENTS, 'RPJMN-2025-2029', 'gini_ratio', 'ID')).toBeNull();
    expect(targetFor(DOCUMENTS, 'NOPE', 'gini_ratio', 'ID')).toBeNull();
  });
  it('names documents briefly', () => {
    expect(documentLabel(DOCUMENTS[1]!)).toBe('RPJMN 2025–2029');
    expect(documentLabel(DOCUMENTS[0]!)).toBe('RKP 2025');
  });
});

describe('targetCaption', () => {
  const t = translator('id');
  it('says when a region is measured against the national target', () => {
    expect(targetLabel(t, { doc: 'RPJMN', year: 2029, targetRegionCode: 'ID', regionCode: '72' }, '4,50%')).toBe(
      'Target nasional RPJMN 2029: 4,50%',
    );
    expect(targetLabel(translator('en'), { doc: 'RPJMN', year: 2029, targetRegionCode: 'ID', regionCode: '72' }, '4.50%')).toBe(
      'National RPJMN 2029 target: 4.50%',
    );
  });
  it('names a region’s own target plainly, and another region’s by name', () => {
    expect(targetCaption(t, { doc: 'RPJMN', year: 2029, targetRegionCode: 'ID', regionCode: 'ID' })).toBe('Target RPJMN 2029');
    expect(targetCaption(t, { doc: 'RPJMN', year: 2029, targetRegionCode: '72', regionCode: '72' })).toBe('Target RPJMN 2029');
    expect(
      targetCaption(t, { doc: 'RPJMD', year: 2026, targetRegionCode: '75', regionCode: '75.02', targetRegionName: 'Gorontalo' }),
    ).toBe('Target RPJMD 2026 Gorontalo');
  });
});
