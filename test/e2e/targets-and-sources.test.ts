import { describe, expect, it } from 'vitest';
import { pageErrors, screenshot, useBrowser } from './browser.js';

// Issue 15's Bappeda questions, asked of Provinsi Gorontalo (75) as a head of Bappeda would: how far each kabupaten/kota
// is from its target, which is furthest behind and which improved most, how TPT compares, and when BPS released it.
const browser = useBrowser();

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];

describe('Rapor target, sorted by the distance to target', () => {
  it('puts Boalemo 11,87 points above the RPJMN target first and Kota Gorontalo 0,81 points above it last', async () => {
    const page = await browser.open('/?hal=rapor&wilayah=75');
    const rows = page.locator('[data-testid="scorecard"] tbody tr');
    await expect.poll(() => rows.count()).toBe(7);
    // The province's own row first, then its kabupaten/kota from the furthest behind.
    expect(await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.code))).toEqual([
      '75',
      '75.02',
      '75.05',
      '75.04',
      '75.01',
      '75.03',
      '75.71',
    ]);
    const gap = (code: string) => page.locator(`tr[data-code="${code}"] td[data-column="selisih.poverty_rate_p0"]`).textContent();
    expect(await gap('75.02')).toBe('11,87 poin di atas targetperlu turun');
    expect(await gap('75.71')).toBe('0,81 poin di atas targetperlu turun');
    const gapHeader = page.locator('th:has([data-sort-column="selisih.poverty_rate_p0"])');
    expect(await gapHeader.getAttribute('aria-sort')).toBe('descending');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await screenshot(page, `scorecard-75-${size.width}x${size.height}`);
    }

    // Sorting by name: a button in the heading, the order in the URL, announced by aria-sort.
    await page.getByRole('button', { name: 'Wilayah', exact: true }).click();
    await expect.poll(() => page.url()).toContain('urut=wilayah.naik');
    expect(await page.locator('th:has([data-sort-column="wilayah"])').getAttribute('aria-sort')).toBe('ascending');
    expect(await gapHeader.getAttribute('aria-sort')).toBeNull();
    expect(await rows.nth(1).getAttribute('data-code')).toBe('75.02');
    expect(await rows.last().getAttribute('data-code')).toBe('75.71');
    // Reopened from the link, the same order.
    const again = await browser.open(new URL(page.url()).search.replace(/^/, '/'));
    await expect.poll(() => again.locator('th:has([data-sort-column="wilayah"])').getAttribute('aria-sort')).toBe('ascending');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
    await again.context().close();
  });
});

describe('Overview of a province', () => {
  it('names the kabupaten/kota furthest from target and the most improved, and compares TPT year on year', async () => {
    const page = await browser.open('/?wilayah=75');
    const below = page.getByTestId('regions-below');
    const p0 = below.locator('tr[data-below-indicator="poverty_rate_p0"]');
    await expect.poll(() => p0.locator('[data-testid="below-furthest"]').textContent()).toContain('Kabupaten Boalemo');
    expect(await p0.locator('[data-testid="below-furthest"]').textContent()).toBe(
      'Kabupaten Boalemo16,37% (2025) vs target 2029: 4,50%11,87 poin di atas target',
    );
    expect(await p0.locator('[data-testid="below-improved"]').textContent()).toBe(
      'Kabupaten Pohuwato17,11% → 15,24%−1,87 poin persen (2024 → 2025)',
    );
    // TPT: August 2025 (3,42%) against August 2024 (3,13%), as the comparison page does, not against February 2025.
    const tpt = page.locator('[data-indicator="open_unemployment_rate_tpt"]');
    expect(await tpt.textContent()).toContain('+0,29 poin persen sejak Agustus 2024');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await screenshot(page, `overview-75-${size.width}x${size.height}`);
    }
    await p0.getByRole('link', { name: 'Kabupaten Boalemo' }).click();
    await expect.poll(() => page.url()).toContain('wilayah=75.02');
    await expect
      .poll(() => page.locator('[data-indicator="poverty_rate_p0"] [data-testid="card-value"]').textContent())
      .toBe('16,37%');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('dates each figure by its BPS release where the source gives one, and says so where it does not', async () => {
    const page = await browser.open('/?wilayah=75');
    const tpt = page.locator('[data-indicator="open_unemployment_rate_tpt"] .card-source');
    await expect.poll(() => tpt.textContent()).toContain('Rilis BPS: 27 Februari 2026');
    expect(await tpt.locator('a').first().getAttribute('href')).toBe(
      'https://www.bps.go.id/id/publication/2026/02/27/a43f03f45543dc4e9942f44c/statistik-indonesia-2026.html',
    );
    expect(await tpt.textContent()).toContain('diambil dari github.com/akbaralqahri/…');
    // P0 comes from a BPS table whose release date the source does not give: the loaded date, labelled as such.
    expect(await page.locator('[data-indicator="poverty_rate_p0"] .card-source').textContent()).toMatch(
      /Tanggal rilis tidak diketahui · dimuat \d+ \w+ \d{4} · bps\.go\.id\/…/,
    );
    expect(await page.getByTestId('overview-release').textContent()).toMatch(
      /^Rilis BPS terbaru: 27 Februari 2026 \(sebagian tanpa tanggal rilis\) · dimuat \d+ \w+ \d{4}$/,
    );
    await page.context().close();
  });
});
