import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatRupiah,
  formatSigned,
  formatTarget,
  formatValue,
  shortSource,
} from './format';

const percent = { unitId: 'persen', unitEn: 'percent', decimals: 2 };
const thousands = { unitId: 'ribu jiwa', unitEn: 'thousand persons', decimals: 2 };
const ratio = { unitId: 'rasio (0–1)', unitEn: 'ratio (0–1)', decimals: 3 };

describe('formatNumber', () => {
  it('writes numbers the Indonesian way', () => {
    expect(formatNumber(8.47, 2, 'id')).toBe('8,47');
    expect(formatNumber(1234.5, 1, 'id')).toBe('1.234,5');
    expect(formatNumber(23854.56, 2, 'id')).toBe('23.854,56');
    expect(formatNumber(5, 2, 'id')).toBe('5,00');
  });
  it('writes numbers the English way', () => {
    expect(formatNumber(8.47, 2, 'en')).toBe('8.47');
    expect(formatNumber(1234.5, 1, 'en')).toBe('1,234.5');
  });
  it('uses a true minus sign and shows missing values as a dash, never zero', () => {
    expect(formatNumber(-0.43, 2, 'id')).toBe('−0,43');
    expect(formatNumber(null, 2, 'id')).toBe('–');
    expect(formatNumber(Number.NaN, 2, 'id')).toBe('–');
  });
  it('signs changes', () => {
    expect(formatSigned(0.43, 2, 'id')).toBe('+0,43');
    expect(formatSigned(-1.64, 2, 'id')).toBe('−1,64');
  });
});

describe('formatPercent and formatValue', () => {
  it('puts the percent sign after the number', () => {
    expect(formatPercent(8.47, 2, 'id')).toBe('8,47%');
    expect(formatValue(16.37, percent, 'id')).toBe('16,37%');
    expect(formatValue(16.37, percent, 'en')).toBe('16.37%');
  });
  it('keeps count units and drops index and ratio units', () => {
    expect(formatValue(29.4, thousands, 'id')).toBe('29,40 ribu jiwa');
    expect(formatValue(0.381, ratio, 'id')).toBe('0,381');
  });
  it('says a value is missing instead of showing zero', () => {
    expect(formatValue(null, percent, 'id')).toBe('belum ada data');
    expect(formatValue(undefined, percent, 'en')).toBe('no data');
  });
  it('writes changes in points for percentages', () => {
    expect(formatChange(-0.62, percent, 'id')).toBe('−0,62 poin persen');
    expect(formatChange(0.001, ratio, 'en')).toBe('+0.001 points');
  });
  it('writes target ranges', () => {
    expect(formatTarget({ value: null, lowerBound: 7, upperBound: 8 }, percent, 'id')).toBe('7,00–8,00%');
    expect(formatTarget({ value: 4.5, lowerBound: null, upperBound: null }, percent, 'id')).toBe('4,50%');
  });
});

describe('formatRupiah', () => {
  it('scales to juta, miliar, triliun', () => {
    expect(formatRupiah(32e9, 'id')).toBe('Rp 32 miliar');
    expect(formatRupiah(16e9, 'id')).toBe('Rp 16 miliar');
    expect(formatRupiah(1.5e12, 'id')).toBe('Rp 1,5 triliun');
    expect(formatRupiah(1.5e12, 'en')).toBe('Rp 1.5 trillion');
    expect(formatRupiah(250e6, 'id')).toBe('Rp 250 juta');
    expect(formatRupiah(75000, 'id')).toBe('Rp 75.000');
  });
});

describe('formatPeriod', () => {
  it('names the month of a round', () => {
    expect(formatPeriod('2025-03', 'id')).toBe('Maret 2025');
    expect(formatPeriod('2024-09', 'id')).toBe('September 2024');
    expect(formatPeriod('2025-02', 'id')).toBe('Februari 2025');
    expect(formatPeriod('2025-03', 'en')).toBe('March 2025');
  });
  it('keeps annual periods as the year', () => {
    expect(formatPeriod('2025', 'id')).toBe('2025');
    expect(formatPeriod(null, 'id')).toBe('–');
  });
});

describe('formatDate and shortSource', () => {
  it('writes the "data per" date in Jakarta time', () => {
    expect(formatDate('2026-11-23T13:40:35Z', 'id')).toBe('23 November 2026');
    expect(formatDate('2026-03-31T20:00:00Z', 'id')).toBe('1 April 2026');
    expect(formatDateTime('2026-12-05T02:40:00Z', 'id')).toBe('5 Des 2026, 09.40');
    expect(formatDateTime('2026-12-05T02:40:00Z', 'en')).toBe('5 Dec 2026, 09:40');
    expect(formatDateTime(null, 'id')).toBe('–');
  });
  it('drops addresses and variable numbers from BPS table titles', () => {
    expect(
      shortSource(
        'BPS table "Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota" (var 621) https://www.bps.go.id/id/statistics-table/2/NjIxIzI=/x.html',
      ),
    ).toBe('Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota');
    expect(shortSource('BPS table "Gini Ratio Menurut Provinsi dan Daerah" via BPS Web API')).toBe(
      'Gini Ratio Menurut Provinsi dan Daerah via BPS Web API',
    );
  });
});
