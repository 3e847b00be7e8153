import { beforeExistenceMessage } from '../regions/existence.js';
import { Collector, where, whereId } from './collector.js';
import { FirstSeenCells } from './first-seen.js';
import { type ImportIssue, MAX_LISTED_ISSUES, type NumberCell, type RegionRef, type SourceLocation } from './import.types.js';
import { checkNumber, type NumericColumn } from './number-cells.js';
import { renameNotice } from './region-resolver.js';
import { SourceNumbers } from './source-numbers.js';
import { suggest } from './suggest.js';
import type { IndicatorRule, ReferenceData, SourceKey, ValidatorOptions } from './validate.types.js';

// What the checks of every kind of record share while one file is read: the issues found, the
// regions resolved so far, and what was already seen (to report duplicates).

export interface ValidationContext {
  ref: ReferenceData;
  issues: Collector;
  notices: ImportIssue[];
  cells: FirstSeenCells;
  counts: { missing: number; ratioRowsWithoutParts: number; rowsBelowRegency: number };
  resolveRegion(region: RegionRef, loc: SourceLocation): string | null;
  existed(region: string, year: number, loc: SourceLocation, what?: string): boolean;
  /**
   * Whether the row is a repeat of an earlier one, to be left out: reported as DUPLICATE when its `content` differs,
   * noted when it is the same. `content` is everything the row would write besides its key.
   */
  duplicate(key: string, loc: SourceLocation, what: Subject, content: string): boolean;
  /** Notes a cell given again with the same content (stored once). */
  repeated(first: SourceLocation, loc: SourceLocation, what: Subject): void;
  /** Repeats noted beyond the first MAX_LISTED_ISSUES: counted, not listed. */
  readonly repeats: { omitted: number };
  indicatorOf(code: string, loc: SourceLocation): IndicatorRule | null;
  /** The file's number for a source (the writer's, when given): rows with the same number name the same source. */
  sourceNumber(key: SourceKey | null): number | null;
  number(
    cell: NumberCell,
    loc: SourceLocation,
    label: string,
    column: NumericColumn,
    rule?: IndicatorRule | null,
  ): number | null | undefined;
}

/** What a repeated row gives, in Bahasa Indonesia and in English (“The value for …”). */
export interface Subject {
  id: string;
  en: string;
}

/**
 * The notice for a row that gives a cell again with the same content: BPS prints a kabupaten that moved to a new
 * province under both provinces, same figure. One figure, stored once; worth knowing, not an error.
 */
export function repeatNotice(what: Subject, first: SourceLocation, loc: SourceLocation): ImportIssue {
  return {
    line: loc.line,
    ...(loc.column ? { column: loc.column } : {}),
    code: 'REPEATED_CELL',
    message:
      `${what.id} tertulis dua kali dengan isi yang sama: ${whereId(first)} dan ${whereId(loc)}; disimpan sekali. / ` +
      `${what.en} is given twice with the same content: ${where(first)} and ${where(loc)}; stored once.`,
  };
}

/** The notice counting the repeats beyond those listed. */
export function moreRepeatsNotice(omitted: number): ImportIssue {
  return {
    line: null,
    code: 'MORE_REPEATED_CELLS',
    message:
      `${omitted.toLocaleString('id-ID')} sel lain yang tertulis dua kali dengan isi yang sama tidak dicantumkan; masing-masing disimpan sekali. / ` +
      `${omitted.toLocaleString('en-US')} more cells given twice with the same content are not listed; each is stored once.`,
  };
}

export function createValidationContext(ref: ReferenceData, options: ValidatorOptions = {}): ValidationContext {
  const issues = new Collector();
  // Where each target, programme figure or document was first seen and what its row said; observations, which come
  // by the million, have their own cheaper record.
  const seen = new Map<string, { loc: SourceLocation; content: string }>();
  const cells = new FirstSeenCells();
  const counts = { missing: 0, ratioRowsWithoutParts: 0, rowsBelowRegency: 0 };
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

  const repeats = { omitted: 0 };
  let listedRepeats = 0;
  const repeated = (first: SourceLocation, loc: SourceLocation, what: Subject) => {
    if (listedRepeats >= MAX_LISTED_ISSUES) {
      repeats.omitted++;
      return;
    }
    listedRepeats++;
    notices.push(repeatNotice(what, first, loc));
  };

  const duplicate = (key: string, loc: SourceLocation, what: Subject, content: string): boolean => {
    const first = seen.get(key);
    if (!first) {
      seen.set(key, { loc, content });
      return false;
    }
    if (first.content === content) repeated(first.loc, loc, what);
    else issues.add(loc, 'DUPLICATE', `${what.en} appears twice in the file: ${where(first.loc)} and ${where(loc)}.`);
    return true;
  };

  const indicatorOf = (code: string, loc: SourceLocation): IndicatorRule | null => {
    const rule = ref.indicators.get(code.trim());
    if (!rule) issues.add(loc, 'UNKNOWN_INDICATOR', `Unknown indicator “${code}”. ${suggest(code, [...ref.indicators.keys()])}`);
    return rule ?? null;
  };

  const number: ValidationContext['number'] = (cell, loc, label, column, rule) =>
    checkNumber(issues, cell, loc, label, column, rule);

  const sources = options.sources ?? new SourceNumbers();
  const sourceNumber = (key: SourceKey | null) => sources.numberOf(key);

  return {
    ref,
    issues,
    notices,
    cells,
    counts,
    resolveRegion,
    existed,
    duplicate,
    repeated,
    repeats,
    indicatorOf,
    number,
    sourceNumber,
  };
}

/** Everything a checked row would write besides its line, as one text: two rows with the same text say the same. */
export function contentOf(row: { line: number }): string {
  return JSON.stringify({ ...row, line: 0 });
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
