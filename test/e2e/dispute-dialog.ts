import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Disputes a verified figure through its "Persoalkan" button, as a verifier would: the dialog names the figure, sends
 * nothing without a reason, then sends `reason` and says it was done; closed, the page behind fetches again.
 * `beforeSending` runs with the reason written (for screenshots of the dialog).
 */
export async function disputeThroughDialog(
  page: Page,
  button: Locator,
  d: { subject: 'target' | 'count'; figure: string; reason: string; beforeSending?: () => Promise<void> },
): Promise<void> {
  await button.click();
  const dialog = page.getByRole('dialog', { name: d.subject === 'target' ? 'Persoalkan target' : 'Persoalkan jumlah' });
  expect(await dialog.locator('[data-testid="dispute-figure"]').textContent()).toBe(d.figure);
  await dialog.locator('[data-testid="dispute-submit"]').click();
  await expect
    .poll(() => dialog.locator('[role="alert"]').textContent())
    .toBe('Tuliskan alasannya: editor wilayah perlu tahu apa yang harus diperiksa.');
  await dialog.locator('[data-testid="dispute-reason"]').fill(d.reason);
  // Written, the reason no longer needs asking for.
  expect(await dialog.locator('[role="alert"]').count()).toBe(0);
  await d.beforeSending?.();
  await dialog.locator('[data-testid="dispute-submit"]').click();
  await expect
    .poll(() => dialog.locator('[role="status"]').textContent())
    .toBe(
      d.subject === 'target'
        ? 'Target dipersoalkan: editor wilayahnya akan melihatnya perlu diperbaiki.'
        : 'Jumlah dipersoalkan: editor wilayahnya akan melihatnya perlu diperbaiki.',
    );
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}
