import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemViewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../test-support/databases.js';
import { createTestApi, type TestApi } from '../test-support/graphql.js';
import { readDataset, TRAINING_IMPORTER, TRAINING_LABEL_ID, TRAINING_SOURCE } from './dataset.js';
import { csvRow } from './generators/cells.js';
import { TRAINING_GENERATORS, type TrainingGenerator } from './generators.js';
import { loadTrainingData } from './loader.js';
import { seededRandom } from './random.js';

// The training data set end to end on each database: generated the same from the same seed, in a database of its
// own, refused where it would mix with official data, and labelled on every GraphQL response and export.

/** Observations too, so that every export has rows (the registry's own generator writes programme figures). */
const observationGenerator: TrainingGenerator = {
  name: 'test-observations',
  description: 'poverty rate per kabupaten/kota',
  files: ({ random, regions, years }) => [
    {
      fileName: 'latihan-kemiskinan.csv',
      csv: [
        csvRow(['kode_wilayah', 'indikator', 'periode', 'nilai', 'sumber', 'penerbit']),
        ...regions
          .filter((r) => r.level === 'REGENCY_CITY')
          .flatMap((r) =>
            years.map((y) =>
              csvRow([
                r.code,
                'poverty_rate_p0',
                y,
                Math.round((5 + random() * 20) * 100) / 100,
                TRAINING_SOURCE,
                TRAINING_SOURCE,
              ]),
            ),
          ),
      ].join('\n'),
    },
  ],
};

// The programme generator and a test one keep these figures small and fixed; every registered generator is loaded
// by its own test below.
const GENERATORS = [...TRAINING_GENERATORS.filter((g) => g.name === 'programme-figures'), observationGenerator];
const LOAD = { provinces: ['75'], years: [2023, 2024], generators: GENERATORS } as const;
/** Gorontalo: five kabupaten and Kota Gorontalo. */
const DISTRICTS = 6;

async function figures(db: Database): Promise<string> {
  const rows = await db.sql.query<{ line: string }>(
    `SELECT concat_ws('|', programme_code, region_code, year, recipients, eligible, budget_allocated, budget_spent) AS line
     FROM programme_figure ORDER BY programme_code, region_code, year`,
  );
  const obs = await db.sql.query<{ line: string }>(
    `SELECT concat_ws('|', indicator_code, region_code, period, value) AS line FROM observation ORDER BY 1`,
  );
  return [...rows, ...obs].map((r) => r.line).join('\n');
}

const importAs = (db: Database, csv: string, fileName = 'file.csv') =>
  importFile(db, { bytes: Buffer.from(csv), fileName, viewer: systemViewer('analis'), publish: true });

describe('training generators', () => {
  const regions = [
    { code: '75', name: 'Gorontalo', level: 'PROVINCE', parentCode: 'ID', existsSince: null },
    { code: '75.01', name: 'Kabupaten Gorontalo', level: 'REGENCY_CITY', parentCode: '75', existsSince: null },
    { code: '75.05', name: 'Kabupaten Gorontalo Utara', level: 'REGENCY_CITY', parentCode: '75', existsSince: 2007 },
  ] as const;
  const files = (seed: string) =>
    GENERATORS.flatMap((g) => g.files({ random: seededRandom(`${seed}:${g.name}`), regions, years: [2006, 2007] }));

  it('write the same files from the same seed and other files from another', () => {
    expect(files('uji')).toEqual(files('uji'));
    expect(files('lain')).not.toEqual(files('uji'));
  });

  it('write no figure for a year before a region existed, and say on every row that it is generated', () => {
    const programmes = files('uji').filter((f) => f.fileName.startsWith('latihan-program'));
    expect(programmes.map((f) => f.fileName)).toEqual(['latihan-program-2006.csv', 'latihan-program-2007.csv']);
    const rows = (name: string) =>
      programmes
        .find((f) => f.fileName === name)!
        .csv.trim()
        .split('\r\n')
        .slice(1);
    expect(rows('latihan-program-2006.csv').map((r) => r.split(',')[0])).toEqual(Array(9).fill('75.01'));
    expect(rows('latihan-program-2007.csv')).toHaveLength(18);
    for (const row of rows('latihan-program-2007.csv')) expect(row.endsWith(`,${TRAINING_SOURCE},${TRAINING_SOURCE}`)).toBe(true);
  });
});

for (const kind of DATABASE_KINDS) {
  describe(`training data set [${kind}]`, () => {
    let training: TestDatabase;
    let official: TestDatabase;
    let api: TestApi;
    beforeAll(async () => {
      [training, official] = await Promise.all([createTestDatabase(kind), createTestDatabase(kind, { demoData: true })]);
      await loadTrainingData(training.db, { ...LOAD, seed: 'uji' });
      api = await createTestApi(training.db);
    });
    afterAll(async () => {
      await api?.stop();
      await Promise.all([training?.drop(), official?.drop()]);
    });

    it('loads every registered generator through the import: programmes, SPM, PPKS/PSKS counts, activities, IKS inputs', async () => {
      const own = await createTestDatabase(kind);
      try {
        const report = await loadTrainingData(own.db, { provinces: ['75'], years: [2024], seed: 'semua' });
        expect([...new Set(report.files.map((f) => f.generator))]).toEqual(TRAINING_GENERATORS.map((g) => g.name));
        const [counts] = await own.db.sql.query<Record<string, number>>(
          `SELECT (SELECT count(*)::int FROM programme_figure) AS programmes, (SELECT count(*)::int FROM breakdown_count) AS categories,
                  (SELECT count(*)::int FROM activity) AS activities,
                  (SELECT count(*)::int FROM observation WHERE indicator_code LIKE 'spm_%' AND numerator IS NOT NULL) AS spm,
                  (SELECT count(*)::int FROM observation WHERE indicator_code LIKE 'iks_%') AS iks`,
        );
        for (const n of Object.values(counts!)) expect(n).toBeGreaterThan(0);
        const [untraced] = await own.db.sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM activity a JOIN import_batch b ON b.id = a.created_import_batch_id WHERE b.imported_by <> $1`,
          [TRAINING_IMPORTER],
        );
        expect(untraced!.n).toBe(0);

        // The IKS result sets of both example methods, computed from the loaded inputs by the loader's account.
        expect(report.derived.map((d) => [d.generator, d.line.split(':')[0]])).toEqual([
          ['iks-inputs', 'IKS_ELDERLY_RPJMN 75 2024'],
          ['iks-inputs', 'IKS_DISABILITY_RPJMN 75 2024'],
        ]);
        const sets = await own.db.sql.query<{ code: string; version: number; provisional: boolean; by: string; values: number }>(
          `SELECT s.methodology_code AS code, s.version, s.provisional, s.computed_by AS by,
             (SELECT count(*)::int FROM composite_result_value v WHERE v.result_set_id = s.id AND v.value IS NOT NULL) AS values
           FROM composite_result_set s WHERE s.parent_code = '75' AND s.period = '2024' ORDER BY s.methodology_code`,
        );
        expect(sets.map(({ values, ...s }) => s)).toEqual([
          { code: 'IKS_DISABILITY_RPJMN', version: 1, provisional: false, by: TRAINING_IMPORTER },
          { code: 'IKS_ELDERLY_RPJMN', version: 1, provisional: false, by: TRAINING_IMPORTER },
        ]);
        for (const set of sets) expect(set.values).toBeGreaterThan(0);
        // Each stored index is the example's sum of its kabupaten/kota's three generated inputs, each step's input
        // saying it is training data; a kabupaten/kota lacking one has no index.
        const check = await own.db.sql.query<{ region: string; stored: number | null; sum: number | null; sources: string[] }>(
          `SELECT v.region_code AS region, v.value::float8 AS stored,
             (SELECT CASE WHEN count(*) = 3 THEN sum(o.value)::float8 END FROM observation o
               WHERE o.region_code = v.region_code AND o.period = '2024' AND o.indicator_code LIKE 'iks_elderly\\_%') AS sum,
             ARRAY(SELECT DISTINCT c->'raw'->>'source' FROM jsonb_array_elements(v.steps) d, jsonb_array_elements(d->'components') c
               WHERE c->'raw' IS NOT NULL AND c->'raw' <> 'null') AS sources
           FROM composite_result_value v JOIN composite_result_set s ON s.id = v.result_set_id
           WHERE s.methodology_code = 'IKS_ELDERLY_RPJMN' ORDER BY v.region_code`,
        );
        expect(check).toHaveLength(DISTRICTS);
        for (const row of check) {
          expect(row.stored === null ? null : Math.round(row.stored * 100) / 100, row.region).toBe(
            row.sum === null ? null : Math.round(row.sum * 100) / 100,
          );
          expect(row.sources, row.region).toEqual([TRAINING_SOURCE]);
        }

        // Loading again computes nothing new: no second version of a set.
        const again = await loadTrainingData(own.db, { provinces: ['75'], years: [2024], seed: 'semua' });
        expect(again.derived).toEqual([]);
        const [versions] = await own.db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM composite_result_set');
        expect(versions!.n).toBe(2);
      } finally {
        await own.drop();
      }
    });

    it('loads the generated figures through the import, marked as training data from its seed', async () => {
      const db = training.db;
      expect(await readDataset(db.sql)).toMatchObject({
        kind: 'TRAINING',
        seed: 'uji',
        generators: ['programme-figures', 'test-observations'],
        marked: true,
      });
      const [counts] = await db.sql.query<{ programmes: number; observations: number; sources: string[]; importers: string[] }>(
        `SELECT (SELECT count(*)::int FROM programme_figure) AS programmes, (SELECT count(*)::int FROM observation) AS observations,
                (SELECT array_agg(DISTINCT s.title) FROM programme_figure p JOIN source s ON s.id = p.source_id) AS sources,
                (SELECT array_agg(DISTINCT imported_by) FROM import_batch) AS importers`,
      );
      // 4 national programmes and 5 of the nomenclature, per kabupaten/kota and year.
      expect(counts).toEqual({
        programmes: 9 * DISTRICTS * 2,
        observations: DISTRICTS * 2,
        sources: [TRAINING_SOURCE],
        importers: [TRAINING_IMPORTER],
      });
      // The real reference data came with it, and no official figure.
      const [regions] = await db.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM region WHERE level = 'PROVINCE'");
      expect(regions?.n).toBe(38);
    });

    it('gives the same figures for the same seed', async () => {
      const again = await createTestDatabase(kind);
      try {
        await loadTrainingData(again.db, { ...LOAD, seed: 'uji' });
        const first = await figures(training.db);
        expect(first.split('\n')).toHaveLength(9 * DISTRICTS * 2 + DISTRICTS * 2);
        expect(await figures(again.db)).toBe(first);
      } finally {
        await again.drop();
      }
    });

    it('loads again from the same seed without changing anything, and refuses another seed', async () => {
      const report = await loadTrainingData(training.db, { ...LOAD, seed: 'uji' });
      expect(report.files.every((f) => f.inserted + f.updated === 0 && f.unchanged > 0)).toBe(true);
      await expect(loadTrainingData(training.db, { ...LOAD, seed: 'lain' })).rejects.toThrow(
        /holds training data from seed “uji”.*would mix two data sets/,
      );
    });

    it('refuses to load training data into a database of official data, marked or not', async () => {
      await expect(loadTrainingData(official.db, LOAD)).rejects.toThrow(/holds official data \(it is marked OFFICIAL\)/);
      const unmarked = await createTestDatabase(kind);
      try {
        const imported = await importAs(
          unmarked.db,
          'kode_wilayah,indikator,periode,nilai,sumber\n75.01,poverty_rate_p0,2024,17.2,BPS\n',
        );
        expect(imported.status).toBe('APPLIED');
        await expect(loadTrainingData(unmarked.db, LOAD)).rejects.toThrow(/already holds figures that are not training data/);
        expect((await readDataset(unmarked.db.sql)).marked).toBe(false);
      } finally {
        await unmarked.drop();
      }
    });

    it('refuses official figures imported into the training database, writing nothing', async () => {
      const report = await importAs(
        training.db,
        'kode_wilayah,program,tahun,penerima,sumber\n75.01,PKH,2024,100,Dinas Sosial Provinsi Gorontalo\n',
      );
      expect(report.status).toBe('REJECTED');
      expect(report.errors).toEqual([
        expect.objectContaining({
          line: 2,
          code: 'OFFICIAL_INTO_TRAINING',
          message: expect.stringMatching(/never mixed with training data/),
        }),
      ]);
      // Without a source at all, too.
      const bare = await importAs(training.db, 'kode_wilayah,indikator,periode,nilai\n75.01,poverty_rate_p0,2019,17.2\n');
      expect(bare.errors.map((e) => e.code)).toEqual(['OFFICIAL_INTO_TRAINING']);
    });

    it('refuses training data imported into an official database: by its rows, and by an export’s label line', async () => {
      const rows = await importAs(
        official.db,
        `kode_wilayah,program,tahun,penerima,sumber,penerbit\n75.01,PKH,2024,100,${TRAINING_SOURCE},${TRAINING_SOURCE}\n`,
      );
      expect(rows.status).toBe('REJECTED');
      expect(rows.errors).toEqual([
        expect.objectContaining({
          line: 2,
          code: 'TRAINING_INTO_OFFICIAL',
          message: expect.stringMatching(/never imported into a database of official data/),
        }),
      ]);
      // A training export whose source column was edited still says what it is on its first line.
      const exported = await request(api.http).get('/export/observations.csv').query({ indicator: 'poverty_rate_p0' });
      const relabelled = exported.text.replaceAll(TRAINING_SOURCE, 'BPS');
      const labelled = await importAs(official.db, relabelled, 'observasi.csv');
      expect(labelled.errors.map((e) => [e.line, e.code])).toEqual([[1, 'TRAINING_INTO_OFFICIAL']]);
      const [n] = await official.db.sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM observation o JOIN source s ON s.id = o.source_id WHERE s.title ILIKE '%latihan%'",
      );
      expect(n?.n).toBe(0);
    });

    it('says it serves training data: Query.dataset, and extensions.dataset on every response', async () => {
      const result = await api.execute('{ dataset { kind label labelEn seed generators } regions(level: PROVINCE) { code } }');
      expect(result.data?.dataset).toEqual({
        kind: 'TRAINING',
        label: TRAINING_LABEL_ID,
        labelEn: 'TRAINING DATA — not official data',
        seed: 'uji',
        generators: ['programme-figures', 'test-observations'],
      });
      expect((result as { extensions?: unknown }).extensions).toEqual({
        dataset: { kind: 'TRAINING', label: TRAINING_LABEL_ID, labelEn: 'TRAINING DATA — not official data' },
      });
      // Errors too, and over HTTP as an analyst's script reads it.
      const res = await request(api.http).post('/graphql').send({ query: '{ regions(level: PROVINCE) { nope } }' });
      expect(res.body.errors?.[0]?.message, JSON.stringify(res.body)).toMatch(/nope/);
      expect(res.body.extensions.dataset.label).toBe(TRAINING_LABEL_ID);
    });

    it('labels every CSV export on its first line and file name, and the export imports back into the training database', async () => {
      const exports: [string, Record<string, string>][] = [
        ['/export/observations.csv', { indicator: 'poverty_rate_p0' }],
        ['/export/series.csv', { indicator: 'poverty_rate_p0', region: '75.01' }],
        ['/export/comparison.csv', { indicator: 'poverty_rate_p0', parent: '75' }],
        ['/export/import-batches.csv', {}],
        ['/export/audit.csv', {}],
      ];
      for (const [path, query] of exports) {
        const res = await request(api.http).get(path).query(query);
        expect(res.status, path).toBe(200);
        expect(res.text.split('\r\n')[0], path).toBe(`\uFEFF${TRAINING_LABEL_ID} / TRAINING DATA — not official data`);
        expect(res.headers['content-disposition'], path).toMatch(/filename="LATIHAN-/);
        expect(res.headers['x-kesra-dataset'], path).toBe('TRAINING');
      }
      const exported = await request(api.http).get('/export/observations.csv').query({ indicator: 'poverty_rate_p0' });
      const back = await importAs(training.db, exported.text, 'observasi.csv');
      expect(back.errors).toEqual([]);
      expect(back.counts).toMatchObject({ records: DISTRICTS * 2, unchanged: DISTRICTS * 2 });
    });

    it('leaves an official database’s responses and exports as they were', async () => {
      const officialApi = await createTestApi(official.db);
      try {
        const result = await officialApi.execute('{ dataset { kind label } }');
        expect(result.data?.dataset).toEqual({ kind: 'OFFICIAL', label: null });
        expect((result as { extensions?: unknown }).extensions).toBeUndefined();
        const res = await request(officialApi.http)
          .get('/export/comparison.csv')
          .query({ indicator: 'poverty_rate_p0', parent: '75' });
        expect(res.text.startsWith('\uFEFFperingkat,')).toBe(true);
        expect(res.headers['x-kesra-dataset']).toBeUndefined();
      } finally {
        await officialApi.stop();
      }
    });
  });
}
