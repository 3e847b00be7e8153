import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountViewer, systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import { sheetXml, textCell, workbookFile } from '../imports/test-workbooks.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';

// Catalogue files through the import pipeline: made-up codes only (TEST_…), never real programmes.

const ADMIN = systemViewer('admin-katalog');
const EDITOR = accountViewer('editor-gorontalo', [{ role: 'EDITOR', regionCode: '75' }], 11);
const GORONTALO_ADMIN = accountViewer('admin-gorontalo', [{ role: 'ADMINISTRATOR', regionCode: '75' }], 12);

const INDICATOR_HEADER =
  'kode_indikator,nama,nama_en,definisi,definisi_en,satuan,satuan_en,desimal,arah,periodisitas,tingkat,agregasi,topik,sumber';
const NEW_INDICATOR = [
  INDICATOR_HEADER,
  'test_ppks_count,Jumlah PPKS (uji),PPKS count (test),Definisi uji.,Test definition.,jiwa,persons,0,turun_lebih_baik,tahunan,provinsi;kabupaten/kota,jumlah,kesejahteraan_sosial,Sumber uji',
].join('\n');

const csv = (text: string) => Buffer.from(text);
const load = (db: Database, text: string, fileName: string, viewer = ADMIN, extra: { dryRun?: boolean; reason?: string } = {}) =>
  importFile(db, { bytes: csv(text), fileName, viewer, ...extra });

describeEachDatabase('catalogue files', (use) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(use());
  });
  afterAll(() => api.stop());

  const count = async (sql: string, params: unknown[] = []) =>
    ((await use().sql.query<{ n: number }>(sql, params))[0]?.n ?? 0) as number;

  it('adds an indicator from a catalogue file, then imports and serves values for it', async () => {
    const report = await load(use(), NEW_INDICATOR, 'katalog-indikator.csv');
    expect(report).toMatchObject({ status: 'APPLIED', layout: 'indicator_catalogue', errors: [] });
    expect(report.counts).toMatchObject({ records: 1, inserted: 1, updated: 0, unchanged: 0 });
    const values = await load(
      use(),
      'kode_wilayah,indikator,periode,nilai\n75,test_ppks_count,2025,1234\n75.01,test_ppks_count,2025,321',
      'ppks.csv',
    );
    expect(values).toMatchObject({ status: 'APPLIED', errors: [] });
    const data = await api.query<{
      indicator: { nameId: string; levels: string[]; direction: string; coverage: { observations: number } };
      observations: { edges: { node: { regionCode: string; value: number } }[] };
    }>(`{ indicator(code: "test_ppks_count") { nameId levels direction coverage { observations } }
          observations(filter: { indicatorCodes: ["test_ppks_count"] }) { edges { node { regionCode value } } } }`);
    expect(data.indicator).toMatchObject({
      nameId: 'Jumlah PPKS (uji)',
      levels: ['PROVINCE', 'REGENCY_CITY'],
      direction: 'LOWER_IS_BETTER',
      coverage: { observations: 2 },
    });
    expect(data.observations.edges.map((e) => [e.node.regionCode, e.node.value]).sort()).toEqual([
      ['75', 1234],
      ['75.01', 321],
    ]);
  });

  it('reports every bad cell with its line, column and a sentence, and writes nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM indicator');
    const versions = await count('SELECT count(*)::int AS n FROM catalogue_version');
    const file = [
      `${INDICATOR_HEADER},indikator_bobot,nilai_min,nilai_maks,bulan_putaran`,
      // 2: unknown direction word
      'test_a,A,A,d,d,persen,percent,2,naik,tahunan,provinsi,tidak_dapat_diagregasi,t,s,,,,',
      // 3: decimals out of range, min above max
      'test_b,B,B,d,d,persen,percent,9,netral,tahunan,provinsi,tidak_dapat_diagregasi,t,s,,50,10,',
      // 4: a weight indicator that does not exist
      'test_c,C,C,d,d,persen,percent,2,netral,tahunan,provinsi,rata_rata_tertimbang,t,s,tidak_ada,,,',
      // 5: semiannual with one month, and an unknown level
      'test_d,D,D,d,d,persen,percent,2,netral,semesteran,provinsi;dusun,tidak_dapat_diagregasi,t,s,,,,3',
      // 6: a new indicator without a unit
      'test_e,E,E,d,d,,percent,2,netral,tahunan,provinsi,tidak_dapat_diagregasi,t,s,,,,',
      // 7: not a number
      'test_f,F,F,d,d,persen,percent,dua,netral,tahunan,provinsi,tidak_dapat_diagregasi,t,s,,,,',
      // 8: semiannual with two rounds: fine on its own
      'test_g,G,G,d,d,persen,percent,2,netral,semesteran,provinsi,tidak_dapat_diagregasi,t,s,,,,Maret;September',
    ].join('\n');
    const report = await load(use(), file, 'katalog-salah.csv');
    expect(report.status).toBe('REJECTED');
    const found = report.errors.map((e) => [e.line, e.column, e.code]);
    expect(found).toEqual([
      [2, 'arah', 'UNKNOWN_VALUE'],
      [3, 'desimal', 'OUT_OF_RANGE'],
      [3, 'nilai_min', 'INVERTED_RANGE'],
      [4, 'indikator_bobot', 'UNKNOWN_INDICATOR'],
      [5, 'tingkat', 'UNKNOWN_VALUE'],
      [6, 'satuan', 'MISSING_VALUE'],
      [7, 'desimal', 'NOT_A_NUMBER'],
    ]);
    const message = (line: number, code: string) => report.errors.find((e) => e.line === line && e.code === code)!.message;
    expect(message(2, 'UNKNOWN_VALUE')).toContain('turun_lebih_baik (LOWER_IS_BETTER)');
    expect(message(2, 'UNKNOWN_VALUE')).toContain('naik_lebih_baik (HIGHER_IS_BETTER)');
    expect(message(3, 'OUT_OF_RANGE')).toBe('“desimal” must be a whole number from 0 to 6 (got 9).');
    expect(message(3, 'INVERTED_RANGE')).toContain('(50) is above “nilai_maks” (10)');
    expect(message(4, 'UNKNOWN_INDICATOR')).toContain('tidak_ada, which is not in the catalogue nor in this file');
    expect(await count('SELECT count(*)::int AS n FROM indicator')).toBe(before);
    expect(await count('SELECT count(*)::int AS n FROM catalogue_version')).toBe(versions);
    // Line 5's months, once its level is fixed.
    const months = await load(
      use(),
      file.split('\n').slice(0, 1).concat(file.split('\n')[4]!.replace('dusun', 'nasional')).join('\n'),
      'x.csv',
    );
    expect(months.errors.map((e) => [e.line, e.column, e.code])).toEqual([[2, 'bulan_putaran', 'BAD_MONTHS']]);
  });

  it('reads an XLSX catalogue, English headers included', async () => {
    const cells = (line: number, texts: string[]) => `<row r="${line}">${texts.map((t) => textCell(t)).join('')}</row>`;
    const bytes = workbookFile({
      sheet: sheetXml(
        cells(1, ['indicator_code', 'name_en', 'unit_en']) +
          cells(2, ['test_ppks_count', 'PPKS count (test, revised)', 'persons']),
      ),
    });
    const report = await importFile(use(), { bytes, fileName: 'katalog.xlsx', viewer: ADMIN, reason: 'Nama Inggris diperbaiki' });
    expect(report).toMatchObject({ status: 'APPLIED', layout: 'indicator_catalogue', errors: [] });
    expect(report.counts).toMatchObject({ inserted: 0, updated: 1 });
  });

  it('keeps a field the file has no column for, versions the change with old and new definitions, and audits it', async () => {
    const report = await load(use(), 'kode_indikator,nama_en\ntest_ppks_count,"PPKS count (test, v3)"', 'nama.csv', ADMIN, {
      reason: 'Ejaan',
    });
    expect(report).toMatchObject({ status: 'APPLIED', errors: [] });
    const history = await api.query<{
      indicatorHistory: {
        version: number;
        origin: string;
        changedBy: string;
        reason: string | null;
        fileName: string | null;
        importBatchId: number | null;
        changes: { field: string; oldValue: string | null; newValue: string | null }[];
        definition: { nameEn: string; nameId: string; unitId: string; definitionId: string };
        previous: { nameEn: string } | null;
      }[];
    }>(`{ indicatorHistory(code: "test_ppks_count") { version origin changedBy reason fileName importBatchId
          changes { field oldValue newValue } definition { nameEn nameId unitId definitionId } previous { nameEn } } }`);
    const [latest, second, first] = history.indicatorHistory;
    expect(history.indicatorHistory.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(latest).toMatchObject({
      origin: 'IMPORT',
      changedBy: 'admin-katalog',
      reason: 'Ejaan',
      fileName: 'nama.csv',
      importBatchId: report.importBatchId,
      changes: [{ field: 'nameEn', oldValue: 'PPKS count (test, revised)', newValue: 'PPKS count (test, v3)' }],
      definition: { nameEn: 'PPKS count (test, v3)', nameId: 'Jumlah PPKS (uji)', unitId: 'jiwa', definitionId: 'Definisi uji.' },
      previous: { nameEn: 'PPKS count (test, revised)' },
    });
    expect(second!.changes.map((c) => c.field)).toEqual(['nameEn']);
    expect(first).toMatchObject({ origin: 'IMPORT', fileName: 'katalog-indikator.csv', previous: null });
    const audit = await use().sql.query<{ field: string; old_value: string; new_value: string; changed_by: string }>(
      `SELECT field, old_value, new_value, changed_by FROM audit_entry
       WHERE entity = 'indicator' AND entity_key = 'test_ppks_count' AND import_batch_id = $1`,
      [report.importBatchId],
    );
    expect(audit).toEqual([
      {
        field: 'name_en',
        old_value: 'PPKS count (test, revised)',
        new_value: 'PPKS count (test, v3)',
        changed_by: 'admin-katalog',
      },
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const versions = await count('SELECT count(*)::int AS n FROM catalogue_version');
    const batches = await count('SELECT count(*)::int AS n FROM import_batch');
    const again = await load(use(), 'kode_indikator,nama_en\ntest_ppks_count,"PPKS count (test, v3)"', 'nama.csv');
    expect(again).toMatchObject({ status: 'APPLIED', importBatchId: null, errors: [] });
    expect(again.counts).toMatchObject({ records: 1, inserted: 0, updated: 0, unchanged: 1 });
    expect(again.notices.map((n) => n.code)).toEqual(['NOTHING_TO_WRITE']);
    expect(again.previousImports).toHaveLength(1);
    expect(await count('SELECT count(*)::int AS n FROM catalogue_version')).toBe(versions);
    expect(await count('SELECT count(*)::int AS n FROM import_batch')).toBe(batches);
  });

  it('refuses a unit, direction or aggregation change once values exist, and reports a change of decimals', async () => {
    const report = await load(
      use(),
      'kode_indikator,satuan,arah,desimal\ntest_ppks_count,ribu jiwa,naik_lebih_baik,1',
      'satuan.csv',
    );
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'satuan', 'CHANGE_WITH_FIGURES'],
      [2, 'arah', 'CHANGE_WITH_FIGURES'],
    ]);
    expect(report.errors[0]!.message).toContain('which were given with “satuan” jiwa: it cannot become ribu jiwa');
    const decimals = await load(use(), 'kode_indikator,desimal\ntest_ppks_count,1', 'desimal.csv', ADMIN, { dryRun: true });
    expect(decimals).toMatchObject({ status: 'DRY_RUN', errors: [] });
    expect(decimals.notices.map((n) => n.code)).toEqual(['DECIMALS_CHANGED']);
  });

  it('refuses a catalogue file from anyone but an administrator, with a sentence, writing nothing', async () => {
    const batches = await count('SELECT count(*)::int AS n FROM import_batch');
    await expect(load(use(), NEW_INDICATOR.replace('test_ppks_count', 'test_editor'), 'k.csv', EDITOR)).rejects.toMatchObject({
      message:
        'Your account (editor-gorontalo) may not change the indicator catalogue for region ID: that needs an administrator whose region covers it.',
      extensions: { code: 'FORBIDDEN' },
    });
    // A province's administrator keeps the province's own programmes, not the national catalogue.
    await expect(
      load(use(), NEW_INDICATOR.replace('test_ppks_count', 'test_prov'), 'k.csv', GORONTALO_ADMIN),
    ).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await count("SELECT count(*)::int AS n FROM indicator WHERE code IN ('test_editor', 'test_prov')")).toBe(0);
    expect(await count('SELECT count(*)::int AS n FROM import_batch')).toBe(batches);
  });

  it('adds a region’s own programme and imports its figures, inside its region only', async () => {
    const file = [
      'kode_program,lingkup,wilayah_pemilik,nama,nama_en,deskripsi,induk,satuan_penerima',
      'TEST_PROG_REGIONAL,daerah,75,Program Uji Daerah,Regional test programme,Program uji.,1.06.05,KPM',
    ].join('\n');
    // A province's administrator may add its province's programme.
    const report = await load(use(), file, 'program-daerah.csv', GORONTALO_ADMIN);
    expect(report).toMatchObject({ status: 'APPLIED', layout: 'programme_catalogue', errors: [] });
    const figures = await load(
      use(),
      'program,kode_wilayah,tahun,penerima,pagu\nTEST_PROG_REGIONAL,75.01,2025,120,500000000\nTEST_PROG_REGIONAL,72.01,2025,5,1000',
      'angka.csv',
    );
    expect(figures.errors.map((e) => [e.line, e.code])).toEqual([[3, 'OUTSIDE_PROGRAMME_REGION']]);
    const inside = await load(
      use(),
      'program,kode_wilayah,tahun,penerima,pagu\nTEST_PROG_REGIONAL,75.01,2025,120,500000000',
      'angka.csv',
    );
    expect(inside).toMatchObject({ status: 'APPLIED', errors: [] });
    const data = await api.query<{
      programmes: { code: string; scope: string; regionCode: string | null; parentCode: string | null }[];
      programmeFigures: { regionCode: string; recipients: number }[];
    }>(`{ programmes { code scope regionCode parentCode }
          programmeFigures(programmeCodes: ["TEST_PROG_REGIONAL"]) { regionCode recipients } }`);
    expect(data.programmes.find((p) => p.code === 'TEST_PROG_REGIONAL')).toEqual({
      code: 'TEST_PROG_REGIONAL',
      scope: 'REGIONAL',
      regionCode: '75',
      parentCode: '1.06.05',
    });
    expect(data.programmeFigures).toEqual([{ regionCode: '75.01', recipients: 120 }]);
  });

  it('reports a programme catalogue’s bad cells and rows', async () => {
    const file = [
      'kode_program,lingkup,wilayah_pemilik,nama,nama_en,induk,satuan_penerima',
      'TEST_PROG_A,provinsi,,A,A,,',
      'TEST_PROG_B,nasional,75,B,B,,',
      'TEST_PROG_C,daerah,,C,C,TIDAK_ADA,',
      'TEST_PROG_D,daerah,Atlantis,D,D,,',
      'TEST_PROG_REGIONAL,daerah,75,Program Uji Daerah,Regional test programme,1.06.05,jiwa',
      'TEST PROG,daerah,,E,E,,',
    ].join('\n');
    const report = await load(use(), file, 'program-salah.csv');
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e) => [e.line, e.column ?? null, e.code])).toEqual([
      [2, 'lingkup', 'UNKNOWN_VALUE'],
      [3, 'wilayah_pemilik', 'BAD_VALUE'],
      [4, 'induk', 'UNKNOWN_PROGRAMME'],
      [5, 'wilayah_pemilik', 'UNKNOWN_REGION'],
      [6, 'satuan_penerima', 'CHANGE_WITH_FIGURES'],
      [7, 'kode_program', 'BAD_CODE'],
    ]);
    expect(report.errors[0]!.message).toContain('nasional (NATIONAL), daerah (REGIONAL)');
  });

  it('writes a catalogue file in the same number of statements however many rows it has', async () => {
    const file = (n: number, tag: string) =>
      [
        'kode_program,lingkup,nama,nama_en,induk',
        ...Array.from({ length: n }, (_, i) => `TEST_PROG_${tag}${i},daerah,Uji ${i},Test ${i},1.06.05`),
      ].join('\n');
    const statements = async (text: string) => {
      const seen: string[] = [];
      const stop = use().onQuery((sql) => seen.push(sql));
      try {
        const report = await load(use(), text, 'banyak.csv');
        expect(report).toMatchObject({ status: 'APPLIED', errors: [] });
      } finally {
        stop();
      }
      return seen.length;
    };
    const few = await statements(file(2, 'S'));
    const many = await statements(file(200, 'M'));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(8);
  });
});
