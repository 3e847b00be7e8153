// One cold load of a dashboard page in Chromium, measured from the browser's own records: the bytes each response
// took on the wire (DevTools protocol, Network.loadingFinished), the first paint with content, and when the first
// chart was drawn with data. Optionally on an emulated slow link (Network.emulateNetworkConditions).
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** A hotel or regional-office link as the issue describes it: 750 kbit/s each way, 400 ms added to each request. */
export const HOTEL_LINK = { latencyMs: 400, kbitPerSecond: 750 } as const;

export interface Link {
  latencyMs: number;
  kbitPerSecond: number;
}

export interface FirstView {
  /** Bytes received for every response of the first view, headers included (compressed, as sent). */
  wireBytes: number;
  /** Of which the dashboard's own files (HTML, scripts, styles, fonts). */
  fileBytes: number;
  /** Of which GraphQL answers. */
  dataBytes: number;
  requests: number;
  /** The same files' bodies once decoded: what would have been sent uncompressed. */
  decodedFileBytes: number;
  /** Scripts gzipped here (level 6), the figure earlier benchmarks used. */
  jsGzipBytes: number;
  jsFiles: number;
  firstContentMs: number | null;
  firstChartMs: number;
  chart: string;
}

declare global {
  interface Window {
    __firstChart?: { ms: number; what: string };
  }
}

/**
 * Runs in the page before its own scripts: the first chart on screen with its data is the first sparkline path or dot
 * of the overview (SVG), or the first ECharts host whose option has been applied (EChart.tsx publishes it in
 * window.__charts). Looked for at the start of every animation frame, before that frame's paint: the frame that
 * first finds it is the frame that paints it, and its time is taken. Plain JavaScript text: a function would be
 * serialised with the helpers tsx adds to it (`__name`), which the page does not have.
 */
const WATCH_FIRST_CHART = `(() => {
  const found = () => {
    if (document.querySelector('svg.sparkline path, svg.sparkline circle')) return 'overview sparkline (SVG)';
    const charts = window.__charts || {};
    for (const host of document.querySelectorAll('[data-chart-id]')) {
      if (charts[host.dataset.chartId] && host.querySelector('canvas, svg')) return 'ECharts ' + host.dataset.chartId;
    }
    return null;
  };
  const frame = (time) => {
    const what = found();
    if (what) window.__firstChart = { ms: time, what };
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Response {
  url: string;
  type: string;
  bytes: number;
}

/**
 * One cold load: a new browser context has an empty cache, so every file comes from the server. `acceptEncoding`
 * replaces the browser's Accept-Encoding (`identity`: files sent as they are, as before the server compressed them).
 */
export async function firstView(browser: Browser, url: string, link?: Link, acceptEncoding?: string): Promise<FirstView> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    extraHTTPHeaders: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {},
  });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: WATCH_FIRST_CHART });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (link) {
      const bytesPerSecond = (link.kbitPerSecond * 1000) / 8;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: link.latencyMs,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      });
    }
    const seen = new Map<string, { url: string; type: string }>();
    const responses: Response[] = [];
    cdp.on('Network.responseReceived', (e) => seen.set(e.requestId, { url: e.response.url, type: e.type }));
    cdp.on('Network.loadingFinished', (e) => {
      const r = seen.get(e.requestId);
      if (r) responses.push({ ...r, bytes: e.encodedDataLength });
    });
    const decoded = new Map<string, Promise<{ bytes: number; jsGzip: number | null }>>();
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (path.startsWith('/graphql') || decoded.has(res.url())) return;
      const script = res.request().resourceType() === 'script';
      decoded.set(
        res.url(),
        res.body().then(
          (body) => ({ bytes: body.length, jsGzip: script ? gzipSync(body).length : null }),
          () => ({ bytes: 0, jsGzip: null }),
        ),
      );
    });

    await page.goto(url);
    await page.waitForFunction(() => Boolean(window.__firstChart), undefined, { timeout: 120_000, polling: 100 });
    // Everything the page went on to load for what is on screen (the page's own chunk, chart code, its data).
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    const marks = await page.evaluate(() => ({
      chart: window.__firstChart!,
      firstContent: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    const bodies = await Promise.all(decoded.values());
    const isData = (r: Response) => new URL(r.url).pathname.startsWith('/graphql');
    const sum = (rs: Response[]) => rs.reduce((a, r) => a + r.bytes, 0);
    const gzips = bodies.map((b) => b.jsGzip).filter((n): n is number => n !== null);
    return {
      wireBytes: sum(responses),
      fileBytes: sum(responses.filter((r) => !isData(r))),
      dataBytes: sum(responses.filter(isData)),
      requests: responses.length,
      decodedFileBytes: bodies.reduce((a, b) => a + b.bytes, 0),
      jsGzipBytes: gzips.reduce((a, b) => a + b, 0),
      jsFiles: gzips.length,
      firstContentMs: marks.firstContent,
      firstChartMs: marks.chart.ms,
      chart: marks.chart.what,
    };
  } finally {
    await context.close();
  }
}
