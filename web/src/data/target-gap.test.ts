import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/useI18n';
import { describeGap, formatDistance, targetGap } from './target-gap';

const P0 = { unitId: 'persen', unitEn: 'percent', decimals: 2 };
const RPJMN_P0 = { value: 4.5, lowerBound: null, upperBound: null };
const RKP_2025_P0 = { value: null, lowerBound: 7, upperBound: 8 };

describe('distance to target', () => {
  it('puts Boalemo far above the RPJMN poverty target and Kota Gorontalo just above it', () => {
    // P0 2025: Kabupaten Boalemo 16,37%, Kota Gorontalo 5,31%; target 4,50% in 2029.
    expect(targetGap(16.37, RPJMN_P0, 'LOWER_IS_BETTER', 2)).toEqual({ distance: 11.87, side: 'above', shortfall: 11.87 });
    expect(targetGap(5.31, RPJMN_P0, 'LOWER_IS_BETTER', 2)).toEqual({ distance: 0.81, side: 'above', shortfall: 0.81 });
  });
  it('measures a range from its edge on the way there, and counts a value inside it as met', () => {
    expect(targetGap(8.47, RKP_2025_P0, 'LOWER_IS_BETTER', 2)).toMatchObject({ distance: 0.47, side: 'above', shortfall: 0.47 });
    expect(targetGap(7.5, RKP_2025_P0, 'LOWER_IS_BETTER', 2)).toMatchObject({ distance: 0, side: 'within', shortfall: -0.5 });
    expect(targetGap(6.5, RKP_2025_P0, 'LOWER_IS_BETTER', 2)).toMatchObject({ distance: 0.5, side: 'below', shortfall: -1.5 });
  });
  it('turns the shortfall round when higher is better', () => {
    const ipm = { value: 75, lowerBound: null, upperBound: null };
    expect(targetGap(72.62, ipm, 'HIGHER_IS_BETTER', 2)).toEqual({ distance: 2.38, side: 'below', shortfall: 2.38 });
    expect(targetGap(76, ipm, 'HIGHER_IS_BETTER', 2)).toMatchObject({ side: 'above', shortfall: -1 });
    expect(targetGap(1, { value: null, lowerBound: 0, upperBound: null }, 'LOWER_IS_BETTER', 2)).toBeNull();
  });
  it('says it in words, with what it asks for', () => {
    const t = translator('id');
    const gap = targetGap(16.37, RPJMN_P0, 'LOWER_IS_BETTER', 2)!;
    expect(describeGap(gap, P0, 'LOWER_IS_BETTER', 'id', t)).toEqual({ text: '11,87 poin di atas target', need: 'perlu turun' });
    const within = targetGap(7.5, RKP_2025_P0, 'LOWER_IS_BETTER', 2)!;
    expect(describeGap(within, P0, 'LOWER_IS_BETTER', 'en', translator('en'))).toEqual({
      text: 'within the target range',
      need: 'target met',
    });
    expect(formatDistance(12.3, { unitId: 'ribu jiwa', unitEn: 'thousand persons', decimals: 2 }, 'id')).toBe('12,30 ribu jiwa');
  });
});
