// pnpm run import <file> [--dry-run] [--json] [--indicator CODE] [--source TEXT] [--decimal-comma]
//                        [--reason TEXT] [--by NAME]
// (`pnpm import` without `run` is pnpm's own lockfile command and cannot be overridden.)
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { bootstrapDatabase } from '../../db/bootstrap.js';
import { openDatabase } from '../../db/database.js';
import { importFile } from '../import.service.js';
import { formatReport } from '../report-text.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    indicator: { type: 'string' },
    source: { type: 'string' },
    'decimal-comma': { type: 'boolean', default: false },
    reason: { type: 'string' },
    by: { type: 'string' },
  },
});
const file = positionals[0];
if (!file) {
  console.error(
    'Usage: pnpm run import <file.csv|file.xlsx> [--dry-run] [--json] [--indicator CODE] [--source TEXT] [--decimal-comma] [--reason TEXT] [--by NAME]',
  );
  process.exit(2);
}
// pnpm runs scripts from the package folder; resolve the path from where the user typed it.
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
const bytes = await readFile(path).catch((err: Error) => {
  console.error(`Cannot read ${path}: ${err.message}`);
  process.exit(2);
});

const config = loadConfig();
const db = await openDatabase(config.database);
try {
  // Initialise a new database exactly as `pnpm start` would, so the first import is not special.
  await bootstrapDatabase(db, { demoData: config.demoData });
  const report = await importFile(db, {
    bytes,
    fileName: basename(path),
    importedBy: values.by ?? userInfo().username,
    dryRun: values['dry-run'],
    ...(values.reason ? { reason: values.reason } : {}),
    options: {
      ...(values.indicator ? { indicator: values.indicator } : {}),
      ...(values.source ? { source: values.source } : {}),
      decimalComma: values['decimal-comma'],
    },
  });
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
  process.exitCode = report.status === 'REJECTED' ? 1 : 0;
} finally {
  await db.close();
}
