import { beforeExistenceMessage } from '../regions/existence.js';
import { Collector, where } from './collector.js';
import { FirstSeenCells } from './first-seen.js';
import type { ImportIssue, NumberCell, RegionRef, SourceLocation } from './import.types.js';
import { checkNumber, type NumericColumn } from './number-cells.js';
import { renameNotice } from './region-resolver.js';
import { suggest } from './suggest.js';
import type { IndicatorRule, ReferenceData, SourceKey, ValidatorOptions } from './validate.types.js';

// What the checks of every kind of record share while one file is read: the issues found, the
// regions resolved so far, and what was already seen (to report duplicates).

export interface ValidationContext {
  ref: ReferenceData;
  issues: Collector;
  notices: ImportIssue[];
  cells: FirstSeenCells;
  counts: { missing: number; ratioRowsWithoutParts: number };
  resolveRegion(region: RegionRef, loc: SourceLocation): string | null;
  existed(region: string, year: number, loc: SourceLocation, what?: string): boolean;
  duplicate(key: string, loc: SourceLocation, what: string): boolean;
  indicatorOf(code: string, loc: SourceLocation): IndicatorRule | null;
  number(
    cell: NumberCell,
    loc: SourceLocation,
    label: string,
    column: NumericColumn,
    rule?: IndicatorRule | null,
  ): number | null | undefined;
}

export function createValidationContext(ref: ReferenceData, options: ValidatorOptions = {}): ValidationContext {
  const issues = new Collector();
  // Where each target, programme figure or document was first seen; observations, which come by
  // the million, have their own cheaper record.
  const seen = new Map<string, SourceLocation>();
  const cells = new FirstSeenCells();
  const counts = { missing: 0, ratioRowsWithoutParts: 0 };
  let lastProvince: string | undefined;
  const notices: ImportIssue[] = [];
  const renamed = new Set<string>();

  const resolveRegion = (region: RegionRef, loc: SourceLocation): string | null => {
    // In BPS tables kab/kota rows follow their province's row: use it to settle shared names.
    const levelHint = (region as RegionRef & { levelHint?: string }).levelHint;
    const result = ref.regions.resolve(region, {
      ...(lastProvince ? { parentCode: lastProvince } : {}),
      ...(levelHint ? { level: levelHint } : {}),
    });
    if ('error' in result) {
      issues.add(loc, result.error.code, result.error.message);
      return null;
    }
    if (result.rename && !renamed.has(result.code)) {
      renamed.add(result.code);
      notices.push({
        line: loc.line,
        code: 'FORMER_REGION_NAME',
        message: renameNotice(region.text, result.code, result.rename),
      });
    }
    if (ref.regionLevels.get(result.code) === 'PROVINCE') lastProvince = result.code;
    const refused = options.regionAllowed?.(result.code);
    if (refused) {
      issues.add(loc, 'OUT_OF_SCOPE', refused);
      return null;
    }
    return result.code;
  };

  /**
   * Whether `region` existed in `year`; reports the row when not. Refused rather than stored with a mark: a
   * back-cast figure BPS prints for a new province is its parent's, and a marked value would have to be left out by
   * every chart, comparison, roll-up and export that reads values.
   */
  const existed = (region: string, year: number, loc: SourceLocation, what?: string): boolean => {
    const formation = ref.formations.get(region);
    if (!formation || year >= formation.since) return true;
    issues.add(loc, 'BEFORE_REGION_EXISTED', beforeExistenceMessage(formation, year, what));
    return false;
  };

  const duplicate = (key: string, loc: SourceLocation, what: string): boolean => {
    const first = seen.get(key);
    if (first) {
      issues.add(loc, 'DUPLICATE', `${what} appears twice in the file: ${where(first)} and ${where(loc)}.`);
      return true;
    }
    seen.set(key, loc);
    return false;
  };

  const indicatorOf = (code: string, loc: SourceLocation): IndicatorRule | null => {
    const rule = ref.indicators.get(code.trim());
    if (!rule) issues.add(loc, 'UNKNOWN_INDICATOR', `Unknown indicator “${code}”. ${suggest(code, [...ref.indicators.keys()])}`);
    return rule ?? null;
  };

  const number: ValidationContext['number'] = (cell, loc, label, column, rule) =>
    checkNumber(issues, cell, loc, label, column, rule);

  return { ref, issues, notices, cells, counts, resolveRegion, existed, duplicate, indicatorOf, number };
}

export function sourceKey(
  title?: string,
  url?: string,
  publisher?: string,
  publisherUrl?: string,
  releasedOn: string | null = null,
): SourceKey | null {
  const t = title?.trim() ?? '';
  const u = url?.trim() ?? '';
  const p = publisherUrl?.trim() ?? '';
  // A file may name only the publisher's page: it is then the source's address too.
  return t || u || p
    ? { title: t || u || p, url: u || p, publisher: publisher?.trim() ?? '', publisherUrl: p, releasedOn }
    : null;
}
