import type { Database } from '../db/database.js';
import type { ProgrammeFigure } from './programmes.graphql.js';

export interface ProgrammeFigureFilter {
  programmeCodes: readonly string[] | null;
  regionCodes: readonly string[] | null;
  parentCode: string | null;
  year: number | null;
}

/**
 * Programme figures with their coverage and absorption, ordered by programme, region and year: one statement for any
 * number of regions (the programmeFigures query and every Region.programmeFigures of a request read through it).
 */
export async function readProgrammeFigures(db: Database, filter: ProgrammeFigureFilter): Promise<ProgrammeFigure[]> {
  const rows = await db.sql.query<Omit<ProgrammeFigure, 'coverage' | 'absorption'>>(
    `SELECT f.programme_code AS "programmeCode", f.region_code AS "regionCode", f.year, f.recipients::float8 AS recipients,
            f.eligible::float8 AS eligible, f.budget_allocated::float8 AS "budgetAllocated", f.budget_spent::float8 AS "budgetSpent",
            f.source_id AS "sourceId", to_char(b.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "dataAsOf"
     FROM programme_figure f LEFT JOIN import_batch b ON b.id = f.import_batch_id
     WHERE ($1::text[] IS NULL OR f.programme_code = ANY($1)) AND ($2::text[] IS NULL OR f.region_code = ANY($2))
       AND ($3::text IS NULL OR f.region_code LIKE $3 || '.%') AND ($4::int IS NULL OR f.year = $4)
     ORDER BY f.programme_code, f.region_code, f.year`,
    [filter.programmeCodes, filter.regionCodes, filter.parentCode, filter.year],
  );
  return rows.map((r) => ({
    ...r,
    coverage: ratio(r.recipients, r.eligible),
    absorption: ratio(r.budgetSpent, r.budgetAllocated),
  }));
}

// A percentage to four decimals.
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 ? null : Math.round((a / b) * 1e6) / 1e4;
