// The category sets (PPKS, PSKS) as held reference data: prisma/seed/breakdowns/*.json, applied at every start in a
// few set-based statements. A category is never deleted here (stored counts refer to it); one the file no longer lists
// keeps its counts and its name.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDir } from '../config.js';
import type { SqlClient } from '../db/database.js';

export interface CategoryDefinition {
  code: string;
  nameId: string;
  nameEn: string;
  abbreviation: string | null;
}

export interface BreakdownSetDefinition {
  code: string;
  nameId: string;
  nameEn: string;
  source: string;
  sourceUrl: string | null;
  /** The indicators counted by this set's categories. */
  indicators: string[];
  categories: CategoryDefinition[];
}

export const BREAKDOWN_SEED_DIR = join(seedDir, 'breakdowns');

export function readBreakdownSets(dir = BREAKDOWN_SEED_DIR): BreakdownSetDefinition[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { sets: BreakdownSetDefinition[] }).sets);
}

/** What the tables hold of the sets, in the seed file's shape, to compare with it. */
async function storedState(tx: SqlClient): Promise<string> {
  const [row] = await tx.query<{ state: unknown }>(
    `SELECT json_build_object(
       'sets', (SELECT json_agg(json_build_array(code, name_id, name_en, source, source_url) ORDER BY code) FROM breakdown_set),
       'categories', (SELECT json_agg(json_build_array(code, set_code, position, name_id, name_en, abbreviation) ORDER BY code)
                      FROM breakdown_category),
       'links', (SELECT json_agg(json_build_array(indicator_code, set_code) ORDER BY indicator_code) FROM indicator_breakdown)
     ) AS state`,
  );
  return JSON.stringify(typeof row?.state === 'string' ? JSON.parse(row.state) : row?.state);
}

/** The same for the seed file (codes compared as PostgreSQL orders them: plain ASCII codes sort alike). */
function wantedState(sets: readonly BreakdownSetDefinition[], indicators: ReadonlySet<string>): string {
  const byCode = <T extends unknown[]>(rows: T[]) =>
    rows.length ? rows.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)) : null;
  return JSON.stringify({
    sets: byCode(sets.map((s) => [s.code, s.nameId, s.nameEn, s.source, s.sourceUrl])),
    categories: byCode(
      sets.flatMap((s) => s.categories.map((c, i) => [c.code, s.code, i + 1, c.nameId, c.nameEn, c.abbreviation])),
    ),
    links: byCode(sets.flatMap((s) => s.indicators.filter((i) => indicators.has(i)).map((i) => [i, s.code]))),
  });
}

/**
 * Writes the sets, their categories and which indicator each breaks down, when the seed files differ from what is
 * stored (an unchanged file, every start but the first after a release, writes nothing); returns the categories
 * written.
 */
export async function applyBreakdownSets(
  tx: SqlClient,
  sets: readonly BreakdownSetDefinition[] = readBreakdownSets(),
): Promise<number> {
  if (sets.length === 0) return 0;
  const indicators = await tx.query<{ code: string }>('SELECT code FROM indicator WHERE code = ANY($1::text[])', [
    sets.flatMap((s) => s.indicators),
  ]);
  if ((await storedState(tx)) === wantedState(sets, new Set(indicators.map((i) => i.code)))) return 0;
  await tx.query(
    `INSERT INTO breakdown_set (code, name_id, name_en, source, source_url)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (code) DO UPDATE SET name_id = EXCLUDED.name_id, name_en = EXCLUDED.name_en, source = EXCLUDED.source,
       source_url = EXCLUDED.source_url`,
    [
      sets.map((s) => s.code),
      sets.map((s) => s.nameId),
      sets.map((s) => s.nameEn),
      sets.map((s) => s.source),
      sets.map((s) => s.sourceUrl),
    ],
  );
  const categories = sets.flatMap((s) => s.categories.map((c, i) => ({ ...c, set: s.code, position: i + 1 })));
  // Positions move out of the way first: the unique (set, position) index is checked row by row.
  await tx.query('UPDATE breakdown_category SET position = -position WHERE set_code = ANY($1::text[]) AND position > 0', [
    sets.map((s) => s.code),
  ]);
  await tx.query(
    `INSERT INTO breakdown_category (code, set_code, position, name_id, name_en, abbreviation)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (code) DO UPDATE SET set_code = EXCLUDED.set_code, position = EXCLUDED.position, name_id = EXCLUDED.name_id,
       name_en = EXCLUDED.name_en, abbreviation = EXCLUDED.abbreviation`,
    [
      categories.map((c) => c.code),
      categories.map((c) => c.set),
      categories.map((c) => c.position),
      categories.map((c) => c.nameId),
      categories.map((c) => c.nameEn),
      categories.map((c) => c.abbreviation),
    ],
  );
  const links = sets.flatMap((s) => s.indicators.map((indicator) => [indicator, s.code] as const));
  // Only indicators the catalogue holds (an administrator may have retired one).
  await tx.query(
    `INSERT INTO indicator_breakdown (indicator_code, set_code)
     SELECT l.indicator, l.set FROM unnest($1::text[], $2::text[]) AS l(indicator, set) JOIN indicator i ON i.code = l.indicator
     ON CONFLICT (indicator_code) DO UPDATE SET set_code = EXCLUDED.set_code`,
    [links.map((l) => l[0]), links.map((l) => l[1])],
  );
  return categories.length;
}
