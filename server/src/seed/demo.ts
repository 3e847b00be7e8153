import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { systemViewer } from '../accounts/viewer.js';
import { seedDir } from '../config.js';
import type { Database } from '../db/database.js';
import { importFile } from '../imports/import.service.js';
import type { ImportReport } from '../imports/import-report.js';

interface Manifest {
  files: { file: string; reason?: string }[];
}

export const DEMO_IMPORTER = 'demo-data';

/**
 * Loads the demo data set as published statistics (real BPS figures and the national targets) through the same import
 * path users use, file by file, in the manifest's order. Stops at the first file that does not
 * apply: demo data that fails validation is a bug to fix, not to hide.
 */
export async function loadDemoData(db: Database): Promise<ImportReport[]> {
  const dir = join(seedDir, 'demo');
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const reports: ImportReport[] = [];
  for (const entry of manifest.files) {
    const report = await importFile(db, {
      bytes: await readFile(join(dir, entry.file)),
      fileName: entry.file,
      viewer: systemViewer(DEMO_IMPORTER, 'demo data set'),
      publish: true,
      ...(entry.reason ? { reason: entry.reason } : {}),
    });
    reports.push(report);
    if (report.status !== 'APPLIED') {
      const first = report.errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`);
      throw new Error(`Demo file ${entry.file} was rejected (${report.errors.length} errors): ${first.join('; ')}`);
    }
  }
  return reports;
}
