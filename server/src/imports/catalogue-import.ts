import { actorName } from '../accounts/viewer.js';
import { authorizeCatalogue, programmeScope, saveCatalogue } from '../catalogue/catalogue.service.js';
import type { CataloguePatch } from '../catalogue/rules.js';
import type { Database } from '../db/database.js';
import type { CatalogueRecord, RecordStream } from './import.types.js';
import { finishBatch, listed, nothingToWrite, startBatch } from './import-batch.js';
import type { ImportReport, ImportRequest } from './import-report.js';
import { readWholeFile, refusesStatusOptions } from './whole-file.js';

// A catalogue file through the import pipeline: read whole (a catalogue holds dozens to thousands of entries), checked
// by the catalogue's rules against the stored catalogue, written in one transaction with its import batch, a version
// of each changed entry and the audit trail — or, with any problem or in a dry run, not at all.

class RolledBack extends Error {}

/** Fills the report of a catalogue file's import. Only administrators may (indicators: national ones), refused with 403. */
export async function importCatalogueFile(
  db: Database,
  request: ImportRequest,
  stream: RecordStream,
  report: ImportReport,
): Promise<void> {
  const entity = stream.layout === 'indicator_catalogue' ? 'indicator' : 'programme';
  authorizeCatalogue(request.viewer, entity);
  if (refusesStatusOptions(request, report, 'a catalogue file')) return;
  const records = readWholeFile<CatalogueRecord>(stream, report);
  if (!records) return;
  const patches: CataloguePatch[] = records.map(patchOf);
  // Rows with cells that could not be read are left out; the others are still checked, so one report lists all.
  const unreadable = [...stream.issues];
  const changedBy = actorName(request.viewer);
  try {
    await db.transaction(async (tx) => {
      const checkOnly = request.dryRun === true || unreadable.length > 0;
      const batchId = checkOnly ? null : await startBatch(tx, request, changedBy, report.checksum, stream.layout);
      const saved = await saveCatalogue(tx, entity, patches, {
        changedBy,
        origin: 'IMPORT',
        reason: request.reason ?? `Impor ${request.fileName}`,
        importBatchId: batchId,
        auditNewEntries: true,
        guardFigures: true,
        dryRun: checkOnly,
        ...(entity === 'programme' ? { mayChange: programmeScope(request.viewer) } : {}),
      });
      report.errors = listed(
        [...unreadable, ...saved.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
        stream.omitted?.count ?? 0,
      );
      report.notices.push(...saved.notices);
      Object.assign(report.counts, {
        inserted: saved.inserted,
        updated: saved.updated,
        // A definition describes figures; its change is no figure's revision.
        metadataChanges: saved.updated,
        unchanged: saved.unchanged,
      });
      if (report.errors.length) throw new RolledBack();
      if (saved.inserted + saved.updated === 0) {
        report.notices.push(nothingToWrite({ records: report.counts.records, missing: 0 }, request.dryRun === true));
        throw new RolledBack();
      }
      if (batchId === null) throw new RolledBack();
      await finishBatch(tx, batchId, saved);
      report.importBatchId = batchId;
    });
    report.status = 'APPLIED';
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
    report.status = report.errors.length ? 'REJECTED' : request.dryRun ? 'DRY_RUN' : 'APPLIED';
  }
}

function patchOf(record: CatalogueRecord): CataloguePatch {
  return {
    code: record.code,
    line: record.loc.line,
    fields: record.fields,
    label: (field) => record.labels[field] ?? field,
  };
}
