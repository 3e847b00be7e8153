import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { signInAsAdmin } from './accounts.js';
import { chartOption, pageErrors, screenshot, useBrowser } from './browser.js';

// The data page browses the observations and imports files with a preview first; the programmes page shows
// figures that only an import brings (the demo data set has none). These tests write to the shared server, so
// they only touch what no other test reads: a note on a national rural Gini value, and programme figures. Imports
// need an account: the administrator signs in through the header first (see accounts.ts).

const base = inject('baseUrl');
const browser = useBrowser();

/** A page signed in as the administrator, then at `path`. */
async function openSignedIn(path: string): Promise<Page> {
  const page = await browser.open('/');
  await signInAsAdmin(page);
  await page.goto(`${base}${path}`);
  return page;
}

async function upload(page: Page, name: string, content: string) {
  // The importer is the signed-in account: the panel says so, and asks for no name.
  await expect.poll(() => page.locator('[data-testid="import-as"]').textContent()).toContain('Administrator (admin)');
  await page.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

const rows = (page: Page) => page.locator('[data-testid="observations"] tbody tr');

describe('Data page', () => {
  it('browses observations with filters, pages on, and links the same filter as CSV', async () => {
    const page = await browser.open('/?hal=data&wilayah=75&indikator=poverty_rate_p0');
    await expect.poll(() => page.locator('[data-testid="observations-count"]').textContent()).toMatch(/^Menampilkan 42 dari 42/);
    // Boalemo (Kemendagri 75.02) in 2025: Indonesian number format, annual period, source and "data per".
    const boalemo = page.locator('tr[data-region="75.02"][data-period="2025"]');
    expect(await boalemo.locator('[data-testid="value"]').textContent()).toBe('16,37%');
    const text = await boalemo.textContent();
    expect(text).toContain('Kabupaten Boalemo');
    // BPS's figures are published statistics.
    expect(text).toContain('Dipublikasikan');
    expect(text).toMatch(/BPS — /);
    expect(text).toMatch(/\d{1,2} \w+ 20\d\d$/);
    expect(await boalemo.locator('a').first().getAttribute('href')).toMatch(/^https:\/\//);
    const href = await page.locator('[data-testid="export-csv"]').getAttribute('href');
    expect(href).toBe('/export/observations.csv?indicator=poverty_rate_p0&parent=75&decimal=comma');
    const csv = await (await fetch(`${base}${href}`)).text();
    expect(csv).toContain('75.02;Kabupaten Boalemo;poverty_rate_p0;2025;16,37');
    await screenshot(page, 'data');

    // A filter narrows the list: Boalemo only, from 2023.
    await page.locator('#data-scope').selectOption('bawah');
    await page.goto(`${base}/?hal=data&wilayah=75.02&indikator=poverty_rate_p0&cakupan=wilayah&dari=2023`);
    await expect.poll(() => rows(page).count()).toBe(3);
    expect(await rows(page).locator('[data-testid="period"]').allTextContents()).toEqual(['2023', '2024', '2025']);

    // Everything: 50 at a time.
    await page.goto(`${base}/?hal=data`);
    await expect.poll(() => rows(page).count()).toBe(50);
    await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
    await expect.poll(() => rows(page).count()).toBe(100);
    expect(await page.locator('[data-testid="observations-count"]').textContent()).toMatch(
      /^Menampilkan 100 dari 3\.\d{3} nilai$/,
    );
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('previews a broken file: every error with its line, in Indonesian, and nothing written', async () => {
    const page = await openSignedIn('/?hal=data&wilayah=75.02&indikator=poverty_rate_p0&cakupan=wilayah');
    await expect.poll(() => rows(page).count()).toBe(7);
    await upload(
      page,
      'p0-rusak.csv',
      [
        'kode_wilayah,indikator,periode,nilai',
        '75.02,poverty_rate_p0,2025,12.5',
        '75.99,poverty_rate_p0,2025,12.5',
        '75.03,poverty_rate_p0,2025,dua belas',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    const report = page.locator('[data-testid="import-report"]');
    await expect.poll(() => report.locator('.report-status').textContent()).toContain('Ditolak: p0-rusak.csv memuat 2 kesalahan');
    expect(await report.textContent()).toContain('format panjang');
    const errors = page.locator('[data-testid="import-errors"] tbody tr');
    expect(await errors.count()).toBe(2);
    const first = await errors.nth(0).locator('td').allTextContents();
    expect(first[0]).toBe('3');
    expect(first[2]).toContain('Wilayah tidak dikenal');
    expect(first[2]).toContain('UNKNOWN_REGION');
    expect(first[3]).toContain('75.99');
    const second = await errors.nth(1).locator('td').allTextContents();
    expect(second[0]).toBe('4');
    expect(second[2]).toContain('Nilai bukan angka');
    expect(await page.getByRole('button', { name: 'Terapkan' }).isDisabled()).toBe(true);
    await report.scrollIntoViewIfNeeded();
    await screenshot(page, 'data-preview');

    // Nothing was written: Boalemo's 2025 value is still BPS's, in the list and in the API.
    await page.reload();
    await expect.poll(() => page.locator('tr[data-period="2025"] [data-testid="value"]').textContent()).toBe('16,37%');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('previews a row given twice with the same value: a notice naming both lines, in Indonesian, and no error', async () => {
    const page = await openSignedIn('/?hal=data&wilayah=75.02&indikator=poverty_rate_p0&cakupan=wilayah');
    await upload(
      page,
      'p0-ulang.csv',
      ['kode_wilayah,indikator,periode,nilai', '75.02,poverty_rate_p0,2025,16.37', '75.02,poverty_rate_p0,2025,16.37'].join('\n'),
    );
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    const notices = page.locator('[data-testid="import-notices"] li');
    await expect.poll(() => notices.count()).toBeGreaterThan(0);
    const repeat = (await notices.allTextContents()).find((t) => t.includes('tertulis dua kali'));
    expect(repeat).toContain('Sel yang sama tertulis dua kali dengan isi sama: disimpan sekali (Baris 3)');
    expect(repeat).toContain('baris 2 dan baris 3; disimpan sekali');
    // Each half in its language, for screen readers and hyphenation.
    const halves = notices.filter({ hasText: 'tertulis dua kali' }).locator('[lang]');
    const langs = await halves.evaluateAll((spans) => spans.map((s) => [s.getAttribute('lang'), s.textContent ?? '']));
    expect(langs.map(([lang]) => lang)).toEqual(['id', 'en']);
    expect(langs[0]?.[1]).toMatch(/^Nilai poverty_rate_p0.*disimpan sekali\.$/);
    expect(langs[1]?.[1]).toMatch(/^The value for poverty_rate_p0.*stored once\.$/);
    expect(await page.locator('[data-testid="import-errors"]').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('applies a clean file after its preview, and the list on screen shows the change', async () => {
    const page = await openSignedIn('/?hal=data&indikator=gini_ratio_rural&cakupan=wilayah&dari=2019-03&sampai=2019-03');
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).locator('[data-testid="value"]').textContent()).toBe('0,317');
    // The export is the import format: take it, add a note, import it again.
    const exported = await (
      await fetch(`${base}/export/observations.csv?indicator=gini_ratio_rural&region=ID&from=2019-03&to=2019-03`)
    ).text();
    const [header, line] = exported
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const note = 'Dicocokkan ulang dengan tabel BPS var 98 (uji e2e)';
    const columns = header!.split(',');
    const cells = line!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    cells[columns.indexOf('catatan')] = `"${note}"`;
    await upload(page, 'gini-perdesaan-catatan.csv', `${header}\n${cells.join(',')}\n`);
    // BPS's value is a published statistic: as ordinary data the file may not change it…
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    const report = page.locator('[data-testid="import-report"]');
    await expect.poll(() => report.locator('.report-status').textContent()).toContain('Ditolak');
    expect(await page.locator('[data-testid="import-errors"]').textContent()).toContain(
      'Mengubah statistik yang sudah dipublikasikan',
    );
    // …as a published release, imported by an administrator, it may.
    await page.locator('[data-testid="import-publish"]').check();
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    await expect.poll(() => report.locator('.report-status').textContent()).toContain('tidak ada kesalahan');
    const counts = async () =>
      Object.fromEntries(
        (await report.locator('[data-testid="import-counts"] > div').allTextContents()).map((t) => [
          t.replace(/[\d.]+$/, ''),
          Number(t.match(/[\d.]+$/)![0]),
        ]),
      );
    expect(await counts()).toMatchObject({ 'Baris dibaca': 1, Baru: 0, Berubah: 1, 'Tidak berubah': 0 });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect.poll(() => report.locator('.report-status').textContent()).toMatch(/Diterapkan: .* impor #\d+/);
    // The list refetches by itself: the note is there, the value unchanged.
    await expect.poll(() => rows(page).textContent()).toContain(note);
    expect(await rows(page).locator('[data-testid="value"]').textContent()).toBe('0,317');
    expect(await page.getByRole('button', { name: 'Terapkan' }).isDisabled()).toBe(true);

    // The same file again: the report names the earlier import.
    await upload(page, 'gini-perdesaan-catatan.csv', `${header}\n${cells.join(',')}\n`);
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    await expect.poll(() => page.locator('[data-testid="previous-imports"]').textContent()).toContain('Impor #');
    expect(await counts()).toMatchObject({ Berubah: 0, 'Tidak berubah': 1 });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('Programmes page', () => {
  it('says plainly that there are no figures, and shows them once a programmes file is imported', async () => {
    const page = await openSignedIn('/?hal=program&wilayah=72');
    const empty = page.locator('[data-testid="programmes-empty"]');
    await expect.poll(() => empty.textContent()).toContain('Data demo tidak memuat angka program');
    await empty.getByRole('link', { name: /halaman Data/ }).click();
    await expect.poll(() => page.locator('#data-heading').textContent()).toBe('Data: telusuri dan impor');

    // Dinas Sosial Kabupaten Banggai (Kemendagri 72.01), urusan 1.06: pagu Rp 16 miliar (2023) and Rp 32 miliar
    // (2024); realisasi not known, so left empty.
    const source = 'Rakor Kesejahteraan Sosial Provinsi Sulawesi Tengah, Luwuk, Maret 2024';
    await upload(
      page,
      'program-banggai.csv',
      [
        'program,kode_wilayah,tahun,penerima,sasaran,pagu,realisasi,sumber',
        `1.06,72.01,2023,,,16000000000,,${source}`,
        `1.06,72.01,2024,,,32000000000,,${source}`,
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    const report = page.locator('[data-testid="import-report"]');
    await expect.poll(() => report.textContent()).toContain('Tata letak dikenali: program');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect.poll(() => report.locator('.report-status').textContent()).toContain('Diterapkan');

    await page.getByRole('link', { name: 'Program', exact: true }).click();
    const banggai = page.locator('[data-testid="programme-figures"] tr[data-region="72.01"]');
    await expect.poll(() => banggai.count()).toBe(2);
    const row = (year: number) => page.locator(`[data-testid="programme-figures"] tr[data-region="72.01"][data-year="${year}"]`);
    expect(await row(2023).locator('th').textContent()).toBe('Kabupaten Banggai');
    expect(await row(2023).locator('[data-testid="allocated"]').textContent()).toBe('Rp 16 miliar');
    expect(await row(2024).locator('[data-testid="allocated"]').textContent()).toBe('Rp 32 miliar');
    expect(await row(2024).locator('[data-testid="spent"]').textContent()).toBe('belum ada data');
    expect(await row(2024).locator('[data-testid="absorption"]').textContent()).toBe('belum ada data');
    expect(await row(2023).locator('[data-testid="absorption"]').textContent()).toBe('belum ada data');

    // The chart: pagu 2024 as a bar, realisasi without one (not a zero bar).
    type Bars = { series: { id: string; data: { value: number; missing: boolean }[] }[]; yAxis: { data: string[] } };
    const option = await chartOption<Bars>(page, 'programmes');
    expect(option.yAxis.data).toEqual(['Kabupaten Banggai']);
    expect(option.series.find((s) => s.id === 'allocated')!.data[0]).toMatchObject({ value: 32e9, missing: false });
    expect(option.series.find((s) => s.id === 'spent')!.data[0]).toMatchObject({ missing: true });
    // The controls, the chart and the table in one view.
    await page.locator('.programme-controls').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'programmes');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
