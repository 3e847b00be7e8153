import type { SqlClient, TransactionClient } from '../db/database.js';
import type { StagedRow, TableSpec } from './table-spec.js';
import { columnsOf, SOURCE_COLUMN, stagedRows, stagingTable } from './upsert-sql.js';

// The file's rows in a temporary table of the import's transaction, copied in chunk by chunk (COPY, the fastest way
// in), with the sources they name.

/**
 * Creates the staging table, which collects the file's rows that may exist already (chunk by chunk)
 * and disappears with the transaction, and the view the statements below read. A source is staged as the file's
 * own number for it, which the view turns into the source table's id (see stageSources).
 */
export async function createStaging(tx: SqlClient, spec: TableSpec): Promise<void> {
  const columns = columnsOf(spec);
  const raw = stagedRows(spec);
  await tx.query(
    `CREATE TEMP TABLE ${raw} (line int NOT NULL, ${columns.map((c) => `${c.name} ${c.type}`).join(', ')}) ON COMMIT DROP`,
  );
  const hasSource = columns.some((c) => c.name === SOURCE_COLUMN);
  if (hasSource) await createStagedSources(tx);
  // Statements that do not read the source leave the join out (the file's number is a unique key).
  await tx.query(
    `CREATE TEMP VIEW ${stagingTable(spec)} AS SELECT r.line, ${columns
      .map((c) => (c.name === SOURCE_COLUMN ? `m.id AS ${SOURCE_COLUMN}` : `r.${c.name}`))
      .join(', ')} FROM ${raw} r${hasSource ? ` LEFT JOIN ${STAGED_SOURCES} m ON m.ref = r.${SOURCE_COLUMN}` : ''}`,
  );
}

/** Adds rows to the staging table (COPY: the fastest way in). */
export async function stageChunk(tx: TransactionClient, spec: TableSpec, rows: Iterable<StagedRow>): Promise<void> {
  await tx.copyRows(stagedRows(spec), ['line', ...columnsOf(spec).map((c) => c.name)], rows);
}

/** Creates the staging table and stages the rows. */
export async function stageRows(tx: TransactionClient, spec: TableSpec, rows: Iterable<StagedRow>): Promise<void> {
  await createStaging(tx, spec);
  await stageChunk(tx, spec, rows);
}

/** Before planning: the planner needs the staging table's size to choose hash joins over nested loops. */
export async function analyzeStaging(tx: SqlClient, spec: TableSpec): Promise<void> {
  await tx.query(`ANALYZE ${stagedRows(spec)}`);
}

const STAGED_SOURCES = 'staged_source';

const createStagedSources = (tx: SqlClient) =>
  tx.query(`CREATE TEMP TABLE IF NOT EXISTS ${STAGED_SOURCES} (ref int PRIMARY KEY, id int NOT NULL) ON COMMIT DROP`);

/** A source as a file names it, with the number the file's staged rows use for it. */
export interface StagedSource {
  ref: number;
  title: string;
  url: string;
  publisher: string;
  /** The publisher's own page; '' when the file names none. */
  publisherUrl: string;
  /** The publisher's release date (YYYY-MM-DD); null when the file gives none. */
  releasedOn: string | null;
}

/**
 * Finds or creates sources (a handful per file) and maps the file's numbers to their ids, in one
 * statement; returns that map too.
 */
export async function stageSources(tx: SqlClient, sources: readonly StagedSource[]): Promise<Map<number, number>> {
  if (sources.length === 0) return new Map();
  await createStagedSources(tx);
  // A publisher, its page or a release date named in the file is kept; a file that names none does not erase a
  // known one.
  const rows = await tx.query<{ ref: number; id: number }>(
    `WITH file AS (SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[])
                     AS f(ref, title, url, publisher, publisher_url, released_on)),
          found AS (
            INSERT INTO source (title, url, publisher, publisher_url, released_on)
            SELECT DISTINCT ON (title, url) title, url, publisher, publisher_url, released_on FROM file
            ON CONFLICT (title, url) DO UPDATE
              SET publisher = CASE WHEN EXCLUDED.publisher <> '' THEN EXCLUDED.publisher ELSE source.publisher END,
                  publisher_url = CASE WHEN EXCLUDED.publisher_url <> '' THEN EXCLUDED.publisher_url ELSE source.publisher_url END,
                  released_on = COALESCE(EXCLUDED.released_on, source.released_on)
            RETURNING id, title, url)
     INSERT INTO ${STAGED_SOURCES} (ref, id) SELECT f.ref, s.id FROM file f JOIN found s USING (title, url)
     ON CONFLICT (ref) DO NOTHING RETURNING ref, id`,
    [
      sources.map((s) => s.ref),
      sources.map((s) => s.title),
      sources.map((s) => s.url),
      sources.map((s) => s.publisher),
      sources.map((s) => s.publisherUrl),
      sources.map((s) => s.releasedOn),
    ],
  );
  return new Map(rows.map((r) => [r.ref, r.id]));
}
