import type { ActivityRecord } from '../activities/activity-layout.js';
import type { BreakdownRecord } from '../breakdowns/breakdown-layout.js';

import type { MethodologyRowRecord } from '../composites/methodology-layout.js';
// The contract between reading a file (pure: bytes → typed records with their location) and
// applying it (database: resolve, validate, write). Every record keeps where it came from, so that
// every error can name the file line (and, for wide tables, the column) a person must fix.

/** Where a value sits in the file: 1-based line as a text editor or Excel shows it. */
export interface SourceLocation {
  line: number;
  /** Column header (or spreadsheet letter when there is no header) for wide tables and cell-level errors. */
  column?: string;
}

/** A region as written in the file; resolved against the registry later. */
export interface RegionRef {
  /** Exactly as written, for error messages. */
  text: string;
  /** Which code system the column declares; 'any' accepts a Kemendagri code, a BPS code by its shape, or a name. */
  system: 'kemendagri' | 'bps' | 'name' | 'any';
  /**
   * The level the file's layout suggests, when it says nothing explicit: in BPS wide tables rows in
   * capitals are provinces ("GORONTALO") and mixed-case rows kabupaten/kota. A hint, not a rule.
   */
  levelHint?: 'PROVINCE' | 'REGENCY_CITY' | 'NATIONAL';
}

/** A period as written, parsed into parts; the indicator's periodicity decides the canonical form. */
export interface PeriodRef {
  text: string;
  year: number;
  /** Month of the round when the text names one ("2025-03", "Maret 2025"). */
  month: number | null;
  /** Semester when the text names one without a month ("Semester I 2025"). */
  semester: 1 | 2 | null;
}

/** A number cell: `value` is null for the missing markers BPS uses ("-", "...", "…", "", "NA"). */
export interface NumberCell {
  text: string;
  value: number | null;
  /** Set when the text is neither a number nor a missing marker. */
  invalid?: boolean;
  /** For a number: the significant digits it was written with ("15.150": 4). */
  significant?: number;
  /** For a number: the decimal places it needs ("15.150": 2, "1e-400": 400). */
  decimals?: number;
  /** The header of the column it came from, for messages (a wide table's records carry their column already). */
  column?: string;
}

export interface ObservationRecord {
  kind: 'observation';
  loc: SourceLocation;
  region: RegionRef;
  indicator: string;
  period: PeriodRef;
  value: NumberCell;
  /** A ratio's parts (pembilang, penyebut): the long layout only. */
  numerator?: NumberCell;
  denominator?: NumberCell;
  source?: string;
  sourceUrl?: string;
  /** Who published the source, e.g. "Badan Pusat Statistik (BPS)". */
  publisher?: string;
  /** The publisher's own page for the table, when `sourceUrl` is a copy of it elsewhere (url_penerbit). */
  publisherUrl?: string;
  /** The publisher's release date as the file writes it (tanggal_rilis, YYYY-MM-DD); checked in validation. */
  releaseDate?: string;
  note?: string;
}

export interface TargetRecord {
  kind: 'target';
  loc: SourceLocation;
  document: string;
  indicator: string;
  region: RegionRef;
  year: number;
  value: NumberCell;
  lowerBound: NumberCell;
  upperBound: NumberCell;
  baselineYear: number | null;
  baselineValue: NumberCell;
  source?: string;
  publisher?: string;
  note?: string;
}

export interface ProgrammeRecord {
  kind: 'programme';
  loc: SourceLocation;
  programme: string;
  region: RegionRef;
  year: number;
  recipients: NumberCell;
  eligible: NumberCell;
  budgetAllocated: NumberCell;
  budgetSpent: NumberCell;
  source?: string;
  publisher?: string;
}

export interface PlanningDocumentRecord {
  kind: 'document';
  loc: SourceLocation;
  code: string;
  documentKind: string;
  title: string;
  region: RegionRef;
  startYear: number;
  endYear: number;
  legalBasis?: string;
  url?: string;
}

/** One row of a catalogue file: an indicator's or programme's definition, the fields of the file's columns only. */
export interface CatalogueRecord {
  kind: 'catalogue';
  loc: SourceLocation;
  entity: 'indicator' | 'programme';
  code: string;
  /** Field → value read from its cell; a field without a column is absent (and stays as stored). */
  fields: Record<string, unknown>;
  /** Field → the file's header for it (the Indonesian name when the file has no such column), for messages. */
  labels: Readonly<Record<string, string>>;
}

export type ImportRecord =
  | ObservationRecord
  | TargetRecord
  | ProgrammeRecord
  | PlanningDocumentRecord
  | CatalogueRecord
  | BreakdownRecord
  | ActivityRecord
  | MethodologyRowRecord;

export type Layout =
  | 'long'
  | 'wide'
  | 'targets'
  | 'programmes'
  | 'documents'
  | 'indicator_catalogue'
  | 'programme_catalogue'
  | 'breakdown'
  | 'activities'
  | 'composite_methodology';

/**
 * Problems listed per source of them (reading, checking); beyond that they are counted, not kept: a
 * file of a million bad rows must not hold a million messages in memory or send them to a browser.
 */
export const MAX_LISTED_ISSUES = 1_000;

/** Adds an issue to a list, or counts it once the list is full. */
export function listIssue(list: ImportIssue[], issue: ImportIssue, omitted: { count: number }): void {
  if (list.length < MAX_LISTED_ISSUES) list.push(issue);
  else omitted.count++;
}

/** A problem with the file, worded for the analyst who must fix it. */
export interface ImportIssue {
  line: number | null;
  column?: string;
  /** Stable machine code, e.g. UNKNOWN_REGION, NOT_A_NUMBER, OUT_OF_RANGE. */
  code: string;
  message: string;
}

export interface ParseOptions {
  /** For wide tables, which carry no indicator column: the indicator every value belongs to. */
  indicator?: string;
  /** For wide tables: a source to record for every value. */
  source?: string;
  /** Treat "," as the decimal separator ("8,47"). Without it, a lone comma is still read as decimal when unambiguous. */
  decimalComma?: boolean;
}

/** Records read lazily: `issues` grows while `records` is iterated and is complete once it has been read to the end. */
export interface RecordStream {
  layout: Layout;
  /**
   * The optional fields the file has a column for (layout field names: source, sourceUrl, publisher,
   * note, lowerBound, …). A field without a column is left as it is on existing rows.
   */
  columns: ReadonlySet<string>;
  records: Iterable<ImportRecord>;
  issues: ImportIssue[];
  /** Worth knowing, not errors: where a wide table's source came from. */
  notices: ImportIssue[];
  /** Issues found beyond MAX_LISTED_ISSUES: counted, not listed. */
  omitted?: { count: number };
  /** Work done reading so far (bytes of inflated XML), for a caller that gives way to other work now and then. */
  work?: () => number;
}

export interface ParsedFile {
  layout: Layout;
  records: ImportRecord[];
  /** Problems found while reading, before any database lookup. */
  issues: ImportIssue[];
}
