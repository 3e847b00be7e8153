import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import { PPKS_SET } from './target-group.js';

export interface TargetGroupCategory {
  code: string;
  position: number;
  nameId: string;
  nameEn: string;
  abbreviation: string | null;
}

/** The PPKS category of every activity and overlap of a request: one statement, however many rows ask. */
export function createActivityLoaders(db: Database) {
  const targetGroupByCode = new DataLoader<string, TargetGroupCategory | null>(async (codes) => {
    const rows = await db.sql.query<TargetGroupCategory>(
      `SELECT code, position, name_id AS "nameId", name_en AS "nameEn", abbreviation FROM breakdown_category
       WHERE set_code = $1 AND code = ANY($2::text[])`,
      [PPKS_SET, [...codes]],
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return codes.map((c) => byCode.get(c) ?? null);
  });
  return { targetGroupByCode };
}
