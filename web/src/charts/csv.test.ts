import { describe, expect, it } from 'vitest';
import { fileSlug, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM and a header row, quotes where needed, leaves missing values empty', () => {
    const text = toCsv(
      ['Wilayah', 'Nilai'],
      [
        ['Kota Gorontalo', 5.31],
        ['Kabupaten "Boalemo", Gorontalo', null],
      ],
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Wilayah,Nilai',
      'Kota Gorontalo,5.31',
      '"Kabupaten ""Boalemo"", Gorontalo",',
      '',
    ]);
  });
  it('makes file names from titles', () => {
    expect(fileSlug('Persentase Penduduk Miskin (P0) menurut provinsi, Maret 2025')).toBe(
      'persentase-penduduk-miskin-p0-menurut-provinsi-maret-2025',
    );
  });
});
