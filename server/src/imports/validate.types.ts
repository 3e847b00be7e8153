import type { BreakdownRecord } from '../breakdowns/breakdown-layout.js';
import type { CategoryRule } from '../breakdowns/categories.js';
import type { Formation } from '../regions/existence.js';
import type { ImportIssue, ObservationRecord, PlanningDocumentRecord, ProgrammeRecord, TargetRecord } from './import.types.js';
import type { RegionResolver } from './region-resolver.js';
import type { SourceNumbers } from './source-numbers.js';

// What validation reads (the catalogue and the registry) and what it hands to the writer: one row per
// record that passed every check.

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
  /**
   * Worth knowing, not errors: each former region name read as today's region, once per region; each cell given again
   * with the same content (stored once), the first MAX_LISTED_ISSUES listed and the rest counted.
   */
  readonly notices: ImportIssue[];
  /** Issues found beyond those listed. */
  readonly omitted: { count: number };
  /** Cells left empty or marked missing ("-", "..."): skipped, never stored as zero. */
  readonly missing: number;
  /** Rows of ratio indicators given without their parts (their stored parts are kept if the value stays). */
  readonly ratioRowsWithoutParts: number;
  /** Checked rows of a kecamatan or desa/kelurahan (written unless the file has a problem). */
  readonly rowsBelowRegency: number;
  /** The line of the file that gave an observation's cell, or null when the file has none. */
  lineOf(indicator: string, region: string, year: number, subperiod: number): number | null;
}

export interface ValidatorOptions {
  /** Why a row's region may not be written by this import (outside the importer's regions), or null when it may. */
  regionAllowed?: (regionCode: string) => string | null;
  /** The file's sources, numbered as the writer will stage them: a repeated cell's source is compared by its number. */
  sources?: SourceNumbers;
}
