import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';

declare global {
  interface Window {
    __charts?: Record<string, unknown>;
  }
}

export const SCREENSHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

export async function launch(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return launchChromium();
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  return page;
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
