import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../support/chromium.js';

declare global {
  interface Window {
    __charts?: Record<string, unknown>;
  }
}

export const SCREENSHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

/** What a page starts with unless a test says otherwise: a laptop's screen, Indonesian, Jakarta's clock. */
const PAGE_DEFAULTS: BrowserContextOptions = {
  viewport: { width: 1366, height: 768 },
  locale: 'id-ID',
  timezoneId: 'Asia/Jakarta',
};

export interface TestBrowser {
  /** A page in a context of its own (no shared cookies); `options` override the defaults (viewport, locale…). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A new page at `path` on the suite's server (see global-setup.ts). */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
}

/**
 * One Chromium for the test file that calls this at its top level: launched before the file's tests (before the
 * hooks the file registers after this call) and closed after them. `skip`: the file's tests will not run (a tool
 * they need is missing), so no browser is launched.
 */
export function useBrowser({ skip = false }: { skip?: boolean } = {}): TestBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (skip) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const newPage = async (options?: BrowserContextOptions): Promise<Page> => {
    if (!browser) throw new Error('No browser: useBrowser() launches it in beforeAll, and not when told to skip');
    const context = await browser.newContext({ ...PAGE_DEFAULTS, ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    (page as Page & { errors: string[] }).errors = errors;
    return page;
  };
  return {
    newPage,
    async open(path, options) {
      const page = await newPage(options);
      await page.goto(`${inject('baseUrl')}${path}`);
      return page;
    },
  };
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Waits until a chart with this id has been drawn, and returns its option (the numbers on screen). */
export async function chartOption<T = Record<string, unknown>>(page: Page, id: string): Promise<T> {
  await page.waitForFunction((chartId) => Boolean(window.__charts?.[chartId]), id, { timeout: 30_000 });
  // Functions (formatters) do not cross into the test; the data does.
  return page.evaluate((chartId) => JSON.parse(JSON.stringify(window.__charts![chartId])), id) as Promise<T>;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // Let fonts and the canvas settle before the picture is taken.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
}
