import { describe, expect, it } from 'vitest';
import { computeComposite, type InputValue } from './compute.js';
import { type MethodologyDefinition, validateDefinition } from './methodology.js';

const input = (value: number): InputValue => ({ value, period: '2024', source: 'uji' });

// The shipped example's structure: three dimensions, the index is their total.
const THREE_DIMENSIONS: MethodologyDefinition = {
  normalisation: 'NONE',
  dimensions: ['basic_needs', 'social_role', 'economic_independence'].map((code) => ({
    code,
    nameId: code,
    nameEn: code,
    weight: 1,
    aggregation: 'WEIGHTED_SUM' as const,
    components: [{ indicatorCode: `iks_elderly_${code}`, weight: 1, min: null, max: null }],
  })),
};

describe('composite index computation', () => {
  it('totals three dimension values and shows the sum', () => {
    const inputs = new Map([
      ['iks_elderly_basic_needs', input(30.5)],
      ['iks_elderly_social_role', input(20.25)],
      ['iks_elderly_economic_independence', input(12)],
    ]);
    const result = computeComposite(THREE_DIMENSIONS, 'SUM', inputs);
    expect(result.value).toBe(62.75);
    expect(result.formula).toBe('30.5 + 20.25 + 12 = 62.75');
    expect(result.dimensions.map((d) => d.score)).toEqual([30.5, 20.25, 12]);
  });

  it('normalises by min–max bounds, inverts lower-is-better components, and weights components', () => {
    const def: MethodologyDefinition = {
      normalisation: 'MIN_MAX',
      dimensions: [
        {
          code: 'd1',
          nameId: 'd1',
          nameEn: 'd1',
          weight: 0.6,
          aggregation: 'WEIGHTED_SUM',
          components: [
            { indicatorCode: 'a', weight: 0.5, min: 0, max: 50 },
            { indicatorCode: 'b', weight: 0.5, min: 60, max: 80 },
          ],
        },
        // c is lower-is-better (say, a poverty rate): 2 on a 0–10 scale scores 80.
        {
          code: 'd2',
          nameId: 'd2',
          nameEn: 'd2',
          weight: 0.4,
          aggregation: 'WEIGHTED_SUM',
          components: [{ indicatorCode: 'c', weight: 1, min: 0, max: 10, invert: true }],
        },
      ],
    };
    const result = computeComposite(
      def,
      'WEIGHTED_SUM',
      new Map([
        ['a', input(25)],
        ['b', input(90)],
        ['c', input(2)],
      ]),
    );
    // a: 50, b: clipped to 80 → 100, dimension d1 = 0.5×50 + 0.5×100 = 75; d2 = 80; index = 0.6×75 + 0.4×80 = 77.
    expect(result.dimensions[0]?.components.map((c) => c.formula)).toEqual([
      '(25 − 0) / (50 − 0) × 100 = 50',
      '(80 − 60) / (80 − 60) × 100 = 100',
    ]);
    expect(result.dimensions[1]?.components[0]?.formula).toBe('(10 − 2) / (10 − 0) × 100 = 80');
    expect(result.dimensions.map((d) => d.score)).toEqual([75, 80]);
    expect(result).toMatchObject({ value: 77, formula: '0.6 × 75 + 0.4 × 80 = 77' });
  });

  it('gives no index, and names the missing inputs, when a value is missing', () => {
    const result = computeComposite(THREE_DIMENSIONS, 'SUM', new Map([['iks_elderly_basic_needs', input(30.5)]]));
    expect(result.value).toBeNull();
    expect(result.missing).toEqual(['iks_elderly_social_role', 'iks_elderly_economic_independence']);
  });
});

describe('methodology validation', () => {
  it('accepts the example structure and reports every problem of a broken definition', () => {
    const known = new Set(['iks_elderly_basic_needs', 'iks_elderly_social_role', 'iks_elderly_economic_independence', 'a']);
    expect(validateDefinition(THREE_DIMENSIONS, 'SUM', known)).toEqual([]);
    const broken: MethodologyDefinition = {
      normalisation: 'MIN_MAX',
      dimensions: [
        {
          code: 'd',
          nameId: 'd',
          nameEn: 'd',
          weight: 1,
          aggregation: 'WEIGHTED_SUM',
          components: [
            { indicatorCode: 'a', weight: 0.7, min: 10, max: 5 },
            { indicatorCode: 'zzz', weight: 0.2, min: null, max: 1 },
          ],
        },
      ],
    };
    expect(validateDefinition(broken, 'WEIGHTED_SUM', known)).toEqual([
      'Dimension “d”, component “a”: max (5) must be above min (10).',
      'Dimension “d”, component “zzz”: unknown indicator.',
      'Dimension “d”, component “zzz”: min–max normalisation needs both bounds.',
      'Dimension “d”: component weights must add up to 1 for a weighted sum (they add up to 0.9).',
    ]);
  });
});
