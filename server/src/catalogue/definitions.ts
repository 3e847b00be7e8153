// What an indicator or programme definition holds, field by field: its column in the database, the headers a
// catalogue file may give it (Indonesian first, then English), whether it may be empty, and the words accepted for
// its values. The catalogue file layouts, the GraphQL mutations and the seed files all speak of the same fields.

import type { AggregationRule, IndicatorDirection, Periodicity, RegionLevel } from '../generated/prisma/enums.js';

export type CatalogueEntity = 'indicator' | 'programme';

/** An indicator's definition, as prisma/seed/indicators.json writes it. */
export interface IndicatorDefinition {
  code: string;
  nameId: string;
  nameEn: string;
  definitionId: string;
  definitionEn: string;
  unitId: string;
  unitEn: string;
  decimals: number;
  direction: IndicatorDirection;
  periodicity: Periodicity;
  periodMonths: number[];
  annualRound: number | null;
  yearOnYear: boolean;
  levels: RegionLevel[];
  aggregation: AggregationRule;
  weightIndicatorCode: string | null;
  minValue: number | null;
  maxValue: number | null;
  topic: string;
  referenceCode: string | null;
  source: string;
  sourceUrl: string | null;
  /** A ratio's factor (100 for a percentage); null: not a ratio. With it, the four labels of its parts. */
  ratioFactor: number | null;
  numeratorId: string | null;
  numeratorEn: string | null;
  denominatorId: string | null;
  denominatorEn: string | null;
}

/** A programme's definition, as prisma/seed/programmes.json writes it (regionCode: the owner of a region's own programme). */
export interface ProgrammeDefinition {
  code: string;
  scope: 'NATIONAL' | 'REGIONAL';
  parentCode: string | null;
  nameId: string;
  nameEn: string;
  descriptionId: string | null;
  recipientUnit: string | null;
  regionCode: string | null;
}

export type Definition = IndicatorDefinition | ProgrammeDefinition;

/** How a field's cell is read and checked. */
export type FieldKind =
  | 'code'
  | 'name'
  | 'text'
  | 'url'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'enumList'
  | 'months'
  | 'month'
  | 'region';

export interface FieldSpec<D> {
  field: Exclude<keyof D, 'code'> & string;
  /** Database column. */
  column: string;
  /** Catalogue file headers: the Indonesian one first, then English aliases. */
  headers: readonly [string, ...string[]];
  kind: FieldKind;
  /** May be empty (null, or [] for lists); a new entry without it takes `empty`. Otherwise a new entry needs it. */
  optional?: { empty: null | [] | false };
  /** For enum fields: the accepted words (lower case, words joined by "_") and the value each means. */
  words?: Readonly<Record<string, string>>;
  /** PostgreSQL type of an enum column, for the write. */
  cast?: string;
}

/** Enum values are accepted by name too ("LOWER_IS_BETTER"), beside the Indonesian words. */
function words(values: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [value, list] of Object.entries(values)) {
    out[value.toLowerCase()] = value;
    for (const word of list) out[word] = value;
  }
  return out;
}

export const DIRECTION_WORDS = words({
  HIGHER_IS_BETTER: ['naik_lebih_baik', 'makin_tinggi_makin_baik'],
  LOWER_IS_BETTER: ['turun_lebih_baik', 'makin_rendah_makin_baik'],
  NEUTRAL: ['netral'],
});
export const PERIODICITY_WORDS = words({
  ANNUAL: ['tahunan'],
  SEMIANNUAL: ['semesteran'],
  QUARTERLY: ['triwulanan'],
  MONTHLY: ['bulanan'],
});
export const AGGREGATION_WORDS = words({
  SUM: ['jumlah'],
  POPULATION_WEIGHTED_MEAN: ['rata_rata_tertimbang'],
  NOT_AGGREGABLE: ['tidak_dapat_diagregasi', 'tidak_diagregasi'],
  RATIO_OF_SUMS: ['rasio_jumlah', 'rasio_dari_jumlah'],
});
export const LEVEL_WORDS = words({
  NATIONAL: ['nasional'],
  PROVINCE: ['provinsi'],
  REGENCY_CITY: ['kabupaten_kota', 'kab_kota'],
  DISTRICT: ['kecamatan'],
  VILLAGE: ['desa_kelurahan', 'desa'],
});
export const SCOPE_WORDS = words({ NATIONAL: ['nasional'], REGIONAL: ['daerah'] });

export const INDICATOR_CODE_HEADERS = ['kode_indikator', 'indicator_code'] as const;
export const PROGRAMME_CODE_HEADERS = ['kode_program', 'programme_code', 'program_code'] as const;

export const INDICATOR_FIELDS: readonly FieldSpec<IndicatorDefinition>[] = [
  { field: 'nameId', column: 'name_id', headers: ['nama', 'name_id', 'name'], kind: 'name' },
  { field: 'nameEn', column: 'name_en', headers: ['nama_en', 'name_en'], kind: 'name' },
  { field: 'definitionId', column: 'definition_id', headers: ['definisi', 'definition_id', 'definition'], kind: 'text' },
  { field: 'definitionEn', column: 'definition_en', headers: ['definisi_en', 'definition_en'], kind: 'text' },
  { field: 'unitId', column: 'unit_id', headers: ['satuan', 'unit_id', 'unit'], kind: 'name' },
  { field: 'unitEn', column: 'unit_en', headers: ['satuan_en', 'unit_en'], kind: 'name' },
  { field: 'decimals', column: 'decimals', headers: ['desimal', 'decimals'], kind: 'integer' },
  {
    field: 'direction',
    column: 'direction',
    headers: ['arah', 'direction'],
    kind: 'enum',
    words: DIRECTION_WORDS,
    cast: 'IndicatorDirection',
  },
  {
    field: 'periodicity',
    column: 'periodicity',
    headers: ['periodisitas', 'periodicity'],
    kind: 'enum',
    words: PERIODICITY_WORDS,
    cast: 'Periodicity',
  },
  {
    field: 'periodMonths',
    column: 'period_months',
    headers: ['bulan_putaran', 'period_months'],
    kind: 'months',
    optional: { empty: [] },
  },
  {
    field: 'annualRound',
    column: 'annual_round',
    headers: ['putaran_tahunan', 'annual_round'],
    kind: 'month',
    optional: { empty: null },
  },
  {
    field: 'yearOnYear',
    column: 'year_on_year',
    headers: ['banding_tahunan', 'year_on_year'],
    kind: 'boolean',
    optional: { empty: false },
  },
  {
    field: 'levels',
    column: 'levels',
    headers: ['tingkat', 'levels'],
    kind: 'enumList',
    words: LEVEL_WORDS,
    cast: 'RegionLevel',
  },
  {
    field: 'aggregation',
    column: 'aggregation',
    headers: ['agregasi', 'aggregation'],
    kind: 'enum',
    words: AGGREGATION_WORDS,
    cast: 'AggregationRule',
  },
  {
    field: 'weightIndicatorCode',
    column: 'weight_indicator_code',
    headers: ['indikator_bobot', 'weight_indicator_code', 'weight_indicator'],
    kind: 'code',
    optional: { empty: null },
  },
  { field: 'minValue', column: 'min_value', headers: ['nilai_min', 'min_value'], kind: 'number', optional: { empty: null } },
  { field: 'maxValue', column: 'max_value', headers: ['nilai_maks', 'max_value'], kind: 'number', optional: { empty: null } },
  { field: 'topic', column: 'topic', headers: ['topik', 'topic'], kind: 'name' },
  {
    field: 'referenceCode',
    column: 'reference_code',
    headers: ['kode_referensi', 'reference_code'],
    kind: 'name',
    optional: { empty: null },
  },
  { field: 'source', column: 'source', headers: ['sumber', 'source'], kind: 'text' },
  { field: 'sourceUrl', column: 'source_url', headers: ['url_sumber', 'source_url'], kind: 'url', optional: { empty: null } },
  {
    field: 'ratioFactor',
    column: 'ratio_factor',
    headers: ['faktor_rasio', 'ratio_factor'],
    kind: 'number',
    optional: { empty: null },
  },
  {
    field: 'numeratorId',
    column: 'numerator_id',
    headers: ['label_pembilang', 'numerator_id', 'numerator_label'],
    kind: 'name',
    optional: { empty: null },
  },
  {
    field: 'numeratorEn',
    column: 'numerator_en',
    headers: ['label_pembilang_en', 'numerator_en'],
    kind: 'name',
    optional: { empty: null },
  },
  {
    field: 'denominatorId',
    column: 'denominator_id',
    headers: ['label_penyebut', 'denominator_id', 'denominator_label'],
    kind: 'name',
    optional: { empty: null },
  },
  {
    field: 'denominatorEn',
    column: 'denominator_en',
    headers: ['label_penyebut_en', 'denominator_en'],
    kind: 'name',
    optional: { empty: null },
  },
];

export const PROGRAMME_FIELDS: readonly FieldSpec<ProgrammeDefinition>[] = [
  { field: 'scope', column: 'scope', headers: ['lingkup', 'scope'], kind: 'enum', words: SCOPE_WORDS, cast: 'ProgrammeScope' },
  {
    field: 'regionCode',
    column: 'region_code',
    headers: ['wilayah_pemilik', 'owner_region'],
    kind: 'region',
    optional: { empty: null },
  },
  { field: 'nameId', column: 'name_id', headers: ['nama', 'name_id', 'name'], kind: 'name' },
  { field: 'nameEn', column: 'name_en', headers: ['nama_en', 'name_en'], kind: 'name' },
  {
    field: 'descriptionId',
    column: 'description_id',
    headers: ['deskripsi', 'description_id', 'description'],
    kind: 'text',
    optional: { empty: null },
  },
  {
    field: 'parentCode',
    column: 'parent_code',
    headers: ['induk', 'parent_code', 'parent'],
    kind: 'code',
    optional: { empty: null },
  },
  {
    field: 'recipientUnit',
    column: 'recipient_unit',
    headers: ['satuan_penerima', 'recipient_unit'],
    kind: 'name',
    optional: { empty: null },
  },
];

/**
 * Fields whose change would change what the stored figures mean, refused once an entry has figures: an indicator's
 * unit (a value of 8.5 "persen" is not 8.5 "permil"), direction (every target's status and every rank would flip)
 * and aggregation (it says what kind of figure the values are: counts add up, rates do not); a programme's unit of
 * recipients (KPM families are not jiwa persons).
 */
export const FIXED_ONCE_FIGURES: { indicator: readonly string[]; programme: readonly string[] } = {
  indicator: ['unitId', 'direction', 'aggregation'],
  programme: ['recipientUnit'],
};

export function fieldsOf(entity: 'indicator'): readonly FieldSpec<IndicatorDefinition>[];
export function fieldsOf(entity: 'programme'): readonly FieldSpec<ProgrammeDefinition>[];
export function fieldsOf(entity: CatalogueEntity): readonly FieldSpec<Definition>[];
export function fieldsOf(entity: CatalogueEntity): readonly FieldSpec<Definition>[] {
  return (entity === 'indicator' ? INDICATOR_FIELDS : PROGRAMME_FIELDS) as readonly FieldSpec<Definition>[];
}

/** A field's value as the audit trail and messages write it: lists as "3;9", nothing as null. */
export function fieldText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(';');
  return String(value);
}

/** Whether two values of a field are the same (lists element by element). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return (a ?? null) === (b ?? null);
}

/** A definition's fields in a fixed order (code first), so stored snapshots compare and read alike. */
export function canonical<D extends Definition>(entity: CatalogueEntity, definition: D): D {
  const out: Record<string, unknown> = { code: definition.code };
  for (const f of fieldsOf(entity)) out[f.field] = (definition as unknown as Record<string, unknown>)[f.field] ?? null;
  return out as unknown as D;
}
