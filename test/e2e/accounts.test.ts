import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { startServer } from '../support/server.js';
import { signIn, signInAsAdmin, signOut, submitSignIn } from './accounts.js';
import { pageErrors, screenshot, useBrowser } from './browser.js';

// Accounts through the dashboard: signing in (a wrong password, the forced change of a password an administrator
// set), the administration page, and what each role sees of the import panel. Visitors still read the published
// demo data. The accounts made here (editor.gorontalo, pembaca.gorontalo) are read by no other test.

const base = inject('baseUrl');
const browser = useBrowser();

const header = (page: Page) => page.locator('header');
const p0Card = (page: Page) => page.locator('article.card[data-indicator="poverty_rate_p0"] [data-testid="card-value"]');

/** Creates an account on the administration page (the region found by the region search). */
async function createAccount(
  page: Page,
  account: { username: string; displayName: string; password: string; role: string; regionSearch: string; regionName: string },
) {
  const form = page.locator('[data-testid="create-account-form"]');
  await form.locator('[data-testid="new-username"]').fill(account.username);
  await form.locator('[data-testid="new-display-name"]').fill(account.displayName);
  await form.locator('[data-testid="new-password-first"]').fill(account.password);
  await form.locator('[data-testid="new-account-role"]').selectOption(account.role);
  await form.locator('#new-account-region').fill(account.regionSearch);
  await form.locator('#new-account-region-list [role="option"]', { hasText: account.regionName }).first().click();
  await expect.poll(() => form.locator('[data-testid="new-account-region-chosen"]').textContent()).toContain(account.regionName);
  await form.locator('[data-testid="new-account-add-grant"]').click();
  await form.locator('[data-testid="create-account"]').click();
  const row = page.locator(`[data-testid="accounts-table"] tr[data-username="${account.username}"]`);
  await expect.poll(() => row.count()).toBe(1);
  return row;
}

describe('Accounts', () => {
  it('says a wrong password in a sentence, and the sign-in form is reachable and labelled', async () => {
    const page = await browser.open('/');
    await submitSignIn(page, 'admin', 'bukan-kata-sandinya');
    const problem = page.locator('[data-testid="sign-in-problem"]');
    await expect.poll(() => problem.textContent()).toBe('Nama pengguna atau kata sandi salah, atau akun dinonaktifkan.');
    // The password is cleared and focused for the next attempt; the fields are found by their labels.
    const dialog = page.getByRole('dialog', { name: 'Masuk ke dasbor' });
    expect(await dialog.getByLabel('Kata sandi').inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('sign-in-password');
    expect(await dialog.getByLabel('Nama pengguna').inputValue()).toBe('admin');
    await screenshot(page, 'sign-in');
    // Escape closes the dialog and gives the focus back to the header's button.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Focus goes back to the button once the dialog has closed (a frame later on a busy machine).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Masuk');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('lets the administrator create an editor for Kota Gorontalo, who must change the password, then imports', async () => {
    const page = await browser.open('/');
    await expect.poll(() => p0Card(page).textContent()).toMatch(/^\d+,\d+%$/);
    const visitorP0 = await p0Card(page).textContent();

    await signInAsAdmin(page);
    expect(await header(page).locator('[data-testid="account-name"]').textContent()).toBe('Administrator');
    // An administrator has every tab; at a laptop's 1366 px they all show on one line, none cut or scrolled away.
    await expect.poll(() => page.locator('nav.tabs a').count()).toBe(13);
    await screenshot(page, 'tabs-administrator-1366');
    expect(await page.locator('nav.tabs').evaluate((nav) => nav.scrollWidth - nav.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: 'Akun', exact: true }).click();
    await expect.poll(() => page.locator('#accounts-heading').textContent()).toBe('Akun dan token akses');

    const editor = await createAccount(page, {
      username: 'editor.gorontalo',
      displayName: 'Dinas Sosial Kota Gorontalo — Rina',
      password: 'Sementara-Gtlo-2026',
      role: 'EDITOR',
      regionSearch: 'Kota Gorontalo',
      regionName: 'Kota Gorontalo',
    });
    await expect.poll(() => editor.locator('[data-testid="account-grants"]').textContent()).toBe('Editor · Kota Gorontalo');
    expect(await editor.locator('[data-testid="account-state"]').textContent()).toBe('Aktifharus mengganti kata sandi');
    const viewer = await createAccount(page, {
      username: 'pembaca.gorontalo',
      displayName: 'Bappeda Provinsi Gorontalo — Yusuf',
      password: 'Sementara-Prov-2026',
      role: 'VIEWER',
      regionSearch: '75',
      regionName: 'Gorontalo',
    });
    await expect.poll(() => viewer.locator('[data-testid="account-grants"]').textContent()).toBe('Pembaca · Gorontalo');
    expect(await page.locator('[data-testid="accounts-message"]').textContent()).toContain('Akun pembaca.gorontalo dibuat');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'accounts');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('#accounts-heading').textContent()).toBe('Accounts and access tokens');
    expect(await viewer.locator('[data-testid="account-grants"]').textContent()).toBe('Viewer · Gorontalo');
    expect(await page.locator('[data-testid="accounts-message"]').textContent()).toContain('Account pembaca.gorontalo created');
    await screenshot(page, 'accounts-en');
    // The English tab words fit one line too.
    expect(await page.locator('nav.tabs').evaluate((nav) => nav.scrollWidth - nav.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();

    // An access token for a script: its secret is shown once, it answers for the administrator, and is revoked.
    const tokens = page.locator('[data-testid="tokens-panel"]');
    await tokens.locator('[data-testid="token-name"]').fill('ekspor mingguan (uji e2e)');
    await tokens.locator('[data-testid="create-token"]').click();
    const secret = tokens.locator('[data-testid="token-secret"]');
    await expect.poll(() => secret.count()).toBe(1);
    const token = (await secret.textContent()) ?? '';
    expect(token.length).toBeGreaterThan(20);
    const asScript = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { account { username } } }' }),
    });
    expect(await asScript.json()).toEqual({ data: { me: { account: { username: 'admin' } } } });
    const tokenRow = tokens.locator('tr[data-token="ekspor mingguan (uji e2e)"]');
    await expect.poll(() => tokenRow.textContent()).toContain('belum pernah');
    await tokens.locator('[data-testid="token-secret-box"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'access-token');
    await tokenRow.getByRole('button', { name: 'Cabut token ekspor mingguan (uji e2e)' }).click();
    await expect.poll(() => tokenRow.count()).toBe(0);

    // A sign-out the server never receives says so, and the account stays shown: on a shared screen a session left
    // open without a word would be someone's access.
    await page.route(`${base}/graphql`, (route) =>
      /"operationName":"SignOut"/.test(route.request().postData() ?? '') ? route.abort('connectionrefused') : route.fallback(),
    );
    await page.locator('[data-testid="account-button"]').click();
    await page.locator('[data-testid="sign-out"]').click();
    const failed = page.locator('[data-testid="sign-out-error"]');
    await expect.poll(() => failed.textContent()).toMatch(/^Tidak dapat keluar, sesi Anda masih berlaku: .+\. Coba lagi\.$/);
    expect(await page.locator('[data-testid="account-name"]').count()).toBe(1);
    await screenshot(page, 'sign-out-failed');
    await page.unroute(`${base}/graphql`);

    // Signing out leaves the administration page for the dashboard a visitor sees, with the same figures.
    await signOut(page);
    expect(await failed.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('hal')).toBe(null);
    await expect.poll(() => p0Card(page).textContent()).toBe(visitorP0);
    expect(await page.getByRole('link', { name: 'Akun', exact: true }).count()).toBe(0);

    // The editor signs in with the password the administrator set: nothing but changing it is possible.
    await signIn(page, 'editor.gorontalo', 'Sementara-Gtlo-2026');
    const forced = page.locator('[data-testid="must-change-password"]');
    await expect.poll(() => forced.count()).toBe(1);
    expect(await page.locator('nav.tabs').count()).toBe(0);
    await screenshot(page, 'must-change-password');
    // A new password that is too short is refused before it is sent; then the real change.
    await forced.locator('[data-testid="current-password"]').fill('Sementara-Gtlo-2026');
    await forced.locator('[data-testid="new-password"]').fill('pendek');
    await forced.locator('[data-testid="repeat-password"]').fill('pendek');
    await forced.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await expect
      .poll(() => forced.locator('[data-testid="change-password-problem"]').textContent())
      .toBe('Kata sandi baru minimal 10 karakter.');
    await forced.locator('[data-testid="new-password"]').fill('Rina-Dinsos-Gtlo-2026');
    await forced.locator('[data-testid="repeat-password"]').fill('Rina-Dinsos-Gtlo-2026');
    await forced.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await expect.poll(() => forced.count()).toBe(0);
    await expect.poll(() => header(page).locator('[data-testid="account-roles"]').textContent()).toBe('Editor · Kota Gorontalo');

    // The editor sees the import panel, which names the importer.
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-testid="import-as"]').textContent())
      .toBe('Impor dicatat atas nama Dinas Sosial Kota Gorontalo — Rina (editor.gorontalo).');
    expect(await page.locator('[data-testid="import-file"]').count()).toBe(1);
    expect(await page.locator('[data-testid="imported-by"]').count()).toBe(0);
    await signOut(page);

    // A viewer does not: a sentence says who may import.
    await signIn(page, 'pembaca.gorontalo', 'Sementara-Prov-2026', 'Yusuf-Bappeda-Prov-2026');
    await expect.poll(() => header(page).locator('[data-testid="account-roles"]').textContent()).toBe('Pembaca · Gorontalo');
    await page.goto(`${base}/?hal=data`);
    const refused = page.locator('[data-testid="import-not-allowed"]');
    await expect.poll(() => refused.textContent()).toContain('tidak memiliki peran Editor, Verifikator, atau Administrator');
    expect(await page.locator('[data-testid="import-file"]').count()).toBe(0);

    // Signed out again: the anonymous dashboard, still with the published demo data, and a sign-in button.
    await signOut(page);
    await expect.poll(() => refused.textContent()).toContain('Masuk dengan akun seperti itu untuk mengimpor.');
    expect(await refused.getByRole('button', { name: 'Masuk' }).count()).toBe(1);
    await expect
      .poll(() => page.locator('[data-testid="observations-count"]').textContent())
      .toMatch(/^Menampilkan 50 dari 3\.\d{3} nilai$/);
    await page.getByRole('link', { name: 'Ringkasan', exact: true }).click();
    await expect.poll(() => p0Card(page).textContent()).toBe(visitorP0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('says the session has ended when the account is disabled elsewhere, once, and shows the visitor’s dashboard', async () => {
    // The editor is signed in in one browser…
    const editor = await browser.open('/');
    await signIn(editor, 'editor.gorontalo', 'Rina-Dinsos-Gtlo-2026');
    await expect.poll(() => editor.locator('[data-testid="account-roles"]').textContent()).toBe('Editor · Kota Gorontalo');
    // …while the administrator disables the account in another.
    const admin = await browser.open('/');
    await signInAsAdmin(admin);
    await admin.goto(`${base}/?hal=akun`);
    const row = admin.locator('[data-testid="accounts-table"] tr[data-username="editor.gorontalo"]');
    await row.getByRole('button', { name: /^Nonaktifkan/ }).click();
    await expect.poll(() => row.locator('[data-testid="account-state"]').textContent()).toContain('Dinonaktifkan');

    // The editor's next request is refused: the header says so and shows the visitor's state; the page fetches again.
    const requests: string[] = [];
    editor.on('request', (r) => {
      if (r.url().endsWith('/graphql')) requests.push(r.url());
    });
    await editor.getByRole('link', { name: 'Data', exact: true }).click();
    await expect
      .poll(() => editor.locator('[data-testid="session-ended"]').textContent())
      .toContain('Sesi Anda berakhir, silakan masuk lagi.');
    expect(await header(editor).getByRole('button', { name: 'Masuk', exact: true }).count()).toBe(1);
    await expect.poll(() => editor.locator('[data-testid="observations-count"]').textContent()).toMatch(/^Menampilkan 50 dari/);
    // No loop: the requests stop.
    await editor.waitForTimeout(1500);
    const settled = requests.length;
    await editor.waitForTimeout(1500);
    expect(requests.length).toBe(settled);

    // Enabled again for whoever runs after.
    await row.getByRole('button', { name: /^Aktifkan/ }).click();
    await expect.poll(() => row.locator('[data-testid="account-state"]').textContent()).not.toContain('Dinonaktifkan');
    expect(pageErrors(editor)).toEqual([]);
    expect(pageErrors(admin)).toEqual([]);
    await editor.context().close();
    await admin.context().close();
  });

  it('on a server without anonymous access, asks a visitor to sign in instead of showing refusals', async () => {
    const closed = await startServer({ env: { ANONYMOUS_ACCESS: 'off', DEMO_DATA: 'off' } });
    try {
      const oneTime = await closed.adminPassword();
      const page = await browser.newPage();
      await page.goto(`${closed.baseUrl}/?hal=data`);
      const required = page.locator('[data-testid="sign-in-required"]');
      await expect.poll(() => required.textContent()).toContain('hanya kepada akun yang sudah masuk');
      expect(await page.locator('nav.tabs').count()).toBe(0);
      expect(await page.locator('.notice-error').count()).toBe(0);
      await required.getByRole('button', { name: 'Masuk' }).click();
      const dialog = page.locator('[data-testid="sign-in-dialog"]');
      await dialog.locator('[data-testid="sign-in-username"]').fill('admin');
      await dialog.locator('[data-testid="sign-in-password"]').fill(oneTime);
      await dialog.getByRole('button', { name: 'Masuk', exact: true }).click();
      const forced = page.locator('[data-testid="must-change-password"]');
      await expect.poll(() => forced.count()).toBe(1);
      await forced.locator('[data-testid="current-password"]').fill(oneTime);
      await forced.locator('[data-testid="new-password"]').fill('Tertutup-Uji-e2e-2026');
      await forced.locator('[data-testid="repeat-password"]').fill('Tertutup-Uji-e2e-2026');
      await forced.getByRole('button', { name: 'Ganti kata sandi' }).click();
      // Signed in: the dashboard, on the page the link asked for.
      await expect.poll(() => page.locator('#data-heading').count()).toBe(1);
      expect(await required.count()).toBe(0);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    } finally {
      await closed.stop();
    }
  });
});
