import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { signInAsAdmin } from './accounts.js';
import { chartOption, pageErrors, screenshot, useBrowser } from './browser.js';

// The PPKS page shows counts by category that an import brings (the demo data set has, in Gorontalo, only Pohuwato's
// 2016 count of lanjut usia terlantar): this file imports a few for 2023 and 2024 for Gorontalo's kabupaten/kota, which
// no other test reads. Kota Gorontalo (75.71) has no 2024 counts, so the province's figure for 2024 is a partial sum.
// The administrator imports them without publishing, so they wait for verification: each shows its status, and a
// visitor sees a count only once it is verified.

const base = inject('baseUrl');
const browser = useBrowser();

const SOURCE = 'Uji e2e rekap PPKS,Dinas Sosial uji';
const KABUPATEN = ['75.01', '75.02', '75.03', '75.04', '75.05'];
const OTHER_CATEGORIES = Array.from({ length: 26 }, (_, i) => `PPKS${String(i + 1).padStart(2, '0')}`).filter(
  (c) => !['PPKS03', 'PPKS08', 'PPKS24'].includes(c),
);
/** A recap reports every category: those not named here as 0, as a Dinas Sosial table prints "-". */
const zeros = (region: string, year: number, also: string[]) =>
  [...OTHER_CATEGORIES, ...also].map((c) => `${region},jumlah_pmks,${c},${year},0,${SOURCE}`);
const FILE = [
  'kode_wilayah,indikator,kategori,periode,nilai,sumber,penerbit',
  ...[...KABUPATEN, '75.71'].flatMap((r) => [
    `${r},jumlah_pmks,Fakir Miskin,2023,1000,${SOURCE}`,
    `${r},jumlah_pmks,Lanjut Usia Terlantar,2023,200,${SOURCE}`,
    ...zeros(r, 2023, ['PPKS03']),
  ]),
  ...KABUPATEN.flatMap((r) => [
    `${r},jumlah_pmks,Fakir Miskin,2024,1100,${SOURCE}`,
    `${r},jumlah_pmks,Lanjut Usia Terlantar,2024,150,${SOURCE}`,
    `${r},jumlah_pmks,ABH,2024,12,${SOURCE}`,
    ...zeros(r, 2024, []),
  ]),
].join('\n');

async function importCounts(page: Page) {
  await page.goto(`${base}/?hal=data`);
  await expect.poll(() => page.locator('[data-testid="import-as"]').textContent()).toContain('Administrator (admin)');
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name: 'ppks.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
  await page.getByRole('button', { name: 'Pratinjau' }).click();
  const report = page.locator('[data-testid="import-report"]');
  await expect.poll(() => report.textContent()).toContain('jumlah menurut kategori');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await expect.poll(() => report.locator('.report-status').textContent()).toContain('Diterapkan');
}

describe('PPKS page', () => {
  it('shows a kabupaten’s profile by category, largest first, and a province’s partial sum naming what is missing', async () => {
    const page = await browser.open('/');
    await signInAsAdmin(page);
    await page.goto(`${base}/?hal=ppks&wilayah=75.02`);
    await expect.poll(() => page.locator('[data-testid="ppks-empty"]').textContent()).toContain('Belum ada data PPKS');
    await importCounts(page);

    await page.goto(`${base}/?hal=ppks&wilayah=75.02`);
    const summary = page.locator('[data-testid="ppks-summary"]');
    await expect.poll(() => summary.textContent()).toContain('Jumlah 2024: 1.262');
    expect(await summary.textContent()).toContain('Perubahan dari 2023: +62');
    expect(await summary.textContent()).not.toContain('kategori yang dilaporkan');
    type Bars = { yAxis: { data: string[] }; series: { id: string; data: (number | null)[] }[] };
    const option = await chartOption<Bars>(page, 'ppks');
    expect(option.yAxis.data).toEqual(['Anak yang Berhadapan dengan Hukum', 'Lanjut Usia Terlantar', 'Fakir Miskin']);
    expect(option.series.find((s) => s.id === 'current')!.data).toEqual([12, 150, 1100]);
    expect(option.series.find((s) => s.id === 'previous')!.data).toEqual([0, 200, 1000]);
    const fakir = page.locator('[data-testid="ppks-categories"] tr[data-category="PPKS24"]');
    expect(await fakir.textContent()).toContain('1.100');
    expect(await fakir.textContent()).toContain('87,2%');
    expect(await fakir.locator('[data-testid="count-status"]').textContent()).toBe('Belum diverifikasi');
    await screenshot(page, 'ppks-kabupaten');

    await page.goto(`${base}/?hal=ppks&wilayah=75`);
    await expect.poll(() => summary.textContent()).toContain('Jumlah 2024: 6.310');
    expect(await summary.textContent()).toContain('Jumlah sebagian: 5 dari 6');
    expect(await summary.textContent()).toContain('Kota Gorontalo');
    expect(await summary.textContent()).toContain('Perubahan tidak dihitung');
    const kota = page.locator('[data-testid="ppks-regions"] tr[data-region="75.71"]');
    expect(await kota.textContent()).toContain('belum ada data');
    await screenshot(page, 'ppks-provinsi');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('lists a kabupaten’s counts in the verification queue; once verified, the page and a visitor show them', async () => {
    const page = await browser.open('/');
    await signInAsAdmin(page);
    await page.goto(`${base}/?hal=verifikasi`);
    const row = page.locator('[data-testid="review-queue"] tr[data-id="cnt:jumlah_pmks|75.02|2024|PPKS24"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('[data-testid="queue-category"]').textContent()).toBe('Fakir Miskin (PPKS24)');
    expect(await row.locator('[data-testid="submitted-value"]').textContent()).toBe('1.100 jiwa/keluarga (menurut jenis)');
    expect(await row.locator('[data-testid="previous-value"]').textContent()).toBe('1.000 jiwa/keluarga (menurut jenis)');
    expect(await row.locator('th').textContent()).toContain('Jumlah per kategori');
    await row.locator('[data-testid="decide-verify"]').check();
    await page.locator('[data-testid="save-decisions"]').click();
    await expect
      .poll(() => page.locator('[data-testid="review-message"]').textContent())
      .toBe('Keputusan disimpan: 1 nilai diverifikasi, 0 dikembalikan ke editor.');
    await expect.poll(() => row.count()).toBe(0);

    await page.goto(`${base}/?hal=ppks&wilayah=75.02`);
    const status = (category: string) =>
      page.locator(`[data-testid="ppks-categories"] tr[data-category="${category}"] [data-testid="count-status"]`).textContent();
    await expect.poll(() => status('PPKS24')).toBe('Terverifikasi');
    expect(await status('PPKS08')).toBe('Belum diverifikasi');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();

    // A visitor, as for values, is given only the verified count: the others are not there yet.
    const visitor = await browser.open('/?hal=ppks&wilayah=75.02&tahun=2024');
    const summary = visitor.locator('[data-testid="ppks-summary"]');
    await expect.poll(() => summary.textContent()).toContain('Jumlah 2024: 1.100');
    const visible = visitor.locator('[data-testid="ppks-categories"] tr[data-category="PPKS24"]');
    expect(await visible.locator('[data-testid="count-status"]').textContent()).toBe('Terverifikasi');
    expect(await visitor.locator('[data-testid="ppks-categories"] tr[data-category="PPKS08"]').textContent()).toContain(
      'tidak dilaporkan',
    );
    expect(pageErrors(visitor)).toEqual([]);
    await visitor.context().close();
  });
});
