import type { BreakdownRecord } from '../breakdowns/breakdown-layout.js';
import { type CategoryRule, resolveCategory } from '../breakdowns/categories.js';
import { restoreNeutralisedCell } from '../exports/csv-injection.js';
import { MONTH_NAMES } from '../observations/periods.js';
import { checkRatioParts } from '../ratios/parts.js';
import { beforeExistenceMessage, type Formation } from '../regions/existence.js';
import { FirstSeenCells } from './first-seen.js';
import {
  type ImportIssue,
  listIssue,
  type NumberCell,
  type ObservationRecord,
  type PeriodRef,
  type PlanningDocumentRecord,
  type ProgrammeRecord,
  type RegionRef,
  type SourceLocation,
  type TargetRecord,
} from './import.types.js';
import { shown } from './layouts.js';
import { type RegionResolver, renameNotice } from './region-resolver.js';
import { formatPeriod, roundDecimal } from './values.js';

// Checks every record against the catalogue and the registry, never stopping at the first
// problem: the analyst gets the whole list of what to fix, each with its line and column.

export interface IndicatorRule {
  code: string;
  nameEn: string;
  unitEn: string;
  levels: string[];
  periodicity: 'ANNUAL' | 'SEMIANNUAL' | 'QUARTERLY' | 'MONTHLY';
  periodMonths: number[];
  minValue: number | null;
  maxValue: number | null;
  /** Null: not a ratio (see ratios/parts.ts). */
  ratioFactor: number | null;
  decimals: number;
  /** The round an annual figure comes from (March for poverty): the two are one figure (observations/annual-figure.ts). */
  annualRound?: number | null;
}

export interface ReferenceData {
  regions: RegionResolver;
  regionLevels: ReadonlyMap<string, string>;
  indicators: ReadonlyMap<string, IndicatorRule>;
  documents: ReadonlyMap<string, { startYear: number; endYear: number }>;
  /** Programme codes, each with the region that owns it (a region's own programme) or null (national, nomenclature). */
  programmes: ReadonlyMap<string, string | null>;
  /** Regions formed by a recorded split, by code: a value dated before one existed is refused (see existence.ts). */
  formations: ReadonlyMap<string, Formation>;
  /** Indicators counted by category (PPKS, PSKS), with their categories; their values come in the breakdown layout only. */
  breakdowns?: ReadonlyMap<string, CategoryRule>;
}

export interface SourceKey {
  title: string;
  url: string;
  publisher: string;
  /** The publisher's own page ('' when the file names none). */
  publisherUrl: string;
  /** The publisher's release date, YYYY-MM-DD; null when the file gives none. */
  releasedOn: string | null;
}

export interface ObservationRow {
  line: number;
  indicator: string;
  region: string;
  period: string;
  year: number;
  subperiod: number;
  value: number;
  /** A ratio's parts; null when the row gives the value only. */
  numerator: number | null;
  denominator: number | null;
  source: SourceKey | null;
  note: string | null;
}

/** A count of one category: an observation row with the category's code. */
export interface BreakdownRow extends ObservationRow {
  category: string;
}

export interface TargetRow {
  line: number;
  document: string;
  indicator: string;
  region: string;
  year: number;
  value: number | null;
  lowerBound: number | null;
  upperBound: number | null;
  baselineYear: number | null;
  baselineValue: number | null;
  source: SourceKey | null;
  note: string | null;
}

export interface ProgrammeRow {
  line: number;
  programme: string;
  region: string;
  year: number;
  recipients: number | null;
  eligible: number | null;
  budgetAllocated: number | null;
  budgetSpent: number | null;
  source: SourceKey | null;
}

export interface DocumentRow {
  line: number;
  code: string;
  kind: string;
  title: string;
  level: string;
  region: string;
  startYear: number;
  endYear: number;
  legalBasis: string | null;
  url: string | null;
}

/**
 * Checks records one at a time, so a file of a million rows streams into the database instead of
 * being held in memory twice. Each method returns the row to write, or null when the record is
 * missing or has a problem; problems are collected in `issues`.
 */
export interface RecordValidator {
  observation(r: ObservationRecord): ObservationRow | null;
  breakdown(r: BreakdownRecord): BreakdownRow | null;
  target(r: TargetRecord): TargetRow | null;
  programme(r: ProgrammeRecord): ProgrammeRow | null;
  document(r: PlanningDocumentRecord): DocumentRow | null;
  readonly issues: ImportIssue[];
  /** Worth knowing, not errors: each former region name read as today's region, once per region. */
  readonly notices: ImportIssue[];
  /** Issues found beyond those listed. */
  readonly omitted: { count: number };
  /** Cells left empty or marked missing ("-", "..."): skipped, never stored as zero. */
  readonly missing: number;
  /** Rows of ratio indicators given without their parts (their stored parts are kept if the value stays). */
  readonly ratioRowsWithoutParts: number;
  /** The line of the file that gave an observation's cell, or null when the file has none. */
  lineOf(indicator: string, region: string, year: number, subperiod: number): number | null;
}

const MONTHS_ID = MONTH_NAMES.id;
const DOCUMENT_KINDS = new Set(['RPJMN', 'RKP', 'RPJMD', 'RKPD', 'RENSTRA']);

const fmt = (n: number) => String(n);
const EMPTY_CELL: NumberCell = Object.freeze({ text: '', value: null });

/** What a numeric column holds: digits before the decimal point and after it (numeric(precision, scale)). */
export interface NumericColumn {
  integerDigits: number;
  scale: number;
}

/** numeric(24, 6): observation values, targets, bounds, baselines. */
export const VALUE_COLUMN: NumericColumn = { integerDigits: 18, scale: 6 };
/** numeric(24, 2): programme recipients and rupiah amounts. */
export const AMOUNT_COLUMN: NumericColumn = { integerDigits: 22, scale: 2 };
/** A double carries 15 significant decimal digits exactly; more may come back changed. */
const EXACT_DIGITS = 15;

export class Collector {
  readonly issues: ImportIssue[] = [];
  /** Issues beyond the first MAX_LISTED_ISSUES, counted. */
  readonly omitted = { count: 0 };
  add(loc: SourceLocation | null, code: string, message: string): void {
    listIssue(
      this.issues,
      { line: loc?.line ?? null, ...(loc?.column ? { column: loc.column } : {}), code, message },
      this.omitted,
    );
  }
}

function where(loc: SourceLocation): string {
  return loc.column ? `line ${loc.line}, column “${loc.column}”` : `line ${loc.line}`;
}

/** Whether the column holds the number exactly as written (runs once per value: no allocation). */
function fits(cell: NumberCell, value: number, column: NumericColumn): boolean {
  return (
    Number.isFinite(value) &&
    Math.abs(value) < 10 ** column.integerDigits &&
    (cell.significant ?? 0) <= EXACT_DIGITS &&
    (cell.decimals ?? 0) <= column.scale
  );
}

/**
 * Why the column cannot hold the number. Too large is refused; so are digits it would drop: a value
 * is never stored other than the file says, and the sentence says what would be kept.
 */
function capacityProblem(cell: NumberCell, value: number, label: string, column: NumericColumn): [string, string] {
  const text = shown(cell.text);
  if (!Number.isFinite(value) || Math.abs(value) >= 10 ** column.integerDigits) {
    return [
      'NUMBER_TOO_LARGE',
      `${label} “${text}” is too large: this column holds numbers below 10^${column.integerDigits} ` +
        `(at most ${column.integerDigits} digits before the decimal point).`,
    ];
  }
  const kept = roundDecimal(String(value), column.scale);
  if ((cell.significant ?? 0) > EXACT_DIGITS) {
    return [
      'TOO_MANY_DIGITS',
      `${label} “${text}” has ${cell.significant} significant digits; at most ${EXACT_DIGITS} are kept exactly, ` +
        `so it would be stored as ${kept}. Round it in the file.`,
    ];
  }
  return [
    'TOO_MANY_DECIMALS',
    `${label} “${text}” has ${cell.decimals} decimal places; the database keeps ${column.scale}, ` +
      `so it would be stored as ${kept}. Round it to ${column.scale} decimals in the file.`,
  ];
}

export interface ValidatorOptions {
  /** Why a row's region may not be written by this import (outside the importer's regions), or null when it may. */
  regionAllowed?: (regionCode: string) => string | null;
}

export function createValidator(ref: ReferenceData, options: ValidatorOptions = {}): RecordValidator {
  const issues = new Collector();
  // Where each target, programme figure or document was first seen; observations, which come by
  // the million, have their own cheaper record.
  const seen = new Map<string, SourceLocation>();
  const cells = new FirstSeenCells();
  let missing = 0;
  let ratioRowsWithoutParts = 0;
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

  /** Where a number's problem is: its record's line, and the column it came from. */
  const cellAt = (cell: NumberCell, loc: SourceLocation): SourceLocation =>
    cell.column && !loc.column ? { ...loc, column: cell.column } : loc;

  const number = (
    cell: NumberCell,
    loc: SourceLocation,
    label: string,
    column: NumericColumn,
    rule?: IndicatorRule | null,
  ): number | null | undefined => {
    if (cell.invalid) {
      issues.add(cellAt(cell, loc), 'NOT_A_NUMBER', `${label} “${shown(cell.text)}” is not a number.`);
      return undefined;
    }
    const value = cell.value;
    if (value === null) return null;
    if (!fits(cell, value, column)) {
      issues.add(cellAt(cell, loc), ...capacityProblem(cell, value, label, column));
      return undefined;
    }
    if (rule && !inRange(value, rule)) {
      issues.add(
        cellAt(cell, loc),
        'OUT_OF_RANGE',
        `${label} ${fmt(value)} is outside the admissible range ${rangeText(rule)} for ${rule.nameEn} (${rule.unitEn}).`,
      );
      return undefined;
    }
    return value;
  };

  return {
    observation,
    breakdown,
    target,
    programme,
    document: planningDocument,
    issues: issues.issues,
    notices,
    omitted: issues.omitted,
    get missing() {
      return missing;
    },
    get ratioRowsWithoutParts() {
      return ratioRowsWithoutParts;
    },
    lineOf: (indicator, region, year, subperiod) => cells.lineOf(indicator, region, year, subperiod),
  };

  function observation(r: ObservationRecord): ObservationRow | null {
    const categories = ref.breakdowns?.get(r.indicator.trim());
    if (categories) {
      // Its total is the sum of its categories: a total of its own could disagree with them.
      issues.add(
        r.loc,
        'BREAKDOWN_REQUIRED',
        `${r.indicator.trim()} is counted by category (${categories.setName}): give one row per category with a “kategori” column (breakdown layout), not a total (impor per kategori).`,
      );
      return null;
    }
    return observationOf(r, null);
  }

  function breakdown(r: BreakdownRecord): BreakdownRow | null {
    const code = r.indicator.trim();
    const rule = ref.breakdowns?.get(code);
    let category: string | null = null;
    if (!rule) {
      if (ref.indicators.has(code))
        issues.add(
          r.loc,
          'NO_BREAKDOWN',
          `${code} is not counted by category: import its values without a “kategori” column (indikator tanpa kategori).`,
        );
      else indicatorOf(code, r.loc);
    } else {
      category = resolveCategory(rule, r.category);
      if (!category)
        issues.add(
          r.loc,
          'UNKNOWN_CATEGORY',
          `Unknown category “${shown(r.category)}” for ${code} (kategori tidak dikenal): write a code (${rule.categories[0]?.code}…${rule.categories.at(-1)?.code}) or a name of ${rule.setName}. ${suggest(
            r.category,
            rule.categories.map((c) => c.nameId),
          )}`.trim(),
        );
    }
    const cell = r.value;
    if (cell.value !== null && !cell.invalid && (cell.value < 0 || !Number.isInteger(cell.value))) {
      issues.add(
        cellAt(cell, r.loc),
        'NOT_A_COUNT',
        `Value “${shown(cell.text)}” is not a count: write a whole number, 0 or more (no decimals, no minus sign; bukan bilangan cacah)${
          /^\d{1,3}[.,]\d{3}$/.test(cell.text.trim())
            ? `. “${shown(cell.text.trim())}” reads as a decimal; for thousands write it without a separator, or import with decimal comma (--decimal-comma)`
            : ''
        }.`,
      );
      return null;
    }
    if (!rule || !category) return null;
    const row = observationOf(r, category);
    return row && { ...row, category };
  }

  /** An observation's checks; `category` keeps the counts of two categories of one cell apart when finding duplicates. */
  function observationOf(r: ObservationRecord | BreakdownRecord, category: string | null): ObservationRow | null {
    const rule = indicatorOf(r.indicator, r.loc);
    const region = resolveRegion(r.region, r.loc);
    const numeratorCell = r.numerator ?? EMPTY_CELL;
    const denominatorCell = r.denominator ?? EMPTY_CELL;
    if ([r.value, numeratorCell, denominatorCell].every((c) => c.value === null && !c.invalid)) {
      missing++;
      return null;
    }
    const value = number(r.value, r.loc, 'Value', VALUE_COLUMN, rule);
    const numerator = number(numeratorCell, r.loc, 'Numerator (pembilang)', VALUE_COLUMN);
    const denominator = number(denominatorCell, r.loc, 'Denominator (penyebut)', VALUE_COLUMN);
    const releasedOn = releaseDate(r.releaseDate, r.loc);
    if (!rule || !region || releasedOn === undefined) return null;
    const level = ref.regionLevels.get(region);
    if (level && !rule.levels.includes(level)) {
      issues.add(
        r.loc,
        'LEVEL_NOT_PUBLISHED',
        `${rule.nameEn} is not published for ${LEVEL_EN[level] ?? level} (region ${region}).`,
      );
      return null;
    }
    const period = canonicalPeriod(r.period, rule, r.loc, issues);
    if (value === undefined || numerator === undefined || denominator === undefined) return null;
    const ratio = checkRatioParts(rule, value, numerator, denominator);
    if (ratio && 'problem' in ratio) {
      issues.add(r.loc, ratio.problem.code, ratio.problem.message);
      return null;
    }
    if (!period || !ratio) return null;
    if (value === null && !inRange(ratio.value, rule)) {
      issues.add(
        r.loc,
        'OUT_OF_RANGE',
        `The value computed from its parts, ${fmt(ratio.value)}, is outside the admissible range ${rangeText(rule)} for ${rule.nameEn} (${rule.unitEn}): check the numerator and denominator.`,
      );
      return null;
    }
    if ((rule.ratioFactor ?? null) !== null && ratio.numerator === null) ratioRowsWithoutParts++;
    if (!existed(region, period.year, r.loc)) return null;
    const first = cells.check(category ? `${rule.code}|${category}` : rule.code, region, period.year, period.subperiod, r.loc);
    if (first) {
      issues.add(
        r.loc,
        'DUPLICATE',
        `The value for ${rule.code}${category ? `, category ${category}` : ''}, region ${region}, period ${period.text} appears twice in the file: ${where(first)} and ${where(r.loc)}.`,
      );
      return null;
    }
    return {
      line: r.loc.line,
      indicator: rule.code,
      region,
      period: period.text,
      year: period.year,
      subperiod: period.subperiod,
      value: ratio.value,
      numerator: ratio.numerator,
      denominator: ratio.denominator,
      // A text cell an export neutralised against CSV injection ("'=…", "'-…") is read back as the original text.
      source: sourceKey(
        restoreNeutralisedCell(r.source),
        restoreNeutralisedCell(r.sourceUrl),
        restoreNeutralisedCell(r.publisher),
        r.publisherUrl,
        releasedOn,
      ),
      note: restoreNeutralisedCell(r.note?.trim()) || null,
    };
  }

  /** The release date a file gives: null when none, undefined when it cannot be read (reported). */
  function releaseDate(text: string | undefined, loc: SourceLocation): string | null | undefined {
    if (text === undefined) return null;
    const date = parseReleaseDate(text);
    if (date) return date;
    issues.add(
      { ...loc, column: 'tanggal_rilis' },
      'BAD_DATE',
      `Cannot read the release date “${text}” (tanggal_rilis): write the publisher's date as YYYY-MM-DD, e.g. 2025-01-15, not later than today; leave it empty when the source gives none.`,
    );
    return undefined;
  }

  function target(r: TargetRecord): TargetRow | null {
    const rule = indicatorOf(r.indicator, r.loc);
    const region = resolveRegion(r.region, r.loc);
    const doc = ref.documents.get(r.document.trim());
    if (!doc)
      issues.add(
        r.loc,
        'UNKNOWN_DOCUMENT',
        `Unknown planning document “${r.document}”. Import it first (documents layout). ${suggest(r.document, [...ref.documents.keys()])}`,
      );
    else if (r.year < doc.startYear || r.year > doc.endYear) {
      issues.add(
        r.loc,
        'YEAR_OUTSIDE_DOCUMENT',
        `Year ${r.year} is outside ${r.document.trim()} (${doc.startYear}–${doc.endYear}).`,
      );
    }
    const value = number(r.value, r.loc, 'Target value', VALUE_COLUMN, rule);
    const lower = number(r.lowerBound, r.loc, 'Lower bound', VALUE_COLUMN, rule);
    const upper = number(r.upperBound, r.loc, 'Upper bound', VALUE_COLUMN, rule);
    const baseline = number(r.baselineValue, r.loc, 'Baseline value', VALUE_COLUMN, rule);
    if ([value, lower, upper, baseline].includes(undefined) || !rule || !region || !doc) return null;
    const hasRange = lower !== null || upper !== null;
    if (value === null && !hasRange) {
      issues.add(r.loc, 'TARGET_WITHOUT_VALUE', 'A target needs a value, or a lower and an upper bound for a range.');
      return null;
    }
    if (value !== null && hasRange) {
      issues.add(r.loc, 'TARGET_VALUE_AND_RANGE', 'Give either a target value or a range (lower and upper bound), not both.');
      return null;
    }
    if (hasRange && (lower === null || upper === null || (lower as number) > (upper as number))) {
      issues.add(
        r.loc,
        'BAD_RANGE',
        `A target range needs a lower bound not above the upper bound (got ${lower ?? 'nothing'}–${upper ?? 'nothing'}).`,
      );
      return null;
    }
    if (!existed(region, r.year, r.loc, 'a target')) return null;
    if (
      duplicate(
        `t|${r.document.trim()}|${rule.code}|${region}|${r.year}`,
        r.loc,
        `The target of ${r.document.trim()} for ${rule.code}, region ${region}, ${r.year}`,
      )
    )
      return null;
    return {
      line: r.loc.line,
      document: r.document.trim(),
      indicator: rule.code,
      region,
      year: r.year,
      value: value ?? null,
      lowerBound: lower ?? null,
      upperBound: upper ?? null,
      baselineYear: r.baselineYear,
      baselineValue: baseline ?? null,
      source: sourceKey(r.source, undefined, r.publisher),
      note: r.note?.trim() || null,
    };
  }

  function programme(r: ProgrammeRecord): ProgrammeRow | null {
    const code = r.programme.trim();
    if (!ref.programmes.has(code))
      issues.add(r.loc, 'UNKNOWN_PROGRAMME', `Unknown programme “${r.programme}”. ${suggest(code, [...ref.programmes.keys()])}`);
    const region = resolveRegion(r.region, r.loc);
    // A region's own programme (a province's aid programme) runs in that region only.
    const owner = ref.programmes.get(code);
    if (owner && region && !(region === owner || region.startsWith(`${owner}.`))) {
      issues.add(
        r.loc,
        'OUTSIDE_PROGRAMME_REGION',
        `${code} is a programme of region ${owner}: it has no figures for region ${region}, which lies outside it.`,
      );
      return null;
    }
    const cells: [NumberCell, string][] = [
      [r.recipients, 'Recipients'],
      [r.eligible, 'Eligible population'],
      [r.budgetAllocated, 'Pagu'],
      [r.budgetSpent, 'Realisasi'],
    ];
    const values = cells.map(([cell, label]) => {
      const v = number(cell, r.loc, label, AMOUNT_COLUMN);
      if (typeof v === 'number' && v < 0) {
        issues.add(r.loc, 'OUT_OF_RANGE', `${label} ${fmt(v)} cannot be negative.`);
        return undefined;
      }
      return v;
    });
    if (values.includes(undefined) || !ref.programmes.has(code) || !region) return null;
    if (values.every((v) => v === null)) {
      missing++;
      return null;
    }
    if (!existed(region, r.year, r.loc, 'a programme figure')) return null;
    if (duplicate(`p|${code}|${region}|${r.year}`, r.loc, `The figures for ${code}, region ${region}, ${r.year}`)) return null;
    const [recipients, eligible, budgetAllocated, budgetSpent] = values as (number | null)[];
    return {
      line: r.loc.line,
      programme: code,
      region,
      year: r.year,
      recipients: recipients ?? null,
      eligible: eligible ?? null,
      budgetAllocated: budgetAllocated ?? null,
      budgetSpent: budgetSpent ?? null,
      source: sourceKey(r.source, undefined, r.publisher),
    };
  }

  function planningDocument(r: PlanningDocumentRecord): DocumentRow | null {
    const kind = r.documentKind.trim().toUpperCase();
    if (!DOCUMENT_KINDS.has(kind)) {
      issues.add(
        r.loc,
        'UNKNOWN_DOCUMENT_KIND',
        `Unknown document kind “${r.documentKind}”; use one of ${[...DOCUMENT_KINDS].join(', ')}.`,
      );
    }
    if (r.endYear < r.startYear)
      issues.add(r.loc, 'BAD_YEAR', `The document ends (${r.endYear}) before it starts (${r.startYear}).`);
    const region = resolveRegion(r.region, r.loc);
    if (!region || !DOCUMENT_KINDS.has(kind) || r.endYear < r.startYear) return null;
    if (duplicate(`d|${r.code.trim()}`, r.loc, `Document ${r.code.trim()}`)) return null;
    return {
      line: r.loc.line,
      code: r.code.trim(),
      kind,
      title: r.title.trim(),
      level: ref.regionLevels.get(region) ?? 'NATIONAL',
      region,
      startYear: r.startYear,
      endYear: r.endYear,
      legalBasis: r.legalBasis?.trim() || null,
      url: r.url?.trim() || null,
    };
  }
}

const LEVEL_EN: Record<string, string> = {
  NATIONAL: 'the national level',
  PROVINCE: 'provinces',
  REGENCY_CITY: 'kabupaten/kota',
  DISTRICT: 'kecamatan',
  VILLAGE: 'desa/kelurahan',
};

function inRange(value: number, rule: IndicatorRule): boolean {
  return (rule.minValue === null || value >= rule.minValue) && (rule.maxValue === null || value <= rule.maxValue);
}

function rangeText(rule: IndicatorRule): string {
  if (rule.minValue !== null && rule.maxValue !== null) return `${fmt(rule.minValue)}–${fmt(rule.maxValue)}`;
  if (rule.minValue !== null) return `at least ${fmt(rule.minValue)}`;
  return `at most ${fmt(rule.maxValue ?? 0)}`;
}

/**
 * The stored form of a period for this indicator: "2025" for an annual figure (allowed for every
 * indicator: kab/kota poverty, for one, is annual from the March round), "2025-03" for a round,
 * which must be one the indicator is measured in.
 */
export function canonicalPeriod(
  period: PeriodRef,
  rule: IndicatorRule,
  loc: SourceLocation,
  issues: Collector,
): { text: string; year: number; subperiod: number } | null {
  let month = period.month;
  if (month === null && period.semester !== null) {
    if (rule.periodicity !== 'SEMIANNUAL' || rule.periodMonths.length < 2) {
      issues.add(loc, 'PERIOD_NOT_ALLOWED', `Period “${period.text}” names a semester, but ${rule.nameEn} is not semiannual.`);
      return null;
    }
    month = rule.periodMonths[period.semester - 1] ?? null;
  }
  if (month === null) return { text: formatPeriod(period.year, null), year: period.year, subperiod: 0 };
  if (rule.periodicity === 'ANNUAL') {
    issues.add(
      loc,
      'PERIOD_NOT_ALLOWED',
      `Period “${period.text}” names a month, but ${rule.nameEn} is annual: write the year only.`,
    );
    return null;
  }
  if (rule.periodicity !== 'MONTHLY' && !rule.periodMonths.includes(month)) {
    const rounds = rule.periodMonths.map((m) => MONTHS_ID[m]).join(' and ');
    issues.add(loc, 'PERIOD_NOT_ALLOWED', `Period “${period.text}” does not fit ${rule.nameEn}, which is measured in ${rounds}.`);
    return null;
  }
  return { text: formatPeriod(period.year, month), year: period.year, subperiod: month };
}

function sourceKey(
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

/** A release date as YYYY-MM-DD: a real calendar date from 1900 up to today (a release is never in the future). */
export function parseReleaseDate(text: string, today: Date = new Date()): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  // Compared in UTC+14, the furthest time zone ahead, so that a release made today anywhere is accepted.
  if (year < 1900 || date.getTime() > today.getTime() + 14 * 3_600_000) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** "Did you mean …?" for codes typed by hand. */
export function suggest(text: string, options: readonly string[]): string {
  const needle = text.trim().toLowerCase();
  if (!needle) return '';
  const scored = options
    .map((o) => ({ o, d: distance(needle, o.toLowerCase()) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(needle.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3);
  return scored.length ? `Did you mean ${scored.map((x) => `“${x.o}”`).join(', ')}?` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
