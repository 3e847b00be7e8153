import type { ImportReport } from './import-report.js';

const STATUS: Record<ImportReport['status'], string> = {
  APPLIED: 'Applied',
  DRY_RUN: 'Dry run: nothing was written',
  REJECTED: 'Rejected: nothing was written',
};

/** The import report as a person reads it in a terminal. */
export function formatReport(r: ImportReport): string {
  const c = r.counts;
  const lines = [
    `${r.fileName} (${r.layout ?? 'layout not recognised'}, sha256 ${r.checksum.slice(0, 12)}…)`,
    `${STATUS[r.status]}${r.importBatchId ? ` as import #${r.importBatchId}` : ''} in ${r.durationMs} ms.`,
    `${c.records} records: ${c.inserted} new, ${c.updated} changed (${c.valueChanges} figures revised, ${c.metadataChanges} only their source or note), ${c.unchanged} unchanged, ${c.revisions} revisions of verified values (waiting for a verifier), ${c.missing} missing (not stored).`,
  ];
  for (const n of r.notices) lines.push(`Note${n.line === null ? '' : ` (line ${n.line})`}: ${n.message}`);
  if (r.previousImports.length) {
    const last = r.previousImports[r.previousImports.length - 1]!;
    lines.push(
      `The same file was imported before (${r.previousImports.length}×, last as #${last.id} by ${last.importedBy} on ${last.startedAt}).`,
    );
  }
  if (r.errors.length) {
    lines.push('', `${r.errors.length} error(s):`);
    for (const e of r.errors) {
      const at = e.line === null ? 'file' : `line ${e.line}${e.column ? `, column “${e.column}”` : ''}`;
      lines.push(`  ${at}: ${e.message} [${e.code}]`);
    }
  }
  return lines.join('\n');
}
