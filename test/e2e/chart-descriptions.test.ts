// Every chart's text alternative carries its figures (web/src/charts/*.description.ts): the chart names a visually
// hidden summary as its accessible description, with a hidden table of every value beside it; the overview's
// sparklines say their first and latest values in their label.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageErrors, screenshot, useBrowser } from './browser.js';

const browser = useBrowser();

/** The chart's accessible description (the text of the element its aria-describedby names) and its hidden table. */
async function descriptionOf(page: Page, chartId: string): Promise<{ summary: string; table: string[][] }> {
  const host = page.locator(`[data-chart-id="${chartId}"]`);
  await host.waitFor({ timeout: 30_000 });
  const id = await host.getAttribute('aria-describedby');
  expect(id, `${chartId} has aria-describedby`).toBeTruthy();
  const summary = (await page.locator(`[id="${id}"]`).textContent()) ?? '';
  const table = await page
    .locator(`[id="${id}"] + table tbody tr`)
    .evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent ?? '')));
  return { summary, table };
}

describe('Charts described with their figures', () => {
  it('the ranking names the best and worst with values, the chosen region’s rank, national value and target', async () => {
    const page = await browser.open('/?hal=bandingkan&induk=75&wilayah=75.02&indikator=poverty_rate_p0');
    const { summary, table } = await descriptionOf(page, 'compare-ranked');
    expect(summary).toContain('1. Kota Gorontalo 5,31%');
    expect(summary).toContain('Kabupaten Boalemo 16,37%');
    expect(summary).toMatch(/Nasional 8,47% \(\w+ 2025\)/);
    expect(summary).toContain('Target nasional RPJMN 2029: 4,50%');
    expect(table).toHaveLength(6);
    expect(table[0]).toEqual(['Kota Gorontalo', '1', '5,31%']);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('the change between periods gives both values and the change', async () => {
    const page = await browser.open('/?hal=bandingkan&induk=75&wilayah=75.02&indikator=poverty_rate_p0&tampilan=perubahan');
    const { summary, table } = await descriptionOf(page, 'compare-slope');
    expect(summary).toMatch(/\d+ wilayah membaik, \d+ memburuk/);
    expect(summary).toMatch(/\d+,\d\d% → \d+,\d\d% \([+−]\d+,\d\d poin persen\)/);
    expect(table).toHaveLength(6);
    await page.close();
  });

  it('the trend gives each region’s first and latest value with periods, and the target', async () => {
    const page = await browser.open('/?hal=tren&wilayah=75.02&indikator=poverty_rate_p0');
    const { summary, table } = await descriptionOf(page, 'trend');
    // Kabupaten/kota values are annual (2019), the province's and Indonesia's twice a year (Maret 2019).
    expect(summary).toMatch(/Kabupaten Boalemo: 18,87% \(2019\) → 16,37% \(2025\), terendah 16,37% \(2025\)/);
    expect(summary).toMatch(/Gorontalo: \d+,\d\d% \(Maret 2019\) → \d+,\d\d% \(\w+ 2025\)/);
    expect(summary).toMatch(/Proyeksi Kabupaten Boalemo untuk 2029 dengan laju sekarang: \d+,\d\d%\./);
    expect(summary).toContain('Target nasional RPJMN 2029: 4,50%');
    expect(table.map((r) => r[0])).toContain('Kabupaten Boalemo');
    await page.close();
  });

  it('the province map counts provinces by status and describes every province', async () => {
    const page = await browser.open('/?hal=peta&warna=status');
    const { summary, table } = await descriptionOf(page, 'map');
    expect(summary).toMatch(/: \d+ provinsi/);
    expect(table).toHaveLength(38);
    expect(table.find((r) => r[0] === 'Gorontalo')?.[1]).toMatch(/^\d+,\d\d% \(\w+ \d{4}\)/);
    await screenshot(page, 'map-described');
    await page.close();
  });

  it('the overview’s sparklines say their first and latest values', async () => {
    const page = await browser.open('/?wilayah=75.02');
    const spark = page.locator('[data-indicator="poverty_rate_p0"] svg.sparkline');
    await spark.waitFor({ timeout: 30_000 });
    expect(await spark.getAttribute('aria-label')).toMatch(
      /^Persentase Penduduk Miskin \(P0\): 18,87% \(2019\) → 16,37% \(2025\)/,
    );
    await page.close();
  });
});
