import type { SqlClient } from '../db/database.js';

// What kind of data a database holds, from its one-row `dataset` table. Training data (generated to show features
// that have no real figures yet, as DHIS2's demo database does) and official data never share a database: the marker
// decides the labels every view, slide and export carries, and which imports the database accepts.

/** The label on every view, slide and export of training data, in Bahasa Indonesia first. */
export const TRAINING_LABEL_ID = 'DATA LATIHAN — bukan data resmi';
export const TRAINING_LABEL_EN = 'TRAINING DATA — not official data';
/** Source and publisher of every generated value. */
export const TRAINING_SOURCE = 'Data latihan (dibangkitkan)';
/** The importer the training loader's batches record. */
export const TRAINING_IMPORTER = 'data-latihan';

/** The label of the synthetic scale data set (server/bench/scale): generated for benchmarks, never for reading. */
export const SYNTHETIC_LABEL_ID = 'DATA SINTETIS untuk uji kinerja — bukan data resmi';
export const SYNTHETIC_LABEL_EN = 'SYNTHETIC BENCHMARK DATA — not official data';

export type DatasetKind = 'OFFICIAL' | 'TRAINING' | 'SYNTHETIC';

/** The label every view, slide and export of a generated data set carries, in both languages; null for official data. */
export function datasetLabel(kind: DatasetKind): { id: string; en: string } | null {
  if (kind === 'TRAINING') return { id: TRAINING_LABEL_ID, en: TRAINING_LABEL_EN };
  if (kind === 'SYNTHETIC') return { id: SYNTHETIC_LABEL_ID, en: SYNTHETIC_LABEL_EN };
  return null;
}

/**
 * The line an export of generated data starts with (CSV: above the header; a workbook: its first row), in both
 * languages; null for official data. The import skips it as a title row, so the file imports again (into a training
 * database only: see import-guard.ts).
 */
export function exportLabelFor(kind: DatasetKind): string | null {
  const label = datasetLabel(kind);
  return label ? `${label.id} / ${label.en}` : null;
}

/** The file-name prefix and `X-Kesra-Dataset` header of an export carrying `label` (see exportLabelFor). */
export function exportMarksFor(label: string): { filePrefix: string; header: DatasetKind } {
  return label.startsWith(SYNTHETIC_LABEL_ID)
    ? { filePrefix: 'SINTETIS-', header: 'SYNTHETIC' }
    : { filePrefix: 'LATIHAN-', header: 'TRAINING' };
}

export interface DatasetMarker {
  kind: DatasetKind;
  /** Null for official data, and for a database that has no marker (an official one). */
  seed: string | null;
  generatorVersion: string | null;
  generators: string[];
  createdAt: Date | null;
  /** Whether the database has a marker row at all. */
  marked: boolean;
}

const OFFICIAL_UNMARKED: DatasetMarker = {
  kind: 'OFFICIAL',
  seed: null,
  generatorVersion: null,
  generators: [],
  createdAt: null,
  marked: false,
};

/** The database's marker; a database without one holds official data (every database before training data existed). */
export async function readDataset(sql: SqlClient): Promise<DatasetMarker> {
  const [row] = await sql.query<Omit<DatasetMarker, 'marked'>>(
    `SELECT kind::text AS kind, seed, generator_version AS "generatorVersion", generators, created_at AS "createdAt"
     FROM dataset WHERE id = 1`,
  );
  return row ? { ...row, generators: row.generators ?? [], marked: true } : OFFICIAL_UNMARKED;
}

/** Marks the database; the marker of a database is written once and never changes kind (see the loader's checks). */
export async function writeDataset(
  sql: SqlClient,
  marker: { kind: DatasetKind; seed?: string | null; generatorVersion?: string | null; generators?: string[] },
): Promise<void> {
  await sql.query(
    `INSERT INTO dataset (id, kind, seed, generator_version, generators) VALUES (1, $1::"DatasetKind", $2, $3, $4::text[])
     ON CONFLICT (id) DO UPDATE SET generators = EXCLUDED.generators
     WHERE dataset.kind = EXCLUDED.kind AND dataset.seed IS NOT DISTINCT FROM EXCLUDED.seed`,
    [marker.kind, marker.seed ?? null, marker.generatorVersion ?? null, marker.generators ?? []],
  );
}

/**
 * The tables that hold figures, each with the column naming the import that created a row. A feature that adds a
 * table of figures adds it here, so that the loader's checks see it.
 */
export const FIGURE_TABLES: readonly string[] = ['observation', 'target', 'programme_figure', 'breakdown_count', 'activity'];

/** Whether the database holds any figure. */
export async function holdsFigures(sql: SqlClient): Promise<boolean> {
  const any = FIGURE_TABLES.map((t) => `EXISTS (SELECT 1 FROM ${t})`).join(' OR ');
  const [row] = await sql.query<{ any: boolean }>(`SELECT ${any} AS any`);
  return row?.any === true;
}

/**
 * Figures the training loader did not write: rows whose creating import was another importer's, or that no import
 * created (values entered through GraphQL).
 */
export async function figuresNotFromTraining(sql: SqlClient): Promise<number> {
  const counts = FIGURE_TABLES.map(
    (t) =>
      `(SELECT count(*) FROM ${t} x LEFT JOIN import_batch b ON b.id = x.created_import_batch_id WHERE b.imported_by IS DISTINCT FROM $1)`,
  );
  const [row] = await sql.query<{ n: number }>(`SELECT ${counts.join(' + ')} AS n`, [TRAINING_IMPORTER]);
  return Number(row?.n ?? 0);
}

/** Text that says a row or file is training data: the generated source, or either label. */
const TRAINING_TEXT = /data latihan|training data/i;

export function marksTraining(text: string | null | undefined): boolean {
  return text != null && TRAINING_TEXT.test(text);
}
