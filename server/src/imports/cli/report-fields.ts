// The import report as the command prints it, the same whether the import ran in this process or was
// sent to a running server: the fields of the GraphQL type ImportReport (a test keeps the two equal), in
// that order, with null for what is absent.
import type { ImportReport } from '../import-report.js';

type Shape = { readonly [field: string]: true | Shape };

export const REPORT_FIELDS = {
  fileName: true,
  checksum: true,
  layout: true,
  status: true,
  importBatchId: true,
  counts: {
    records: true,
    inserted: true,
    updated: true,
    valueChanges: true,
    metadataChanges: true,
    unchanged: true,
    revisions: true,
    missing: true,
  },
  errors: { line: true, column: true, code: true, message: true },
  notices: { line: true, column: true, code: true, message: true },
  previousImports: { id: true, fileName: true, importedBy: true, startedAt: true },
  durationMs: true,
} as const satisfies Shape;

/** The report as the API gives it (what the process-internal report has beyond it is left out). */
export type PublicReport = Omit<ImportReport, 'foreignKeyChecks'>;

/** The GraphQL selection set of a shape: `fileName checksum counts { records … } …`. */
export function selectionOf(shape: Shape = REPORT_FIELDS): string {
  return Object.entries(shape)
    .map(([field, sub]) => (sub === true ? field : `${field} { ${selectionOf(sub)} }`))
    .join(' ');
}

/** Keeps the fields of a shape, in its order; arrays element by element; absent fields become null. */
export function project(value: unknown, shape: Shape = REPORT_FIELDS): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => project(v, shape));
  const source = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(shape).map(([field, sub]) => [field, sub === true ? (source[field] ?? null) : project(source[field], sub)]),
  );
}

export function publicReport(report: ImportReport | PublicReport): PublicReport {
  return project(report) as PublicReport;
}
