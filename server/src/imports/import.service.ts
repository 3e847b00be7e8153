import { createHash } from 'node:crypto';
import { actorName, authorize, regionCovers, scopesFor, type Viewer } from '../accounts/viewer.js';
import { importActivityFile } from '../activities/activity-import.js';
import { importMethodologyFile } from '../composites/methodology-import.js';
import type { Database } from '../db/database.js';
import { analyzeIfMuchChanged } from '../db/table-statistics.js';
import { badInput } from '../messages/errors.js';
import { importConflictMessage } from '../observations/annual-figure.js';
import { ensureDesaScaleIndexSoon } from '../observations/desa-scale-index.js';
import { staleRatioParts } from '../ratios/stale.js';
import { readDataset } from '../training/dataset.js';
import { fileLabelProblem, guardRecords } from '../training/import-guard.js';
import { importCatalogueFile } from './catalogue-import.js';
import { characterProblem, MAX_TEXT_CHARS, shown } from './cell-text.js';
import { type ImportIssue, MAX_LISTED_ISSUES, type RecordStream } from './import.types.js';
import { finishBatch, listed, nothingToWrite, startBatch } from './import-batch.js';
import { emptyCounts, type ImportReport, type ImportRequest } from './import-report.js';
import { CHUNK_ROWS, ImportWriter } from './import-writer.js';
import { openImportFile } from './layouts.js';
import { ImportFileError, SUSPECT_CHARACTER } from './read-table.js';
import { loadReferenceData } from './reference-data.js';
import { SourceNumbers } from './source-numbers.js';
import { chunks, stagedRowsOf, TABLE_OF_LAYOUT } from './staged-records.js';
import { forFileColumns } from './table-spec.js';
import { lockedStatuses, lockImportTables } from './upsert.js';
import { createValidator } from './validate.js';
import type { ReferenceData } from './validate.types.js';

class DryRun extends Error {}
/** Rolls back an import that would change nothing, so that it leaves no empty batch behind. */
class NothingWritten extends Error {}

/** File name, importer, reason and the options' texts: stored with the batch, audit trail and sources. */
function argumentProblems(request: ImportRequest): ImportIssue[] {
  const texts: [string, string | undefined][] = [
    ['file name', request.fileName],
    ['importedBy', importerName(request)],
    ['reason', request.reason],
    ['source', request.options?.source],
    ['indicator', request.options?.indicator],
  ];
  const problems: ImportIssue[] = [];
  for (const [label, text] of texts) {
    if (text === undefined) continue;
    const problem = SUSPECT_CHARACTER.test(text)
      ? characterProblem(label, text)
      : text.length > (label === 'reason' || label === 'source' ? MAX_TEXT_CHARS : 1_000)
        ? { code: 'TEXT_TOO_LONG', message: `the ${label} “${shown(text)}” is too long` }
        : null;
    if (problem) problems.push({ line: null, code: 'BAD_ARGUMENT', message: problem.message });
  }
  return problems;
}

/**
 * The one path every import takes (CLI, GraphQL upload, dashboard, demo data): read and validate
 * against the catalogue and registry while staging the rows, then — only if nothing is wrong —
 * write all rows in one transaction with their provenance and an audit entry per changed value.
 * A file with problems, and a dry run, go through the same transaction and roll it back.
 */
export async function importFile(db: Database, request: ImportRequest): Promise<ImportReport> {
  if (request.publish && request.draft) throw badInput('An import either publishes statistics or saves drafts, not both.');
  const scope = authorizeImport(request.viewer, request.publish === true);
  const started = performance.now();
  const checksum = createHash('sha256').update(request.bytes).digest('hex');
  const report: ImportReport = {
    fileName: request.fileName,
    checksum,
    layout: null,
    status: 'REJECTED',
    importBatchId: null,
    counts: emptyCounts(),
    errors: [],
    notices: [],
    previousImports: [],
    foreignKeyChecks: null,
    durationMs: 0,
  };
  const finish = () => ({ ...report, durationMs: Math.round(performance.now() - started) });

  // What is written beside the figures (batch, audit trail, sources) must be text PostgreSQL takes.
  report.errors = argumentProblems(request);
  if (report.errors.length) return finish();

  let stream: RecordStream;
  try {
    stream = await openImportFile(request.bytes, request.fileName, request.options ?? {});
  } catch (err) {
    // Whatever stops the reading of a file's start is the file's: the analyst gets the sentence.
    report.errors.push({
      line: null,
      code: err instanceof ImportFileError ? err.code : 'UNREADABLE_FILE',
      message: err instanceof Error ? err.message : String(err),
    });
    return finish();
  }
  report.layout = stream.layout;
  report.notices = stream.notices;
  report.previousImports = await previousImports(db, checksum);
  if (stream.layout === 'indicator_catalogue' || stream.layout === 'programme_catalogue') {
    await importCatalogueFile(db, request, stream, report);
    return finish();
  }
  // A methodology is reference data, the same in official and training databases (as catalogues are).
  if (stream.layout === 'composite_methodology') {
    await importMethodologyFile(db, request, stream, report);
    return finish();
  }
  // Training and official data never share a database (training/import-guard.ts); catalogues are reference data.
  const { kind } = await readDataset(db.sql);
  const labelled = fileLabelProblem(kind, request.bytes, request.fileName);
  if (labelled) {
    report.errors = [labelled];
    return finish();
  }
  stream.records = guardRecords(stream.records, kind, request.options ?? {}, stream.issues);
  if (stream.layout === 'activities') {
    await importActivityFile(db, request, stream, report);
    return finish();
  }
  // A header without its required columns: nothing to read.
  if (stream.issues.length) {
    report.errors = [...stream.issues];
    return finish();
  }
  const reference = await loadReferenceData(db);
  // One numbering of the file's sources for the checks (a cell given twice names the same source or not) and the writer.
  const sources = new SourceNumbers();
  const validator = createValidator(reference, { regionAllowed: scope, sources });
  // Fields the file has no column for are left as they are on existing rows.
  const spec = forFileColumns(TABLE_OF_LAYOUT[stream.layout as keyof typeof TABLE_OF_LAYOUT], stream.columns);

  try {
    await db.transaction(async (tx) => {
      // Imports run one at a time: between comparing with what exists and writing, nobody else writes.
      await lockImportTables(tx);
      const batchId = request.dryRun ? null : await startBatch(tx, request, importerName(request), checksum, stream.layout);
      const write =
        batchId === null
          ? null
          : {
              importBatchId: batchId,
              changedBy: importerName(request),
              reason: request.reason ?? `Impor ${request.fileName}`,
              status: request.publish ? ('PUBLISHED' as const) : request.draft ? ('DRAFT' as const) : null,
              locked: lockedStatuses(request.publish === true),
              revisable: request.publish !== true,
            };
      const writer = await ImportWriter.open(tx, spec, write, sources);
      const counts = report.counts;
      const hasErrors = () => stream.issues.length > 0 || validator.issues.length > 0;
      // Reading, checking and writing are one pass. After the first problem the file is still read
      // to the end, to report every problem, but nothing more is sent to the database.
      try {
        for await (const chunk of chunks(
          stagedRowsOf(stream.records, validator, writer, counts),
          request.chunkRows ?? CHUNK_ROWS,
          stream.work,
        )) {
          if (!hasErrors()) await writer.add(chunk);
        }
      } finally {
        // Whatever stopped the reading, the chunk in flight finishes before the transaction ends.
        await writer.settle();
      }
      counts.missing = validator.missing;
      report.notices = [...report.notices, ...validator.notices];
      report.errors = listed([...stream.issues, ...validator.issues], (stream.omitted?.count ?? 0) + validator.omitted.count);
      if (report.errors.length) throw new DryRun();

      const plan = await writer.compare(lockedStatuses(request.publish === true));
      if (spec.table === 'observation' && validator.ratioRowsWithoutParts > 0) {
        report.errors.push(...(await staleRatioParts(tx, MAX_LISTED_ISSUES)));
      }
      for (const c of plan.verifiedConflicts) {
        // A submission's change to a verified value is a revision for the verifier, not an error.
        if (c.status === 'VERIFIED' && request.publish !== true && spec.revisions) {
          counts.revisions++;
          continue;
        }
        const change = c.changedFields.map((i) => `${c.old[i] ?? 'empty'} → ${c.next[i] ?? 'empty'}`).join(', ');
        report.errors.push({
          line: c.line,
          code: c.status === 'PUBLISHED' ? 'PUBLISHED_VALUE_CHANGE' : 'VERIFIED_VALUE_CHANGE',
          message:
            c.status === 'PUBLISHED'
              ? `${c.keys.join(' · ')} is a published statistic; only an administrator importing a new release (publish) can change it (${change}).`
              : request.publish === true
                ? `${c.keys.join(' · ')} has been verified; publishing cannot replace a verified regional value (${change}).`
                : `${c.keys.join(' · ')} has been verified: the province’s verifier must return it (reviewValues, RETURN) before it can be changed (${change}).`,
        });
      }
      // An annual figure and its round are one figure: the file may not leave them apart (annual-figure.ts).
      for (const c of await writer.annualRoundConflicts(annualRoundsOf(reference), lockedStatuses(request.publish === true))) {
        const annualLine = validator.lineOf(c.indicatorCode, c.regionCode, c.year, 0);
        const roundLine = validator.lineOf(c.indicatorCode, c.regionCode, c.year, c.round);
        report.errors.push({
          line: annualLine ?? roundLine,
          code: 'ANNUAL_ROUND_DIFFERS',
          message: importConflictMessage(c, { annualLine, roundLine }),
        });
      }
      counts.inserted = plan.inserted;
      counts.updated = plan.updated;
      counts.valueChanges = plan.valueChanges;
      counts.metadataChanges = plan.metadataChanges;
      counts.unchanged = plan.unchanged;
      if (report.errors.length) throw new DryRun();
      // Nothing to write: no batch either (the transaction, with the batch started above, is rolled back).
      if (counts.inserted + counts.updated + counts.revisions === 0) {
        report.notices.push(nothingToWrite(counts, request.dryRun === true));
        throw batchId === null ? new DryRun() : new NothingWritten();
      }
      if (batchId === null) throw new DryRun();
      await writer.finish();
      await finishBatch(tx, batchId, counts);
      report.importBatchId = batchId;
      if (counts.inserted + counts.updated > 0) report.foreignKeyChecks = writer.foreignKeyChecks;
    });
    report.status = 'APPLIED';
  } catch (err) {
    // A file is read while it is staged, so a broken one (an unclosed quote, a workbook past a limit)
    // can stop it midway.
    if (err instanceof ImportFileError) {
      report.errors = [{ line: null, code: err.code, message: err.message }];
      report.counts = emptyCounts();
    } else if (err instanceof NothingWritten) {
      report.status = 'APPLIED';
      return finish();
    } else if (!(err instanceof DryRun)) throw err;
    report.status = report.errors.length ? 'REJECTED' : 'DRY_RUN';
  }
  if (report.status === 'APPLIED') {
    const written = report.counts.inserted + report.counts.updated;
    await analyzeIfMuchChanged(db, spec.table, written);
    // A database whose first kecamatan or desa values came now needs the index of the levels above desa: checked from
    // what this import knows it wrote, built without holding up this answer.
    if (spec.table === 'observation' && written > 0 && validator.rowsBelowRegency > 0) void ensureDesaScaleIndexSoon(db);
  }
  return finish();
}

/** The indicators whose annual figure comes from one round, with that round. */
function annualRoundsOf(reference: ReferenceData): Map<string, number> {
  const rounds = new Map<string, number>();
  for (const [code, rule] of reference.indicators) if (rule.annualRound) rounds.set(code, rule.annualRound);
  return rounds;
}

function importerName(request: ImportRequest): string {
  return actorName(request.viewer);
}

/**
 * Refuses an import the viewer may not make at all (anonymous, no submitting role, publishing without being an
 * administrator) and returns the check each row's region must pass: a row outside the importer's regions is an error
 * naming the row, and the whole file is refused.
 */
function authorizeImport(viewer: Viewer, publish: boolean): (regionCode: string) => string | null {
  if (publish) authorize(viewer, 'administer', 'import published statistics (publish)');
  else authorize(viewer, 'submit', 'import data');
  const scopes = scopesFor(viewer, publish ? 'administer' : 'submit');
  return (regionCode) =>
    scopes.some((scope) => regionCovers(scope, regionCode))
      ? null
      : `Region ${regionCode} is outside the regions your account may submit for (${scopes.join(', ')}).`;
}

async function previousImports(db: Database, checksum: string): Promise<ImportReport['previousImports']> {
  const rows = await db.sql.query<{ id: number; fileName: string; importedBy: string; startedAt: Date }>(
    `SELECT id, file_name AS "fileName", imported_by AS "importedBy", started_at AS "startedAt"
     FROM import_batch WHERE checksum = $1 AND status = 'APPLIED' ORDER BY id`,
    [checksum],
  );
  return rows.map((r) => ({ ...r, startedAt: new Date(r.startedAt).toISOString() }));
}
