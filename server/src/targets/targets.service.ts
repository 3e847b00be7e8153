import type { Viewer } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { badInput } from '../messages/errors.js';
import { breaksFor, buildSeries, pickFrequency, type SeriesBreakRule, sinceLastBreak } from '../observations/series.js';
import { type Visibility, visibleObservations, visibleRows } from '../observations/visibility.js';
import { unknownCodeError } from '../reference/lookups.js';
import { type Direction, distanceToGoal, type Point, type Progress, progressToTarget, type TargetSpec } from './progress.js';

export interface DocumentRecord {
  code: string;
  kind: string;
  title: string;
  level: string;
  regionCode: string;
  startYear: number;
  endYear: number;
  legalBasis: string | null;
  url: string | null;
}

export interface TargetRecord extends TargetSpec {
  documentCode: string;
  indicatorCode: string;
  regionCode: string;
  baselineYear: number | null;
  baselineValue: number | null;
  note: string | null;
  /** VerificationStatus: UNVERIFIED, RETURNED, VERIFIED or PUBLISHED. */
  status: string;
}

export interface ProgressResult extends Progress {
  regionCode: string;
  indicatorCode: string;
  documentCode: string;
  /** Region whose target is applied: the region itself, or the document's region for a benchmark. */
  targetRegionCode: string | null;
  target: TargetRecord | null;
  /** See distanceToGoal. */
  distanceToTarget: number | null;
}

/** Regions one scorecard may score: every kabupaten/kota of the country fits. */
export const MAX_SCORECARD_REGIONS = 600;

export type ScorecardRows =
  | { kind: 'document' }
  | { kind: 'children'; parentCode: string; includeParent: boolean }
  | { kind: 'regions'; regionCodes: string[] };

/** Which regions a scorecard scores, from its arguments; contradictory ones are refused with what to change. */
export function scorecardRows(args: {
  parentCode: string | null;
  includeParent: boolean;
  regionCodes: string[] | null;
}): ScorecardRows {
  const { parentCode, includeParent, regionCodes } = args;
  if (parentCode !== null && regionCodes !== null) {
    throw badInput(
      'Pass parentCode or regionCodes, not both: parentCode scores the regions under a parent, regionCodes exactly the regions listed.',
    );
  }
  if (includeParent && parentCode === null) {
    throw badInput('includeParent needs parentCode: it adds the parent as the first row, above the regions under it.');
  }
  if (regionCodes !== null) {
    if (regionCodes.length > MAX_SCORECARD_REGIONS) {
      throw badInput(`A scorecard holds at most ${MAX_SCORECARD_REGIONS} regions, got ${regionCodes.length}.`);
    }
    return { kind: 'regions', regionCodes };
  }
  return parentCode === null ? { kind: 'document' } : { kind: 'children', parentCode, includeParent };
}

export async function findDocuments(db: Database): Promise<DocumentRecord[]> {
  return db.sql.query<DocumentRecord>(
    `SELECT code, kind::text AS kind, title, level::text AS level, region_code AS "regionCode", start_year AS "startYear",
            end_year AS "endYear", legal_basis AS "legalBasis", url FROM planning_document ORDER BY start_year, code`,
    [],
    { prepare: true },
  );
}

/** The document of `code` among `documents`, or an error naming where the list is. */
export function findDocument(documents: readonly DocumentRecord[], code: string): DocumentRecord {
  const doc = documents.find((d) => d.code === code);
  if (!doc)
    throw unknownCodeError(
      'document',
      code,
      documents.map((d) => ({ code: d.code, names: [d.title] })),
    );
  return doc;
}

/**
 * The targets of the documents that a reader of `visibility` may see (see visibility.ts): every target, or only the
 * VERIFIED and PUBLISHED ones, as if the others did not exist — in the document's list, progress and scorecards alike.
 */
export async function targetsOf(db: Database, documentCodes: readonly string[], visibility: Visibility): Promise<TargetRecord[]> {
  return db.sql.query<TargetRecord>(
    `SELECT document_code AS "documentCode", indicator_code AS "indicatorCode", region_code AS "regionCode", year,
            value::float8 AS value, lower_bound::float8 AS "lowerBound", upper_bound::float8 AS "upperBound",
            baseline_year AS "baselineYear", baseline_value::float8 AS "baselineValue", note, status::text AS status
     FROM target t WHERE document_code = ANY($1::text[]) AND ${visibleRows(visibility, 't')}
     ORDER BY document_code, indicator_code, region_code, year`,
    [[...documentCodes]],
    { prepare: true },
  );
}

/**
 * The observations of every (region, indicator) pair that the viewer may read (see visibility.ts), in one statement
 * whatever the number of pairs.
 */
export async function observationsOfPairs(
  db: Database,
  viewer: Viewer,
  pairs: readonly { regionCode: string; indicatorCode: string }[],
): Promise<PairObservation[]> {
  if (!pairs.length) return [];
  return db.sql.query<PairObservation>(
    `SELECT o.region_code AS "regionCode", o.indicator_code AS "indicatorCode", o.period, o.year, o.subperiod, o.value::float8 AS value
     FROM observation o JOIN unnest($1::text[], $2::text[]) AS p(region_code, indicator_code)
       ON o.region_code = p.region_code AND o.indicator_code = p.indicator_code
     WHERE ${visibleObservations(viewer)}`,
    [pairs.map((p) => p.regionCode), pairs.map((p) => p.indicatorCode)],
    { prepare: true },
  );
}

export interface PairObservation {
  regionCode: string;
  indicatorCode: string;
  period: string;
  year: number;
  subperiod: number;
  value: number;
}

/**
 * Progress of every (region, indicator) pair against a document's targets (as loaded by targetsOf), in one statement
 * whatever the number of pairs. A region without its own target in the document is measured
 * against the document's own region (e.g. a province against the RPJMN national target).
 */
export async function progressFor(
  db: Database,
  viewer: Viewer,
  doc: DocumentRecord,
  targets: readonly TargetRecord[],
  pairs: readonly { regionCode: string; indicatorCode: string }[],
  indicators: ReadonlyMap<string, IndicatorRecord>,
  breaks: readonly SeriesBreakRule[],
  targetYear: number | null,
): Promise<ProgressResult[]> {
  return progressOf(doc, targets, pairs, await observationsOfPairs(db, viewer, pairs), indicators, breaks, targetYear);
}

/** progressFor on observations already read with observationsOfPairs. */
export function progressOf(
  doc: DocumentRecord,
  targets: readonly TargetRecord[],
  pairs: readonly { regionCode: string; indicatorCode: string }[],
  rows: readonly PairObservation[],
  indicators: ReadonlyMap<string, IndicatorRecord>,
  breaks: readonly SeriesBreakRule[],
  targetYear: number | null,
): ProgressResult[] {
  const chosen = (indicatorCode: string, regionCode: string) => {
    const own = targets.filter((t) => t.indicatorCode === indicatorCode && t.regionCode === regionCode);
    const pool = own.length ? own : targets.filter((t) => t.indicatorCode === indicatorCode && t.regionCode === doc.regionCode);
    // The requested year, else the document's final target for the indicator.
    return (targetYear == null ? pool[pool.length - 1] : pool.find((t) => t.year === targetYear)) ?? null;
  };
  const grouped = new Map<string, Point[]>();
  for (const r of rows) {
    const key = `${r.regionCode}|${r.indicatorCode}`;
    // A plain object of its own rather than a spread of the driver's row: spreading those costs several times more.
    const point: Point = { period: r.period, year: r.year, subperiod: r.subperiod, value: r.value };
    const list = grouped.get(key);
    if (list) list.push(point);
    else grouped.set(key, [point]);
  }
  return pairs.map(({ regionCode, indicatorCode }) => {
    const indicator = indicators.get(indicatorCode);
    const target = chosen(indicatorCode, regionCode);
    const points = grouped.get(`${regionCode}|${indicatorCode}`) ?? [];
    const series = buildSeries(points, breaksFor(breaks, indicatorCode, regionCode), pickFrequency(points, 'AUTO'));
    const comparable = sinceLastBreak(series);
    const progress = progressToTarget({
      direction: (indicator?.direction ?? 'NEUTRAL') as Direction,
      target,
      points: comparable,
      baseline:
        target?.regionCode === regionCode && target.baselineYear !== null && target.baselineValue !== null
          ? { year: target.baselineYear, value: target.baselineValue }
          : null,
      documentStartYear: doc.startYear,
      // A target for a year refers to the round its annual figure comes from (poverty: March; TPT: August).
      targetMonth: comparable.some((p) => p.subperiod > 0) ? (indicator?.annualRound ?? 0) : 0,
    });
    return {
      status: progress.status,
      baseline: progress.baseline,
      latest: progress.latest,
      goal: progress.goal,
      requiredChangePerYear: progress.requiredChangePerYear,
      actualChangePerYear: progress.actualChangePerYear,
      projectedValue: progress.projectedValue,
      gapScore: progress.gapScore,
      distanceToTarget: distanceToGoal(
        progress.latest?.value ?? null,
        progress.goal,
        (indicator?.direction ?? 'NEUTRAL') as Direction,
      ),
      regionCode,
      indicatorCode,
      documentCode: doc.code,
      targetRegionCode: target?.regionCode ?? null,
      target,
    };
  });
}
