// A case of the scale bench (bench.ts): one operation at one size, sent to the API over HTTP and answered by one SQL
// statement, whose rows must be the same as the API's. Cases live in files named *.cases.ts in this folder, each
// exporting `cases`; the bench finds them all, so a file of new cases needs no change elsewhere.
import type { Database } from '../../src/db/database.js';

/** The size of the answer, named by the level of the regions it is about. */
export type ScaleSize = 'kab/kota' | 'kecamatan' | 'desa';
export const SCALE_SIZES: readonly ScaleSize[] = ['kab/kota', 'kecamatan', 'desa'];

export interface ScaleCase {
  /** The operation, the same for its three sizes ("comparison", "roll-up", …): a row of the table. */
  operation: string;
  size: ScaleSize;
  /** What is asked, e.g. "all desa of Kabupaten Gorontalo (75.01)". */
  scope: string;
  query: string;
  /**
   * Run once before timing, on the bench's database: the request's variables and the SQL statement's parameters (for
   * lists of region codes read from the registry).
   */
  prepare?: (db: Database) => Promise<{ variables?: Record<string, unknown>; params?: unknown[] }>;
  /** ONE statement giving the same answer. */
  sql: string;
  /** The API's `data` and the statement's rows as the same plain rows, in the same order, to be checked equal. */
  fromApi: (data: Record<string, unknown>) => unknown[];
  fromSql: (rows: Record<string, unknown>[]) => unknown[];
}

/** A number as both sides give it, rounded where float arithmetic may differ in the last places (sums of ratios). */
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v) * 1e6) / 1e6);

/** Rows sorted by their JSON text: the API and SQL may list them in different orders where the order is not asked. */
export const sorted = (rows: unknown[]): unknown[] =>
  rows
    .map((r) => JSON.stringify(r))
    .sort()
    .map((t) => JSON.parse(t) as unknown);
