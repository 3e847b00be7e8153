import { describe, expect, it } from 'vitest';
import { csvStyleFrom, plainNumber, renderCsv } from './csv-format.js';

describe('CSV cells', () => {
  it('writes numbers as plain digits, never in exponent notation', () => {
    expect(plainNumber(16.37)).toBe('16.37');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-1.2e-6)).toBe('-0.0000012');
    expect(plainNumber(2.5e21)).toBe('2500000000000000000000');
    expect(renderCsv(['nilai'], [[1.2e-7]], csvStyleFrom({ decimal: 'koma' }))).toBe('\uFEFFnilai\r\n0,00000012\r\n');
  });
});
