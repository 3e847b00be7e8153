import type { ImportIssue } from '../imports/import.types.js';
import type { NewMethodology } from './composites.service.js';
import type { Aggregation, DimensionDef, MethodologyStatusValue, Normalisation } from './methodology.js';
import type { MethodologyColumn, MethodologyRowRecord } from './methodology-layout.js';

// The rows of a methodology file grouped into methods (one per kode_metodologi), each the same input a method defined
// through GraphQL is. A value that belongs to the method or to a dimension may be written on every row or once; two
// rows that disagree are an error on the later row, since the stored version must be exactly what the file says.

const METHOD_COLUMNS = [
  'nameId',
  'nameEn',
  'descriptionId',
  'status',
  'aggregation',
  'normalisation',
  'source',
  'sourceUrl',
  'legalBasis',
  'resultIndicatorCode',
] as const satisfies readonly MethodologyColumn[];
const DIMENSION_COLUMNS = [
  'dimensionNameId',
  'dimensionNameEn',
  'dimensionWeight',
  'dimensionAggregation',
] as const satisfies readonly MethodologyColumn[];

type Value = string | number | boolean;

export interface FileMethodology {
  input: NewMethodology;
  /** Line of the method's first row, for problems of the method as a whole. */
  line: number;
  /** Indicator code → the lines that name it, for problems of one component. */
  indicatorLines: Map<string, number[]>;
}

interface Group {
  line: number;
  values: Map<MethodologyColumn, Value>;
  dimensions: Map<string, { values: Map<MethodologyColumn, Value>; rows: MethodologyRowRecord[] }>;
  indicatorLines: Map<string, number[]>;
}

export function assembleMethodologies(
  records: readonly MethodologyRowRecord[],
  fileName: string,
): { methodologies: FileMethodology[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const groups = new Map<string, Group>();
  const agree = (held: Map<MethodologyColumn, Value>, record: MethodologyRowRecord, column: MethodologyColumn, what: string) => {
    const value = record.fields[column];
    if (value === undefined) return;
    const before = held.get(column);
    if (before === undefined) held.set(column, value);
    else if (before !== value)
      issues.push({
        line: record.loc.line,
        column: record.labels[column],
        code: 'CONFLICTING_VALUE',
        message: `${what} has “${String(before)}” on an earlier row and “${String(value)}” here: write one value`,
      });
  };
  for (const record of records) {
    const code = String(record.fields.methodologyCode ?? '');
    const dimension = String(record.fields.dimensionCode ?? '');
    const indicator = String(record.fields.indicatorCode ?? '');
    const blank = (['methodologyCode', 'dimensionCode', 'indicatorCode', 'weight'] as const).filter(
      (c) => record.fields[c] === undefined,
    );
    if (blank.length) {
      issues.push({
        line: record.loc.line,
        column: record.labels[blank[0]!],
        code: 'MISSING_VALUE',
        message: `the row needs ${blank.map((c) => record.labels[c] ?? c).join(', ')}`,
      });
      continue;
    }
    let group = groups.get(code);
    if (!group) {
      group = { line: record.loc.line, values: new Map(), dimensions: new Map(), indicatorLines: new Map() };
      groups.set(code, group);
    }
    for (const column of METHOD_COLUMNS) agree(group.values, record, column, `methodology ${code}`);
    let dim = group.dimensions.get(dimension);
    if (!dim) {
      dim = { values: new Map(), rows: [] };
      group.dimensions.set(dimension, dim);
    }
    for (const column of DIMENSION_COLUMNS) agree(dim.values, record, column, `dimension ${dimension}`);
    if (dim.rows.some((r) => r.fields.indicatorCode === indicator)) {
      issues.push({
        line: record.loc.line,
        column: record.labels.indicatorCode,
        code: 'DUPLICATE_COMPONENT',
        message: `indicator ${indicator} is already a component of dimension ${dimension}`,
      });
      continue;
    }
    dim.rows.push(record);
    group.indicatorLines.set(indicator, [...(group.indicatorLines.get(indicator) ?? []), record.loc.line]);
  }
  const methodologies: FileMethodology[] = [];
  for (const [code, group] of groups) {
    const v = (c: MethodologyColumn) => group.values.get(c);
    const text = (c: MethodologyColumn) => (v(c) === undefined ? null : String(v(c)));
    if (v('nameId') === undefined || v('aggregation') === undefined) {
      issues.push({
        line: group.line,
        code: 'MISSING_VALUE',
        message: `methodology ${code} needs nama_metodologi and agregasi_indeks on at least one row`,
      });
      continue;
    }
    const dimensions: DimensionDef[] = [];
    for (const [dimCode, dim] of group.dimensions) {
      const dv = (c: MethodologyColumn) => dim.values.get(c);
      if (dv('dimensionWeight') === undefined) {
        issues.push({
          line: dim.rows[0]!.loc.line,
          column: dim.rows[0]!.labels.dimensionWeight,
          code: 'MISSING_VALUE',
          message: `dimension ${dimCode} needs bobot_dimensi on at least one row`,
        });
        continue;
      }
      const nameId = String(dv('dimensionNameId') ?? dimCode);
      dimensions.push({
        code: dimCode,
        nameId,
        nameEn: String(dv('dimensionNameEn') ?? nameId),
        weight: Number(dv('dimensionWeight')),
        aggregation: (dv('dimensionAggregation') ?? 'WEIGHTED_SUM') as Aggregation,
        components: dim.rows.map((r) => ({
          indicatorCode: String(r.fields.indicatorCode),
          weight: Number(r.fields.weight),
          min: r.fields.min === undefined ? null : Number(r.fields.min),
          max: r.fields.max === undefined ? null : Number(r.fields.max),
          ...(r.fields.direction === undefined ? {} : { invert: r.fields.direction === true }),
        })),
      });
    }
    // Without a normalisation column, bounds on any row mean min–max; none mean the inputs are used as they are.
    const bounded = [...group.dimensions.values()].some((d) =>
      d.rows.some((r) => r.fields.min !== undefined || r.fields.max !== undefined),
    );
    const nameId = String(v('nameId'));
    methodologies.push({
      line: group.line,
      indicatorLines: group.indicatorLines,
      input: {
        code,
        nameId,
        nameEn: text('nameEn') ?? nameId,
        descriptionId: text('descriptionId') ?? `Dimuat dari berkas ${fileName}.`,
        status: (v('status') ?? 'DRAFT') as MethodologyStatusValue,
        aggregation: String(v('aggregation')),
        source: text('source'),
        sourceUrl: text('sourceUrl'),
        legalBasis: text('legalBasis'),
        resultIndicatorCode: text('resultIndicatorCode'),
        definition: { normalisation: (v('normalisation') ?? (bounded ? 'MIN_MAX' : 'NONE')) as Normalisation, dimensions },
      },
    });
  }
  return { methodologies, issues };
}
