import { describe, expect, it } from 'vitest';
import { type CellContent, FirstSeenCells } from './first-seen.js';

/** A row's content when only the cell matters to a test. */
const C = { value: 1, numerator: null, denominator: null, note: null };

describe('FirstSeenCells', () => {
  it('answers where a cell was first seen, and nothing the first time', () => {
    const cells = new FirstSeenCells();
    expect(cells.check('poverty_rate_p0', '75.01', 2025, 0, { line: 2 }, C, null)).toBeUndefined();
    expect(cells.check('poverty_rate_p0', '75.01', 2025, 3, { line: 3 }, C, null)).toBeUndefined();
    expect(cells.check('poverty_rate_p0', '75.02', 2025, 0, { line: 4 }, C, null)).toBeUndefined();
    expect(cells.check('gini_ratio', '75.01', 2025, 0, { line: 5 }, C, null)).toBeUndefined();
    expect(cells.check('poverty_rate_p0', '75.01', 2025, 0, { line: 9 }, C, null)?.loc).toEqual({ line: 2 });
    expect(cells.check('poverty_rate_p0', '75.01', 2025, 3, { line: 10 }, C, null)?.loc).toEqual({ line: 3 });
  });

  it('keeps the column of a wide table cell', () => {
    const cells = new FirstSeenCells();
    cells.check('poverty_rate_p0', '75', 2024, 3, { line: 6, column: 'Maret 2024' }, C, null);
    expect(cells.check('poverty_rate_p0', '75', 2024, 3, { line: 8, column: 'Maret 2024' }, C, null)?.loc).toEqual({
      line: 6,
      column: 'Maret 2024',
    });
  });
});

describe('FirstSeenCells: a cell given twice with the same content', () => {
  const content = (value: number, extra: Partial<CellContent> = {}): CellContent => ({
    value,
    numerator: null,
    denominator: null,
    note: null,
    ...extra,
  });
  // Sources come by the file's number for them (SourceNumbers): 1 and 2 are two sources, null none.
  const IPM_2022 = 1;
  const IPM_2023 = 2;

  it('tells a repeat of the same value, parts, note and source from one that differs', () => {
    const cells = new FirstSeenCells();
    expect(cells.check('ipm', '94.01', 2022, 0, { line: 2 }, content(60.1), IPM_2022)).toBeUndefined();
    expect(cells.check('ipm', '94.02', 2022, 0, { line: 3 }, content(70.2, { note: 'angka sementara' }), null)).toBeUndefined();
    expect(
      cells.check('cov', '94.01', 2022, 0, { line: 4 }, content(25, { numerator: 10, denominator: 40 }), null),
    ).toBeUndefined();
    expect(cells.check('ipm', '94.01', 2022, 0, { line: 30 }, content(60.1), IPM_2022)).toEqual({ loc: { line: 2 }, same: true });
    // A note written as a fresh string, as a reader makes them.
    expect(cells.check('ipm', '94.02', 2022, 0, { line: 31 }, content(70.2, { note: `angka ${'sementara'}` }), null)).toEqual({
      loc: { line: 3 },
      same: true,
    });
    expect(cells.check('cov', '94.01', 2022, 0, { line: 32 }, content(25, { numerator: 10, denominator: 40 }), null)).toEqual({
      loc: { line: 4 },
      same: true,
    });
    // Any difference is a conflict: the value, a part, the note, the source.
    expect(cells.check('ipm', '94.01', 2022, 0, { line: 40 }, content(60.2), IPM_2022)?.same).toBe(false);
    expect(cells.check('ipm', '94.01', 2022, 0, { line: 41 }, content(60.1), IPM_2023)?.same).toBe(false);
    expect(cells.check('ipm', '94.01', 2022, 0, { line: 42 }, content(60.1), null)?.same).toBe(false);
    expect(cells.check('ipm', '94.01', 2022, 0, { line: 43 }, content(60.1, { note: 'x' }), IPM_2022)?.same).toBe(false);
    expect(cells.check('ipm', '94.02', 2022, 0, { line: 44 }, content(70.2), null)?.same).toBe(false);
    expect(cells.check('cov', '94.01', 2022, 0, { line: 45 }, content(25, { numerator: 20, denominator: 80 }), null)?.same).toBe(
      false,
    );
    expect(cells.check('cov', '94.01', 2022, 0, { line: 46 }, content(25), null)?.same).toBe(false);
    // The first line stays the one a cell is known by.
    expect(cells.lineOf('ipm', '94.01', 2022, 0)).toBe(2);
  });

  it('compares rows far apart, after many rows with other notes in between', () => {
    const cells = new FirstSeenCells();
    cells.check('ipm', '75', 2020, 0, { line: 2 }, content(1, { note: 'a' }), null);
    for (let i = 0; i < 5_000; i++)
      cells.check('ipm', `r${i}`, 2020, 0, { line: 3 + i }, content(i, { note: `n${i % 7}` }), null);
    expect(cells.check('ipm', '75', 2020, 0, { line: 9_000 }, content(1, { note: 'a' }), null)).toEqual({
      loc: { line: 2 },
      same: true,
    });
    expect(cells.check('ipm', 'r4999', 2020, 0, { line: 9_001 }, content(4999, { note: 'n2' }), null)?.same).toBe(false);
    expect(cells.check('ipm', 'r4999', 2020, 0, { line: 9_002 }, content(4999, { note: 'n1' }), null)?.same).toBe(true);
  });
});
