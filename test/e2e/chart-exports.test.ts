// A chart's PNG and SVG for slides: drawn again at presentation size in the browser, downloaded, and kept under
// test/output/exports/ to be looked at.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartOption, pageErrors, useBrowser } from './browser.js';

const OUT = fileURLToPath(new URL('../output/exports/', import.meta.url));
const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  page = await browser.open('/?hal=bandingkan&induk=75&wilayah=75.02&indikator=poverty_rate_p0');
  await chartOption(page, 'compare-ranked');
});

async function download(name: RegExp, file: string): Promise<Buffer> {
  const frame = page.locator('figure', { has: page.locator('[data-chart-id="compare-ranked"]') });
  const [saved] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name }).click()]);
  const path = `${OUT}${file}`;
  await saved.saveAs(path);
  return readFileSync(path);
}

describe('Chart downloads at presentation resolution', () => {
  it('saves the ranked bars as an SVG of 1920 px wide with the title, values and source', async () => {
    const svg = (await download(/^Unduh SVG/, 'compare-ranked.svg')).toString('utf8');
    expect(svg).toMatch(/^<svg width="1920" height="\d+" viewBox="0 0 1120 \d+"/);
    expect(svg).toContain('Kota Gorontalo');
    expect(svg).toContain('5,31%');
    expect(svg).toContain('Sumber: BPS');
  });
  it('saves the same chart as a PNG at twice that size', async () => {
    const png = await download(/^Unduh PNG/, 'compare-ranked.png');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(3840);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(2160);
    expect(pageErrors(page)).toEqual([]);
  });
});
