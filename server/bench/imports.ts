// Import throughput: 1,000,000 long-format rows through the whole pipeline (parse, validate,
// diff, write with audit), on a throw-away database. The figures are synthetic by necessity —
// there are not a million real figures — and never touch a real database.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemViewer } from '../src/accounts/viewer.js';
import { seedDir } from '../src/config.js';
import { bootstrapDatabase } from '../src/db/bootstrap.js';
import type { Database } from '../src/db/database.js';
import { importFile } from '../src/imports/import.service.js';
import { readIndicatorCatalogue } from '../src/indicators/catalogue.js';
import { readRegistry } from '../src/regions/registry.js';
import { createTestDatabase, type DatabaseKind } from '../src/test-support/databases.js';

/** `revision` changes every value (a revised release of the same figures). */
export function syntheticLongCsv(rows: number, revision = 0): Uint8Array {
  const regions = readRegistry(['PROVINCE', 'REGENCY_CITY'])
    // A kab/kota formed since 2004 refuses a value dated before it existed (regions/existence.ts): the synthetic
    // years start in 1901.
    .filter((r) => r.level === 'REGENCY_CITY' && r.existsSince === null)
    .map((r) => r.code);
  // Indicators counted by category (PPKS, PSKS) take the breakdown layout, not a total.
  const byCategory = new Set(
    (
      JSON.parse(readFileSync(join(seedDir, 'breakdowns', 'ppks-psks.json'), 'utf8')) as { sets: { indicators: string[] }[] }
    ).sets.flatMap((s) => s.indicators),
  );
  const indicators = readIndicatorCatalogue().filter(
    (i) => i.levels.includes('REGENCY_CITY') && (i.maxValue === null || i.maxValue >= 100) && !byCategory.has(i.code),
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

/**
 * New rows, then the same file again, then a revision changing every value. On PostgreSQL the
 * new-row import runs three times, each on a fresh database, and the median is printed: on a shared
 * machine single runs vary by a fifth.
 */
export async function benchImport(kind: DatabaseKind, rows: number): Promise<string[]> {
  const file = syntheticLongCsv(rows);
  const rate = (ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en');
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const runs = kind === 'postgres' ? 3 : 1;
  const firstMs: number[] = [];
  for (let run = 1; run < runs; run++) {
    const test = await createTestDatabase(kind);
    try {
      firstMs.push((await timedImport(test.db, file, 'bench.csv')).ms);
    } finally {
      await test.drop();
    }
  }
  const test = await createTestDatabase(kind);
  try {
    const first = await timedImport(test.db, file, 'bench.csv');
    firstMs.push(first.ms);
    const again = await timedImport(test.db, file, 'bench.csv');
    const revised = await timedImport(test.db, syntheticLongCsv(rows, 1), 'bench-revisi.csv');
    const sorted = [...firstMs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const spread = runs > 1 ? `median of ${runs}, ${seconds(sorted[0]!)}–${seconds(sorted[sorted.length - 1]!)} s; ` : '';
    return [
      `[${kind}] import ${rows.toLocaleString('en')} new rows: ${seconds(median)} s = ${rate(median)} rows/s (${spread}${first.report.counts.inserted} inserted; foreign keys checked ${first.report.foreignKeyChecks})`,
      `[${kind}] re-import the same file: ${seconds(again.ms)} s = ${rate(again.ms)} rows/s (${again.report.counts.unchanged} unchanged)`,
      `[${kind}] import a revision changing every value: ${seconds(revised.ms)} s = ${rate(revised.ms)} rows/s (${revised.report.counts.updated} updated, each with an audit entry)`,
    ];
  } finally {
    await test.drop();
  }
}

async function timedImport(db: Database, bytes: Uint8Array, fileName: string) {
  const started = performance.now();
  // An editor's kind of import (values waiting for verification): revisions of them are written at once, with their audit entries.
  const report = await importFile(db, { bytes, fileName, viewer: systemViewer('bench') });
  const ms = performance.now() - started;
  if (report.status !== 'APPLIED') {
    throw new Error(
      `bench import rejected: ${report.errors
        .slice(0, 3)
        .map((e) => e.message)
        .join('; ')}`,
    );
  }
  return { ms, report };
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
