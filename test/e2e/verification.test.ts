import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { createAccounts, signInAsAdmin, signInAt, type TestAccount } from './accounts.js';
import { pageErrors, screenshot, useBrowser } from './browser.js';

// One verification cycle through the dashboard: an editor of Kota Gorontalo submits two values with the values
// form, the province's verifier returns one with a comment and verifies the other, the editor corrects the returned
// one, the verifier verifies it, and a viewer reads the verified value and its whole history. Then the verifier disputes
// the verified P2 from its history and verifies it again from the queue. The accounts and values (Kota Gorontalo's P1
// and P2 for 2026) are touched by no other test.

const base = inject('baseUrl');
const browser = useBrowser();

const EDITOR = { username: 'editor.verifikasi', password: 'Sementara-Editor-2026', newPassword: 'Editor-Kota-Gtlo-Baru-1' };
const VERIFIER = { username: 'verifikator.gorontalo', password: 'Sementara-Verif-2026', newPassword: 'Verifikator-Prov-Baru-1' };
const VIEWER = { username: 'pembaca.verifikasi', password: 'Sementara-Baca-2026', newPassword: 'Pembaca-Prov-Gtlo-Baru-1' };
const SOURCE = 'BPS Kota Gorontalo, Susenas Maret 2026';
const P1 = 'obs:poverty_depth_index_p1|75.71|2026';
const P2 = 'obs:poverty_severity_index_p2|75.71|2026';
// The province's IPM for 2026, far from the year before: the administrator submits it, the verifier sees its flag
// and leaves it for later.
const IPM = 'obs:human_development_index_ipm|75|2026';
const RETURN_COMMENT = 'P1 tertukar dengan P2; periksa tabel sumber.';
const DISPUTE_REASON = 'P2 jauh di bawah kabupaten tetangga; periksa tabel Susenas Maret 2026.';

/** GraphQL as the administrator signed in on the page (setting up is not what this test is about). */

const signInFresh = (path: string, account: TestAccount) => signInAt(browser, path, account);

const form = (page: Page) => page.locator('[data-testid="values-form"]');
const formRow = (page: Page, n: number) => form(page).locator(`tbody tr[data-row="${n}"]`);

async function fillRow(page: Page, n: number, v: { indicator: string; period: string; value: string; region?: string }) {
  const row = formRow(page, n);
  await row.locator('[data-testid="form-indicator"]').selectOption(v.indicator);
  if (v.region) {
    await expect.poll(() => row.locator(`[data-testid="form-region"] option[value="${v.region}"]`).count()).toBe(1);
    await row.locator('[data-testid="form-region"]').selectOption(v.region);
  }
  // A kabupaten/kota editor's rows start with the editor's region.
  await expect.poll(() => row.locator('[data-testid="form-region"]').inputValue()).toBe(v.region ?? '75.71');
  await row.locator('[data-testid="form-period"]').fill(v.period);
  await row.locator('[data-testid="form-value"]').fill(v.value);
  await row.locator('[data-testid="form-source"]').fill(SOURCE);
}

const reportText = (page: Page) => form(page).locator('[data-testid="form-report"] .report-status').textContent();
const queueRow = (page: Page, id: string) => page.locator(`[data-testid="review-queue"] tr[data-id="${id}"]`);

describe('Verification cycle', () => {
  it('goes from an editor’s form through the verifier’s queue to a viewer’s history of the value', async () => {
    // ── The administrator makes the three accounts ──
    const admin = await browser.open('/');
    await signInAsAdmin(admin);
    await createAccounts(admin, [
      [EDITOR, 'EDITOR', '75.71', 'Dinas Sosial Kota Gorontalo — Sari'],
      [VERIFIER, 'VERIFIER', '75', 'Dinas Sosial Provinsi Gorontalo — Hendra'],
      [VIEWER, 'VIEWER', '75', 'Bappeda Provinsi Gorontalo — Nurul'],
    ]);
    // The administrator sees the verification tab too, and submits a value for a province with the form.
    await expect.poll(() => admin.getByRole('link', { name: 'Verifikasi', exact: true }).count()).toBe(1);
    await admin.goto(`${base}/?hal=data`);
    await fillRow(admin, 1, { indicator: 'human_development_index_ipm', period: '2026', value: '95,10', region: '75' });
    await form(admin).locator('[data-testid="form-submit"]').click();
    await expect.poll(() => reportText(admin)).toMatch(/^✓ Diajukan: disimpan sebagai impor #\d+/);
    await admin.context().close();

    // ── The editor submits two values with the form; a typo is caught first, by its form row ──
    const editor = await signInFresh('/?hal=data&wilayah=75.71', EDITOR);
    expect(await editor.getByRole('link', { name: 'Verifikasi', exact: true }).count()).toBe(0);
    await expect.poll(() => form(editor).count()).toBe(1);
    await fillRow(editor, 1, { indicator: 'poverty_depth_index_p1', period: '2026', value: '0,95' });
    await fillRow(editor, 2, { indicator: 'poverty_severity_index_p2', period: '2026', value: '0,2l' });
    await form(editor).locator('[data-testid="form-check"]').click();
    await expect.poll(() => reportText(editor)).toBe('✗ Ditolak: 1 kesalahan. Tidak ada yang disimpan.');
    const error = form(editor).locator('[data-testid="form-errors"] tbody tr');
    expect(await error.locator('td').first().textContent()).toBe('2');
    expect(await error.textContent()).toContain('Nilai bukan angka');
    expect(await formRow(editor, 2).getAttribute('class')).toContain('row-error');
    await formRow(editor, 2).locator('[data-testid="form-value"]').fill('0,21');
    await form(editor).locator('[data-testid="form-check"]').click();
    await expect
      .poll(() => reportText(editor))
      .toBe('✓ Diperiksa: tidak ada kesalahan. Belum ada yang disimpan — tekan “Ajukan”.');
    await form(editor).locator('[data-testid="form-submit"]').click();
    await expect
      .poll(() => reportText(editor))
      .toMatch(/^✓ Diajukan: disimpan sebagai impor #\d+\. Nilai baru menunggu verifikasi\.$/);
    await form(editor).scrollIntoViewIfNeeded();
    await screenshot(editor, 'values-form');

    // ── The verifier returns P1 with a comment and verifies P2, in one step ──
    const verifier = await signInFresh('/?hal=verifikasi', VERIFIER);
    await expect.poll(() => verifier.locator('#verification-heading').textContent()).toBe('Verifikasi nilai');
    await expect.poll(() => verifier.locator('[data-testid="queue-region-name"]').textContent()).toBe('Gorontalo');
    await expect.poll(() => queueRow(verifier, P1).count()).toBe(1);
    const p1 = queueRow(verifier, P1);
    const p2 = queueRow(verifier, P2);
    expect(await p1.locator('[data-testid="submitted-value"]').textContent()).toBe('0,95');
    expect(await p1.locator('th').textContent()).toContain('Indeks Kedalaman Kemiskinan (P1)');
    expect(await p1.locator('th').textContent()).toContain('Kota Gorontalo');
    expect(await p1.locator('[data-testid="queue-status"]').textContent()).toBe('Diajukan');
    expect(await p2.locator('[data-testid="submitted-value"]').textContent()).toBe('0,21');
    expect(await p1.locator('.submitter').textContent()).toContain(EDITOR.username);
    expect(await p1.locator('.submitter').textContent()).toContain('formulir-dasbor.csv');
    // A return needs a comment: nothing is sent without one.
    await p1.locator('[data-testid="decide-return"]').check();
    await p2.locator('[data-testid="decide-verify"]').check();
    await verifier.locator('[data-testid="save-decisions"]').click();
    const message = verifier.locator('[data-testid="review-message"]');
    await expect
      .poll(() => message.textContent())
      .toBe('Tulis komentar untuk setiap nilai yang dikembalikan (1): apa yang harus diperbaiki editor.');
    expect(await verifier.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('return-comment');
    await p1.locator('[data-testid="return-comment"]').fill(RETURN_COMMENT);
    expect(await verifier.locator('[data-testid="decisions-summary"]').textContent()).toBe(
      '1 akan diverifikasi, 1 akan dikembalikan',
    );
    await verifier.evaluate(() => window.scrollTo(0, 0));
    await screenshot(verifier, 'verification');
    for (const [name, viewport] of [
      ['verification-1920', { width: 1920, height: 1080 }],
      ['verification-1280', { width: 1280, height: 720 }],
    ] as const) {
      await verifier.setViewportSize(viewport);
      await screenshot(verifier, name);
    }
    await verifier.setViewportSize({ width: 1366, height: 768 });
    await verifier.locator('[data-testid="save-decisions"]').click();
    await expect.poll(() => message.textContent()).toBe('Keputusan disimpan: 1 nilai diverifikasi, 1 dikembalikan ke editor.');
    await expect.poll(() => p2.count()).toBe(0);
    await expect.poll(() => p1.locator('[data-testid="queue-status"]').textContent()).toBe('↩ Dikembalikan');
    expect(await p1.locator('[data-testid="returned-comment"]').textContent()).toBe(`Komentar: ${RETURN_COMMENT}`);
    // Only decided items were sent: the province's value still waits, with its flags.
    const ipm = queueRow(verifier, IPM);
    expect(await ipm.locator('[data-testid="queue-status"]').textContent()).toBe('Diajukan');
    // (No other province has a 2026 value yet: there is no range of similar regions to be outside of.)
    expect(await ipm.locator('[data-flag]').evaluateAll((els) => els.map((e) => e.textContent))).toEqual([
      '⚠ Perubahan jauh di atas biasanya',
    ]);
    expect(await ipm.locator('[data-testid="previous-value"]').textContent()).toBe('72,62');
    await verifier.evaluate(() => window.scrollTo(0, 0));
    await screenshot(verifier, 'verification-returned');

    // ── The editor corrects the returned value ──
    await editor.reload();
    await expect.poll(() => form(editor).count()).toBe(1);
    await fillRow(editor, 1, { indicator: 'poverty_depth_index_p1', period: '2026', value: '0,81' });
    await form(editor).locator('[data-testid="form-submit"]').click();
    await expect.poll(() => reportText(editor)).toMatch(/^✓ Diajukan: disimpan sebagai impor #\d+/);
    expect(await form(editor).locator('[data-testid="form-counts"]').textContent()).toContain('Berubah1');
    await editor.context().close();

    // ── The verifier verifies the correction ──
    await verifier.reload();
    await expect.poll(() => p1.locator('[data-testid="submitted-value"]').textContent()).toBe('0,81');
    expect(await p1.locator('[data-testid="queue-status"]').textContent()).toBe('Diajukan');
    await p1.locator('[data-testid="decide-verify"]').check();
    await verifier.locator('[data-testid="save-decisions"]').click();
    await expect.poll(() => message.textContent()).toBe('Keputusan disimpan: 1 nilai diverifikasi, 0 dikembalikan ke editor.');
    await expect.poll(() => p1.count()).toBe(0);
    expect(pageErrors(verifier)).toEqual([]);
    await verifier.context().close();

    // ── A viewer reads the verified value and its whole story ──
    const viewer = await signInFresh(
      '/?hal=data&wilayah=75.71&indikator=poverty_depth_index_p1&cakupan=wilayah&dari=2026',
      VIEWER,
    );
    expect(await viewer.getByRole('link', { name: 'Verifikasi', exact: true }).count()).toBe(0);
    const row = viewer.locator('[data-testid="observations"] tr[data-region="75.71"][data-period="2026"]');
    await expect.poll(() => row.locator('[data-testid="value"]').textContent()).toBe('0,81');
    expect(await row.textContent()).toContain('Terverifikasi');
    await row.getByRole('button', { name: /^Riwayat Indeks Kedalaman Kemiskinan \(P1\), Kota Gorontalo, 2026$/ }).click();
    const dialog = viewer.getByRole('dialog', { name: 'Riwayat nilai' });
    await expect.poll(() => dialog.locator('[data-testid="history-value"]').textContent()).toBe('0,81');
    expect(await dialog.locator('[data-testid="history-status"]').textContent()).toBe('Terverifikasi');
    expect(await dialog.locator('[data-testid="history-review"]').textContent()).toMatch(
      /^Diverifikasi oleh verifikator\.gorontalo pada \d{1,2} \S+ 20\d\d, \d\d\.\d\d$/,
    );
    expect(await dialog.locator('[data-testid="history-created"]').textContent()).toMatch(
      /^Impor #\d+: berkas formulir-dasbor\.csv \(checksum [0-9a-f]{8}…\), oleh editor\.verifikasi, /,
    );
    const steps = dialog.locator('[data-testid="history-timeline"] > li');
    expect(await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual([
      'created',
      'returned',
      'valueChanged',
      'resubmitted',
      'verified',
    ]);
    const text = await steps.allTextContents();
    expect(text[0]).toContain('Diajukan lewat impor');
    expect(text[0]).toContain(EDITOR.username);
    expect(text[1]).toContain('Dikembalikan ke editor');
    expect(text[1]).toContain(VERIFIER.username);
    expect(text[1]).toContain(`Alasan: “${RETURN_COMMENT}”`);
    expect(await steps.nth(2).locator('[data-testid="change-values"]').textContent()).toMatch(/^0,95 →.*0,81$/);
    expect(text[2]).toContain('Yang berubah: nilai');
    expect(text[3]).toContain('Diajukan kembali setelah diperbaiki');
    expect(text[4]).toContain('Diverifikasi');
    expect(text[4]).toContain(VERIFIER.username);
    await screenshot(viewer, 'value-history');
    await dialog.locator('.history-actions').scrollIntoViewIfNeeded();
    await screenshot(viewer, 'value-history-end');
    // Escape closes the dialog and gives the focus back to the row's button.
    await viewer.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => viewer.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-history');
    expect(pageErrors(viewer)).toEqual([]);
    await viewer.context().close();
  });

  it('lets the verifier dispute a verified value from its history, then verify it again from the queue', async () => {
    const verifier = await signInFresh('/?hal=data&wilayah=75.71&indikator=poverty_severity_index_p2&cakupan=wilayah&dari=2026', {
      ...VERIFIER,
      password: VERIFIER.newPassword,
    });
    const row = verifier.locator('[data-testid="observations"] tr[data-region="75.71"][data-period="2026"]');
    await expect.poll(() => row.locator('[data-testid="value"]').textContent()).toBe('0,21');
    await row.getByRole('button', { name: /^Riwayat Indeks Keparahan Kemiskinan \(P2\), Kota Gorontalo, 2026$/ }).click();
    const dialog = verifier.getByRole('dialog', { name: 'Riwayat nilai' });
    await expect.poll(() => dialog.locator('[data-testid="history-status"]').textContent()).toBe('Terverifikasi');
    await dialog.locator('[data-testid="dispute-open"]').click();
    // A dispute needs a reason: nothing is sent without one.
    await dialog.locator('[data-testid="dispute-submit"]').click();
    await expect
      .poll(() => dialog.locator('[data-testid="dispute"] [role="alert"]').textContent())
      .toBe('Tuliskan alasannya: editor wilayah perlu tahu apa yang harus diperiksa.');
    await dialog.locator('[data-testid="dispute-reason"]').fill(DISPUTE_REASON);
    await screenshot(verifier, 'value-dispute');
    await dialog.locator('[data-testid="dispute-submit"]').click();
    await expect.poll(() => dialog.locator('[data-testid="history-status"]').textContent()).toBe('Dipersoalkan');
    expect(await dialog.locator('[data-testid="history-review"]').textContent()).toMatch(
      /^Dipersoalkan oleh verifikator\.gorontalo pada .*Komentar verifikator: “P2 jauh di bawah/,
    );
    expect(await dialog.locator('[data-testid="dispute-open"]').count()).toBe(0);
    await verifier.keyboard.press('Escape');

    // The queue lists it with the reason; verified again, it leaves the queue.
    await verifier.goto(`${base}/?hal=verifikasi`);
    const p2 = queueRow(verifier, P2);
    await expect.poll(() => p2.locator('[data-testid="queue-status"]').textContent()).toBe('⚑ Dipersoalkan');
    expect(await p2.locator('[data-testid="disputed-comment"]').textContent()).toBe(`Alasan: ${DISPUTE_REASON}`);
    await screenshot(verifier, 'verification-disputed');
    await p2.locator('[data-testid="decide-verify"]').check();
    await verifier.locator('[data-testid="save-decisions"]').click();
    await expect
      .poll(() => verifier.locator('[data-testid="review-message"]').textContent())
      .toBe('Keputusan disimpan: 1 nilai diverifikasi, 0 dikembalikan ke editor.');
    await expect.poll(() => p2.count()).toBe(0);
    expect(pageErrors(verifier)).toEqual([]);
    await verifier.context().close();
  });
});
