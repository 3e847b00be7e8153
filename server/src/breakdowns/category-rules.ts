import type { SqlClient } from '../db/database.js';
import { type CategoryRef, type CategoryRule, categoryRule } from './categories.js';

/** Every indicator counted by category, with its categories in the regulation's order: one statement. */
export async function loadCategoryRules(sql: SqlClient): Promise<Map<string, CategoryRule>> {
  const rows = await sql.query<{ indicator: string; setCode: string; setName: string; categories: CategoryRef[] }>(
    `SELECT ib.indicator_code AS indicator, s.code AS "setCode", s.name_id AS "setName",
            json_agg(json_build_object('code', c.code, 'nameId', c.name_id, 'nameEn', c.name_en, 'abbreviation', c.abbreviation)
                     ORDER BY c.position) AS categories
     FROM indicator_breakdown ib JOIN breakdown_set s ON s.code = ib.set_code JOIN breakdown_category c ON c.set_code = s.code
     WHERE c.position > 0
     GROUP BY ib.indicator_code, s.code, s.name_id`,
  );
  return new Map(rows.map((r) => [r.indicator, categoryRule(r.setCode, r.setName, parsed(r.categories))]));
}

const parsed = (value: CategoryRef[] | string): CategoryRef[] => (typeof value === 'string' ? JSON.parse(value) : value);
