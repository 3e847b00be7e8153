import { describe, expect, it } from 'vitest';
import { luminance, STATUS_STYLE, textOn } from './palette';

const contrast = (a: string, b: string) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
};

describe('palette', () => {
  it('gives every status a symbol, so colour is never the only cue', () => {
    const icons = Object.values(STATUS_STYLE).map((s) => s.icon);
    expect(new Set(icons).size).toBe(icons.length);
  });
  it('chooses text with at least 4.5:1 contrast on every status colour', () => {
    for (const { colour } of Object.values(STATUS_STYLE)) {
      expect(contrast(colour, textOn(colour))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
