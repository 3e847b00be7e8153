// pnpm bench (dashboard part): the JavaScript shipped to open a page (gzip bytes) and the time from navigation
// start to the first chart drawn, in Chromium, on the embedded database with the demo data. Not a test: numbers
// vary with the machine. Targets (issue): under 300 KB gzip for the overview, first chart under 1.5 s.
//
//   pnpm --filter @kesra/test bench            (builds first when a source is newer than the build)
//   BENCH_RUNS=9 pnpm --filter @kesra/test bench
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { build, buildIsStale, startServer } from '../support/server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_KB = 300;
const TARGET_SECONDS = 1.5;
/** Set by web/src/charts/first-chart.ts. */
const FIRST_CHART_MARK = 'kesra:first-chart';

const PAGES = [
  // The overview's charts are the cards' sparklines; the compare page's is the first ECharts chart.
  { name: 'overview', path: '/' },
  { name: 'compare', path: '/?hal=bandingkan' },
] as const;

interface Load {
  jsGzipBytes: number;
  jsFiles: number;
  firstChartMs: number;
  chart: string;
}

/** One cold load: a new browser context has an empty cache, so every file comes from the server. */
async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (res.request().resourceType() === 'script' || type.includes('javascript') || /\.m?js(\?|$)/.test(res.url())) {
      if (!scripts.has(res.url()))
        scripts.set(
          res.url(),
          res.body().then((body) => gzipSync(body).length),
        );
    }
  });
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_CHART_MARK, {
    timeout: 30_000,
  });
  const mark = await page.evaluate((name) => {
    const entry = performance.getEntriesByName(name)[0] as PerformanceMark;
    return { ms: entry.startTime, chart: String(entry.detail ?? '') };
  }, FIRST_CHART_MARK);
  // Everything the page went on to load for what is on screen (the page's own chunk, chart code).
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(scripts.values());
  await context.close();
  return { jsGzipBytes: sizes.reduce((a, b) => a + b, 0), jsFiles: sizes.length, firstChartMs: mark.ms, chart: mark.chart };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main() {
  if (buildIsStale()) {
    console.log('── Building (a source is newer than the build)');
    build();
  }
  console.log('── Dashboard in Chromium (fresh embedded database with the demo data)');
  const server = await startServer();
  const browser = await launchChromium();
  try {
    // One load first so the server's own first-request costs (PGlite caches, JIT) are not counted as the page's.
    await coldLoad(browser, `${server.baseUrl}/`);
    for (const p of PAGES) {
      const loads: Load[] = [];
      for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(browser, `${server.baseUrl}${p.path}`));
      const kb = median(loads.map((l) => l.jsGzipBytes)) / 1024;
      const seconds = median(loads.map((l) => l.firstChartMs)) / 1000;
      const files = median(loads.map((l) => l.jsFiles));
      const verdict =
        p.name === 'overview'
          ? ` — target < ${TARGET_KB} KB, < ${TARGET_SECONDS} s: ${kb < TARGET_KB && seconds < TARGET_SECONDS ? 'met' : 'NOT met'}`
          : '';
      console.log(
        `[chromium] ${p.name}: ${kb.toFixed(0)} KB gzip JS (${files} files), first chart ${seconds.toFixed(2)} s (median of ${RUNS}; ${loads[0]!.chart})${verdict}`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
