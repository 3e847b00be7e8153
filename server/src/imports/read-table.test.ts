import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, ImportFileError, readDelimited, readTable } from './read-table.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readTable: CSV', () => {
  it('keeps true line numbers while leaving blank lines out', async () => {
    const table = await readTable(utf8('a,b\n\n1,2\n , \n;\n3,4\n'), 'x.csv');
    expect(table.rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', '2'] },
      { line: 5, cells: [';'] },
      { line: 6, cells: ['3', '4'] },
    ]);
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const table = await readTable(utf8('\ufeffwilayah,nilai\r\nGorontalo,1\r\n'), 'x.csv');
    expect(table.rows[0]!.cells[0]).toBe('wilayah');
    expect(table.rows[1]).toEqual({ line: 2, cells: ['Gorontalo', '1'] });
  });

  it('finds the semicolon of Indonesian Excel exports despite decimal commas', async () => {
    const text =
      'Persentase Penduduk Miskin, 2024\nwilayah;indikator;periode;nilai\nGorontalo;P0;2024-03;15,15\nBoalemo;P0;2024-03;-\n';
    expect(detectDelimiter(text)).toBe(';');
    const table = await readTable(utf8(text), 'x.csv');
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Persentase Penduduk Miskin, 2024'],
      ['wilayah', 'indikator', 'periode', 'nilai'],
      ['Gorontalo', 'P0', '2024-03', '15,15'],
      ['Boalemo', 'P0', '2024-03', '-'],
    ]);
  });

  it('finds commas and tabs, counting only outside quotes', () => {
    expect(detectDelimiter('Judul tabel\nProvinsi,2023,2024\nACEH,"14,45","14,23"\nBALI,"4,25","4,00"\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
    expect(detectDelimiter('single column\nno delimiters\n')).toBe(',');
  });

  it('keeps the lines of later rows right after a quoted multi-line cell, also with CRLF', () => {
    for (const newline of ['\n', '\r\n']) {
      const text = ['wilayah,catatan,nilai', 'Boalemo,"angka', 'sementara; ""revisi""",1', '', 'Pohuwato,"a,b",2'].join(newline);
      const table = readDelimited(text);
      expect(table.rows).toEqual([
        { line: 1, cells: ['wilayah', 'catatan', 'nilai'] },
        { line: 2, cells: ['Boalemo', `angka${newline}sementara; "revisi"`, '1'] },
        { line: 5, cells: ['Pohuwato', 'a,b', '2'] },
      ]);
      // The cells are what csv-parse makes of the same text.
      expect(table.rows.map((r) => r.cells)).toEqual(parse(text, { relax_column_count: true, skip_empty_lines: true }));
    }
  });

  it('allows ragged rows and trailing delimiters', () => {
    expect(readDelimited('a;b;c\n1;2\n3;4;5;\n', ';').rows.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      ['1', '2'],
      ['3', '4', '5', ''],
    ]);
  });

  it('says where a quote is never closed', () => {
    expect(() => readDelimited('a,b\n1,2\n3,"open\n4,5\n')).toThrow('a quoted cell opened on line 3 is never closed');
  });

  it('reads Windows-1252 as Windows-1252, not Latin-1: quotes, dashes and the euro sign', async () => {
    const bytes = new Uint8Array([...utf8('a\n'), 0x93, ...utf8('Rp'), 0x94, 0x20, 0x96, 0x20, 0x80, 0x20, 0xe9, 0x0a]);
    expect((await readTable(bytes, 'x.csv')).rows[1]!.cells[0]).toBe('“Rp” – € é');
  });

  it('reads a file with valid UTF-8 and some invalid bytes as UTF-8, marking the rows that hold them', async () => {
    const bytes = new Uint8Array([...utf8('nama,nilai\nKabupaten Pohuwato — revisi,1\ncaf'), 0xe9, ...utf8(',2\n')]);
    expect((await readTable(bytes, 'x.csv')).rows).toEqual([
      { line: 1, cells: ['nama', 'nilai'] },
      { line: 2, cells: ['Kabupaten Pohuwato — revisi', '1'] },
      { line: 3, cells: ['caf\ufffd', '2'], suspect: true },
    ]);
  });

  it('reads Windows-1252 and UTF-16 files', async () => {
    const latin = new Uint8Array([...utf8('nama;nilai\nPerempuan rawan sosial '), 0xe9, ...utf8(';1\n')]);
    expect((await readTable(latin, 'x.csv')).rows[1]!.cells[0]).toBe('Perempuan rawan sosial é');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a\tb\n1\t2\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect((await readTable(utf16, 'x.txt')).rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });
});

describe('readTable: XLSX', () => {
  async function workbookBytes(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    fill(workbook);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('reads the first sheet with data, by spreadsheet row number, cells as text', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Kosong');
      const sheet = workbook.addWorksheet('Data');
      sheet.getCell('A1').value = 'Persentase Penduduk Miskin';
      sheet.mergeCells('A1:D1');
      sheet.getRow(3).values = ['wilayah', 'periode', 'nilai', 'catatan'];
      sheet.getRow(4).values = [
        { richText: [{ text: 'Kab. ' }, { text: 'Boalemo', font: { bold: true } }] },
        new Date(Date.UTC(2024, 2, 1)),
        8.470000000000001,
        '8.470',
      ];
      sheet.getRow(6).values = ['Pohuwato', 2024, { formula: 'C4*3', result: 25.409999999999997 }, true];
      sheet.getRow(7).values = ['Gorontalo', '2024', { formula: '1/0', result: { error: '#DIV/0!' } }, 1234567];
    });
    const table = await readTable(bytes, 'tabel.XLSX');
    expect(table.rows).toEqual([
      { line: 1, cells: ['Persentase Penduduk Miskin', '', '', ''] },
      { line: 3, cells: ['wilayah', 'periode', 'nilai', 'catatan'] },
      { line: 4, cells: ['Kab. Boalemo', '2024-03-01', '8.47', '8.470'] },
      { line: 6, cells: ['Pohuwato', '2024', '25.41', 'TRUE'] },
      { line: 7, cells: ['Gorontalo', '2024', '#DIV/0!', '1234567'] },
    ]);
  });

  it('says a broken workbook cannot be opened', async () => {
    await expect(readTable(utf8('not a zip'), 'x.xlsx')).rejects.toThrow(/cannot open “x\.xlsx” as an Excel workbook/);
  });
});

describe('readTable: other files', () => {
  it('asks for .xlsx or CSV instead of the old .xls format', async () => {
    const error = await readTable(new Uint8Array([0xd0, 0xcf]), 'Tabel 1.xls').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({
      code: 'UNSUPPORTED_FILE_TYPE',
      message:
        '“Tabel 1.xls” is in the old Excel format (.xls), which cannot be read: open it in Excel and save it as .xlsx or CSV',
    });
  });

  it('refuses other extensions by name', async () => {
    await expect(readTable(utf8(''), 'data.ods')).rejects.toThrow(
      'cannot read “data.ods”: upload a CSV (.csv) or Excel (.xlsx) file, not .ods',
    );
    await expect(readTable(utf8(''), 'data')).rejects.toThrow('cannot read “data”: upload a CSV (.csv) or Excel (.xlsx) file');
  });
});
