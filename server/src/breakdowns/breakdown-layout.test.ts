import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../imports/layouts.js';

const bytes = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

describe('the breakdown layout', () => {
  it('is recognised by its kategori column and read one count a row, with its line', async () => {
    const parsed = await parseImportFile(
      bytes(
        'Kode Wilayah;Nama Wilayah;Indikator;Kategori;Periode;Nilai;Sumber',
        '75.01;Kabupaten Gorontalo;jumlah_pmks;Anak Balita Terlantar;2024;120;Rekap',
        '75.01;Kabupaten Gorontalo;jumlah_psks;PSKS03;2024;45;Rekap',
      ),
      'ppks.csv',
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.layout).toBe('breakdown');
    expect(parsed.records).toMatchObject([
      { kind: 'breakdown', loc: { line: 2 }, indicator: 'jumlah_pmks', category: 'Anak Balita Terlantar', value: { value: 120 } },
      { kind: 'breakdown', loc: { line: 3 }, indicator: 'jumlah_psks', category: 'PSKS03', value: { value: 45 } },
    ]);
  });

  it('names the missing columns, and an empty category with its line', async () => {
    const missing = await parseImportFile(
      bytes('kode_wilayah,indikator,kategori,periode', '75,jumlah_pmks,PPKS01,2024'),
      'a.csv',
    );
    expect(missing.issues).toMatchObject([{ line: 1, code: 'MISSING_COLUMN', message: expect.stringContaining('nilai') }]);
    const empty = await parseImportFile(
      bytes('kode_wilayah,indikator,kategori,periode,nilai', '75,jumlah_pmks,,2024,3'),
      'b.csv',
    );
    expect(empty.issues).toMatchObject([{ line: 2, column: 'kategori', code: 'MISSING_VALUE' }]);
  });

  it('leaves files without a kategori column to the other layouts', async () => {
    const parsed = await parseImportFile(bytes('kode_wilayah,indikator,periode,nilai', '75,poverty_rate_p0,2024,14.2'), 'c.csv');
    expect(parsed.layout).toBe('long');
  });
});
