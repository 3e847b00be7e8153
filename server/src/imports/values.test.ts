import { describe, expect, it } from 'vitest';
import { decimalShape, formatPeriod, parseNumber, parsePeriod, parseYear, roundDecimal } from './values.js';

const value = (text: string, decimalComma?: boolean) => parseNumber(text, { decimalComma }).value;

describe('parseNumber', () => {
  it('reads the missing markers BPS uses as null, not as errors', () => {
    for (const text of ['-', '–', '—', '...', '…', '', '  ', 'NA', 'na', 'n/a', 'N/A', 'x', 'X']) {
      expect(parseNumber(text)).toEqual({ text, value: null });
    }
  });

  it('counts the significant digits and decimal places a number was written with, however it was written', () => {
    const shape = (text: string, decimalComma?: boolean) => {
      const cell = parseNumber(text, { decimalComma });
      return [cell.value, cell.significant, cell.decimals];
    };
    expect(shape('15.150')).toEqual([15.15, 4, 2]);
    expect(shape('1.234.567,125', true)).toEqual([1234567.125, 10, 3]);
    expect(shape('0,000100')).toEqual([0.0001, 1, 4]);
    expect(shape('1e20')).toEqual([1e20, 1, 0]);
    expect(shape('1e-400')).toEqual([0, 1, 400]);
    expect(shape('1e309')).toEqual([Number.POSITIVE_INFINITY, 1, 0]);
    expect(shape('9'.repeat(400))).toEqual([Number.POSITIVE_INFINITY, 400, 0]);
    expect(shape('0.123456789012')).toEqual([0.123456789012, 12, 12]);
    expect(shape('-8,47%')).toEqual([-8.47, 3, 2]);
    expect(decimalShape('0')).toEqual({ significant: 0, decimals: 0 });
  });

  it('rounds as PostgreSQL rounds into numeric(p, s), half away from zero, without exponents', () => {
    expect(roundDecimal('0.123456789012', 6)).toBe('0.123457');
    expect(roundDecimal('5e-7', 6)).toBe('0.000001');
    expect(roundDecimal('-4.9e-7', 6)).toBe('0');
    expect(roundDecimal('1e-400', 6)).toBe('0');
    expect(roundDecimal('999999.9999995', 6)).toBe('1000000');
    expect(roundDecimal('1.5e+21', 2)).toBe('1500000000000000000000');
    expect(roundDecimal('16.37', 6)).toBe('16.37');
  });

  it('reads dot and comma decimals', () => {
    expect(parseNumber('8.47')).toEqual({ text: '8.47', value: 8.47, significant: 3, decimals: 2 });
    expect(parseNumber('8,47')).toEqual({ text: '8,47', value: 8.47, significant: 3, decimals: 2 });
    expect(value('0,125')).toBe(0.125);
    expect(value('1234,567')).toBe(1234.567);
    expect(value('-3,5')).toBe(-3.5);
    expect(value('12')).toBe(12);
    expect(value('-0')).toBe(0);
    expect(Object.is(value('-0,0'), 0)).toBe(true);
  });

  it('takes the last separator as the decimal when both occur', () => {
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('12.345.678,91')).toBe(12345678.91);
    expect(value('1,234,567.25')).toBe(1234567.25);
  });

  it('reads thousands grouping by dots, commas, spaces and non-breaking spaces', () => {
    expect(value('1.234.567')).toBe(1234567);
    expect(value('1,234,567')).toBe(1234567);
    expect(value('1,234')).toBe(1234);
    expect(value('1 234 567')).toBe(1234567);
    expect(value('1\u00a0234,5')).toBe(1234.5);
    expect(value('23\u202f850')).toBe(23850);
  });

  it('reads a lone three-digit group after a comma as decimals when the file uses decimal commas', () => {
    expect(value('1,234', true)).toBe(1.234);
    expect(value('1.234', true)).toBe(1234);
    expect(value('8,47', true)).toBe(8.47);
    expect(value('1.234,5', true)).toBe(1234.5);
    expect(value('8.47', true)).toBe(8.47);
    expect(parseNumber('1,234,567', { decimalComma: true }).invalid).toBe(true);
  });

  it('accepts a leading minus, a trailing percent sign and spreadsheet exponents', () => {
    expect(value('8,47%')).toBe(8.47);
    expect(value('8.47 %')).toBe(8.47);
    expect(value('-1.5')).toBe(-1.5);
    expect(value('\u22122,5')).toBe(-2.5);
    expect(value(' 15,15 ')).toBe(15.15);
    expect(value('1e-7')).toBe(1e-7);
  });

  it('marks anything else invalid, keeping the text for the message', () => {
    for (const text of ['abc', '8,4,7', '1.23.4', '1 23', 'Rp 32 miliar', '12a', '--5', '1..2', '.5', '5-']) {
      expect(parseNumber(text)).toEqual({ text, value: null, invalid: true });
    }
  });
});

describe('parsePeriod', () => {
  const period = (text: string) => {
    const p = parsePeriod(text);
    return p && [p.year, p.month, p.semester];
  };

  it('reads years and year-first numeric months', () => {
    expect(parsePeriod('2025')).toEqual({ text: '2025', year: 2025, month: null, semester: null });
    expect(period('2025-03')).toEqual([2025, 3, null]);
    expect(period('2025-3')).toEqual([2025, 3, null]);
    expect(period('2025/03')).toEqual([2025, 3, null]);
    expect(period('2025-03-01')).toEqual([2025, 3, null]);
  });

  it('reads Indonesian and English month names and abbreviations', () => {
    expect(period('Maret 2025')).toEqual([2025, 3, null]);
    expect(period('Mar 2025')).toEqual([2025, 3, null]);
    expect(period('March 2025')).toEqual([2025, 3, null]);
    expect(period('September 2024')).toEqual([2024, 9, null]);
    expect(period('Agustus 2025')).toEqual([2025, 8, null]);
    expect(period('Agt 2025')).toEqual([2025, 8, null]);
    expect(period('Februari 2024')).toEqual([2024, 2, null]);
    expect(period('MEI 2023')).toEqual([2023, 5, null]);
    expect(period('Des. 2022')).toEqual([2022, 12, null]);
  });

  it('reads semesters, and the month when the BPS column names both', () => {
    expect(period('Semester I 2025')).toEqual([2025, null, 1]);
    expect(period('Semester 1 2025')).toEqual([2025, null, 1]);
    expect(period('Semester II 2025')).toEqual([2025, null, 2]);
    expect(period('Sem 2 2024')).toEqual([2024, null, 2]);
    expect(period('Semester 1 (Maret) 2024')).toEqual([2024, 3, null]);
    expect(period('2024 Semester 2 (September)')).toEqual([2024, 9, null]);
  });

  it('refuses ambiguous, contradictory and out-of-range text', () => {
    for (const text of [
      '03/2025',
      '3-2025',
      '2025-13',
      '1899',
      '2101',
      'Maret',
      'Semester 3 2024',
      'Semester 1 (September) 2024',
    ]) {
      expect(parsePeriod(text)).toBeNull();
    }
    for (const text of ['Maret April 2024', '2024 2025', 'Triwulan I 2024', 'abc', '']) expect(parsePeriod(text)).toBeNull();
  });
});

describe('parseYear and formatPeriod', () => {
  it('reads four-digit years from 1900 to 2100', () => {
    expect([parseYear('2025'), parseYear(' 1900 '), parseYear('2100')]).toEqual([2025, 1900, 2100]);
    expect([parseYear('25'), parseYear('2025.0'), parseYear('2101'), parseYear('')]).toEqual([null, null, null, null]);
  });

  it('writes the canonical period key', () => {
    expect([formatPeriod(2025, null), formatPeriod(2025, 3), formatPeriod(2024, 12), formatPeriod(2024)]).toEqual([
      '2025',
      '2025-03',
      '2024-12',
      '2024',
    ]);
  });
});
