// The activity file layout (kegiatan): one row per activity, or per stage (tahap) of one, with Indonesian headers and
// English aliases. Reading is pure: every cell that cannot be read is reported with its line and column; regions,
// programmes and who may write them are checked against the database later (activity-import.ts).

import type { ImportIssue, ParseOptions, RecordStream, RegionRef } from '../imports/import.types.js';
import { listIssue } from '../imports/import.types.js';
import { SUSPECT_CHARACTER, type TableRow } from '../imports/read-table.js';
import { parseNumber } from '../imports/values.js';

export type ActivityStatusName = 'PLAN' | 'REALISATION';
export type FundingSourceName = 'APBD' | 'APBN' | 'DAK' | 'HIBAH';

/** One row of an activity file, its cells read; `stage` null for the activity's own (total) row. */
export interface ActivityRecord {
  kind: 'activity';
  loc: { line: number };
  year: number;
  status: ActivityStatusName;
  programme: string;
  description: string | null;
  implementer: RegionRef;
  location: RegionRef;
  district: string;
  village: string;
  fundingSource: FundingSourceName;
  targetGroup: string;
  stage: number | null;
  plannedDate: string | null;
  actualDate: string | null;
  /** The day the stage's report (realisation figures) is due, and the day it came in. */
  reportDueDate: string | null;
  reportDate: string | null;
  budgetPlanned: number | null;
  budgetRealised: number | null;
  beneficiariesPlanned: number | null;
  beneficiariesRealised: number | null;
  /** Field → the file's header for it, for messages. */
  labels: Readonly<Record<string, string>>;
}

type Field =
  | 'year'
  | 'status'
  | 'programme'
  | 'description'
  | 'implementer'
  | 'location'
  | 'district'
  | 'village'
  | 'fundingSource'
  | 'targetGroup'
  | 'stage'
  | 'plannedDate'
  | 'actualDate'
  | 'reportDueDate'
  | 'reportDate'
  | 'budgetPlanned'
  | 'budgetRealised'
  | 'beneficiariesPlanned'
  | 'beneficiariesRealised';

/** Headers of each field, Indonesian first; the first is the name the layout documents. */
export const ACTIVITY_HEADERS: Record<Field, readonly string[]> = {
  year: ['tahun', 'year'],
  status: ['status', 'jenis_data', 'status_data'],
  programme: [
    'kode_kegiatan',
    'kode_sub_kegiatan',
    'sub_kegiatan',
    'kegiatan',
    'kode_program',
    'program',
    'activity_code',
    'programme_code',
    'programme',
  ],
  description: ['uraian', 'nama_kegiatan', 'description'],
  implementer: ['pelaksana', 'pemerintah_pelaksana', 'kode_pelaksana', 'implementer', 'implementer_code'],
  location: ['lokasi', 'lokasi_kabupaten_kota', 'kabupaten_kota', 'kode_lokasi', 'location', 'location_code'],
  district: ['kecamatan', 'district'],
  village: ['desa', 'kelurahan', 'desa_kelurahan', 'village'],
  fundingSource: ['sumber_dana', 'sumber_anggaran', 'funding_source'],
  targetGroup: ['sasaran', 'kelompok_sasaran', 'ppks', 'target_group'],
  stage: ['tahap', 'stage'],
  plannedDate: ['tanggal_rencana', 'jadwal_salur', 'planned_date'],
  actualDate: ['tanggal_salur', 'tanggal_realisasi', 'actual_date'],
  reportDueDate: ['batas_laporan', 'tanggal_batas_laporan', 'tenggat_laporan', 'report_due_date'],
  reportDate: ['tanggal_laporan', 'tanggal_lapor', 'report_date'],
  budgetPlanned: ['pagu', 'anggaran', 'budget_planned'],
  budgetRealised: ['realisasi', 'realisasi_anggaran', 'budget_realised', 'budget_realized'],
  beneficiariesPlanned: ['target_penerima', 'rencana_penerima', 'beneficiaries_planned'],
  beneficiariesRealised: [
    'penerima',
    'realisasi_penerima',
    'jumlah_penerima',
    'beneficiaries_realised',
    'beneficiaries_realized',
  ],
};

const REQUIRED: readonly Field[] = ['year', 'status', 'programme', 'implementer', 'location', 'fundingSource'];
/** The most stages (tahap) one activity may have: aid is paid monthly at most. */
export const MAX_STAGES = 12;
/** Kecamatan, desa, target group and programme texts; the uraian may be longer. */
const MAX_SHORT_TEXT = 200;
const MAX_DESCRIPTION = 1_000;

const STATUS_WORDS: Record<string, ActivityStatusName> = {
  renja: 'PLAN',
  rencana: 'PLAN',
  rencana_kerja: 'PLAN',
  usulan: 'PLAN',
  plan: 'PLAN',
  realisasi: 'REALISATION',
  pelaksanaan: 'REALISATION',
  realisation: 'REALISATION',
  realization: 'REALISATION',
};
const FUNDING_WORDS: Record<string, FundingSourceName> = {
  apbd: 'APBD',
  apbd_provinsi: 'APBD',
  apbd_kabupaten: 'APBD',
  apbd_kota: 'APBD',
  apbd_kabupaten_kota: 'APBD',
  apbn: 'APBN',
  dak: 'DAK',
  dak_fisik: 'DAK',
  dak_nonfisik: 'DAK',
  dak_non_fisik: 'DAK',
  hibah: 'HIBAH',
  grant: 'HIBAH',
};

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  aug: 8,
  september: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

const key = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[\s/-]+/g, '_');

interface ActivityHeader {
  headerLine: number;
  columns: Map<Field, { index: number; label: string }>;
}

/** A header row with an implementer (pelaksana) and a location (lokasi) column: no other layout has both. */
export function matchActivityHeader(row: TableRow): ActivityHeader | null {
  const keys = row.cells.map(key);
  const columns = new Map<Field, { index: number; label: string }>();
  for (const [field, headers] of Object.entries(ACTIVITY_HEADERS) as [Field, readonly string[]][]) {
    const index = keys.findIndex((k) => headers.includes(k));
    if (index >= 0) columns.set(field, { index, label: row.cells[index]!.trim() });
  }
  if (!columns.has('implementer') || !columns.has('location')) return null;
  return { headerLine: row.line, columns };
}

export function readActivities(header: ActivityHeader, rows: Iterable<TableRow>, options: ParseOptions): RecordStream {
  const issues: ImportIssue[] = [];
  const omitted = { count: 0 };
  const missing = REQUIRED.filter((f) => !header.columns.has(f));
  if (missing.length) {
    issues.push({
      line: header.headerLine,
      code: 'MISSING_COLUMN',
      message: `an activity file needs the columns ${REQUIRED.map((f) => ACTIVITY_HEADERS[f][0]).join(', ')}; missing: ${missing
        .map((f) => ACTIVITY_HEADERS[f][0])
        .join(', ')} (kolom wajib tidak ada)`,
    });
    return { layout: 'activities', columns: new Set(), notices: [], records: [], issues, omitted };
  }
  return {
    layout: 'activities',
    columns: new Set(header.columns.keys()),
    notices: [],
    records: activityRecords(header, rows, options, issues, omitted),
    issues,
    omitted,
  };
}

function* activityRecords(
  header: ActivityHeader,
  rows: Iterable<TableRow>,
  options: ParseOptions,
  issues: ImportIssue[],
  omitted: { count: number },
): Generator<ActivityRecord> {
  const labels: Record<string, string> = {};
  for (const field of Object.keys(ACTIVITY_HEADERS) as Field[]) {
    labels[field] = header.columns.get(field)?.label ?? ACTIVITY_HEADERS[field][0]!;
  }
  for (const row of rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    let problems = 0;
    const report = (field: Field, code: string, message: string) => {
      problems++;
      listIssue(issues, { line: row.line, column: labels[field]!, code, message }, omitted);
    };
    const text = (field: Field, max = MAX_SHORT_TEXT): string => {
      const column = header.columns.get(field);
      const value = column ? (row.cells[column.index] ?? '').trim() : '';
      if (SUSPECT_CHARACTER.test(value)) {
        report(
          field,
          'CONTROL_CHARACTER',
          `“${labels[field]}” holds a control character or bytes that are not UTF-8: remove them`,
        );
        return '';
      }
      if (value.length > max) {
        report(field, 'TEXT_TOO_LONG', `“${value.slice(0, 40)}…” is longer than ${max} characters`);
        return '';
      }
      return value;
    };
    const required = (field: Field): string => {
      const column = header.columns.get(field)!;
      if ((row.cells[column.index] ?? '').trim() === '') {
        report(field, 'MISSING_VALUE', `${labels[field]} is empty: every row needs it (wajib diisi)`);
        return '';
      }
      return text(field);
    };
    const amount = (field: Field, whole: boolean): number | null => {
      const value = text(field, 60);
      if (value === '') return null;
      const cell = parseNumber(value, { decimalComma: options.decimalComma });
      if (cell.invalid) {
        report(field, 'NOT_A_NUMBER', `cannot read “${value}” as a number`);
        return null;
      }
      if (cell.value === null) return null;
      if (cell.value < 0) report(field, 'OUT_OF_RANGE', `${labels[field]} ${value} cannot be negative`);
      else if (whole && !Number.isInteger(cell.value))
        report(field, 'NOT_A_WHOLE_NUMBER', `${labels[field]} counts people or families: “${value}” is not a whole number`);
      else if (cell.value >= 1e20) report(field, 'OUT_OF_RANGE', `${labels[field]} ${value} is too large`);
      return cell.value;
    };
    const date = (field: Field): string | null => {
      const value = text(field, 60);
      if (value === '') return null;
      const parsed = parseDate(value);
      if (!parsed) report(field, 'BAD_DATE', `cannot read “${value}” as a date: write 2025-03-31, 31/03/2025 or 31 Maret 2025`);
      return parsed;
    };

    const yearText = required('year');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    if (yearText && (year === null || year < 2000 || year > 2100))
      report('year', 'BAD_YEAR', `“${yearText}” is not a year between 2000 and 2100`);
    const statusText = required('status');
    const status = statusText ? STATUS_WORDS[key(statusText)] : undefined;
    if (statusText && !status)
      report('status', 'UNKNOWN_VALUE', `unknown status “${statusText}”: write renja (a proposal for the year) or realisasi`);
    const programme = required('programme');
    const implementer = required('implementer');
    const location = required('location');
    const fundingText = required('fundingSource');
    const fundingSource = fundingText ? FUNDING_WORDS[key(fundingText)] : undefined;
    if (fundingText && !fundingSource)
      report('fundingSource', 'UNKNOWN_VALUE', `unknown funding source “${fundingText}”: write APBD, APBN, DAK or hibah`);
    const stageText = text('stage', 10);
    const stage = stageText === '' ? null : /^\d+$/.test(stageText) ? Number(stageText) : Number.NaN;
    if (stage !== null && !(stage >= 1 && stage <= MAX_STAGES))
      report('stage', 'BAD_STAGE', `tahap “${stageText}” must be a number from 1 to ${MAX_STAGES}`);
    const record: ActivityRecord = {
      kind: 'activity',
      loc: { line: row.line },
      year: year ?? 0,
      status: status ?? 'PLAN',
      programme,
      description: text('description', MAX_DESCRIPTION) || null,
      implementer: { text: implementer, system: 'any' },
      location: { text: location, system: 'any', levelHint: 'REGENCY_CITY' },
      district: text('district'),
      village: text('village'),
      fundingSource: fundingSource ?? 'APBD',
      targetGroup: text('targetGroup'),
      stage,
      plannedDate: date('plannedDate'),
      actualDate: date('actualDate'),
      reportDueDate: date('reportDueDate'),
      reportDate: date('reportDate'),
      budgetPlanned: amount('budgetPlanned', false),
      budgetRealised: amount('budgetRealised', false),
      beneficiariesPlanned: amount('beneficiariesPlanned', true),
      beneficiariesRealised: amount('beneficiariesRealised', true),
      labels,
    };
    if (problems === 0) yield record;
  }
}

/** "2025-03-31", "31/03/2025", "31-03-2025" or "31 Maret 2025" as YYYY-MM-DD; null when it is none of them or no day. */
export function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const named = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text);
  const parts: [number, number, number] | null = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : named && MONTHS[named[2]!.toLowerCase()]
        ? [Number(named[3]), MONTHS[named[2]!.toLowerCase()]!, Number(named[1])]
        : null;
  if (!parts) return null;
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
