import { describe, expect, it } from 'vitest';
import { FirstSeenCells } from './first-seen.js';

describe('FirstSeenCells', () => {
  it('answers where a cell was first seen, and nothing the first time', () => {
    const cells = new FirstSeenCells();
    expect(cells.check('poverty_rate_p0', '75.01', 2025, 0, { line: 2 })).toBeUndefined();
    expect(cells.check('poverty_rate_p0', '75.01', 2025, 3, { line: 3 })).toBeUndefined();
    expect(cells.check('poverty_rate_p0', '75.02', 2025, 0, { line: 4 })).toBeUndefined();
    expect(cells.check('gini_ratio', '75.01', 2025, 0, { line: 5 })).toBeUndefined();
    expect(cells.check('poverty_rate_p0', '75.01', 2025, 0, { line: 9 })).toEqual({ line: 2 });
    expect(cells.check('poverty_rate_p0', '75.01', 2025, 3, { line: 10 })).toEqual({ line: 3 });
  });

  it('keeps the column of a wide table cell', () => {
    const cells = new FirstSeenCells();
    cells.check('poverty_rate_p0', '75', 2024, 3, { line: 6, column: 'Maret 2024' });
    expect(cells.check('poverty_rate_p0', '75', 2024, 3, { line: 8, column: 'Maret 2024' })).toEqual({
      line: 6,
      column: 'Maret 2024',
    });
  });
});
