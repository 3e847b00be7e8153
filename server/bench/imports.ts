// Import throughput: 1,000,000 long-format rows through the whole pipeline (parse, validate,
// diff, write with audit), on a throw-away database. The figures are synthetic by necessity —
// there are not a million real figures — and never touch a real database.

import { bootstrapDatabase } from '../src/db/bootstrap.js';
import { importFile } from '../src/imports/import.service.js';
import { readIndicatorCatalogue } from '../src/indicators/catalogue.js';
import { readRegistry } from '../src/regions/registry.js';
import { createTestDatabase, type DatabaseKind } from '../src/test-support/databases.js';

/** `revision` changes every value (a revised release of the same figures). */
export function syntheticLongCsv(rows: number, revision = 0): Uint8Array {
  const regions = readRegistry(['PROVINCE', 'REGENCY_CITY'])
    .filter((r) => r.level === 'REGENCY_CITY')
    .map((r) => r.code);
  const indicators = readIndicatorCatalogue().filter(
    (i) => i.levels.includes('REGENCY_CITY') && (i.maxValue === null || i.maxValue >= 100),
  );
  const lines = ['kode_wilayah,indikator,periode,nilai,sumber'];
  let n = 0;
  for (let year = 1901; n < rows; year++) {
    for (const indicator of indicators) {
      for (const region of regions) {
        if (n++ >= rows) break;
        lines.push(`${region},${indicator.code},${year},${((n * 7919 + revision) % 10000) / 100},Benchmark sintetis`);
      }
    }
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

export async function benchImport(kind: DatabaseKind, rows: number): Promise<string[]> {
  const file = syntheticLongCsv(rows);
  const test = await createTestDatabase(kind);
  try {
    let t = performance.now();
    const first = await importFile(test.db, { bytes: file, fileName: 'bench.csv', importedBy: 'bench' });
    const firstMs = performance.now() - t;
    if (first.status !== 'APPLIED')
      throw new Error(
        `bench import rejected: ${first.errors
          .slice(0, 3)
          .map((e) => e.message)
          .join('; ')}`,
      );
    t = performance.now();
    const again = await importFile(test.db, { bytes: file, fileName: 'bench.csv', importedBy: 'bench' });
    const againMs = performance.now() - t;
    t = performance.now();
    const revised = await importFile(test.db, {
      bytes: syntheticLongCsv(rows, 1),
      fileName: 'bench-revisi.csv',
      importedBy: 'bench',
    });
    const revisedMs = performance.now() - t;
    const rate = (ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en');
    return [
      `[${kind}] import ${rows.toLocaleString('en')} new rows: ${(firstMs / 1000).toFixed(1)} s = ${rate(firstMs)} rows/s (${first.counts.inserted} inserted; foreign keys checked ${first.foreignKeyChecks})`,
      `[${kind}] re-import the same file: ${(againMs / 1000).toFixed(1)} s = ${rate(againMs)} rows/s (${again.counts.unchanged} unchanged)`,
      `[${kind}] import a revision changing every value: ${(revisedMs / 1000).toFixed(1)} s = ${rate(revisedMs)} rows/s (${revised.counts.updated} updated, each with an audit entry)`,
    ];
  } finally {
    await test.drop();
  }
}

export async function benchDemoLoad(): Promise<string> {
  const t0 = performance.now();
  const test = await createTestDatabase('pglite', { bootstrap: false });
  const opened = performance.now();
  const report = await bootstrapDatabase(test.db, { demoData: false });
  const migrated = performance.now();
  const { loadDemoData } = await import('../src/seed/demo.js');
  const reports = await loadDemoData(test.db);
  const loaded = performance.now();
  await test.drop();
  const values = reports.reduce((n, r) => n + r.counts.inserted, 0);
  return `[pglite] fresh embedded database: create ${((opened - t0) / 1000).toFixed(1)} s, migrate + registry + catalogues ${((migrated - opened) / 1000).toFixed(1)} s (${report.regionsLoaded} regions), demo data ${((loaded - migrated) / 1000).toFixed(2)} s (${values} values, ${reports.length} files)`;
}
