import { actorName, authorize, can, type Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import { badInput } from '../messages/errors.js';
import { VISIBLE_STATUSES, visibleObservations } from '../observations/visibility.js';
import { findMethodology } from './composites.service.js';
import { type CompositeComputation, computeComposite, type InputValue } from './compute.js';

// Composite index results stored for every kabupaten/kota of a province: what a Dinas Sosial presents and an RPJMD
// reports on must be the same figure tomorrow, with the inputs it came from. A stored set never changes (a trigger
// refuses updates); computing again makes the next version.

/** An input as read for a stored result: its value and where it stands in the verification cycle, and where from. */
export interface ObservedInput extends InputValue {
  status: string;
  sourceUrl: string | null;
  publisher: string | null;
  importBatchId: number | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface StoredRegionResult extends CompositeComputation {
  regionCode: string;
  regionName: string;
}

export interface StoredResultSet {
  id: number;
  methodologyCode: string;
  methodologyVersion: number;
  methodologyStatus: string;
  parentCode: string;
  period: string;
  version: number;
  provisional: boolean;
  computedBy: string;
  computedAt: string;
  results: StoredRegionResult[];
}

/** Statuses whose values may count towards a result: returned values are known to be wrong, drafts not yet submitted. */
const PROVISIONAL_STATUSES = [...VISIBLE_STATUSES, 'UNVERIFIED', 'DISPUTED'];

const yearOf = (period: string) => Number(period.slice(0, 4));

const noRegions = (parentCode: string, period: string) =>
  badInput({
    en: `No kabupaten/kota of ${parentCode} exists in ${period}: give a province's code.`,
    id: `Tidak ada kabupaten/kota di ${parentCode} pada ${period}: tuliskan kode provinsi.`,
  });

/** The kabupaten/kota of a province that exist in the year: the regions a provincial result covers. */
const CHILDREN = `SELECT code, name FROM region
  WHERE parent_code = $1 AND level = 'REGENCY_CITY'
    AND (exists_since IS NULL OR exists_since <= $2) AND (valid_until IS NULL OR valid_until >= $2)`;

/**
 * Computes the index for every kabupaten/kota of a province and stores it as the next version. Only VERIFIED and
 * PUBLISHED values count unless `includeUnverified` is set; then submitted values not yet verified count too and the
 * set is stored as provisional (never the figure to publish). Returned values and drafts never count.
 */
export async function computeAndStore(
  db: Database,
  viewer: Viewer,
  args: {
    methodologyCode: string;
    version: number | null;
    parent: { code: string; level: string };
    period: string;
    includeUnverified: boolean;
  },
): Promise<StoredResultSet> {
  const { parent, period } = args;
  authorize(viewer, 'verify', 'store composite index results', parent.code);
  if (parent.level !== 'PROVINCE')
    throw badInput({
      en: `Composite index results are stored for the kabupaten/kota of a province: “${parent.code}” is not a province.`,
      id: `Hasil indeks komposit disimpan untuk kabupaten/kota dalam satu provinsi: “${parent.code}” bukan provinsi.`,
    });
  const m = await findMethodology(db, args.methodologyCode, args.version);
  const indicatorCodes = [...new Set(m.definition.dimensions.flatMap((d) => d.components.map((c) => c.indicatorCode)))];
  const statuses = args.includeUnverified ? PROVISIONAL_STATUSES : [...VISIBLE_STATUSES];
  const rows = await db.sql.query<{
    regionCode: string;
    regionName: string;
    indicatorCode: string | null;
    value: number;
    status: string;
    source: string | null;
    sourceUrl: string | null;
    publisher: string | null;
    importBatchId: number | null;
    reviewedBy: string | null;
    reviewedAt: string | null;
  }>(
    `WITH r AS (${CHILDREN})
     SELECT r.code AS "regionCode", r.name AS "regionName", o.indicator_code AS "indicatorCode", o.value::float8 AS value,
       o.status::text AS status, s.title AS source, nullif(s.url, '') AS "sourceUrl", nullif(s.publisher, '') AS publisher,
       o.import_batch_id AS "importBatchId", o.reviewed_by AS "reviewedBy",
       to_char(o.reviewed_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "reviewedAt"
     FROM r LEFT JOIN observation o
       ON o.region_code = r.code AND o.indicator_code = ANY($3::text[]) AND o.period = $4 AND o.status::text = ANY($5::text[])
     LEFT JOIN source s ON s.id = o.source_id
     ORDER BY r.code`,
    [parent.code, yearOf(period), indicatorCodes, period, statuses],
  );
  if (!rows.length) throw noRegions(parent.code, period);
  const regions = new Map<string, { name: string; inputs: Map<string, ObservedInput> }>();
  for (const row of rows) {
    const region = regions.get(row.regionCode) ?? { name: row.regionName, inputs: new Map() };
    regions.set(row.regionCode, region);
    if (row.indicatorCode === null) continue;
    const { regionCode: _r, regionName: _n, indicatorCode, ...input } = row;
    region.inputs.set(indicatorCode, { ...input, period });
  }
  const results = [...regions].map(([regionCode, r]) => ({
    regionCode,
    regionName: r.name,
    ...computeComposite(m.definition, m.aggregation, r.inputs),
  }));
  if (!results.some((r) => r.value !== null)) {
    throw badInput({
      en: `No kabupaten/kota of ${parent.code} has every input of ${m.code} version ${m.version} for ${period}${args.includeUnverified ? '' : ' verified'}: nothing is stored. compositeInputGaps lists what is missing.`,
      id: `Tidak ada kabupaten/kota di ${parent.code} yang memiliki semua masukan ${m.code} versi ${m.version} untuk ${period}${args.includeUnverified ? '' : ' yang sudah diverifikasi'}: tidak ada yang disimpan. compositeInputGaps menunjukkan yang belum ada.`,
    });
  }
  const used = results.flatMap((r) =>
    r.dimensions.flatMap((d) => d.components.map((c) => (c.raw as ObservedInput | null)?.status)),
  );
  const provisional = used.some((s) => s !== undefined && !(VISIBLE_STATUSES as readonly string[]).includes(s));
  const computedBy = actorName(viewer);
  const stored = await db.transaction(async (tx) => {
    await tx.query('LOCK TABLE composite_result_set IN SHARE ROW EXCLUSIVE MODE');
    const [set] = await tx.query<{ id: number; version: number; computedAt: string }>(
      `INSERT INTO composite_result_set (methodology_id, methodology_code, parent_code, period, version, provisional, computed_by)
       SELECT $1, $2, $3, $4, coalesce(max(version), 0) + 1, $5, $6 FROM composite_result_set
       WHERE methodology_code = $2 AND parent_code = $3 AND period = $4
       RETURNING id, version, to_char(computed_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "computedAt"`,
      [m.id, m.code, parent.code, period, provisional, computedBy],
    );
    await tx.query(
      `INSERT INTO composite_result_value (result_set_id, region_code, value, formula, missing, steps)
       SELECT $1, t."regionCode", t.value, t.formula, ARRAY(SELECT jsonb_array_elements_text(t.missing)), t.steps
       FROM jsonb_to_recordset($2::jsonb) AS t("regionCode" text, value float8, formula text, missing jsonb, steps jsonb)`,
      [
        set!.id,
        JSON.stringify(
          results.map((r) => ({
            regionCode: r.regionCode,
            value: r.value,
            formula: r.formula,
            missing: r.missing,
            steps: r.dimensions,
          })),
        ),
      ],
    );
    return set!;
  });
  return {
    ...stored,
    methodologyCode: m.code,
    methodologyVersion: m.version,
    methodologyStatus: m.status,
    parentCode: parent.code,
    period,
    provisional,
    computedBy,
    results,
  };
}

/**
 * A stored result set, the latest or a given version, in one statement. Accounts that read only verified values see
 * only sets that are not provisional (the latest for them is the latest such set).
 */
export async function findResultSet(
  db: Database,
  viewer: Viewer,
  args: { methodologyCode: string; parentCode: string; period: string; version: number | null },
): Promise<StoredResultSet | null> {
  const [row] = await db.sql.query<
    Omit<StoredResultSet, 'results'> & {
      results: {
        regionCode: string;
        regionName: string;
        value: number | null;
        formula: string;
        missing: string[];
        steps: CompositeComputation['dimensions'];
      }[];
    }
  >(
    `SELECT s.id, s.methodology_code AS "methodologyCode", m.version AS "methodologyVersion", m.status::text AS "methodologyStatus",
       s.parent_code AS "parentCode", s.period, s.version, s.provisional, s.computed_by AS "computedBy",
       to_char(s.computed_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "computedAt",
       coalesce((SELECT json_agg(json_build_object('regionCode', v.region_code, 'regionName', r.name, 'value', v.value,
           'formula', v.formula, 'missing', v.missing, 'steps', v.steps) ORDER BY v.region_code)
         FROM composite_result_value v JOIN region r ON r.code = v.region_code WHERE v.result_set_id = s.id), '[]') AS results
     FROM composite_result_set s JOIN composite_methodology m ON m.id = s.methodology_id
     WHERE s.methodology_code = $1 AND s.parent_code = $2 AND s.period = $3 AND ($4::int IS NULL OR s.version = $4)
       AND ($5 OR NOT s.provisional)
     ORDER BY s.version DESC LIMIT 1`,
    [args.methodologyCode, args.parentCode, args.period, args.version, can(viewer, 'readUnverified')],
  );
  if (!row) return null;
  return {
    ...row,
    results: row.results.map(({ steps, ...r }) => ({ ...r, dimensions: steps })),
  };
}

export interface RegionInputGaps {
  regionCode: string;
  regionName: string;
  /** Inputs without any value the viewer can read for the period. */
  missing: string[];
  /** Inputs with a value not yet VERIFIED or PUBLISHED (readable only by accounts that read unverified values). */
  unverified: { indicatorCode: string; status: string }[];
}

export interface InputGaps {
  methodologyCode: string;
  methodologyVersion: number;
  parentCode: string;
  period: string;
  regionCount: number;
  completeCount: number;
  regions: RegionInputGaps[];
}

/** Which kabupaten/kota of a province lack which input of a method for a period: one statement. */
export async function findInputGaps(
  db: Database,
  viewer: Viewer,
  args: { methodologyCode: string; version: number | null; parentCode: string; period: string },
): Promise<InputGaps> {
  const rows = await db.sql.query<{
    version: number;
    regionCode: string;
    regionName: string;
    indicatorCode: string;
    status: string | null;
  }>(
    `WITH m AS (SELECT version, definition FROM composite_methodology WHERE code = $3 AND ($4::int IS NULL OR version = $4)
                ORDER BY version DESC LIMIT 1),
          i AS (SELECT DISTINCT c->>'indicatorCode' AS code FROM m, jsonb_array_elements(m.definition->'dimensions') d,
                  jsonb_array_elements(d->'components') c),
          r AS (${CHILDREN})
     SELECT m.version, r.code AS "regionCode", r.name AS "regionName", i.code AS "indicatorCode", o.status::text AS status
     FROM m CROSS JOIN r CROSS JOIN i
     LEFT JOIN observation o ON o.region_code = r.code AND o.indicator_code = i.code AND o.period = $5 AND ${visibleObservations(viewer)}
     ORDER BY r.code, i.code`,
    [args.parentCode, yearOf(args.period), args.methodologyCode, args.version, args.period],
  );
  if (!rows.length) {
    // Nothing came back: the method is unknown (findMethodology says so), or the province has no kabupaten/kota.
    await findMethodology(db, args.methodologyCode, args.version);
    throw noRegions(args.parentCode, args.period);
  }
  const regions = new Map<string, RegionInputGaps>();
  for (const row of rows) {
    const region = regions.get(row.regionCode) ?? {
      regionCode: row.regionCode,
      regionName: row.regionName,
      missing: [],
      unverified: [],
    };
    regions.set(row.regionCode, region);
    if (row.status === null) region.missing.push(row.indicatorCode);
    else if (!(VISIBLE_STATUSES as readonly string[]).includes(row.status))
      region.unverified.push({ indicatorCode: row.indicatorCode, status: row.status });
  }
  const all = [...regions.values()];
  const gaps = all.filter((r) => r.missing.length || r.unverified.length);
  return {
    methodologyCode: args.methodologyCode,
    methodologyVersion: rows[0]!.version,
    parentCode: args.parentCode,
    period: args.period,
    regionCount: all.length,
    completeCount: all.length - gaps.length,
    regions: gaps,
  };
}

export interface ResultSetSummary {
  period: string;
  version: number;
  provisional: boolean;
  methodologyVersion: number;
  computedBy: string;
  computedAt: string;
}

/**
 * The result sets stored for a method and province, newest period and version first (one statement): the periods a
 * page can offer. Accounts that read only verified values do not see provisional sets.
 */
export async function listResultSets(
  db: Database,
  viewer: Viewer,
  args: { methodologyCode: string; parentCode: string },
): Promise<ResultSetSummary[]> {
  return db.sql.query<ResultSetSummary>(
    `SELECT s.period, s.version, s.provisional, m.version AS "methodologyVersion", s.computed_by AS "computedBy",
       to_char(s.computed_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "computedAt"
     FROM composite_result_set s JOIN composite_methodology m ON m.id = s.methodology_id
     WHERE s.methodology_code = $1 AND s.parent_code = $2 AND ($3 OR NOT s.provisional)
     ORDER BY s.period DESC, s.version DESC LIMIT 200`,
    [args.methodologyCode, args.parentCode, can(viewer, 'readUnverified')],
  );
}
