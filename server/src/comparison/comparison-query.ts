import { applyListArgs, type FilterFields, type ListArgs, type OrderFields } from '../filters/filter.rules.js';
import { parseStoredPeriod } from '../observations/periods.js';
import { existedIn } from '../regions/existence.js';
import type { ComparisonResult } from './comparison.service.js';

type Row = ComparisonResult['rows'][number];

/** A comparison after `where`, `orderBy` and `first`: what the rows were cut from is kept for what is missing. */
export interface QueriedComparison extends ComparisonResult {
  /** Rows meeting `where`, before `first`. */
  matchedCount: number;
  /** Every region ranked, whatever `where` kept. */
  rankedCodes: readonly string[];
}

const ROW_FIELDS: FilterFields<Row> = {
  value: { kind: 'number', get: (r) => r.value },
  change: { kind: 'number', get: (r) => r.change },
  previousValue: { kind: 'number', get: (r) => r.previousValue },
  rank: { kind: 'number', get: (r) => r.rank },
  quartile: { kind: 'number', get: (r) => r.quartile },
  differenceFromParent: { kind: 'number', get: (r) => r.differenceFromParent },
  differenceFromNational: { kind: 'number', get: (r) => r.differenceFromNational },
  regionCode: { kind: 'text', get: (r) => r.regionCode },
  regionName: { kind: 'text', get: (r) => r.regionName },
  status: { kind: 'choice', get: (r) => r.status },
  changeNotComparable: { kind: 'boolean', get: (r) => r.changeNotComparable },
};

const ROW_ORDER: OrderFields<Row> = {
  RANK: (r) => r.rank,
  VALUE: (r) => r.value,
  CHANGE: (r) => r.change,
  PREVIOUS_VALUE: (r) => r.previousValue,
  DIFFERENCE_FROM_PARENT: (r) => r.differenceFromParent,
  DIFFERENCE_FROM_NATIONAL: (r) => r.differenceFromNational,
  REGION_NAME: (r) => r.regionName,
  REGION_CODE: (r) => r.regionCode,
};

/** The comparison's rows filtered, ordered and cut as asked (checked with checkListArgs first). */
export function queryComparison(result: ComparisonResult, args: ListArgs): QueriedComparison {
  const { rows, matchedCount } = applyListArgs(result.rows, args, ROW_FIELDS, ROW_ORDER);
  return { ...result, rows, matchedCount, rankedCodes: result.rows.map((r) => r.regionCode) };
}

/** A region of a comparison's level under its parent, with the years it existed. */
export interface ScopeRegion {
  code: string;
  existsSince: number | null;
  validUntil: number | null;
}

/**
 * The regions of the level under the parent that existed in the period's year but have no value in it that the
 * viewer may read: what makes the answer partial. Without a period (no values at all), every region existing now.
 */
export function missingCodes(result: QueriedComparison, scope: readonly ScopeRegion[]): string[] {
  const ranked = new Set(result.rankedCodes);
  const year = result.period === null ? null : parseStoredPeriod(result.period).year;
  return scope
    .filter((r) =>
      year === null
        ? r.validUntil === null
        : existedIn(r.existsSince, year) && (r.validUntil === null || r.validUntil >= year) && !ranked.has(r.code),
    )
    .map((r) => r.code);
}
