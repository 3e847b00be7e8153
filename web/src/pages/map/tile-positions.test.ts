import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES, TILE_COLUMNS, TILE_POSITIONS, TILE_ROWS } from './tile-positions';

describe('tile positions', () => {
  it('places every one of the 38 provinces exactly once', () => {
    const codes = TILE_POSITIONS.map((t) => t.code);
    expect(codes).toHaveLength(38);
    expect(new Set(codes).size).toBe(38);
    expect([...codes].sort()).toEqual([...PROVINCE_CODES].sort());
  });
  it('never puts two tiles on the same cell', () => {
    const cells = TILE_POSITIONS.map((t) => `${t.col},${t.row}`);
    expect(new Set(cells).size).toBe(cells.length);
  });
  it('runs from Sumatra in the west to Papua in the east', () => {
    const col = (code: string) => TILE_POSITIONS.find((t) => t.code === code)!.col;
    expect(col('11')).toBe(0);
    for (const papua of ['91', '92', '93', '94', '95', '96']) expect(col(papua)).toBeGreaterThan(col('81') - 1);
    expect(col('32')).toBeLessThan(col('35'));
    expect(TILE_COLUMNS).toBeLessThanOrEqual(16);
    expect(TILE_ROWS).toBeLessThanOrEqual(9);
  });
});
