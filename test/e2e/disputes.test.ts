import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAccounts, graphqlWithSession, signInAsAdmin, signInAt, type TestAccount } from './accounts.js';
import { pageErrors, screenshot, useBrowser } from './browser.js';
import { importThroughDataPage } from './data-page.js';
import { disputeThroughDialog } from './dispute-dialog.js';

// "Persoalkan" beside a verified target (the Tren page's progress table) and a verified count by category (the PPKS
// page's table), for the province's verifier. The administrator imports, for Kota Manado (71.71), a planning document
// with one target and two PPKS counts for 2025 — test figures, no document's or Dinas Sosial's — and verifies them;
// then imports a change to one count, which waits as a revision. No other test reads Sulawesi Utara's documents or
// counts. A viewer and another province's verifier see no button; the count with a waiting revision is refused by the
// server, whose sentence the dialog shows.

const base = inject('baseUrl');
const browser = useBrowser();

const VERIFIER = { username: 'verifikator.sulut', password: 'Sementara-Sulut-2026', newPassword: 'Verifikator-Sulut-Baru-1' };
const OTHER_VERIFIER = {
  username: 'verifikator.gtlo.sengketa',
  password: 'Sementara-Gtlo-2026',
  newPassword: 'Verifikator-Gtlo-Baru-1',
};
const VIEWER = { username: 'pembaca.sulut', password: 'Sementara-Baca-Sulut-2026', newPassword: 'Pembaca-Sulut-Baru-1' };
const DOC = 'RPJMD-71.71-UJI-2025-2029';
const TARGET = `tgt:${DOC}|poverty_rate_p0|71.71|2029`;
const FAKIR = 'cnt:jumlah_pmks|71.71|2025|PPKS24';
const LANSIA = 'cnt:jumlah_pmks|71.71|2025|PPKS08';
const SOURCE = 'Uji e2e sengketa,Dinas Sosial uji';
const TARGET_REASON = 'Target 2029 tidak sesuai Perda RPJMD; periksa lampiran.';
const COUNT_REASON = 'Jumlah lanjut usia terlantar jauh di atas rekap kecamatan.';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

const REVIEW = `mutation ($d: [ReviewDecisionInput!]!) { reviewValues(decisions: $d) { verified } }`;
const STATUSES = `{ targetHistory(documentCode: "${DOC}", indicatorCode: "poverty_rate_p0", regionCode: "71.71", year: 2029) { status reviewComment }
  lansia: countHistory(indicatorCode: "jumlah_pmks", regionCode: "71.71", period: "2025", categoryCode: "PPKS08") { status reviewComment }
  fakir: countHistory(indicatorCode: "jumlah_pmks", regionCode: "71.71", period: "2025", categoryCode: "PPKS24") { status } }`;

const signInFresh = (path: string, account: TestAccount) => signInAt(browser, path, account);

const TREND = `/?hal=tren&wilayah=71.71&indikator=poverty_rate_p0&dokumen=${DOC}`;
const PPKS = '/?hal=ppks&wilayah=71.71&tahun=2025';
const targetCell = (page: Page) => page.locator('[data-testid="trend-progress"] tbody tr', { hasText: 'Kota Manado' });
const countRow = (page: Page, code: string) => page.locator(`[data-testid="ppks-categories"] tr[data-category="${code}"]`);

describe('Disputing a verified target and count from the dashboard', () => {
  let admin: Page;

  // Setting up is a test of its own: signing in waits with expect.poll, which runs inside a test only.
  it('the administrator imports a document, a target and two counts for Kota Manado, and verifies them', async () => {
    admin = await browser.open('/');
    await signInAsAdmin(admin);
    await createAccounts(admin, [
      [VERIFIER, 'VERIFIER', '71', 'Dinas Sosial Provinsi Sulawesi Utara — Verifikator'],
      [OTHER_VERIFIER, 'VERIFIER', '75', 'Dinas Sosial Provinsi Gorontalo — Verifikator'],
      [VIEWER, 'VIEWER', '71', 'Bappeda Provinsi Sulawesi Utara — Pembaca'],
    ]);
    await importThroughDataPage(
      admin,
      'rpjmd-uji.csv',
      `kode,jenis,judul,wilayah,tahun_awal,tahun_akhir\n${DOC},RPJMD,RPJMD Kota Manado (uji),71.71,2025,2029\n`,
    );
    await importThroughDataPage(
      admin,
      'target-uji.csv',
      `dokumen,indikator,wilayah,tahun,nilai,batas_bawah,batas_atas\n${DOC},poverty_rate_p0,71.71,2029,4.5,,\n`,
    );
    const counts = (fakir: number) =>
      `kode_wilayah,indikator,kategori,periode,nilai,sumber,penerbit\n71.71,jumlah_pmks,PPKS08,2025,240,${SOURCE}\n71.71,jumlah_pmks,PPKS24,2025,${fakir},${SOURCE}\n`;
    await importThroughDataPage(admin, 'ppks-uji.csv', counts(1800));
    await graphqlWithSession(admin, REVIEW, { d: [TARGET, FAKIR, LANSIA].map((id) => ({ id, action: 'VERIFY' })) });
    // A change to the verified count of fakir miskin: a revision waits, the verified count stays on screen.
    await importThroughDataPage(admin, 'ppks-uji-revisi.csv', counts(1750));
    const before = await graphqlWithSession<Record<string, { status: string }>>(admin, STATUSES);
    expect([before.targetHistory?.status, before.lansia?.status, before.fakir?.status]).toEqual([
      'VERIFIED',
      'VERIFIED',
      'VERIFIED',
    ]);
  });
  afterAll(async () => {
    await admin?.context().close();
  });

  it('shows no Persoalkan to a viewer of the region or to another province’s verifier', async () => {
    for (const account of [VIEWER, OTHER_VERIFIER]) {
      const page = await signInFresh(PPKS, account);
      await expect
        .poll(() => countRow(page, 'PPKS08').locator('[data-testid="count-status"]').textContent())
        .toBe('Terverifikasi');
      expect(await page.locator('[data-testid="dispute-open"]').count()).toBe(0);
      await page.goto(`${base}${TREND}`);
      await expect.poll(() => targetCell(page).textContent()).toContain('4,50');
      expect(await page.locator('[data-testid="dispute-open"]').count()).toBe(0);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('lets the province’s verifier dispute the verified target from the Tren page, with a reason', async () => {
    const page = await signInFresh(TREND, VERIFIER);
    const row = targetCell(page);
    await expect.poll(() => row.textContent()).toContain('4,50');
    const button = row.getByRole('button', {
      name: 'Persoalkan target Persentase Penduduk Miskin (P0), Kota Manado, 2029 (RPJMD 2025–2029)',
    });
    await expect.poll(() => button.count()).toBe(1);
    expect(await button.textContent()).toBe('Persoalkan');
    // The province's and the nation's rows show the same target (Kota Manado's): it is offered once, on its own row.
    expect(await page.locator('[data-testid="trend-progress"] [data-testid="dispute-open"]').count()).toBe(1);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.locator('[data-testid="trend-progress"]').scrollIntoViewIfNeeded();
      await screenshot(page, `dispute-target-button-${size.width}x${size.height}`);
    }
    await disputeThroughDialog(page, button, {
      subject: 'target',
      figure: '4,50%',
      reason: TARGET_REASON,
      beforeSending: async () => {
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await screenshot(page, `dispute-target-dialog-${size.width}x${size.height}`);
        }
      },
    });
    // Disputed, it is no longer offered for a dispute.
    await expect.poll(() => row.locator('[data-testid="dispute-open"]').count()).toBe(0);
    const after = await graphqlWithSession<{ targetHistory: { status: string; reviewComment: string } }>(admin, STATUSES);
    expect(after.targetHistory).toEqual({ status: 'DISPUTED', reviewComment: TARGET_REASON });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('lets the verifier dispute a verified count from the PPKS page, and shows the server’s refusal of one with a revision waiting', async () => {
    const page = await signInFresh(PPKS, { ...VERIFIER, password: VERIFIER.newPassword });
    const lansia = countRow(page, 'PPKS08');
    const button = lansia.getByRole('button', { name: 'Persoalkan jumlah Lanjut Usia Terlantar, Kota Manado, 2025' });
    await expect.poll(() => button.count()).toBe(1);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.locator('[data-testid="ppks-categories"]').scrollIntoViewIfNeeded();
      await screenshot(page, `dispute-count-button-${size.width}x${size.height}`);
    }
    await disputeThroughDialog(page, button, {
      subject: 'count',
      figure: '240',
      reason: COUNT_REASON,
      beforeSending: async () => {
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await screenshot(page, `dispute-count-dialog-${size.width}x${size.height}`);
        }
      },
    });
    await expect.poll(() => lansia.locator('[data-testid="count-status"]').textContent()).toContain('Dipersoalkan');
    expect(await lansia.locator('[data-testid="dispute-open"]').count()).toBe(0);

    // The count of fakir miskin has a revision waiting: the server refuses, and the dialog says why, in its words.
    await countRow(page, 'PPKS24')
      .getByRole('button', { name: /^Persoalkan jumlah Fakir Miskin/ })
      .click();
    const refused = page.getByRole('dialog', { name: 'Persoalkan jumlah' });
    await refused.locator('[data-testid="dispute-reason"]').fill('Periksa lagi.');
    await refused.locator('[data-testid="dispute-submit"]').click();
    await expect
      .poll(() => refused.locator('[role="alert"]').textContent())
      .toMatch(
        /^Jumlah tidak dipersoalkan: cnt:jumlah_pmks\|71\.71\|2025\|PPKS24 memiliki revisi yang menunggu \(crev:\d+\): verifikasi atau kembalikan revisi itu dahulu\.$/,
      );
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await screenshot(page, `dispute-count-refused-${size.width}x${size.height}`);
    }
    await refused.getByRole('button', { name: 'Batal' }).click();
    await expect.poll(() => refused.count()).toBe(0);

    const after = await graphqlWithSession<{
      lansia: { status: string; reviewComment: string };
      fakir: { status: string };
    }>(admin, STATUSES);
    expect(after.lansia).toEqual({ status: 'DISPUTED', reviewComment: COUNT_REASON });
    expect(after.fakir).toEqual({ status: 'VERIFIED' });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});
