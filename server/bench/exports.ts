// CSV export of a large table: time to first byte, total time, the server's peak memory while exporting, and
// whether the server stops querying when the client hangs up. Synthetic rows on a throw-away database.
//
//   pnpm --filter @kesra/server exec tsx --expose-gc bench/export-only.ts [rows] [postgres|pglite]

import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemViewer } from '../src/accounts/viewer.js';
import { createApp } from '../src/app.js';
import type { Database } from '../src/db/database.js';
import { importFile } from '../src/imports/import.service.js';
import { createTestDatabase, type DatabaseKind } from '../src/test-support/databases.js';
import { syntheticLongCsv } from './imports.js';

const MB = 1024 * 1024;

/** Resident set size now and at its peak since the last reset (Linux: /proc/self/status). */
function memory(): { rssMb: number; peakMb: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Sets the peak back to the current size (Linux 4.0+), so the next peak is the export's own. */
function resetPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {}
}

interface Download {
  status: number;
  bytes: number;
  lines: number;
  firstByteMs: number;
  totalMs: number;
  complete: boolean;
}

/** Reads an export and throws the bytes away; `stopAfterBytes` or `stopAfterMs` hangs up part-way. */
function download(url: string, stopAfterBytes = Number.POSITIVE_INFINITY, stopAfterMs = 0): Promise<Download> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstByteMs = 0;
    let bytes = 0;
    let lines = 0;
    const req = http.get(url, (res) => {
      const done = (complete: boolean) =>
        resolve({ status: res.statusCode ?? 0, bytes, lines, firstByteMs, totalMs: performance.now() - started, complete });
      res.on('data', (chunk: Buffer) => {
        if (bytes === 0) firstByteMs = performance.now() - started;
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        if (bytes >= stopAfterBytes) {
          req.destroy();
          done(false);
        }
      });
      res.on('end', () => done(true));
      res.on('aborted', () => done(false));
      res.on('error', () => done(false));
    });
    let hungUp = false;
    if (stopAfterMs > 0) {
      setTimeout(() => {
        hungUp = true;
        req.destroy();
        resolve({ status: 0, bytes, lines, firstByteMs, totalMs: performance.now() - started, complete: false });
      }, stopAfterMs);
    }
    req.on('error', (err) => (hungUp || bytes >= stopAfterBytes ? undefined : reject(err)));
  });
}

async function seed(db: Database, rows: number): Promise<void> {
  // Published, as a BPS release is: the export is read as a visitor downloads it (no credentials), every row visible.
  const report = await importFile(db, {
    bytes: syntheticLongCsv(rows),
    fileName: 'bench.csv',
    viewer: systemViewer('bench'),
    publish: true,
  });
  if (report.status !== 'APPLIED') throw new Error(`bench import rejected: ${report.errors[0]?.message}`);
}

/** The server measured: the app as `pnpm start` runs it (another can be given to compare implementations). */
export type ServeApp = (db: Database) => Promise<{ handler: http.RequestListener; stop(): Promise<void> }>;

const serveApp: ServeApp = async (db) => {
  const { handler, apollo } = await createApp(db, { production: true });
  return { handler, stop: () => apollo.stop() };
};

export async function benchExport(kind: DatabaseKind, rows: number, serve: ServeApp = serveApp): Promise<string[]> {
  const test = await createTestDatabase(kind);
  try {
    await seed(test.db, rows);
    const { handler, stop: stopApp } = await serve(test.db);
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/export/observations.csv`;
    try {
      const out: string[] = [];
      // A small export first, so the code paths are loaded and warm.
      await download(`${base}?indicator=poverty_rate_p0&from=1901&to=1901`);
      (globalThis as { gc?: () => void }).gc?.();
      resetPeak();
      const before = memory();
      // Meanwhile, /health every 200 ms: how long does another request wait while the export runs?
      const health = `${base.replace(/\/export\/.*$/, '')}/health`;
      const waits: number[] = [];
      let unanswered = 0;
      let exporting = true;
      const probe = (async () => {
        while (exporting) {
          const t0 = performance.now();
          const answered = await download(health).then(
            () => true,
            () => false,
          );
          if (answered) waits.push(performance.now() - t0);
          else unanswered++;
          await new Promise((r) => setTimeout(r, 200));
        }
      })();
      const all = await download(base);
      exporting = false;
      await probe;
      const after = memory();
      const sorted = waits.sort((a, b) => a - b);
      out.push(
        `[${kind}] export all ${rows.toLocaleString('en')} observations: HTTP ${all.status}, ${all.lines - 1} rows, ${(all.bytes / MB).toFixed(1)} MB; first byte ${(all.firstByteMs / 1000).toFixed(2)} s, total ${(all.totalMs / 1000).toFixed(1)} s; RSS ${before.rssMb.toFixed(0)} MB before, peak ${after.peakMb.toFixed(0)} MB (${Math.max(0, after.peakMb - before.rssMb).toFixed(0)} MB more)`,
        `[${kind}] meanwhile /health answered ${sorted.length} times, median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} ms, slowest ${(sorted[sorted.length - 1] ?? 0).toFixed(0)} ms${unanswered ? `; ${unanswered} never answered (connection reset)` : ''}`,
      );
      // The client hangs up after 1 MB or 1 s: how many statements does the server still send in the next 3 s?
      let statements = 0;
      const stop = test.db.onQuery(() => statements++);
      const partial = await download(base, MB, 1000);
      const atHangUp = statements;
      await new Promise((r) => setTimeout(r, 3000));
      stop();
      out.push(
        `[${kind}] client hangs up after ${(partial.bytes / MB).toFixed(1)} MB (at most 1 MB or 1 s): ${atHangUp} statements until then, ${statements - atHangUp} in the 3 s after`,
      );
      return out;
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await stopApp();
    }
  } finally {
    await test.drop();
  }
}
