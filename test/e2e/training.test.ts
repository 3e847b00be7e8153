import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningServer, repoRoot, startServer } from '../support/server.js';
import { pageErrors, SCREENSHOTS, useBrowser } from './browser.js';

// The training data set in the browser: loaded with the command (one province, two years, to stay quick) into a
// folder of its own, served by a server started on it as pnpm start:training does; its banner on every page, its
// label on the presented stage. The suite's own server (demo data, official) shows neither.

const LABEL = 'DATA LATIHAN — bukan data resmi';
const officialBase = inject('baseUrl');

let training: RunningServer;
let dataDir: string;
const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kesra-training-'));
  execFileSync(process.execPath, ['server/dist/cli/run.js', 'training:load', '--province', '75', '--years', '2024-2025'], {
    cwd: repoRoot,
    env: { ...process.env, TRAINING_DATA_DIR: dataDir, TRAINING_DATABASE_URL: '' },
    encoding: 'utf8',
  });
  training = await startServer({ dataDir, env: { KESRA_DATASET: 'TRAINING' } });
  page = await browser.newPage();
});
afterAll(async () => {
  await training?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('training data set', () => {
  it('shows the banner on every page, in view after scrolling, and the label on a presented slide', async () => {
    const banner = page.locator('[data-testid="training-banner"]');
    for (const hal of ['data', 'bandingkan', 'program']) {
      await page.goto(`${training.baseUrl}/?hal=${hal}&wilayah=75`);
      await expect.poll(() => banner.textContent()).toContain(LABEL);
    }
    // The programme page with its generated figures is taller than the window: the banner stays at the top.
    await page.locator('.echart[data-drawn="true"]').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 600));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect((await banner.boundingBox())?.y).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'training-banner.png') });

    await page.goto(`${training.baseUrl}/?hal=program&wilayah=75&layar=1`);
    const label = page.locator('[data-testid="stage-training-label"]');
    await expect.poll(() => label.textContent()).toBe(LABEL);
    // Large enough to read on a projector: 28 px of a 1080-line stage, here 768 lines high.
    const size = await label.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(19);
    await page.screenshot({ path: join(SCREENSHOTS, 'training-stage.png') });
    expect(pageErrors(page)).toEqual([]);
  });

  it('labels the GraphQL explorer', async () => {
    await page.goto(`${training.baseUrl}/graphql`);
    await expect.poll(() => page.locator('[data-testid="explorer-training-label"]').textContent()).toBe(LABEL);
  });

  it('labels the English dashboard too, and nothing on the official server', async () => {
    await page.goto(`${training.baseUrl}/?hal=ringkasan&wilayah=75&bahasa=en`);
    await expect
      .poll(() => page.locator('[data-testid="training-banner"]').textContent())
      .toContain('TRAINING DATA — not official data');
    await page.goto(`${officialBase}/?hal=ringkasan&wilayah=75`);
    await page.locator('[data-testid="current-region"]').waitFor();
    expect(await page.locator('[data-testid="training-banner"]').count()).toBe(0);
  });
});
