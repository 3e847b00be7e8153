// pnpm bench (dashboard part): what opening a page costs, in Chromium, on the embedded database with the demo data:
// the bytes sent for the first view (compressed, as on the wire) and the time from navigation start to the first
// chart drawn with data — on this machine's loopback and on an emulated 750 kbit/s link with 400 ms latency (a hotel
// ballroom's Wi-Fi). Not a test: numbers vary with the machine. Targets (issue): under 300 KB gzip of JavaScript for
// the overview, first chart under 1.5 s unthrottled.
//
//   pnpm --filter @kesra/test bench            (builds first when a source is newer than the build)
//   BENCH_RUNS=9 BENCH_SLOW_RUNS=5 pnpm --filter @kesra/test bench
//   BENCH_ACCEPT_ENCODING=identity …           files sent uncompressed, as the server did before it compressed them
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { build, buildIsStale, startServer } from '../support/server.js';
import { type FirstView, firstView, HOTEL_LINK } from './first-view.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3);
const ACCEPT_ENCODING = process.env.BENCH_ACCEPT_ENCODING || undefined;
const TARGET_KB = 300;
const TARGET_SECONDS = 1.5;

const PAGES = [
  // The overview's charts are the cards' sparklines; the compare page's is the first ECharts chart.
  { name: 'overview', path: '/', slow: true },
  { name: 'compare', path: '/?hal=bandingkan', slow: false },
] as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(2)} s`);
const medianOf = (loads: FirstView[], pick: (l: FirstView) => number | null) => {
  const values = loads.map(pick).filter((v): v is number => v !== null);
  return values.length ? median(values) : null;
};

async function loads(browser: Browser, url: string, runs: number, slow: boolean): Promise<FirstView[]> {
  const all: FirstView[] = [];
  for (let i = 0; i < runs; i++) all.push(await firstView(browser, url, slow ? HOTEL_LINK : undefined, ACCEPT_ENCODING));
  return all;
}

async function main() {
  if (buildIsStale()) {
    console.log('── Building (a source is newer than the build)');
    build();
  }
  console.log(
    `── Dashboard in Chromium (fresh embedded database with the demo data)${ACCEPT_ENCODING ? `; Accept-Encoding: ${ACCEPT_ENCODING}` : ''}`,
  );
  const server = await startServer();
  const browser = await launchChromium();
  try {
    // One load first so the server's own first-request costs (PGlite caches, JIT) are not counted as the page's.
    await firstView(browser, `${server.baseUrl}/`);
    for (const p of PAGES) {
      const url = `${server.baseUrl}${p.path}`;
      const fast = await loads(browser, url, RUNS, false);
      const sent = medianOf(fast, (l) => l.wireBytes)!;
      const chart = medianOf(fast, (l) => l.firstChartMs)!;
      const jsGzip = medianOf(fast, (l) => l.jsGzipBytes)!;
      const verdict =
        p.name === 'overview'
          ? ` — target < ${TARGET_KB} KB gzip JS, < ${TARGET_SECONDS} s: ${jsGzip / 1024 < TARGET_KB && chart / 1000 < TARGET_SECONDS ? 'met' : 'NOT met'}`
          : '';
      console.log(
        `[chromium] ${p.name}: ${kb(sent)} sent for the first view (${kb(medianOf(fast, (l) => l.fileBytes)!)} files, ` +
          `${kb(medianOf(fast, (l) => l.dataBytes)!)} GraphQL data; ${medianOf(fast, (l) => l.requests)} responses; ` +
          `files ${kb(medianOf(fast, (l) => l.decodedFileBytes)!)} uncompressed), JS ${kb(jsGzip)} gzip ` +
          `(${medianOf(fast, (l) => l.jsFiles)} files); first chart ${seconds(chart)} (median of ${RUNS}; ${fast[0]!.chart})${verdict}`,
      );
      if (!p.slow) continue;
      const slow = await loads(browser, url, SLOW_RUNS, true);
      console.log(
        `[chromium] ${p.name} on ${HOTEL_LINK.kbitPerSecond} kbit/s + ${HOTEL_LINK.latencyMs} ms: first content ` +
          `${seconds(medianOf(slow, (l) => l.firstContentMs))}, first chart ${seconds(medianOf(slow, (l) => l.firstChartMs))} ` +
          `(unthrottled ${seconds(medianOf(fast, (l) => l.firstContentMs))} and ${seconds(chart)}); ` +
          `${kb(medianOf(slow, (l) => l.wireBytes)!)} sent (median of ${SLOW_RUNS})`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
