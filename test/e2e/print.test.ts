import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chartOption, pageErrors, useBrowser } from './browser.js';

// Printing a dashboard page on A4 landscape: every chart is drawn again at the width it gets on paper (it was drawn
// for a 1320 px screen), so nothing is cut off, the legends stay and the tile map keeps its 38 provinces. The PDFs
// Chromium makes (its print path: beforeprint, the print layout, afterprint) are read with poppler and rendered to
// PNG under test/output/print/ to be looked at. Chromium prints a canvas drawn during beforeprint as vector
// graphics, so the charts' own text is in the PDF's text.

const base = inject('baseUrl');
const OUTPUT = fileURLToPath(new URL('../output/print/', import.meta.url));
/** A4 landscape less 10 mm margins, in CSS pixels: 277 mm. */
const A4_CONTENT_WIDTH = (277 * 96) / 25.4;
const tools = ['pdfinfo', 'pdftotext', 'pdftoppm'];
const missing = tools.filter((tool) => !['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(join(dir, tool))));
const skip = missing.length > 0 && process.env.CI !== 'true';
if (skip) console.warn(`Print test skipped: ${missing.join(', ')} not installed (apt-get install poppler-utils)`);

const browser = useBrowser({ skip });
let page: Page;

beforeAll(async () => {
  if (skip) return;
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  page = await browser.newPage();
});

const pdfTool = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

/** Prints the page as Chromium does, keeps the PDF and its pages as PNG; the number of pages and each page's text. */
async function printed(name: string): Promise<{ pages: number; text: string[]; info: string }> {
  const file = join(OUTPUT, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = pdfTool('pdfinfo', [file]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text = Array.from({ length: pages }, (_, i) =>
    pdfTool('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-']),
  );
  pdfTool('pdftoppm', ['-png', '-r', '80', file, join(OUTPUT, name)]);
  return { pages, text, info };
}

/** Every chart's host, canvas (its drawn box and its pixels) and the page's printing mark. */
function chartBoxes() {
  return page.evaluate(() => {
    // Under emulated print media the window keeps its width: the page's content box is the dashboard's column.
    const column = document.querySelector('.app')!.getBoundingClientRect();
    return {
      printing: document.documentElement.classList.contains('printing'),
      column: column.width,
      charts: Array.from(document.querySelectorAll<HTMLElement>('.echart')).map((host) => {
        const canvas = host.querySelector('canvas');
        const box = canvas?.getBoundingClientRect();
        return {
          id: host.dataset.chartId,
          overflow: (box?.right ?? 0) - column.right,
          width: box?.width ?? 0,
          pixels: canvas?.width ?? 0,
        };
      }),
    };
  });
}

describe.skipIf(skip)('printing on A4 landscape', () => {
  it('prints the tile map on one page with its legend, its source and all 38 provinces', async () => {
    await page.goto(`${base}/?hal=peta&wilayah=75`);
    const option = await chartOption<{ series: { data: unknown[] }[] }>(page, 'map');
    expect(option.series[0]!.data).toHaveLength(38);
    // On screen it is drawn for 1366 px: wider than the page it is printed on.
    expect((await chartBoxes()).charts[0]!.width).toBeGreaterThan(A4_CONTENT_WIDTH + 200);
    const values = await page.locator('[data-testid="map-table"] tbody td.num:nth-of-type(1)').allTextContents();
    expect(values).toHaveLength(38);

    const pdf = await printed('map');
    expect(pdf.pages).toBe(1);
    expect(pdf.info).toMatch(/Page size:\s+841\.9\d x 594\.9\d pts \(A4\)/);
    const [text] = pdf.text as [string];
    // Every tile's value is on paper, from Aceh in the west to the Papua provinces in the east.
    for (const value of values) expect(text).toContain(value.trim());
    for (const name of ['Aceh', 'Papua', 'Pabar', 'PBD', 'Papeg', 'Papsel']) expect(text).toMatch(new RegExp(`\\b${name}\\b`));
    expect(text).toContain('Kelompok nilai');
    // The source line wraps within the chart instead of running off it.
    expect(text).toMatch(/diambil dari github\.com\//);
    // No header controls, tabs or buttons on paper.
    for (const word of ['Masuk', 'Bahasa Indonesia', 'Ringkasan', '⤓', 'Presentasikan']) expect(text).not.toContain(word);
    // Back on screen afterwards.
    await expect.poll(async () => (await chartBoxes()).charts[0]!.width).toBeGreaterThan(A4_CONTENT_WIDTH + 200);
    expect((await chartBoxes()).printing).toBe(false);
  });

  it('draws every chart within the page while print media is on, at a printer’s pixel ratio, and back after', async () => {
    await page.goto(`${base}/?hal=tren&wilayah=75`);
    await chartOption(page, 'trend');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(async () => (await chartBoxes()).printing).toBe(true);
    const check = async () => {
      const { charts, column } = await chartBoxes();
      expect(column).toBeLessThanOrEqual(A4_CONTENT_WIDTH + 0.5);
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.width).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
        expect(chart.overflow).toBeLessThanOrEqual(0.5);
        expect(chart.pixels).toBeGreaterThanOrEqual(Math.floor(chart.width * 2));
      }
    };
    await check();
    const pdf = await printed('trend');
    // After the print (beforeprint … afterprint) the page is still laid out for print media, and so are the charts.
    await check();
    const text = pdf.text.join('\n');
    // The legend keeps every entry, and the target and projection are labelled on the chart.
    for (const entry of ['Gorontalo', 'Indonesia', 'Target nasional', 'Proyeksi']) expect(text).toContain(entry);
    expect(text).toMatch(/Proyeksi 2029: \d+,\d\d%/);
    expect(text).toMatch(/diambil dari github\.com\//);
    // null: no emulation (the screen, and print media for page.pdf again); 'screen' would also print as a screen.
    await page.emulateMedia({ media: null });
    await expect.poll(async () => (await chartBoxes()).printing).toBe(false);
    await expect.poll(async () => (await chartBoxes()).charts[0]!.width).toBeGreaterThan(A4_CONTENT_WIDTH + 200);
  });

  it('starts a chart higher than a page (38 provinces ranked) under the heading and runs it over the pages', async () => {
    await page.goto(`${base}/?hal=bandingkan`);
    const option = await chartOption<{ yAxis: { data: string[] } }>(page, 'compare-ranked');
    expect(option.yAxis.data).toHaveLength(38);
    const pdf = await printed('compare-provinces');
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    // The first page is not left with the heading alone: the ranking starts there, without the dashboard's controls.
    expect(pdf.text[0]).toMatch(/Perbandingan wilayah/);
    expect(pdf.text[0]).toContain(option.yAxis.data[0]!.replace(/^▶\s*/, ''));
    expect(pdf.text[0]).not.toContain('Masuk');
    const all = pdf.text.join('\n');
    for (const name of ['Bali', 'Papua Tengah', 'Papua Pegunungan', 'Aceh']) expect(all).toContain(name);
    expect(pageErrors(page)).toEqual([]);
  });
});
