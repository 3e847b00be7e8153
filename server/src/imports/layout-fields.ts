import { BREAKDOWN_HEADERS } from '../breakdowns/breakdown-layout.js';
import type { RegionRef } from './import.types.js';

// The columns a structured file may have, by every name the analysts write them with.

export type Field =
  | 'category'
  | 'regionKemendagri'
  | 'regionBps'
  | 'regionAny'
  | 'regionName'
  | 'indicator'
  | 'period'
  | 'value'
  | 'numerator'
  | 'denominator'
  | 'source'
  | 'sourceUrl'
  | 'publisher'
  | 'publisherUrl'
  | 'releaseDate'
  | 'note'
  | 'document'
  | 'year'
  | 'lowerBound'
  | 'upperBound'
  | 'baselineYear'
  | 'baselineValue'
  | 'programme'
  | 'recipients'
  | 'eligible'
  | 'budgetAllocated'
  | 'budgetSpent'
  | 'code'
  | 'documentKind'
  | 'title'
  | 'startYear'
  | 'endYear'
  | 'legalBasis'
  | 'url';

/** Accepted header names, Indonesian first, compared lower-cased with words joined by "_". */
export const HEADER_NAMES: Record<Field, readonly [string, ...string[]]> = {
  category: BREAKDOWN_HEADERS,
  regionKemendagri: ['kode_wilayah', 'region_code', 'kode_kemendagri', 'kemendagri_code'],
  regionBps: ['kode_bps', 'bps_code'],
  regionAny: ['wilayah', 'region'],
  regionName: ['nama_wilayah', 'region_name'],
  indicator: ['indikator', 'indicator'],
  period: ['periode', 'period'],
  value: ['nilai', 'value'],
  numerator: ['pembilang', 'numerator'],
  denominator: ['penyebut', 'denominator'],
  source: ['sumber', 'source'],
  sourceUrl: ['url_sumber', 'source_url'],
  publisher: ['penerbit', 'publisher'],
  publisherUrl: ['url_penerbit', 'publisher_url'],
  releaseDate: ['tanggal_rilis', 'release_date'],
  note: ['catatan', 'note'],
  document: ['dokumen', 'document'],
  year: ['tahun', 'year'],
  lowerBound: ['batas_bawah', 'lower_bound'],
  upperBound: ['batas_atas', 'upper_bound'],
  baselineYear: ['tahun_dasar', 'baseline_year'],
  baselineValue: ['nilai_dasar', 'baseline_value'],
  programme: ['program', 'programme'],
  recipients: ['penerima', 'recipients'],
  eligible: ['sasaran', 'eligible'],
  budgetAllocated: ['pagu', 'budget_allocated'],
  budgetSpent: ['realisasi', 'budget_spent'],
  code: ['kode', 'code'],
  documentKind: ['jenis', 'kind'],
  title: ['judul', 'title'],
  startYear: ['tahun_awal', 'start_year'],
  endYear: ['tahun_akhir', 'end_year'],
  legalBasis: ['dasar_hukum', 'legal_basis'],
  url: ['url'],
};

export const FIELD_BY_HEADER = new Map<string, Field>(
  (Object.entries(HEADER_NAMES) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((n) => [n, field] as const),
  ),
);

/** Which region column wins when a file has several: codes are exact, names may be ambiguous. */
export const REGION_FIELDS = [
  ['regionKemendagri', 'kemendagri'],
  ['regionBps', 'bps'],
  ['regionAny', 'any'],
  ['regionName', 'name'],
] as const satisfies readonly (readonly [Field, RegionRef['system']])[];

export interface Column {
  index: number;
  /** The header as written, for messages. */
  label: string;
}

export type Columns = Partial<Record<Field, Column>>;

const HEADER_PARENTHESIS = /\s*\([^)]*\)\s*$/;
const HEADER_SEPARATORS = /[\s-]+/g;

/** "Kode Wilayah", "KODE-WILAYAH" and "kode_wilayah (Kemendagri)" all read as "kode_wilayah". */
export function headerKey(text: string): string {
  return text.trim().toLowerCase().replace(HEADER_PARENTHESIS, '').replace(HEADER_SEPARATORS, '_');
}
