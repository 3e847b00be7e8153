import { createHash } from 'node:crypto';
import type { Database, SqlClient, TransactionClient } from '../db/database.js';
import type { ImportIssue, Layout, ParseOptions } from './import.types.js';
import { parseImportFile } from './layouts.js';
import { loadReferenceData } from './reference-data.js';
import type { ForeignKeyChecks } from './references.js';
import { OBSERVATIONS, PLANNING_DOCUMENTS, PROGRAMME_FIGURES, TARGETS } from './tables.js';
import {
  applyUpsert,
  lockImportTables,
  planUpsert,
  type StagedRow,
  stageRows,
  type TableSpec,
  type UpsertPlan,
} from './upsert.js';
import { type SourceKey, type ValidatedImport, validateRecords } from './validate.js';

export interface ImportRequest {
  bytes: Uint8Array;
  fileName: string;
  importedBy: string;
  dryRun?: boolean;
  /** Why the figures change; goes to the audit trail. */
  reason?: string;
  options?: ParseOptions;
}

export interface ImportCounts {
  /** Records read from the file (for wide tables: cells). */
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Cells marked missing ("-", "...") or empty: not stored. */
  missing: number;
}

export interface ImportReport {
  fileName: string;
  checksum: string;
  layout: Layout | null;
  status: 'APPLIED' | 'DRY_RUN' | 'REJECTED';
  importBatchId: number | null;
  counts: ImportCounts;
  /** Every problem found; an import with any error writes nothing. */
  errors: ImportIssue[];
  /** Earlier applied imports of a file with the same checksum. */
  previousImports: { id: number; fileName: string; importedBy: string; startedAt: string }[];
  /**
   * How foreign keys were checked when writing: once per distinct value ("per-value"), or by
   * PostgreSQL's per-row triggers when the database role may not switch them off. Null when nothing was written.
   */
  foreignKeyChecks: ForeignKeyChecks | null;
  durationMs: number;
}

class DryRun extends Error {}

/**
 * The one path every import takes (CLI, GraphQL upload, dashboard, demo data): read, validate
 * against the catalogue and registry, then — only if nothing is wrong — write all rows in one
 * transaction with their provenance and an audit entry per changed value. A dry run goes through
 * the same transaction and rolls it back.
 */
export async function importFile(db: Database, request: ImportRequest): Promise<ImportReport> {
  const started = performance.now();
  const checksum = createHash('sha256').update(request.bytes).digest('hex');
  const report: ImportReport = {
    fileName: request.fileName,
    checksum,
    layout: null,
    status: 'REJECTED',
    importBatchId: null,
    counts: { records: 0, inserted: 0, updated: 0, unchanged: 0, missing: 0 },
    errors: [],
    previousImports: [],
    foreignKeyChecks: null,
    durationMs: 0,
  };
  const finish = () => ({ ...report, durationMs: Math.round(performance.now() - started) });

  let parsed: Awaited<ReturnType<typeof parseImportFile>>;
  try {
    parsed = await parseImportFile(request.bytes, request.fileName, request.options ?? {});
  } catch (err) {
    report.errors.push({ line: null, code: 'UNREADABLE_FILE', message: (err as Error).message });
    return finish();
  }
  report.layout = parsed.layout;
  report.counts.records = parsed.records.length;
  report.previousImports = await previousImports(db, checksum);

  const validated = validateRecords(parsed.records, await loadReferenceData(db));
  report.counts.missing = validated.missing;
  report.errors = [...parsed.issues, ...validated.issues];
  if (report.errors.length) return finish();

  try {
    await db.transaction(async (tx) => {
      await lockImportTables(tx);
      const planned = await planAll(tx, validated);
      for (const [, plan] of planned) {
        for (const c of plan.verifiedConflicts) {
          report.errors.push({
            line: c.line,
            code: 'VERIFIED_VALUE_CHANGE',
            message: `${c.keys.join(' · ')} has been verified; an import cannot change it (${c.changedFields
              .map((i) => `${c.old[i] ?? 'empty'} → ${c.next[i] ?? 'empty'}`)
              .join(', ')}). Ask a verifier to reopen it first.`,
          });
        }
        report.counts.inserted += plan.inserted;
        report.counts.updated += plan.updated;
        report.counts.unchanged += plan.unchanged;
      }
      if (report.errors.length) throw new DryRun();
      if (request.dryRun) throw new DryRun();
      const [batch] = await tx.query<{ id: number }>(
        `INSERT INTO import_batch (file_name, checksum, layout, imported_by, status, inserted, updated, unchanged, error_count, note, finished_at)
         VALUES ($1, $2, $3, $4, 'APPLIED', $5, $6, $7, 0, $8, now()) RETURNING id`,
        [
          request.fileName,
          checksum,
          parsed.layout,
          request.importedBy,
          report.counts.inserted,
          report.counts.updated,
          report.counts.unchanged,
          request.reason ?? null,
        ],
      );
      report.importBatchId = batch!.id;
      const ctx = {
        importBatchId: batch!.id,
        changedBy: request.importedBy,
        reason: request.reason ?? `Impor ${request.fileName}`,
      };
      for (const [spec, plan] of planned) {
        const checks = await applyUpsert(tx, spec, plan, ctx);
        if (checks && report.foreignKeyChecks !== 'per-row') report.foreignKeyChecks = checks;
      }
    });
    report.status = 'APPLIED';
  } catch (err) {
    if (!(err instanceof DryRun)) throw err;
    report.status = report.errors.length ? 'REJECTED' : 'DRY_RUN';
  }
  return finish();
}

/** Stages each table's rows and plans what writing them would change. */
async function planAll(tx: TransactionClient, v: ValidatedImport): Promise<[TableSpec, UpsertPlan][]> {
  const sources = await sourceIds(
    tx,
    [...v.observations, ...v.targets, ...v.programmes].map((r) => r.source),
  );
  const src = (s: SourceKey | null) => (s ? (sources.get(sourceId(s)) ?? null) : null);
  // Rows in the staging column order of tables.ts: line, keys, fields, derived. Generated lazily,
  // so a million-row file never exists a second time as arrays.
  const tables: [TableSpec, number, () => Iterable<StagedRow>][] = [
    [
      PLANNING_DOCUMENTS,
      v.documents.length,
      () =>
        v.documents.map((d) => [d.line, d.code, d.kind, d.title, d.level, d.region, d.startYear, d.endYear, d.legalBasis, d.url]),
    ],
    [
      OBSERVATIONS,
      v.observations.length,
      function* () {
        for (const o of v.observations)
          yield [o.line, o.indicator, o.region, o.period, o.value, src(o.source), o.note, o.year, o.subperiod];
      },
    ],
    [
      TARGETS,
      v.targets.length,
      () =>
        v.targets.map((t) => [
          t.line,
          t.document,
          t.indicator,
          t.region,
          t.year,
          t.value,
          t.lowerBound,
          t.upperBound,
          t.baselineYear,
          t.baselineValue,
          t.note,
          src(t.source),
        ]),
    ],
    [
      PROGRAMME_FIGURES,
      v.programmes.length,
      () =>
        v.programmes.map((p) => [
          p.line,
          p.programme,
          p.region,
          p.year,
          p.recipients,
          p.eligible,
          p.budgetAllocated,
          p.budgetSpent,
          src(p.source),
        ]),
    ],
  ];
  const out: [TableSpec, UpsertPlan][] = [];
  for (const [spec, count, rows] of tables) {
    if (count === 0) continue;
    await stageRows(tx, spec, rows());
    out.push([spec, await planUpsert(tx, spec)]);
  }
  return out;
}

const sourceId = (s: Pick<SourceKey, 'title' | 'url'>) => `${s.title}\u0001${s.url}`;

/** Finds or creates the file's sources (a handful per file) in one statement. */
async function sourceIds(tx: SqlClient, keys: (SourceKey | null)[]): Promise<Map<string, number>> {
  const unique = new Map<string, SourceKey>();
  for (const k of keys) if (k) unique.set(sourceId(k), k);
  if (unique.size === 0) return new Map();
  const list = [...unique.values()];
  // A publisher named in the file is kept; a file that names none does not erase a known one.
  const rows = await tx.query<{ id: number; title: string; url: string }>(
    `INSERT INTO source (title, url, publisher) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (title, url) DO UPDATE
       SET publisher = CASE WHEN EXCLUDED.publisher <> '' THEN EXCLUDED.publisher ELSE source.publisher END
     RETURNING id, title, url`,
    [list.map((s) => s.title), list.map((s) => s.url), list.map((s) => s.publisher)],
  );
  return new Map(rows.map((r) => [sourceId(r), r.id]));
}

async function previousImports(db: Database, checksum: string): Promise<ImportReport['previousImports']> {
  const rows = await db.sql.query<{ id: number; fileName: string; importedBy: string; startedAt: Date }>(
    `SELECT id, file_name AS "fileName", imported_by AS "importedBy", started_at AS "startedAt"
     FROM import_batch WHERE checksum = $1 AND status = 'APPLIED' ORDER BY id`,
    [checksum],
  );
  return rows.map((r) => ({ ...r, startedAt: new Date(r.startedAt).toISOString() }));
}
