import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createAccounts, graphqlWithSession, signInAsAdmin, signInAt, signOut, type TestAccount } from './accounts.js';
import { chartOption, pageErrors, SCREENSHOTS, screenshot, useBrowser } from './browser.js';
import { importThroughDataPage } from './data-page.js';
import { disputeThroughDialog } from './dispute-dialog.js';

// The IKS page on the suite's official database: the administrator submits and verifies the three IKS lansia
// dimension inputs of Gorontalo's kabupaten/kota for 2025 (Kabupaten Gorontalo Utara without its social-role input),
// enters an RPJMD IKS target, and stores the shipped EXAMPLE method's result. Every figure is a test value typed here
// (no real IKS inputs or targets are published); no other test reads iks_elderly_* or iks_elderly for 2025. Publishing
// from the page: the EXAMPLE method's set is refused in this official database (the server's sentence is shown), and a
// test method marked OFFICIAL here, named as a test and never shipped, is computed and published from the page.
// Disputing a target from the page: Sulawesi Tenggara (74), which no other test reads, gets an RPJMD IKS target that
// its verifier verifies from the queue and then disputes beside the target.

const base = inject('baseUrl');
const browser = useBrowser();

const INPUTS: [string, number, number | null, number][] = [
  ['75.01', 28.5, 21, 17.25],
  ['75.02', 25, 18, 12.25],
  ['75.03', 30, 22.5, 19],
  ['75.04', 27, 20, 16.5],
  ['75.05', 24, null, 14],
  ['75.71', 31, 23.5, 20],
];
const DIMENSIONS = ['basic_needs', 'social_role', 'economic_independence'];

const DEFINE = 'mutation ($input: CompositeMethodologyInput!) { defineCompositeMethodology(input: $input) { version } }';
/** The three dimension inputs summed, as the shipped example does; OFFICIAL only inside this test's database. */
const TEST_OFFICIAL = {
  code: 'IKS_UJI_E2E_RESMI',
  nameId: 'IKS uji e2e (bukan metode resmi Kemensos)',
  nameEn: 'IKS e2e test (not the Kemensos method)',
  descriptionId: 'Metode untuk uji end-to-end, bukan metode resmi.',
  status: 'OFFICIAL',
  source: 'Dokumen uji e2e',
  legalBasis: 'Peraturan uji e2e 1/2025',
  aggregation: 'SUM',
  normalisation: 'NONE',
  resultIndicatorCode: 'iks_elderly',
  dimensions: DIMENSIONS.map((d) => ({
    code: d,
    nameId: d,
    nameEn: d,
    weight: 1,
    aggregation: 'SUM',
    components: [{ indicatorCode: `iks_elderly_${d}`, weight: 1 }],
  })),
};

/** GraphQL as the administrator signed in on the page (setting up is not what this test is about). */
const asAdmin = graphqlWithSession;

async function setUp(page: Page) {
  const values = INPUTS.flatMap(([region, ...dims]) =>
    dims.flatMap((v, i) =>
      v === null
        ? []
        : [
            {
              regionCode: region,
              indicatorCode: `iks_elderly_${DIMENSIONS[i]}`,
              period: '2025',
              value: String(v),
              source: 'Uji e2e IKS',
            },
          ],
    ),
  );
  await asAdmin(page, 'mutation ($v: [FormValueInput!]!) { submitValues(values: $v, decimalComma: false) { status } }', {
    v: values,
  });
  const { reviewQueue } = await asAdmin<{ reviewQueue: { items: { id: string }[] } }>(
    page,
    'query { reviewQueue(regionCode: "75") { items { id } } }',
  );
  const ids = reviewQueue.items.map((i) => i.id).filter((id) => id.startsWith('obs:iks_elderly_'));
  expect(ids).toHaveLength(17);
  await asAdmin(page, 'mutation ($d: [ReviewDecisionInput!]!) { reviewValues(decisions: $d) { verified } }', {
    d: ids.map((id) => ({ id, action: 'VERIFY' })),
  });
  await importThroughDataPage(
    page,
    'rpjmd-iks.csv',
    'kode,jenis,judul,wilayah,tahun_awal,tahun_akhir\nRPJMD-75-IKS-UJI,RPJMD,RPJMD uji e2e Provinsi Gorontalo,75,2025,2029\n',
  );
  await importThroughDataPage(
    page,
    'target-iks.csv',
    'dokumen,indikator,wilayah,tahun,nilai,catatan\nRPJMD-75-IKS-UJI,iks_elderly,75,2029,75,nilai uji e2e\n',
  );
  await asAdmin(
    page,
    'mutation { computeCompositeIndex(methodologyCode: "IKS_ELDERLY_RPJMN", parentCode: "75", period: "2025") { version } }',
  );
}

describe('IKS page', () => {
  it('shows a province’s stored IKS by kabupaten/kota, marked as an example, with its steps, gaps and targets', async () => {
    const page = await browser.open('/');
    await signInAsAdmin(page);
    await setUp(page);

    await page.goto(`${base}/?hal=iks&wilayah=75.02&metode=IKS_ELDERLY_RPJMN`);
    const method = page.locator('[data-testid="iks-method"]');
    await expect.poll(() => method.textContent()).toContain('CONTOH — bukan metode resmi');
    expect(await method.textContent()).toContain('bukan IKS resmi');
    type Bars = { yAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] };
    const option = await chartOption<Bars>(page, 'iks');
    // Highest on top (last in ECharts' order); Gorontalo Utara without its social-role input at the bottom.
    expect(option.yAxis.data[0]).toBe('Kabupaten Gorontalo Utara');
    expect(option.yAxis.data.at(-1)).toBe('Kota Gorontalo');
    expect(option.series.map((s) => s.name)).toEqual(['Kebutuhan Dasar', 'Peranan Sosial', 'Kemandirian Ekonomi']);
    expect(option.series.map((s) => s.data.at(-1))).toEqual([31, 23.5, 20]);
    const [titles] = (option as unknown as { title: { subtext?: string }[] }).title;
    expect(titles?.subtext).toContain('garis putus-putus: Target RPJMD 2029: 75,00');
    expect(await page.locator('[data-testid="iks-result-set"]').textContent()).toContain('Set hasil versi 1');

    const gaps = page.locator('[data-testid="iks-gaps"]');
    expect(await gaps.textContent()).toContain('5 dari 6 kabupaten/kota');
    expect(await gaps.locator('tr[data-region="75.05"]').textContent()).toContain('IKS Lansia: Dimensi Peranan Sosial');

    const boalemo = page.locator('[data-testid="iks-steps"] details[data-region="75.02"]');
    await boalemo.locator('summary').click();
    expect(await boalemo.textContent()).toContain('25 + 18 + 12.25 = 55.25');
    expect(await boalemo.textContent()).toContain('Uji e2e IKS');
    // Statuses in words, never the code.
    expect(await boalemo.textContent()).toContain('Terverifikasi · Uji e2e IKS · ✓ admin');
    expect(await boalemo.textContent()).not.toContain('VERIFIED');

    const targets = page.locator('[data-testid="iks-targets"]');
    expect(await targets.textContent()).toContain('RPJMD uji e2e Provinsi Gorontalo');
    expect(await targets.textContent()).toContain('75,00');
    await boalemo.locator('summary').click();

    // The chart starts above the fold at every size, its bars too at 1280×720 (the method's status is compact).
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await chartOption(page, 'iks');
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `iks-${width}`);
      const box = await page.locator('[data-chart-id="iks"]').boundingBox();
      expect(box, `${width}×${height}`).not.toBeNull();
      // Its title, legend and first bars at least; at 1366×768 and up every bar.
      expect(box!.y + box!.height / 2, `${width}×${height}`).toBeLessThan(height);
    }
    const frame = await page.locator('figure.chart-frame').boundingBox();
    await page.screenshot({ path: `${SCREENSHOTS}iks-1280-full.png`, fullPage: true });
    expect(frame!.y).toBeLessThan(720);

    // The EXAMPLE method's set is refused in this official database: the confirmation, then the server's sentence.
    await page.setViewportSize({ width: 1366, height: 768 });
    const actions = page.locator('[data-testid="iks-actions"]');
    expect(await actions.locator('[data-testid="iks-publication"]').textContent()).toBe(
      'Set hasil ini belum diterbitkan sebagai iks_elderly.',
    );
    await actions.getByRole('button', { name: 'Terbitkan untuk verifikasi' }).click();
    const dialog = page.locator('[data-testid="iks-publish-dialog"]');
    expect(await dialog.textContent()).toContain('Nilai 5 kabupaten/kota dari set hasil');
    expect(await dialog.textContent()).toContain('Tanpa nilai karena masukannya belum lengkap: Kabupaten Gorontalo Utara.');
    await dialog.getByRole('button', { name: 'Ya, terbitkan' }).click();
    const message = actions.locator('[data-testid="iks-action-message"]');
    await expect
      .poll(() => message.textContent())
      .toContain('Tidak diterbitkan: Metodologi IKS_ELDERLY_RPJMN versi 1 berstatus CONTOH, bukan RESMI');
    expect(await message.getAttribute('role')).toBe('alert');

    // A test method marked OFFICIAL: computed from the page for 2025 (no set yet), then published for verification.
    await asAdmin(page, DEFINE, { input: TEST_OFFICIAL });
    await page.goto(`${base}/?hal=iks&wilayah=75&metode=IKS_UJI_E2E_RESMI`);
    await expect.poll(() => page.locator('[data-testid="iks-empty"]').count()).toBe(1);
    expect(await actions.locator('[data-testid="iks-compute-year"]').inputValue()).toBe('2025');
    await actions.getByRole('button', { name: 'Hitung set hasil baru' }).click();
    await expect.poll(() => message.textContent()).toBe('Set hasil 2025 versi 1 tersimpan.');
    await expect.poll(() => page.locator('[data-testid="iks-result-set"]').textContent()).toContain('Set hasil versi 1');
    await actions.getByRole('button', { name: 'Terbitkan untuk verifikasi' }).click();
    await dialog.getByRole('button', { name: 'Ya, terbitkan' }).click();
    await expect
      .poll(() => message.textContent())
      .toBe('Diterbitkan sebagai iks_elderly: 5 nilai baru, 0 diubah, 0 tidak berubah, 0 revisi. Menunggu verifikator.');
    // The page fetched again: the set's values wait for the verifier.
    await expect
      .poll(() => actions.locator('[data-testid="iks-publication"]').textContent())
      .toBe('Diterbitkan sebagai iks_elderly — Belum diverifikasi: 5 nilai.');
    await screenshot(page, 'iks-published');

    await page.goto(`${base}/?hal=iks&wilayah=75&metode=IKS_ELDERLY_RPJMN&bahasa=en`);
    await expect.poll(() => method.textContent()).toContain('EXAMPLE — not an official method');
    expect(await page.locator('h2#iks-heading').textContent()).toBe('Social Welfare Index (IKS) by kabupaten/kota');
    expect(pageErrors(page)).toEqual([]);

    // A visitor reads why there is nothing to press.
    await page.goto(`${base}/?hal=iks&wilayah=75&metode=IKS_ELDERLY_RPJMN`);
    await signOut(page);
    await expect
      .poll(() => page.locator('[data-testid="iks-actions-why"]').textContent())
      .toContain('hanya untuk verifikator atau administrator yang wilayahnya mencakup Gorontalo');
    expect(await page.locator('[data-testid="iks-publish"]').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('Disputing an IKS target from the IKS page', () => {
  const DOC = 'RPJMD-74-IKS-UJI';
  const DOC_TITLE = 'RPJMD uji e2e Provinsi Sulawesi Tenggara';
  const TARGET = `tgt:${DOC}|iks_elderly|74|2029`;
  const REASON = 'Target IKS 2029 tidak sama dengan lampiran Perda RPJMD; periksa halaman target.';
  const VERIFIER = { username: 'verifikator.sultra', password: 'Sementara-Sultra-2026', newPassword: 'Verifikator-Sultra-1' };
  const OTHER_VERIFIER = {
    username: 'verifikator.gtlo.iks',
    password: 'Sementara-Gtlo-Iks-26',
    newPassword: 'Verifikator-Gtlo-Iks-1',
  };
  const VIEWER = { username: 'pembaca.sultra', password: 'Sementara-Baca-Sultra-26', newPassword: 'Pembaca-Sultra-Baru-1' };
  const IKS = '/?hal=iks&wilayah=74&metode=IKS_ELDERLY_RPJMN';
  const STATUS = `{ targetHistory(documentCode: "${DOC}", indicatorCode: "iks_elderly", regionCode: "74", year: 2029) { status reviewComment } }`;
  const targetRow = (page: Page) => page.locator('[data-testid="iks-targets"] tbody tr', { hasText: DOC_TITLE });
  let admin: Page;
  const status = async () =>
    (await graphqlWithSession<{ targetHistory: { status: string; reviewComment: string | null } }>(admin, STATUS)).targetHistory;

  const signInFresh = (path: string, account: TestAccount) => signInAt(browser, path, account);

  // Setting up is a test of its own: signing in waits with expect.poll, which runs inside a test only.
  it('the administrator makes the accounts and imports a document and its IKS target, which waits for the verifier', async () => {
    admin = await browser.open('/');
    await signInAsAdmin(admin);
    await createAccounts(admin, [
      [VERIFIER, 'VERIFIER', '74', 'Dinas Sosial Provinsi Sulawesi Tenggara — Verifikator'],
      [OTHER_VERIFIER, 'VERIFIER', '75', 'Dinas Sosial Provinsi Gorontalo — Verifikator IKS'],
      [VIEWER, 'VIEWER', '74', 'Bappeda Provinsi Sulawesi Tenggara — Pembaca'],
    ]);
    await importThroughDataPage(
      admin,
      'rpjmd-iks-sultra.csv',
      `kode,jenis,judul,wilayah,tahun_awal,tahun_akhir\n${DOC},RPJMD,${DOC_TITLE},74,2025,2029\n`,
    );
    await importThroughDataPage(
      admin,
      'target-iks-sultra.csv',
      `dokumen,indikator,wilayah,tahun,nilai,catatan\n${DOC},iks_elderly,74,2029,80,nilai uji e2e\n`,
    );
    expect(await status()).toEqual({ status: 'UNVERIFIED', reviewComment: null });
  });
  afterAll(async () => {
    await admin?.context().close();
  });

  it('the province’s verifier verifies the target from the queue; a viewer and another province’s verifier see no Persoalkan', async () => {
    const verifier = await signInFresh('/?hal=verifikasi', VERIFIER);
    const queued = verifier.locator(`[data-testid="review-queue"] tr[data-id="${TARGET}"]`);
    await expect.poll(() => queued.count()).toBe(1);
    await queued.locator('[data-testid="decide-verify"]').check();
    await verifier.locator('[data-testid="save-decisions"]').click();
    await expect.poll(() => queued.count()).toBe(0);
    expect(await status()).toEqual({ status: 'VERIFIED', reviewComment: null });
    expect(pageErrors(verifier)).toEqual([]);
    await verifier.context().close();

    for (const account of [VIEWER, OTHER_VERIFIER]) {
      const page = await signInFresh(IKS, account);
      await expect.poll(() => targetRow(page).locator('[data-testid="target-status"]').textContent()).toBe('Terverifikasi');
      expect(await targetRow(page).textContent()).toContain('80,00');
      // The button waits for the session, as the header's name does: once it shows, a missing button is a refusal.
      await expect.poll(() => page.locator('[data-testid="account-name"]').count()).toBe(1);
      expect(await page.locator('[data-testid="iks-targets"] [data-testid="dispute-open"]').count()).toBe(0);
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('lets the province’s verifier dispute the verified target beside it, with a reason; then it shows as disputed', async () => {
    const page = await signInFresh(IKS, { ...VERIFIER, password: VERIFIER.newPassword });
    const row = targetRow(page);
    await expect.poll(() => row.locator('[data-testid="target-status"]').textContent()).toBe('Terverifikasi');
    const button = row.getByRole('button', {
      name: `Persoalkan target Indeks Kesejahteraan Sosial Lanjut Usia, Sulawesi Tenggara, 2029 (${DOC_TITLE})`,
    });
    expect(await button.textContent()).toBe('Persoalkan');
    await page.locator('[data-testid="iks-targets"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'iks-dispute-button-1366x768');

    await disputeThroughDialog(page, button, {
      subject: 'target',
      figure: '80,00',
      reason: REASON,
      beforeSending: () => screenshot(page, 'iks-dispute-dialog-1366x768'),
    });

    // The page fetched again: disputed, the target says so and is no longer offered for a dispute.
    await expect.poll(() => row.locator('[data-testid="target-status"]').textContent()).toBe('Dipersoalkan');
    expect(await row.locator('[data-testid="dispute-open"]').count()).toBe(0);
    await screenshot(page, 'iks-disputed-1366x768');
    expect(await status()).toEqual({ status: 'DISPUTED', reviewComment: REASON });
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();

    // A viewer reads verified targets only: the disputed one is gone from the page.
    const viewer = await signInFresh(IKS, { ...VIEWER, password: VIEWER.newPassword });
    await expect
      .poll(() => viewer.locator('[data-testid="iks-targets"]').textContent())
      .toContain('Belum ada target iks_elderly');
    expect(await targetRow(viewer).count()).toBe(0);
    await viewer.context().close();
  });
});
