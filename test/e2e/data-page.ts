import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/**
 * Imports a CSV file as the administrator signed in on the page, through the Data page's panel: preview, then apply,
 * waiting for each report (setting up through the dashboard, as an administrator would).
 */
export async function importThroughDataPage(page: Page, name: string, csv: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/?hal=data`);
  await expect.poll(() => page.locator('[data-testid="import-as"]').textContent()).toContain('Administrator (admin)');
  await page.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Pratinjau' }).click();
  const report = page.locator('[data-testid="import-report"]');
  await expect.poll(() => report.locator('.report-status').textContent()).toContain('Pratinjau');
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await expect.poll(() => report.locator('.report-status').textContent()).toContain('Diterapkan');
}
