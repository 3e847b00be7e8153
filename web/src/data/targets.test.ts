import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../test-support/documents';
import { documentLabel, targetFor } from './targets';

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
