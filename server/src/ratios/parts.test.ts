import { describe, expect, it } from 'vitest';
import { rollUp } from '../rollup/rollup.js';
import { checkRatioParts } from './parts.js';

const spm = { code: 'spm_kab_elderly_outside_panti', ratioFactor: 100, decimals: 2 };

describe('a ratio value and its parts', () => {
  it('computes the value from served ÷ needing × 100, to the indicator’s decimals', () => {
    expect(checkRatioParts(spm, null, 6, 7)).toEqual({ value: 85.71, numerator: 6, denominator: 7 });
  });

  it('accepts a value that its parts make within the decimals, and refuses one they do not', () => {
    expect(checkRatioParts(spm, 85.71, 6, 7)).toEqual({ value: 85.71, numerator: 6, denominator: 7 });
    const wrong = checkRatioParts(spm, 86, 6, 7);
    expect(wrong).toMatchObject({ problem: { code: 'RATIO_MISMATCH' } });
    expect(wrong && 'problem' in wrong ? wrong.problem.message : '').toMatch(/6 ÷ 7 × 100 = 85\.71/);
  });

  it('keeps a value given alone, with unknown parts', () => {
    expect(checkRatioParts(spm, 90, null, null)).toEqual({ value: 90, numerator: null, denominator: null });
    expect(checkRatioParts(spm, null, null, null)).toBeNull();
  });

  it('refuses one part alone, a zero denominator, a negative numerator, and parts of an indicator that is not a ratio', () => {
    expect(checkRatioParts(spm, null, 6, null)).toMatchObject({ problem: { code: 'RATIO_PART_MISSING' } });
    expect(checkRatioParts(spm, null, 0, 0)).toMatchObject({ problem: { code: 'BAD_RATIO_PART' } });
    expect(checkRatioParts(spm, null, -1, 5)).toMatchObject({ problem: { code: 'BAD_RATIO_PART' } });
    expect(checkRatioParts({ code: 'poor_population', ratioFactor: null, decimals: 2 }, 10, 1, 2)).toMatchObject({
      problem: { code: 'NOT_A_RATIO' },
    });
  });
});

describe('a ratio rolled up', () => {
  const child = (regionCode: string, numerator: number | null, denominator: number | null) => ({
    regionCode,
    value: numerator !== null && denominator !== null ? (numerator / denominator) * 100 : 50,
    weight: null,
    numerator,
    denominator,
  });

  it('is Σnumerator ÷ Σdenominator, not the mean of the percentages', () => {
    // A small kabupaten serving all 10 of its people and a city serving 40 of 100: 50/110 = 45.45%, not (100+40)/2 = 70%.
    const result = rollUp('RATIO_OF_SUMS', [child('75.01', 10, 10), child('75.71', 40, 100)], null, new Set(), 100);
    expect(result).toMatchObject({ value: 45.454545, numerator: 50, denominator: 110, childrenWithoutParts: [] });
  });

  it('says it cannot be computed, and which children lack their parts', () => {
    const result = rollUp('RATIO_OF_SUMS', [child('75.01', 10, 10), child('75.02', null, null)], null, new Set(), 100);
    expect(result.value).toBeNull();
    expect(result.childrenWithoutParts).toEqual(['75.02']);
    expect(result.reasonId).toMatch(/pembilang dan penyebut belum ada untuk 1 wilayah \(75\.02\)/);
    expect(result.reasonEn).toMatch(/percentages are never averaged/);
  });
});
