import { actorName } from '../accounts/viewer.js';
import type { Database } from '../db/database.js';
import type { ImportIssue, RecordStream } from '../imports/import.types.js';
import { finishBatch, listed, nothingToWrite, startBatch } from '../imports/import-batch.js';
import type { ImportReport, ImportRequest } from '../imports/import-report.js';
import { readWholeFile, refusesStatusOptions } from '../imports/whole-file.js';
import {
  authorizeMethodology,
  checkMethodology,
  findMethodologies,
  methodologyOwner,
  storeMethodology,
} from './composites.service.js';
import { assembleMethodologies } from './methodology-file.js';
import type { MethodologyRowRecord } from './methodology-layout.js';

// A methodology file through the import pipeline: each method in it is checked by the same function as a method
// defined through GraphQL (weights, bounds, indicators, the source an OFFICIAL one needs) and stored as its next
// version, all in one transaction with the import batch — or, with any problem or in a dry run, not at all. A method
// identical to its latest stored version is left alone, so importing the same file twice adds no version.

export async function importMethodologyFile(
  db: Database,
  request: ImportRequest,
  stream: RecordStream,
  report: ImportReport,
): Promise<void> {
  authorizeMethodology(request.viewer);
  if (refusesStatusOptions(request, report, 'a methodology file')) return;
  const records = readWholeFile<MethodologyRowRecord>(stream, report);
  if (!records) return;
  const { methodologies, issues } = assembleMethodologies(records, request.fileName);
  const problems: ImportIssue[] = [...stream.issues, ...issues];
  const checked = [];
  for (const m of methodologies) {
    const owned = await methodologyOwner(db.sql, request.viewer, m.input.code);
    if ('problem' in owned) problems.push({ line: m.line, code: 'NOT_YOUR_METHODOLOGY', message: owned.problem.en });
    const { problems: found, definition } = await checkMethodology(db.sql, m.input);
    for (const problem of found) {
      // An unknown indicator is reported on each row that names it; the method's other problems on its first row.
      const unknown = /component “([^”]*)”: unknown indicator\.$/.exec(problem);
      const lines = unknown ? (m.indicatorLines.get(unknown[1]!) ?? [m.line]) : [m.line];
      for (const line of lines)
        problems.push({
          line,
          code: unknown ? 'UNKNOWN_INDICATOR' : 'INVALID_METHODOLOGY',
          message: `methodology ${m.input.code}: ${problem}`,
        });
    }
    checked.push({ ...m, definition, owner: 'owner' in owned ? owned.owner : '' });
  }
  report.errors = listed(
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    stream.omitted?.count ?? 0,
  );
  if (report.errors.length) {
    report.status = 'REJECTED';
    return;
  }
  const latest = new Map((await findMethodologies(db)).map((m) => [m.code, m]));
  const changed = checked.filter((m) => {
    const stored = latest.get(m.input.code.trim());
    if (!stored) return true;
    const same =
      canonical(stored.definition) === canonical(m.definition) &&
      stored.status === m.input.status &&
      stored.aggregation === m.input.aggregation &&
      stored.nameId === m.input.nameId &&
      stored.nameEn === m.input.nameEn &&
      stored.descriptionId === m.input.descriptionId &&
      stored.source === (m.input.source?.trim() || null) &&
      stored.sourceUrl === (m.input.sourceUrl?.trim() || null) &&
      stored.legalBasis === (m.input.legalBasis?.trim() || null) &&
      stored.resultIndicatorCode === (m.input.resultIndicatorCode?.trim() || null);
    return !same;
  });
  Object.assign(report.counts, { inserted: changed.length, unchanged: checked.length - changed.length });
  if (changed.length === 0) {
    report.notices.push(nothingToWrite({ records: records.length, missing: 0 }, request.dryRun === true));
    report.status = request.dryRun ? 'DRY_RUN' : 'APPLIED';
    return;
  }
  if (request.dryRun) {
    report.status = 'DRY_RUN';
    return;
  }
  const createdBy = actorName(request.viewer);
  await db.transaction(async (tx) => {
    const batchId = await startBatch(tx, request, createdBy, report.checksum, stream.layout);
    for (const m of changed) {
      const stored = await storeMethodology(tx, m.input, m.definition, createdBy, m.owner);
      report.notices.push({
        line: m.line,
        code: 'METHODOLOGY_STORED',
        message: `methodology ${stored.code} stored as version ${stored.version} (${stored.status})`,
      });
    }
    await finishBatch(tx, batchId, { inserted: changed.length, updated: 0, unchanged: checked.length - changed.length });
    report.importBatchId = batchId;
  });
  report.status = 'APPLIED';
}

/** JSON with object keys sorted: jsonb stores keys in its own order, so equal definitions must be compared so. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
