import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDir } from '../config.js';
import type { SqlClient } from '../db/database.js';

export interface CatalogueProgramme {
  code: string;
  scope: 'NATIONAL' | 'REGIONAL';
  parentCode: string | null;
  nameId: string;
  nameEn: string;
  descriptionId: string | null;
  recipientUnit: string | null;
}

export function readProgrammeCatalogue(): CatalogueProgramme[] {
  return JSON.parse(readFileSync(join(seedDir, 'programmes.json'), 'utf8')) as CatalogueProgramme[];
}

/** Upserts national programmes and the Permendagri 90/2019 nomenclature (parents listed first). */
export async function upsertProgrammes(sql: SqlClient, programmes: readonly CatalogueProgramme[]): Promise<void> {
  await sql.query(
    `INSERT INTO programme (code, scope, parent_code, name_id, name_en, description_id, recipient_unit)
     SELECT code, scope::"ProgrammeScope", "parentCode", "nameId", "nameEn", "descriptionId", "recipientUnit"
     FROM json_to_recordset($1::json) AS t(code text, scope text, "parentCode" text, "nameId" text, "nameEn" text,
       "descriptionId" text, "recipientUnit" text)
     ON CONFLICT (code) DO UPDATE SET scope = EXCLUDED.scope, parent_code = EXCLUDED.parent_code,
       name_id = EXCLUDED.name_id, name_en = EXCLUDED.name_en, description_id = EXCLUDED.description_id,
       recipient_unit = EXCLUDED.recipient_unit`,
    [JSON.stringify(programmes)],
  );
}
