import { describe, expect, it } from 'vitest';
import { fitHeight } from './fit-height';

const bounds = { min: 360, max: 680, margin: 12 };

describe('fitHeight', () => {
  it('ends the chart at the window’s bottom edge on a 1280×720 projector', () => {
    // The trend chart starts about 330 px down the page at 1280 px wide.
    expect(fitHeight(720, 330, bounds)).toBe(378);
    expect(330 + fitHeight(720, 330, bounds)).toBeLessThanOrEqual(720);
  });
  it('grows with the screen up to its largest height', () => {
    expect(fitHeight(768, 330, bounds)).toBe(426);
    expect(fitHeight(1080, 330, bounds)).toBe(680);
  });
  it('stays readable on a very small window, which then scrolls', () => {
    expect(fitHeight(500, 330, bounds)).toBe(360);
  });
});
