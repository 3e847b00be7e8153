// Generates the synthetic scale data set (issue 18): 20 indicators × every desa/kelurahan × 10 years, and the same
// indicators at kecamatan, kab/kota, province and national level computed from the desa (SUM, RATIO_OF_SUMS), so that
// a comparison or roll-up at any level has data and every roll-up reproduces the stored parent exactly.
//
// In SQL, set-wise: one INSERT … SELECT over generate_series for the desa, then one per level above, with the
// table's indexes and foreign keys dropped first and rebuilt after (building an index once over sorted rows is far
// cheaper than maintaining it row by row), then ANALYZE. Deterministic: every value is a function of the desa's rank
// in code order, the indicator's number and the year. Only into a database whose name says "scale" (synthetic.ts).
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { holdsFigures, readDataset, SYNTHETIC_LABEL_ID, writeDataset } from '../../src/training/dataset.js';
import {
  indicatorRows,
  SYNTHETIC_GENERATOR_VERSION,
  SYNTHETIC_IMPORTER,
  SYNTHETIC_INDICATORS,
  SYNTHETIC_SEED,
  SYNTHETIC_SOURCE,
  SYNTHETIC_YEARS,
  scaleDatabaseProblem,
} from './synthetic.js';

/** The marker's version while a run has not finished. */
const INCOMPLETE = `${SYNTHETIC_GENERATOR_VERSION}-incomplete`;

export interface GenerationReport {
  /** False when the database already held this version of the data set (nothing written). */
  generated: boolean;
  observations: number;
  steps: { step: string; ms: number }[];
  totalMs: number;
}

/** Levels above the desa, each computed from the one below it. */
const LEVELS_UP: readonly { level: string; from: string }[] = [
  { level: 'DISTRICT', from: 'VILLAGE' },
  { level: 'REGENCY_CITY', from: 'DISTRICT' },
  { level: 'PROVINCE', from: 'REGENCY_CITY' },
  { level: 'NATIONAL', from: 'PROVINCE' },
];

/**
 * Migrates and bootstraps the database (catalogue, regions down to desa), then writes the data set unless this
 * version is there already (`force` writes it again). Refuses a database that is not named for it, one marked
 * OFFICIAL or TRAINING, and one holding figures without the SYNTHETIC mark.
 */
export async function generateScaleData(
  url: string,
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<GenerationReport> {
  const problem = scaleDatabaseProblem(url);
  if (problem) throw new Error(problem);
  const log = options.log ?? (() => {});
  const steps: GenerationReport['steps'] = [];
  const started = performance.now();
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - t);
    steps.push({ step, ms });
    log(`${step}: ${(ms / 1000).toFixed(1)} s`);
    return result;
  };

  const { openDatabase } = await import('../../src/db/database.js');
  const { bootstrapDatabase } = await import('../../src/db/bootstrap.js');
  const { loadRegionRegistry } = await import('../../src/regions/registry.js');
  const db: Database = await openDatabase({ kind: 'postgres', url });
  try {
    // Migrations first (a new database has no tables to check); they write no figures.
    await timed('migrations and catalogue', () => bootstrapDatabase(db, { demoData: false }));
    await refuseForeignData(db);
    const marker = await readDataset(db.sql);
    if (marker.kind === 'SYNTHETIC' && marker.generatorVersion === SYNTHETIC_GENERATOR_VERSION && !options.force) {
      // The planner's estimate: counting 17 million rows would take longer than the statement timeout allows.
      const [row] = await db.sql.query<{ n: string }>(
        "SELECT reltuples::bigint::text AS n FROM pg_class WHERE relname = 'observation'",
      );
      log(`Already generated (${SYNTHETIC_GENERATOR_VERSION}): about ${Number(row?.n ?? 0).toLocaleString('en')} observations.`);
      return { generated: false, observations: Number(row?.n ?? 0), steps, totalMs: 0 };
    }
    await timed('regions down to desa', () => loadRegionRegistry(db, ['PROVINCE', 'REGENCY_CITY', 'DISTRICT', 'VILLAGE']));
    // Marked before the first figure is written, as incomplete until the last step: an interrupted run leaves a
    // database that says what it holds, and the next run generates it again.
    await writeDataset(db.sql, { kind: 'SYNTHETIC', seed: SYNTHETIC_SEED, generatorVersion: INCOMPLETE, generators: ['scale'] });
    await db.sql.query('UPDATE dataset SET generator_version = $1 WHERE id = 1', [INCOMPLETE]);
  } finally {
    await db.close();
  }

  // The bulk statements on a connection of their own: no statement timeout, memory for sorts and index builds.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET statement_timeout = 0; SET work_mem = '256MB'; SET maintenance_work_mem = '1GB'");
    const { sourceId, batchId } = await timed('catalogue of 20 synthetic indicators', () => writeIndicators(client));
    const rebuild = await timed('indexes and foreign keys dropped', () => dropIndexes(client));
    await timed('desa values', () => insertDesaValues(client, sourceId, batchId));
    // Planner statistics for the statements that read the desa values back.
    await timed('ANALYZE of the desa values', () => client.query('ANALYZE observation'));
    for (const { level, from } of LEVELS_UP) {
      await timed(`${level} values from ${from}`, () => insertLevelAbove(client, level, from, sourceId, batchId));
    }
    await timed('indexes and foreign keys rebuilt', async () => {
      for (const statement of rebuild) await client.query(statement);
      await client.query('DROP TABLE synthetic_rebuild');
    });
    // The bootstrap above ran before any desa value existed, so it did not build the index a level's pages need at
    // this scale; a server would at its next start. Built here so the benches measure what a server would serve.
    const { ensureDesaScaleIndex } = await import('../../src/observations/desa-scale-index.js');
    // The Database opened for the bootstrap is closed by now: the index is built through one of its own.
    const indexDb: Database = await openDatabase({ kind: 'postgres', url });
    try {
      await timed('index of the values above desa', () => ensureDesaScaleIndex(indexDb));
    } finally {
      await indexDb.close();
    }
    // VACUUM too, as autovacuum would in time: it sets the visibility map, without which no index-only scan is used
    // (the cost estimate's count of values per indicator and period reads 17 million heap rows instead of an index).
    await timed('VACUUM ANALYZE', async () => {
      await client.query('VACUUM (ANALYZE) observation');
      await client.query('ANALYZE region; ANALYZE indicator');
    });
    await client.query('UPDATE dataset SET generator_version = $1 WHERE id = 1', [SYNTHETIC_GENERATOR_VERSION]);
    const { rows } = await client.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM observation WHERE indicator_code LIKE 'sintetis\\_%'",
    );
    const observations = Number(rows[0]?.n ?? 0);
    await client.query('UPDATE import_batch SET inserted = $1, finished_at = now() WHERE id = $2', [observations, batchId]);
    const totalMs = Math.round(performance.now() - started);
    log(`${observations.toLocaleString('en')} observations in ${(totalMs / 1000).toFixed(1)} s.`);
    return { generated: true, observations, steps, totalMs };
  } finally {
    await client.end();
  }
}

/**
 * A database marked OFFICIAL or TRAINING, or unmarked but holding figures, is someone's: refused. Only this generator
 * marks a database SYNTHETIC (and refuses to write beside others' figures), so a SYNTHETIC one holds only its rows.
 */
async function refuseForeignData(db: Database): Promise<void> {
  const marker = await readDataset(db.sql);
  if (marker.marked && marker.kind !== 'SYNTHETIC') {
    throw new Error(`Refused: the database is marked ${marker.kind}; the synthetic data set needs a database of its own.`);
  }
  if (!marker.marked && (await holdsFigures(db.sql))) {
    throw new Error(
      'Refused: the database holds figures and is not marked SYNTHETIC; the synthetic generator writes only into a database of its own.',
    );
  }
}

async function writeIndicators(client: pg.Client): Promise<{ sourceId: number; batchId: number }> {
  await client.query('BEGIN');
  try {
    // Written again from scratch: the figures of an earlier run (possibly interrupted) go first. The database holds no
    // other figures (refuseForeignData), so the table is emptied at once rather than row by row.
    await client.query('TRUNCATE observation');
    await client.query('DELETE FROM import_batch WHERE imported_by = $1', [SYNTHETIC_IMPORTER]);
    const rows = indicatorRows();
    await client.query(
      `INSERT INTO indicator (code, name_id, name_en, definition_id, definition_en, unit_id, unit_en, decimals, direction,
         periodicity, period_months, year_on_year, levels, aggregation, min_value, max_value, topic, source,
         ratio_factor, numerator_id, numerator_en, denominator_id, denominator_en)
       SELECT code, name_id, name_en, def_id, def_en, unit_id, unit_en, decimals, direction::"IndicatorDirection",
         'ANNUAL', '{}', false, '{NATIONAL,PROVINCE,REGENCY_CITY,DISTRICT,VILLAGE}', aggregation::"AggregationRule",
         0, max_value, 'sintetis', $17, ratio_factor, num_id, num_en, den_id, den_en
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
         $9::text[], $10::numeric[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::numeric[])
         AS t(code, name_id, name_en, def_id, def_en, unit_id, unit_en, decimals, direction, ratio_factor, num_id, num_en,
              den_id, den_en, aggregation, max_value)
       ON CONFLICT (code) DO UPDATE SET name_id = EXCLUDED.name_id, name_en = EXCLUDED.name_en, levels = EXCLUDED.levels`,
      [...rows[0]!.map((_, column) => rows.map((r) => r[column])), SYNTHETIC_SOURCE],
    );
    const source = await client.query<{ id: number }>(
      `WITH found AS (SELECT id FROM source WHERE title = $1 AND publisher = $1),
            made AS (INSERT INTO source (title, publisher) SELECT $1, $1 WHERE NOT EXISTS (SELECT 1 FROM found) RETURNING id)
       SELECT id FROM found UNION ALL SELECT id FROM made`,
      [SYNTHETIC_SOURCE],
    );
    const batch = await client.query<{ id: number }>(
      `INSERT INTO import_batch (file_name, checksum, layout, imported_by, status, note)
       VALUES ('scale-synthetic', $1, 'generated', $2, 'APPLIED', $3) RETURNING id`,
      [SYNTHETIC_GENERATOR_VERSION, SYNTHETIC_IMPORTER, SYNTHETIC_LABEL_ID],
    );
    await client.query('COMMIT');
    return { sourceId: source.rows[0]!.id, batchId: batch.rows[0]!.id };
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

/**
 * Drops observation's indexes and foreign keys; returns the statements that rebuild them as they were. The statements
 * are kept in a table until they have run, so that a run interrupted in between rebuilds them the next time.
 */
async function dropIndexes(client: pg.Client): Promise<string[]> {
  await client.query('CREATE TABLE IF NOT EXISTS synthetic_rebuild (seq int PRIMARY KEY, statement text NOT NULL)');
  const kept = await client.query<{ statement: string }>('SELECT statement FROM synthetic_rebuild ORDER BY seq');
  if (kept.rows.length) return kept.rows.map((r) => r.statement);
  const constraints = await client.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = 'observation'::regclass AND contype IN ('p', 'f', 'u') ORDER BY contype DESC, conname`,
  );
  const indexes = await client.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = 'observation'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid AND c.conrelid = x.indrelid)`,
  );
  // The primary key first (the foreign keys' checks read region and indicator, not it), then the other indexes.
  const statements = [
    ...constraints.rows.map((c) => `ALTER TABLE observation ADD CONSTRAINT "${c.name}" ${c.def}`),
    ...indexes.rows.map((i) => i.def),
  ];
  await client.query('INSERT INTO synthetic_rebuild (seq, statement) SELECT * FROM unnest($1::int[], $2::text[])', [
    statements.map((_, i) => i),
    statements,
  ]);
  for (const c of constraints.rows) await client.query(`ALTER TABLE observation DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes.rows) await client.query(`DROP INDEX "${i.name}"`);
  return statements;
}

/**
 * Every desa × indicator × year, in one statement. A region formed by a recorded split (six provinces, 41 kab/kota)
 * has no value before its year, as an import would refuse one (BEFORE_REGION_EXISTED): nor do its desa.
 */
async function insertDesaValues(client: pg.Client, sourceId: number, batchId: number): Promise<void> {
  await client.query(
    `INSERT INTO observation (region_code, indicator_code, period, year, subperiod, value, numerator, denominator,
       source_id, status, import_batch_id, created_import_batch_id)
     SELECT d.code, ind.code, y::text, y, 0,
            CASE WHEN ind.ratio THEN round(p.num * 100.0 / p.den, 2) ELSE 20 + h.h % 4981 END,
            CASE WHEN ind.ratio THEN p.num END, CASE WHEN ind.ratio THEN p.den END,
            $4, 'PUBLISHED', $5, $5
     FROM unnest($1::text[], $2::boolean[]) WITH ORDINALITY AS ind(code, ratio, i)
       CROSS JOIN generate_series($3::int, $6::int) AS y
       CROSS JOIN (
         SELECT v.code, row_number() OVER (ORDER BY v.code) AS n,
                GREATEST(k.exists_since, b.exists_since, pr.exists_since) AS since
         FROM region v JOIN region k ON k.code = v.parent_code JOIN region b ON b.code = k.parent_code
           JOIN region pr ON pr.code = b.parent_code
         WHERE v.level = 'VILLAGE'
       ) d
       CROSS JOIN LATERAL (SELECT mod(d.n * 2654435761 + ind.i * 40503 + y * 9973, 1000003) AS h) h
       CROSS JOIN LATERAL (
         SELECT 50 + h.h % 951 AS den, (50 + h.h % 951) * (5 + (h.h / 1009) % 90) / 100 AS num
       ) p
     WHERE d.since IS NULL OR y >= d.since`,
    [
      SYNTHETIC_INDICATORS.map((i) => i.code),
      SYNTHETIC_INDICATORS.map((i) => i.aggregation === 'RATIO_OF_SUMS'),
      SYNTHETIC_YEARS.from,
      sourceId,
      batchId,
      SYNTHETIC_YEARS.to,
    ],
  );
}

/**
 * One level's values from the level below: sums, and for ratios Σnumerator ÷ Σdenominator × 100. Each level is kept
 * in a temporary table too, so the next level reads it (tens of thousands of rows) rather than scanning observation
 * again without its indexes.
 */
async function insertLevelAbove(client: pg.Client, level: string, from: string, sourceId: number, batchId: number) {
  const below =
    from === 'VILLAGE'
      ? `SELECT o.region_code, o.indicator_code, o.period, o.year, o.value, o.numerator, o.denominator
         FROM observation o WHERE o.indicator_code LIKE 'sintetis\\_%'`
      : `SELECT * FROM synthetic_${from.toLowerCase()}`;
  await client.query(`DROP TABLE IF EXISTS synthetic_${level.toLowerCase()}`);
  await client.query(
    `CREATE TEMPORARY TABLE synthetic_${level.toLowerCase()} AS
     SELECT r.parent_code AS region_code, o.indicator_code, o.period, o.year,
            CASE WHEN sum(o.denominator) IS NULL THEN sum(o.value) ELSE round(sum(o.numerator) * 100 / sum(o.denominator), 2) END AS value,
            sum(o.numerator) AS numerator, sum(o.denominator) AS denominator
     FROM (${below}) o JOIN region r ON r.code = o.region_code AND r.level = $1::"RegionLevel"
       JOIN region parent ON parent.code = r.parent_code AND parent.level = $2::"RegionLevel"
     GROUP BY r.parent_code, o.indicator_code, o.period, o.year`,
    [from, level],
  );
  await client.query(
    `INSERT INTO observation (region_code, indicator_code, period, year, subperiod, value, numerator, denominator,
       source_id, status, import_batch_id, created_import_batch_id)
     SELECT region_code, indicator_code, period, year, 0, value, numerator, denominator, $1, 'PUBLISHED', $2, $2
     FROM synthetic_${level.toLowerCase()}`,
    [sourceId, batchId],
  );
}
