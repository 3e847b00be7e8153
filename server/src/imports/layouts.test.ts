import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readRegistry } from '../regions/registry.js';
import type { ObservationRecord } from './import.types.js';
import { parseImportFile } from './layouts.js';
import { RegionResolver } from './region-resolver.js';

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join('\n'));
const observations = (records: unknown[]) => records as ObservationRecord[];
/** One observation as a compact tuple: line, column, region text, level hint, period text, value. */
const brief = (r: ObservationRecord) => [
  r.loc.line,
  r.loc.column,
  r.region.text,
  r.region.levelHint,
  r.period.text,
  r.value.value,
];

describe('long layout', () => {
  it('reads a semicolon CSV with a BOM, title rows, decimal commas and ignored columns', async () => {
    const file = csv(
      '\ufeffData Kemiskinan Provinsi Gorontalo;;;;;',
      ';;;;;',
      'Wilayah;Indikator;Periode;Nilai;Satuan;Sumber',
      '75.01;P0;Maret 2024;15,15;persen;BPS',
      'Kab. Boalemo;P0;2024-03;-;persen;',
      'Gorontalo;GINI;Semester II 2024;0,41;;',
    );
    const parsed = await parseImportFile(file, 'kemiskinan.csv', {});
    expect(parsed.layout).toBe('long');
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toMatchObject([
      {
        kind: 'observation',
        loc: { line: 4 },
        region: { text: '75.01', system: 'any' },
        indicator: 'P0',
        period: { text: 'Maret 2024', year: 2024, month: 3, semester: null },
        value: { text: '15,15', value: 15.15 },
        source: 'BPS',
        sourceUrl: undefined,
        note: undefined,
      },
      {
        kind: 'observation',
        loc: { line: 5 },
        region: { text: 'Kab. Boalemo', system: 'any' },
        indicator: 'P0',
        period: { text: '2024-03', year: 2024, month: 3, semester: null },
        value: { text: '-', value: null },
        source: undefined,
        sourceUrl: undefined,
        note: undefined,
      },
      {
        kind: 'observation',
        loc: { line: 6 },
        region: { text: 'Gorontalo', system: 'any' },
        indicator: 'GINI',
        period: { text: 'Semester II 2024', year: 2024, month: null, semester: 2 },
        value: { text: '0,41', value: 0.41 },
        source: undefined,
        sourceUrl: undefined,
        note: undefined,
      },
    ]);
  });

  it('takes English headers in any case, and a code column over a name column', async () => {
    const parsed = await parseImportFile(
      csv(
        'Region Code,REGION_NAME,INDICATOR,Period,Value (%),Source URL,Note',
        '75.02,Boalemo,P0,2024,"1,234.5",https://bps.go.id,revisi',
        ',Pohuwato,P0,2024,7,,',
      ),
      'x.csv',
      {},
    );
    expect(parsed.issues).toEqual([]);
    expect(observations(parsed.records).map((r) => [r.region, r.value.value, r.sourceUrl, r.note])).toEqual([
      [{ text: '75.02', system: 'kemendagri' }, 1234.5, 'https://bps.go.id', 'revisi'],
      [{ text: 'Pohuwato', system: 'name' }, 7, undefined, undefined],
    ]);
  });

  it('reports every problem with its line and column, and keeps the rows that are fine', async () => {
    const parsed = await parseImportFile(
      csv('wilayah,indikator,periode,nilai', 'Boalemo,P0,03/2024,17.5', ',,2024,abc', 'Pohuwato,P0,2024,abc', 'Sumber: BPS'),
      'x.csv',
      {},
    );
    expect(parsed.issues).toEqual([
      {
        line: 2,
        column: 'periode',
        code: 'BAD_PERIOD',
        message: 'cannot read the period “03/2024” (periode): write 2025, 2025-03, Maret 2025 or Semester I 2025',
      },
      { line: 3, column: 'wilayah', code: 'MISSING_VALUE', message: '“wilayah” is empty: every row needs a region (wilayah)' },
      {
        line: 3,
        column: 'indikator',
        code: 'MISSING_VALUE',
        message: '“indikator” is empty: every row needs an indicator (indikator)',
      },
    ]);
    // An unreadable number is not decided here: the apply step reports it with the indicator's rules.
    expect(observations(parsed.records).map((r) => [r.loc.line, r.value])).toEqual([
      [4, { text: 'abc', value: null, invalid: true, column: 'nilai' }],
    ]);
  });

  it('keeps line numbers true after a quoted multi-line note', async () => {
    const parsed = await parseImportFile(
      csv(
        'wilayah,indikator,periode,nilai,catatan',
        'Boalemo,P0,2024,17.5,"angka sementara',
        '(revisi Juli)"',
        'Pohuwato,P0,20x4,1,',
      ),
      'x.csv',
      {},
    );
    expect(observations(parsed.records).map((r) => [r.loc.line, r.note])).toEqual([[2, 'angka sementara\n(revisi Juli)']]);
    expect(parsed.issues.map((i) => [i.line, i.column, i.code])).toEqual([[4, 'periode', 'BAD_PERIOD']]);
  });

  it('names the missing columns of a header it recognises', async () => {
    const parsed = await parseImportFile(csv('kab/kota,indikator,nilai', 'Boalemo,P0,1'), 'x.csv', {});
    expect(parsed).toEqual({
      layout: 'long',
      records: [],
      issues: [
        {
          line: 1,
          code: 'MISSING_COLUMN',
          message:
            'missing region column (kolom wilayah): one of kode_wilayah, kode_bps, wilayah, nama_wilayah ' +
            '(or region_code, bps_code, region, region_name)',
        },
        { line: 1, code: 'MISSING_COLUMN', message: 'missing column “periode” (or “period”) (kolom tidak ada)' },
      ],
    });
  });

  it('says what it expected when no row is a header', async () => {
    const parsed = await parseImportFile(csv('nama,angka', 'Boalemo,1'), 'x.csv', {});
    expect(parsed.records).toEqual([]);
    expect(parsed.issues).toEqual([
      {
        line: null,
        code: 'NO_HEADER',
        message:
          'no header row found (baris judul kolom tidak ditemukan): a long table needs the columns wilayah (or kode_wilayah, ' +
          'kode_bps, nama_wilayah), indikator, periode and nilai; a BPS table needs a first column headed Provinsi or ' +
          'Kabupaten/Kota followed by periods (2024, Maret 2024, …); a catalogue file needs kode_indikator or kode_program',
      },
    ]);
  });
});

describe('wide BPS tables', () => {
  it('reads a kabupaten/kota export: title rows, capitals province row, missing markers, INDONESIA, notes', async () => {
    const file = csv(
      'Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen);;;',
      ';;;',
      'Kabupaten/Kota;Persentase Penduduk Miskin (P0) Menurut Kabupaten/Kota (Persen);;',
      ';2022;2023;2024',
      'GORONTALO;15,51;15,15;13,87',
      'Boalemo;17,86;...;16,73',
      'Gorontalo;17,75;-;',
      'Kota Gorontalo;5,05;4,98;4,43',
      'INDONESIA;9,57;9,36;9,03',
      ';;;',
      'Sumber: Badan Pusat Statistik;;;',
      'Catatan: angka 2024 sementara;;;',
    );
    const parsed = await parseImportFile(file, 'bps.csv', { indicator: 'P0', source: 'BPS' });
    expect(parsed.layout).toBe('wide');
    expect(parsed.issues).toEqual([]);
    const records = observations(parsed.records);
    expect(records.map(brief)).toEqual([
      [5, '2022', 'GORONTALO', 'PROVINCE', '2022', 15.51],
      [5, '2023', 'GORONTALO', 'PROVINCE', '2023', 15.15],
      [5, '2024', 'GORONTALO', 'PROVINCE', '2024', 13.87],
      [6, '2022', 'Boalemo', 'REGENCY_CITY', '2022', 17.86],
      [6, '2023', 'Boalemo', 'REGENCY_CITY', '2023', null],
      [6, '2024', 'Boalemo', 'REGENCY_CITY', '2024', 16.73],
      [7, '2022', 'Gorontalo', 'REGENCY_CITY', '2022', 17.75],
      [7, '2023', 'Gorontalo', 'REGENCY_CITY', '2023', null],
      [8, '2022', 'Kota Gorontalo', 'REGENCY_CITY', '2022', 5.05],
      [8, '2023', 'Kota Gorontalo', 'REGENCY_CITY', '2023', 4.98],
      [8, '2024', 'Kota Gorontalo', 'REGENCY_CITY', '2024', 4.43],
      [9, '2022', 'INDONESIA', 'NATIONAL', '2022', 9.57],
      [9, '2023', 'INDONESIA', 'NATIONAL', '2023', 9.36],
      [9, '2024', 'INDONESIA', 'NATIONAL', '2024', 9.03],
    ]);
    expect(records[4]).toMatchObject({
      kind: 'observation',
      loc: { line: 6, column: '2023' },
      region: { text: 'Boalemo', system: 'any', levelHint: 'REGENCY_CITY' },
      indicator: 'P0',
      period: { text: '2023', year: 2023, month: null, semester: null },
      value: { text: '...', value: null },
      source: 'BPS',
    });
  });

  it('lets the resolver tell the province row from the kabupaten of the same name', async () => {
    const file = csv(
      'Provinsi/Kabupaten/Kota,2024',
      'GORONTALO,13.87',
      'Gorontalo,16.43',
      'Kota Gorontalo,4.43',
      'INDONESIA,9.03',
    );
    const parsed = await parseImportFile(file, 'bps.csv', { indicator: 'P0' });
    const resolver = new RegionResolver(readRegistry(['PROVINCE', 'REGENCY_CITY']));
    expect(observations(parsed.records).map((r) => resolver.resolve(r.region))).toEqual([
      { code: '75' },
      { code: '75.01' },
      { code: '75.71' },
      { code: 'ID' },
    ]);
  });

  it('combines a year row spanning semester columns into one period per column', async () => {
    const file = csv(
      'Persentase Penduduk Miskin Menurut Provinsi',
      'Provinsi;2023;;2024;',
      ';Semester 1 (Maret);Semester 2 (September);Semester 1 (Maret);Semester 2 (September)',
      'ACEH;14,45;-;14,23;12,64',
      'Gorontalo;15,15;…;14,57;13,24',
      'Sumber: BPS',
    );
    const parsed = await parseImportFile(file, 'bps.csv', { indicator: 'P0' });
    expect(parsed.issues).toEqual([]);
    const records = observations(parsed.records);
    expect(
      records.map((r) => [r.loc.line, r.loc.column, r.region.levelHint, r.period.year, r.period.month, r.value.value]),
    ).toEqual([
      [4, '2023 Semester 1 (Maret)', 'PROVINCE', 2023, 3, 14.45],
      [4, '2023 Semester 2 (September)', 'PROVINCE', 2023, 9, null],
      [4, '2024 Semester 1 (Maret)', 'PROVINCE', 2024, 3, 14.23],
      [4, '2024 Semester 2 (September)', 'PROVINCE', 2024, 9, 12.64],
      [5, '2023 Semester 1 (Maret)', 'PROVINCE', 2023, 3, 15.15],
      [5, '2023 Semester 2 (September)', 'PROVINCE', 2023, 9, null],
      [5, '2024 Semester 1 (Maret)', 'PROVINCE', 2024, 3, 14.57],
      [5, '2024 Semester 2 (September)', 'PROVINCE', 2024, 9, 13.24],
    ]);
  });

  it('reads the same two-row header from an XLSX with merged year cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tabel');
    sheet.getCell('A1').value = 'Tingkat Pengangguran Terbuka (TPT) Menurut Provinsi (Persen)';
    sheet.getRow(3).values = ['38 Provinsi', 2024, null, 2025];
    sheet.mergeCells('B3:C3');
    sheet.getRow(4).values = [null, 'Februari', 'Agustus', 'Februari'];
    sheet.getRow(5).values = ['GORONTALO', 3.05, 3.19, 2.86];
    sheet.getRow(6).values = ['Daerah Khusus Jakarta', 6.03, 6.21, '-'];
    sheet.getRow(8).values = ['Sumber: Survei Angkatan Kerja Nasional (Sakernas)'];
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const parsed = await parseImportFile(bytes, 'tpt.xlsx', { indicator: 'TPT' });
    expect(parsed.issues).toEqual([]);
    expect(observations(parsed.records).map(brief)).toEqual([
      [5, '2024 Februari', 'GORONTALO', 'PROVINCE', '2024 Februari', 3.05],
      [5, '2024 Agustus', 'GORONTALO', 'PROVINCE', '2024 Agustus', 3.19],
      [5, '2025 Februari', 'GORONTALO', 'PROVINCE', '2025 Februari', 2.86],
      [6, '2024 Februari', 'Daerah Khusus Jakarta', 'PROVINCE', '2024 Februari', 6.03],
      [6, '2024 Agustus', 'Daerah Khusus Jakarta', 'PROVINCE', '2024 Agustus', 6.21],
      [6, '2025 Februari', 'Daerah Khusus Jakarta', 'PROVINCE', '2025 Februari', null],
    ]);
    expect(observations(parsed.records)[2]!.period).toEqual({ text: '2025 Februari', year: 2025, month: 2, semester: null });
  });

  it('asks for the indicator a wide table holds, and names unreadable period columns', async () => {
    const parsed = await parseImportFile(csv('Provinsi,2023,2024,Keterangan', 'ACEH,14.45,14.23,revisi'), 'x.csv', {});
    expect(parsed).toEqual({
      layout: 'wide',
      records: [],
      issues: [
        {
          line: 1,
          column: 'Keterangan',
          code: 'BAD_PERIOD',
          message:
            'cannot read the period “Keterangan” (periode) in the header: write 2024, Maret 2024 or Semester 1 (Maret) 2024',
        },
        {
          line: 1,
          code: 'INDICATOR_REQUIRED',
          message:
            'a wide table has no indicator column (tabel tanpa kolom indikator): say which indicator it holds (pass --indicator)',
        },
      ],
    });
  });

  it('gives no level hint when case says nothing and the label names no level', async () => {
    const parsed = await parseImportFile(csv('Wilayah,2024', 'Gorontalo,1', 'Kota Gorontalo,2', ',3'), 'x.csv', {
      indicator: 'P0',
      decimalComma: true,
    });
    expect(observations(parsed.records).map((r) => r.region)).toEqual([
      { text: 'Gorontalo', system: 'any' },
      { text: 'Kota Gorontalo', system: 'any' },
    ]);
    expect(parsed.issues).toEqual([
      { line: 4, code: 'MISSING_VALUE', message: 'this row has values but no region (wilayah kosong)' },
    ]);
  });
});

describe('targets, programmes and documents', () => {
  it('reads targets with single values or ranges and a baseline', async () => {
    const parsed = await parseImportFile(
      csv(
        'dokumen;indikator;wilayah;tahun;nilai;batas_bawah;batas_atas;tahun_dasar;nilai_dasar;sumber',
        'RKP-2025;P0;Indonesia;2025;;7,0;8,0;2024;9,03;Perpres 109/2024',
        'RPJMD-7501;P0;Boalemo;25;15;;;;;',
      ),
      'x.csv',
      {},
    );
    expect(parsed.layout).toBe('targets');
    expect(parsed.records).toMatchObject([
      {
        kind: 'target',
        loc: { line: 2 },
        document: 'RKP-2025',
        indicator: 'P0',
        region: { text: 'Indonesia', system: 'any' },
        year: 2025,
        value: { text: '', value: null },
        lowerBound: { text: '7,0', value: 7 },
        upperBound: { text: '8,0', value: 8 },
        baselineYear: 2024,
        baselineValue: { text: '9,03', value: 9.03 },
        source: 'Perpres 109/2024',
        note: undefined,
      },
    ]);
    expect(parsed.issues).toEqual([
      { line: 3, column: 'tahun', code: 'BAD_YEAR', message: 'cannot read the year “25” (tahun): write four digits, 1900–2100' },
    ]);
  });

  it('needs a value or both bounds for targets', async () => {
    const parsed = await parseImportFile(csv('dokumen,indikator,wilayah,tahun,batas_bawah'), 'x.csv', {});
    expect(parsed.issues.map((i) => i.message)).toEqual([
      'missing column “nilai” (or “value”), or both “batas_bawah” (or “lower_bound”) and “batas_atas” (or “upper_bound”) (kolom tidak ada)',
    ]);
  });

  it('reads programme figures', async () => {
    const parsed = await parseImportFile(
      csv(
        'program,kode_bps,tahun,penerima,sasaran,pagu,realisasi',
        'PKH,7501,2024,"1.234","2.000","16.000.000.000","15.250.500.000"',
      ),
      'x.csv',
      { decimalComma: true },
    );
    expect(parsed.records).toMatchObject([
      {
        kind: 'programme',
        loc: { line: 2 },
        programme: 'PKH',
        region: { text: '7501', system: 'bps' },
        year: 2024,
        recipients: { text: '1.234', value: 1234 },
        eligible: { text: '2.000', value: 2000 },
        budgetAllocated: { text: '16.000.000.000', value: 16_000_000_000 },
        budgetSpent: { text: '15.250.500.000', value: 15_250_500_000 },
        source: undefined,
      },
    ]);
  });

  it('reads planning documents and checks their years', async () => {
    const parsed = await parseImportFile(
      csv(
        'kode,jenis,judul,wilayah,tahun_awal,tahun_akhir,dasar_hukum,url',
        'RPJMD-75,RPJMD,RPJMD Provinsi Gorontalo 2025–2029,75,2025,2029,Perda 1/2025,https://example.go.id',
        'RENSTRA-X,RENSTRA,Renstra Dinas Sosial,75,2029,2025,,',
      ),
      'x.csv',
      {},
    );
    expect(parsed.layout).toBe('documents');
    expect(parsed.records).toEqual([
      {
        kind: 'document',
        loc: { line: 2 },
        code: 'RPJMD-75',
        documentKind: 'RPJMD',
        title: 'RPJMD Provinsi Gorontalo 2025–2029',
        region: { text: '75', system: 'any' },
        startYear: 2025,
        endYear: 2029,
        legalBasis: 'Perda 1/2025',
        url: 'https://example.go.id',
      },
    ]);
    expect(parsed.issues).toEqual([
      { line: 3, column: 'tahun_awal', code: 'BAD_YEAR', message: 'the period ends (2025) before it starts (2029)' },
    ]);
  });
});
