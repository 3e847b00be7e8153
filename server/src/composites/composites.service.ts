import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorName, authorize, forbidden, regionCovers, scopesFor, type Viewer } from '../accounts/viewer.js';
import { seedDir } from '../config.js';
import type { Database, SqlClient } from '../db/database.js';
import { badInput, withIndonesian } from '../messages/errors.js';
import type { Localized } from '../messages/language.js';
import { visibleObservations } from '../observations/visibility.js';
import { NATIONAL_CODE } from '../regions/registry.js';
import { type CompositeComputation, computeComposite, type InputValue } from './compute.js';
import {
  type Aggregation,
  codeProblem,
  type MethodologyDefinition,
  type MethodologyStatusValue,
  officialProblems,
  validateDefinition,
} from './methodology.js';

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
  sourceUrl: string | null;
  legalBasis: string | null;
  regionCode: string;
  /** The catalogue indicator its results are published to (publishResultSet); null: they are not published. */
  resultIndicatorCode: string | null;
  createdBy: string;
  createdAt: string;
}

const COLUMNS = `id, code, version, name_id AS "nameId", name_en AS "nameEn", description_id AS "descriptionId", status::text AS status,
  aggregation, definition, source, source_url AS "sourceUrl", legal_basis AS "legalBasis",
  region_code AS "regionCode", result_indicator_code AS "resultIndicatorCode", created_by AS "createdBy", to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

/** Example methods shipped with the code; stored once and never changed (versions are immutable). */
export async function storeExampleMethodologies(tx: SqlClient): Promise<void> {
  const rows = JSON.parse(readFileSync(join(seedDir, 'composites.json'), 'utf8')) as Omit<
    MethodologyRecord,
    'id' | 'createdBy' | 'createdAt' | 'sourceUrl' | 'legalBasis' | 'regionCode'
  >[];
  await tx.query(
    `INSERT INTO composite_methodology (code, version, name_id, name_en, description_id, status, aggregation, definition, source,
       result_indicator_code, created_by)
     SELECT code, version, "nameId", "nameEn", "descriptionId", status::"MethodologyStatus", aggregation, definition, source,
       "resultIndicatorCode", 'seed'
     FROM json_to_recordset($1::json) AS t(code text, version int, "nameId" text, "nameEn" text, "descriptionId" text, status text,
       aggregation text, definition jsonb, source text, "resultIndicatorCode" text)
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
  status: MethodologyStatusValue;
  aggregation: string;
  source: string | null;
  sourceUrl?: string | null;
  legalBasis?: string | null;
  /** The catalogue indicator results are published to; without it, results stay in their result sets. */
  resultIndicatorCode?: string | null;
  definition: MethodologyDefinition;
}

/**
 * Methods are defined by a national administrator or a province's (the province loads the method as published to
 * compute its kabupaten/kota); a kabupaten/kota administrator is refused with 403.
 */
export function authorizeMethodology(viewer: Viewer): void {
  authorize(viewer, 'administer', 'define composite methodologies');
  const scopes = scopesFor(viewer, 'administer');
  if (scopes.some((code) => code === NATIONAL_CODE || !code.includes('.'))) return;
  throw withIndonesian(
    forbidden(
      `Your account (${actorName(viewer)}) may not define composite methodologies: that needs a national or provincial administrator.`,
    ),
    `Akun Anda (${actorName(viewer)}) tidak boleh menetapkan metodologi indeks komposit: itu memerlukan administrator nasional atau provinsi.`,
  );
}

/**
 * The region whose administrators keep a code: the first version's, for a code that exists (refused, in words, when the
 * viewer's administration does not cover it, so that a province cannot replace the method the country or another
 * province uses); for a new code, the country for a national administrator, else the administrator's province.
 */
export async function methodologyOwner(
  sql: SqlClient,
  viewer: Viewer,
  code: string,
): Promise<{ owner: string } | { problem: Localized }> {
  const [existing] = await sql.query<{ regionCode: string }>(
    'SELECT region_code AS "regionCode" FROM composite_methodology WHERE code = $1 ORDER BY version LIMIT 1',
    [code.trim()],
  );
  const scopes = scopesFor(viewer, 'administer')
    .filter((c) => c === NATIONAL_CODE || !c.includes('.'))
    .sort();
  if (!existing) return { owner: scopes.includes(NATIONAL_CODE) ? NATIONAL_CODE : (scopes[0] ?? NATIONAL_CODE) };
  if (scopes.some((s) => regionCovers(s, existing.regionCode))) return { owner: existing.regionCode };
  const name = actorName(viewer);
  return {
    problem: {
      en: `Methodology “${code}” is kept by the administrators of ${existing.regionCode}: your account (${name}) may not add a version to it. Give your province's method its own code.`,
      id: `Metodologi “${code}” dikelola administrator ${existing.regionCode}: akun Anda (${name}) tidak boleh menambah versinya. Beri metode provinsi Anda kode sendiri.`,
    },
  };
}

/** The problems of a new version in words (empty when it can be stored), and its definition as it would be stored. */
export async function checkMethodology(
  sql: SqlClient,
  input: NewMethodology,
): Promise<{ problems: string[]; definition: MethodologyDefinition }> {
  const indicators = await sql.query<{ code: string; direction: string }>(
    'SELECT code, direction::text AS direction FROM indicator',
  );
  const problems = [
    ...[codeProblem(input.code, 'A methodology')].filter((p): p is string => p !== null),
    ...validateDefinition(input.definition, input.aggregation, new Set(indicators.map((i) => i.code))),
    ...resultIndicatorProblems(input, new Set(indicators.map((i) => i.code))),
    ...officialProblems({
      status: input.status,
      source: input.source,
      sourceUrl: input.sourceUrl ?? null,
      legalBasis: input.legalBasis ?? null,
    }),
  ];
  const lowerIsBetter = new Set(indicators.filter((i) => i.direction === 'LOWER_IS_BETTER').map((i) => i.code));
  // Unless told otherwise, a lower-is-better indicator scores higher when it is lower.
  const definition: MethodologyDefinition = {
    ...input.definition,
    dimensions: (input.definition.dimensions ?? []).map((d) => ({
      ...d,
      components: (d.components ?? []).map((c) => ({ ...c, invert: c.invert ?? lowerIsBetter.has(c.indicatorCode) })),
    })),
  };
  return { problems, definition };
}

/** Writes a checked version: version 1 for a new code, else one above the highest stored. */
export async function storeMethodology(
  tx: SqlClient,
  input: NewMethodology,
  definition: MethodologyDefinition,
  createdBy: string,
  owner: string,
): Promise<MethodologyRecord> {
  await tx.query('LOCK TABLE composite_methodology IN SHARE ROW EXCLUSIVE MODE');
  const [row] = await tx.query<MethodologyRecord>(
    `INSERT INTO composite_methodology (code, version, name_id, name_en, description_id, status, aggregation, definition, source,
       source_url, legal_basis, region_code, result_indicator_code, created_by)
     SELECT $1, coalesce((SELECT max(version) FROM composite_methodology WHERE code = $1), 0) + 1, $2, $3, $4, $5::"MethodologyStatus", $6,
       $7::jsonb, $8, $9, $10, coalesce((SELECT region_code FROM composite_methodology WHERE code = $1 ORDER BY version LIMIT 1), $12),
       $13, $11
     RETURNING ${COLUMNS}`,
    [
      input.code.trim(),
      input.nameId,
      input.nameEn,
      input.descriptionId,
      input.status,
      input.aggregation,
      JSON.stringify(definition),
      input.source?.trim() || null,
      input.sourceUrl?.trim() || null,
      input.legalBasis?.trim() || null,
      createdBy,
      owner,
      input.resultIndicatorCode?.trim() || null,
    ],
  );
  return row!;
}

/** A result indicator must be in the catalogue and must not be one of the method's own inputs. */
function resultIndicatorProblems(input: NewMethodology, known: ReadonlySet<string>): string[] {
  const code = input.resultIndicatorCode?.trim();
  if (!code) return [];
  if (!known.has(code)) return [`Result indicator “${code.slice(0, 80)}”: unknown indicator.`];
  const inputs = (input.definition.dimensions ?? []).flatMap((d) => (d.components ?? []).map((c) => c.indicatorCode));
  return inputs.includes(code) ? [`Result indicator “${code}” is also an input of the method.`] : [];
}

/** Stores a new version of a method (version 1 for a new code) after checking it; the same checks as a methodology file. */
export async function defineMethodology(db: Database, input: NewMethodology, viewer: Viewer): Promise<MethodologyRecord> {
  authorizeMethodology(viewer);
  const owned = await methodologyOwner(db.sql, viewer, input.code);
  if ('problem' in owned) throw withIndonesian(forbidden(owned.problem.en), owned.problem.id);
  const { problems, definition } = await checkMethodology(db.sql, input);
  if (problems.length) throw badInput(`The methodology cannot be stored: ${problems.join(' ')}`, { problems });
  return db.transaction((tx) => storeMethodology(tx, input, definition, actorName(viewer), owned.owner));
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
    status: string;
  }>(
    `SELECT o.region_code AS "regionCode", o.indicator_code AS "indicatorCode", o.value::float8 AS value, o.period, s.title AS source,
       o.status::text AS status
     FROM observation o LEFT JOIN source s ON s.id = o.source_id
     WHERE o.indicator_code = ANY($1::text[]) AND o.region_code = ANY($2::text[]) AND o.period = $3
       AND ${visibleObservations(viewer)}`,
    [indicatorCodes, [...regionCodes], period],
  );
  return regionCodes.map((regionCode) => {
    const inputs = new Map<string, InputValue>(
      rows
        .filter((r) => r.regionCode === regionCode)
        .map((r) => [r.indicatorCode, { value: r.value, period: r.period, source: r.source, status: r.status }]),
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
