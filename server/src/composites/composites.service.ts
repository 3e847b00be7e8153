import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Viewer } from '../accounts/viewer.js';
import { seedDir } from '../config.js';
import type { Database, SqlClient } from '../db/database.js';
import { badInput } from '../graphql/errors.js';
import { visibleObservations } from '../observations/visibility.js';
import { type CompositeComputation, computeComposite, type InputValue } from './compute.js';
import { type Aggregation, type MethodologyDefinition, validateDefinition } from './methodology.js';

export interface MethodologyRecord {
  id: number;
  code: string;
  version: number;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  status: 'EXAMPLE' | 'DRAFT' | 'OFFICIAL';
  aggregation: Aggregation;
  definition: MethodologyDefinition;
  source: string | null;
  createdBy: string;
  createdAt: string;
}

const COLUMNS = `id, code, version, name_id AS "nameId", name_en AS "nameEn", description_id AS "descriptionId", status::text AS status,
  aggregation, definition, source, created_by AS "createdBy", to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

/** Example methods shipped with the code; stored once and never changed (versions are immutable). */
export async function storeExampleMethodologies(tx: SqlClient): Promise<void> {
  const rows = JSON.parse(readFileSync(join(seedDir, 'composites.json'), 'utf8')) as Omit<
    MethodologyRecord,
    'id' | 'createdBy' | 'createdAt'
  >[];
  await tx.query(
    `INSERT INTO composite_methodology (code, version, name_id, name_en, description_id, status, aggregation, definition, source, created_by)
     SELECT code, version, "nameId", "nameEn", "descriptionId", status::"MethodologyStatus", aggregation, definition, source, 'seed'
     FROM json_to_recordset($1::json) AS t(code text, version int, "nameId" text, "nameEn" text, "descriptionId" text, status text,
       aggregation text, definition jsonb, source text)
     ON CONFLICT (code, version) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

export async function findMethodologies(db: Database, code?: string | null): Promise<MethodologyRecord[]> {
  return db.sql.query<MethodologyRecord>(
    `SELECT ${COLUMNS} FROM composite_methodology WHERE ($1::text IS NULL OR code = $1) ORDER BY code, version`,
    [code ?? null],
  );
}

export async function findMethodology(db: Database, code: string, version: number | null): Promise<MethodologyRecord> {
  const versions = await findMethodologies(db, code);
  const found = version == null ? versions[versions.length - 1] : versions.find((m) => m.version === version);
  if (!found) {
    throw badInput(
      version == null
        ? `Unknown methodology “${code}”. The list is in \`compositeMethodologies\`.`
        : `Methodology “${code}” has no version ${version}.`,
    );
  }
  return found;
}

export interface NewMethodology {
  code: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  status: 'DRAFT' | 'OFFICIAL';
  aggregation: string;
  source: string | null;
  definition: MethodologyDefinition;
}

/** Stores a new version of a method (version 1 for a new code) after checking it. */
export async function defineMethodology(db: Database, input: NewMethodology, createdBy: string): Promise<MethodologyRecord> {
  const indicators = await db.sql.query<{ code: string; direction: string }>(
    'SELECT code, direction::text AS direction FROM indicator',
  );
  const problems = validateDefinition(input.definition, input.aggregation, new Set(indicators.map((i) => i.code)));
  if (problems.length) throw badInput(`The methodology cannot be stored: ${problems.join(' ')}`, { problems });
  const lowerIsBetter = new Set(indicators.filter((i) => i.direction === 'LOWER_IS_BETTER').map((i) => i.code));
  // Unless told otherwise, a lower-is-better indicator scores higher when it is lower.
  const definition: MethodologyDefinition = {
    ...input.definition,
    dimensions: input.definition.dimensions.map((d) => ({
      ...d,
      components: d.components.map((c) => ({ ...c, invert: c.invert ?? lowerIsBetter.has(c.indicatorCode) })),
    })),
  };
  return db.transaction(async (tx) => {
    await tx.query('LOCK TABLE composite_methodology IN SHARE ROW EXCLUSIVE MODE');
    const [row] = await tx.query<MethodologyRecord>(
      `INSERT INTO composite_methodology (code, version, name_id, name_en, description_id, status, aggregation, definition, source, created_by)
       SELECT $1, coalesce((SELECT max(version) FROM composite_methodology WHERE code = $1), 0) + 1, $2, $3, $4, $5::"MethodologyStatus", $6, $7::jsonb, $8, $9
       RETURNING ${COLUMNS}`,
      [
        input.code.trim(),
        input.nameId,
        input.nameEn,
        input.descriptionId,
        input.status,
        input.aggregation,
        JSON.stringify(definition),
        input.source,
        createdBy,
      ],
    );
    return row!;
  });
}

export interface CompositeResultRecord extends CompositeComputation {
  methodologyCode: string;
  version: number;
  regionCode: string;
  period: string;
}

/** The index for many regions in one period: one statement for all inputs, those the viewer may read (see visibility.ts). */
export async function computeForRegions(
  db: Database,
  viewer: Viewer,
  m: MethodologyRecord,
  regionCodes: readonly string[],
  period: string,
): Promise<CompositeResultRecord[]> {
  if (regionCodes.length > 600) throw badInput('At most 600 regions at once.');
  const indicatorCodes = [...new Set(m.definition.dimensions.flatMap((d) => d.components.map((c) => c.indicatorCode)))];
  const rows = await db.sql.query<{
    regionCode: string;
    indicatorCode: string;
    value: number;
    period: string;
    source: string | null;
  }>(
    `SELECT o.region_code AS "regionCode", o.indicator_code AS "indicatorCode", o.value::float8 AS value, o.period, s.title AS source
     FROM observation o LEFT JOIN source s ON s.id = o.source_id
     WHERE o.indicator_code = ANY($1::text[]) AND o.region_code = ANY($2::text[]) AND o.period = $3
       AND ${visibleObservations(viewer)}`,
    [indicatorCodes, [...regionCodes], period],
  );
  return regionCodes.map((regionCode) => {
    const inputs = new Map<string, InputValue>(
      rows
        .filter((r) => r.regionCode === regionCode)
        .map((r) => [r.indicatorCode, { value: r.value, period: r.period, source: r.source }]),
    );
    return {
      methodologyCode: m.code,
      version: m.version,
      regionCode,
      period,
      ...computeComposite(m.definition, m.aggregation, inputs),
    };
  });
}
