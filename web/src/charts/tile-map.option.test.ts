import { describe, expect, it } from 'vitest';
import { classOf, quantileBreaks } from './tile-map.option';

describe('value classes for the tile map', () => {
  it('splits values into groups of about equal size', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8];
    const breaks = quantileBreaks(values, 4);
    expect(breaks).toEqual([2, 4, 6]);
    expect(values.map((v) => classOf(v, breaks))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});
