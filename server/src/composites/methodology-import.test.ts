import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import { sheetXml, textCell, workbookFile } from '../imports/test-workbooks.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { createTestApi } from '../test-support/graphql.js';

// The fixture is an EXAMPLE: the official IKS indicators, AHP weights and bounds are not published (see domain.md), so
// no test and no file here claims to be the official method.
const HEADER =
  'kode_metodologi,nama_metodologi,status,agregasi_indeks,normalisasi,dokumen_sumber,url_sumber,dasar_hukum,kode_dimensi,nama_dimensi,bobot_dimensi,kode_indikator,bobot,batas_bawah,batas_atas,arah';
const EXAMPLE_ROWS = [
  'IKS_LANSIA_CONTOH,IKS Lansia — CONTOH berkas,CONTOH,Jumlah tertimbang,min-max,,,,kebutuhan_dasar,Kebutuhan Dasar,0.4,iks_elderly_basic_needs,1,0,100,naik',
  'IKS_LANSIA_CONTOH,,,,,,,,peranan_sosial,Peranan Sosial,"0,3",iks_elderly_social_role,1,0,100,',
  'IKS_LANSIA_CONTOH,,,,,,,,kemandirian_ekonomi,Kemandirian Ekonomi,0.3,iks_elderly_economic_independence,1,0,100,',
];
const csv = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);

const national = accountViewer('admin-pusat', [{ role: 'ADMINISTRATOR', regionCode: 'ID' }]);
const province = accountViewer('admin-gorontalo', [{ role: 'ADMINISTRATOR', regionCode: '75' }]);
const regency = accountViewer('admin-boalemo', [{ role: 'ADMINISTRATOR', regionCode: '75.02' }]);

const METHODS = `query ($code: String) { compositeMethodologies(code: $code) {
  code version status aggregation normalisation source sourceUrl legalBasis createdBy
  dimensions { code nameId weight aggregation components { indicatorCode weight min max invert } } } }`;

describeEachDatabase('methodology files through the import pipeline', (use) => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi(use());
  });
  afterAll(() => api.stop());
  const run = (db: Database, bytes: Uint8Array, viewer = national, dryRun = false) =>
    importFile(db, { bytes, fileName: 'metodologi.csv', viewer, dryRun });

  it('stores an example-marked methodology file as version 1, exactly as written, and a second import adds nothing', async () => {
    const dry = await run(use(), csv(HEADER, ...EXAMPLE_ROWS), national, true);
    expect(dry).toMatchObject({ layout: 'composite_methodology', status: 'DRY_RUN', errors: [] });
    const report = await run(use(), csv(HEADER, ...EXAMPLE_ROWS));
    expect(report).toMatchObject({ status: 'APPLIED', errors: [], counts: { records: 3, inserted: 1 } });
    expect(report.importBatchId).toEqual(expect.any(Number));
    const { compositeMethodologies } = await api.query<{ compositeMethodologies: Record<string, unknown>[] }>(METHODS, {
      code: 'IKS_LANSIA_CONTOH',
    });
    expect(compositeMethodologies).toEqual([
      {
        code: 'IKS_LANSIA_CONTOH',
        version: 1,
        status: 'EXAMPLE',
        aggregation: 'WEIGHTED_SUM',
        normalisation: 'MIN_MAX',
        source: null,
        sourceUrl: null,
        legalBasis: null,
        createdBy: 'admin-pusat',
        dimensions: [
          {
            code: 'kebutuhan_dasar',
            nameId: 'Kebutuhan Dasar',
            weight: 0.4,
            aggregation: 'WEIGHTED_SUM',
            components: [{ indicatorCode: 'iks_elderly_basic_needs', weight: 1, min: 0, max: 100, invert: false }],
          },
          {
            code: 'peranan_sosial',
            nameId: 'Peranan Sosial',
            weight: 0.3,
            aggregation: 'WEIGHTED_SUM',
            components: [{ indicatorCode: 'iks_elderly_social_role', weight: 1, min: 0, max: 100, invert: false }],
          },
          {
            code: 'kemandirian_ekonomi',
            nameId: 'Kemandirian Ekonomi',
            weight: 0.3,
            aggregation: 'WEIGHTED_SUM',
            components: [{ indicatorCode: 'iks_elderly_economic_independence', weight: 1, min: 0, max: 100, invert: false }],
          },
        ],
      },
    ]);
    const again = await run(use(), csv(HEADER, ...EXAMPLE_ROWS));
    expect(again).toMatchObject({ status: 'APPLIED', importBatchId: null, counts: { inserted: 0, unchanged: 1 } });
    expect(again.notices.map((n) => n.code)).toEqual(['NOTHING_TO_WRITE']);
  });

  it('reads English headers too', async () => {
    const english =
      'methodology_code,methodology_name,status,index_aggregation,dimension_code,dimension_weight,indicator_code,weight';
    const report = await run(use(), csv(english, 'EN_EXAMPLE,English example,example,sum,d1,1,iks_disability_basic_needs,1'));
    expect(report).toMatchObject({ status: 'APPLIED', errors: [], counts: { inserted: 1 } });
    const [stored] = await use().sql.query(
      "SELECT status::text AS status, aggregation, definition->>'normalisation' AS n FROM composite_methodology WHERE code = 'EN_EXAMPLE'",
    );
    expect(stored).toEqual({ status: 'EXAMPLE', aggregation: 'SUM', n: 'NONE' });
  });

  it('reads an XLSX workbook with a title row above the header and numbers as numbers', async () => {
    const num = (n: number) => `<c><v>${n}</v></c>`;
    const row = (cells: string[]) => `<row>${cells.join('')}</row>`;
    const sheet = sheetXml(
      [
        row([textCell('Metodologi contoh IKS penyandang disabilitas (bukan metode resmi)')]),
        row(
          [
            'kode_metodologi',
            'nama_metodologi',
            'status',
            'agregasi_indeks',
            'kode_dimensi',
            'bobot_dimensi',
            'kode_indikator',
            'bobot',
          ].map((h) => textCell(h)),
        ),
        row([
          textCell('XLSX_CONTOH'),
          textCell('Contoh XLSX'),
          textCell('Contoh'),
          textCell('Jumlah'),
          textCell('d1'),
          num(1),
          textCell('iks_disability_basic_needs'),
          num(0.5),
        ]),
        row([
          textCell('XLSX_CONTOH'),
          textCell(''),
          textCell(''),
          textCell(''),
          textCell('d1'),
          num(1),
          textCell('iks_disability_social_role'),
          num(0.5),
        ]),
      ].join(''),
    );
    const report = await importFile(use(), {
      bytes: workbookFile({ sheet }),
      fileName: 'metodologi.xlsx',
      viewer: national,
    });
    expect(report).toMatchObject({
      layout: 'composite_methodology',
      status: 'APPLIED',
      errors: [],
      counts: { records: 2, inserted: 1 },
    });
    const [stored] = await use().sql.query<{ status: string; weights: number[] }>(
      `SELECT status::text AS status, ARRAY(SELECT (c->>'weight')::float8 FROM jsonb_array_elements(definition->'dimensions'->0->'components') c) AS weights
       FROM composite_methodology WHERE code = 'XLSX_CONTOH'`,
    );
    expect(stored).toEqual({ status: 'EXAMPLE', weights: [0.5, 0.5] });
  });

  it('rejects a file with every problem on its row, and stores nothing', async () => {
    const report = await run(
      use(),
      csv(
        HEADER,
        'RUSAK,Metode rusak,RESMI,jumlah_tertimbang,min_max,,,,d1,D1,0.5,tidak_ada,1,0,100,',
        'RUSAK,Metode rusak,CONTOH,,,,,,d1,D1,0.5,iks_elderly_social_role,satu,0,100,',
        'RUSAK,,,,,,,,d2,D2,0.4,iks_elderly_basic_needs,1,50,10,',
        'RUSAK,,,,,,,,d2,D2,0.4,iks_elderly_basic_needs,1,0,100,',
        'RUSAK,,,,,,,,d3,D3,0.1,iks_elderly_economic_independence,1,0,100,ke atas',
        'RUSAK,,,,,,,,d3,D3,0.1,,1,0,100,',
      ),
    );
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e) => [e.line, e.column ?? null, e.code, e.message])).toEqual([
      [2, null, 'UNKNOWN_INDICATOR', 'methodology RUSAK: Dimension “d1”, component “tidak_ada”: unknown indicator.'],
      [
        2,
        null,
        'INVALID_METHODOLOGY',
        'methodology RUSAK: Dimension “d2”, component “iks_elderly_basic_needs”: max (10) must be above min (50).',
      ],
      // Rows with a cell that cannot be read are left out of the check, so dimension d3 is not there.
      [
        2,
        null,
        'INVALID_METHODOLOGY',
        'methodology RUSAK: Dimension weights must add up to 1 for a weighted sum (they add up to 0.9).',
      ],
      [
        2,
        null,
        'INVALID_METHODOLOGY',
        'methodology RUSAK: An OFFICIAL methodology needs the title of the document that publishes it (source).',
      ],
      [
        2,
        null,
        'INVALID_METHODOLOGY',
        'methodology RUSAK: An OFFICIAL methodology needs the address of that document (sourceUrl) or the regulation that sets it (legalBasis).',
      ],
      [3, 'bobot', 'NOT_A_NUMBER', 'cannot read “satu” as a number'],
      [5, 'kode_indikator', 'DUPLICATE_COMPONENT', 'indicator iks_elderly_basic_needs is already a component of dimension d2'],
      [6, 'arah', 'UNKNOWN_VALUE', expect.stringMatching(/^unknown value “ke atas”: write one of naik, /)],
      [7, 'kode_indikator', 'MISSING_VALUE', 'the row needs kode_indikator'],
    ]);
    expect(await use().sql.query("SELECT count(*)::int AS n FROM composite_methodology WHERE code = 'RUSAK'")).toEqual([
      { n: 0 },
    ]);
  });

  it('marks a method OFFICIAL only with its source document, and only for a national or provincial administrator', async () => {
    const official = [
      'IKS_UJI_RESMI,IKS uji,RESMI,SUM,NONE,Dokumen uji metodologi,https://example.org/metodologi.pdf,,d1,D1,1,iks_elderly_basic_needs,1,,,',
    ];
    await expect(run(use(), csv(HEADER, ...official), regency)).rejects.toThrow(
      'Your account (admin-boalemo) may not define composite methodologies: that needs a national or provincial administrator.',
    );
    const conflicting = await run(
      use(),
      csv(HEADER, ...official, 'IKS_UJI_RESMI,IKS uji,CONTOH,,,,,,d2,D2,1,iks_elderly_social_role,1,,,'),
      province,
    );
    expect(conflicting.errors).toEqual([
      {
        line: 3,
        column: 'status',
        code: 'CONFLICTING_VALUE',
        message: 'methodology IKS_UJI_RESMI has “OFFICIAL” on an earlier row and “EXAMPLE” here: write one value',
      },
    ]);
    const report = await run(use(), csv(HEADER, ...official), province);
    expect(report).toMatchObject({ status: 'APPLIED', errors: [] });
    const [stored] = await use().sql.query(
      "SELECT version, status::text AS status, source, source_url AS url, region_code AS owner, created_by AS by FROM composite_methodology WHERE code = 'IKS_UJI_RESMI'",
    );
    expect(stored).toEqual({
      version: 1,
      status: 'OFFICIAL',
      source: 'Dokumen uji metodologi',
      url: 'https://example.org/metodologi.pdf',
      owner: '75',
      by: 'admin-gorontalo',
    });
    // A province keeps its own codes: it may not add versions to the country's method, nor another province to its.
    const intoNational = await run(use(), csv(HEADER, EXAMPLE_ROWS[0]!.replace(',0.4,', ',1,')), province);
    expect(intoNational.errors).toEqual([
      {
        line: 2,
        code: 'NOT_YOUR_METHODOLOGY',
        message:
          "Methodology “IKS_LANSIA_CONTOH” is kept by the administrators of ID: your account (admin-gorontalo) may not add a version to it. Give your province's method its own code.",
      },
    ]);
    const sulut = accountViewer('admin-sulut', [{ role: 'ADMINISTRATOR', regionCode: '71' }]);
    expect((await run(use(), csv(HEADER, ...official), sulut)).errors.map((e) => e.code)).toEqual(['NOT_YOUR_METHODOLOGY']);
    const refused = await api.execute(
      `mutation ($input: CompositeMethodologyInput!) { defineCompositeMethodology(input: $input) { version } }`,
      {
        input: {
          code: 'IKS_ELDERLY_RPJMN',
          nameId: 'Ganti',
          nameEn: 'Replace',
          descriptionId: 'Uji',
          aggregation: 'SUM',
          normalisation: 'NONE',
          dimensions: [
            {
              code: 'd',
              nameId: 'd',
              nameEn: 'd',
              weight: 1,
              components: [{ indicatorCode: 'iks_elderly_basic_needs', weight: 1 }],
            },
          ],
        },
      },
      { viewer: province },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The shipped examples are untouched: still one EXAMPLE version each.
    expect(
      await use().sql.query(
        "SELECT code, version, status::text AS status FROM composite_methodology WHERE created_by = 'seed' ORDER BY code",
      ),
    ).toEqual([
      { code: 'IKS_DISABILITY_RPJMN', version: 1, status: 'EXAMPLE' },
      { code: 'IKS_ELDERLY_RPJMN', version: 1, status: 'EXAMPLE' },
    ]);
  });
});
