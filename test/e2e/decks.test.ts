import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAsAdmin } from './accounts.js';
import { pageErrors, screenshot, useBrowser } from './browser.js';

// A presenter's whole path: three chart views added to a new deck from the dashboard, reordered, a headline
// written, the deck presented with the keyboard, the network dropped while presenting, and the deck exported to
// PowerPoint (native charts with their data, the source footer on every slide). Province: Gorontalo (75).

const base = inject('baseUrl');
const OUTPUT = fileURLToPath(new URL('../output/decks/', import.meta.url));
const DECK_TITLE = 'Rakor uji Gorontalo';
const HEADLINE = 'Boalemo paling jauh dari target nasional';
const browser = useBrowser();

function hasTool(name: string): boolean {
  try {
    execFileSync('which', [name]);
    return true;
  } catch {
    return false;
  }
}
let page: Page;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  page = await browser.newPage();
});

async function addChart(path: string, chartId: string, deck: 'new' | 'existing') {
  await page.goto(`${base}${path}`);
  await page.locator(`[data-testid="add-to-deck-${chartId}"]`).click();
  const dialog = page.locator('[data-testid="add-to-deck"]');
  if (deck === 'new') {
    await dialog.locator('#add-to-deck-choice').selectOption('new');
    await dialog.locator('#add-to-deck-title').fill(DECK_TITLE);
  } else {
    await expect.poll(() => dialog.locator('#add-to-deck-choice').inputValue()).not.toBe('new');
  }
  await dialog.getByRole('button', { name: 'Tambahkan', exact: true }).click();
  await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(new RegExp(`Ditambahkan ke “${DECK_TITLE}”`));
  await dialog.getByRole('link', { name: 'Buka presentasi' }).click();
}

const counter = () => page.locator('[data-testid="slide-counter"]').textContent();
const shownChart = () => page.evaluate(() => Object.keys(window.__charts ?? {}).find((id) => id.endsWith('-slide')) ?? null);

describe('decks', () => {
  it('builds a deck from three views, reorders it and gives a slide a headline', async () => {
    await page.goto(`${base}/`);
    await signInAsAdmin(page);
    await addChart('/?hal=tren&wilayah=75', 'trend', 'new');
    await addChart('/?hal=bandingkan&wilayah=75', 'compare-ranked', 'existing');
    await addChart('/?hal=peta&wilayah=75', 'map', 'existing');
    const slides = page.locator('[data-testid="deck-slide"]');
    await expect.poll(() => slides.count()).toBe(3);
    // The map up to second place.
    await page.getByRole('button', { name: 'Naikkan slide 3' }).click();
    await expect.poll(async () => (await slides.nth(1).locator('input').first().inputValue()).toLowerCase()).toMatch(/provinsi/);
    await page.locator('[id^="headline-"]').nth(2).fill(HEADLINE);
    await page.locator('#deck-rename').focus(); // the headline is saved when its field is left
    await expect.poll(() => page.locator('[id^="headline-"]').nth(2).inputValue()).toBe(HEADLINE);
    await screenshot(page, 'deck-editor');
  });

  it('presents the deck with the keyboard, and keeps presenting when the network drops', async () => {
    await page.locator('[data-testid="present-deck"]').click();
    await expect.poll(counter).toBe('Slide 1 dari 3');
    await expect.poll(shownChart).toBe('trend-slide');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'deck-present-1920');
    await page.keyboard.press('PageDown');
    await expect.poll(counter).toBe('Slide 2 dari 3');
    await expect.poll(shownChart).toBe('map-slide');
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await expect.poll(counter).toBe('Slide 3 dari 3');
    await expect.poll(() => page.locator('[data-testid="stage-headline"]').textContent()).toBe(HEADLINE);
    await expect.poll(shownChart).toBe('compare-ranked-slide');
    await page.keyboard.press('Home');
    await expect.poll(counter).toBe('Slide 1 dari 3');

    // The hotel's network goes: every slide's data are already in the browser.
    await page.context().setOffline(true);
    try {
      await page.setViewportSize({ width: 1280, height: 720 });
      for (const [key, slide, chart] of [
        ['ArrowRight', 2, 'map-slide'],
        ['Space', 3, 'compare-ranked-slide'],
        ['ArrowLeft', 2, 'map-slide'],
      ] as const) {
        await page.keyboard.press(key);
        await expect.poll(counter).toBe(`Slide ${slide} dari 3`);
        await expect.poll(shownChart).toBe(chart);
      }
      await screenshot(page, 'deck-present-1280-offline');
      expect(await page.locator('.notice-error').count()).toBe(0);
    } finally {
      await page.context().setOffline(false);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="deck-slides"]').count()).toBe(1);
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('exports the deck to PowerPoint with native charts, their data and the source on every slide', async () => {
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('[data-testid="export-pptx"]').click();
    const file = `${OUTPUT}deck.pptx`;
    await (await download).saveAs(file);
    const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    const read = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' });
    const charts = entries.filter((e) => /^ppt\/charts\/chart\d+\.xml$/.test(e));
    // The trend and the ranking are native charts; the tile map is a picture.
    expect(charts.length).toBe(2);
    const chartXml = charts.map(read).join('\n');
    expect(chartXml).toMatch(/Kabupaten Boalemo/);
    expect(chartXml).toMatch(/16\.37/);
    const slides = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e)).map(read);
    // A cover, then the three slides, each with its source.
    expect(slides).toHaveLength(4);
    for (const xml of slides.slice(1)) expect(xml).toMatch(/Sumber: BPS/);
    expect(slides.join('\n')).toContain(HEADLINE);
    writeFileSync(`${OUTPUT}entries.txt`, entries.join('\n'));
    expect(pageErrors(page)).toEqual([]);

    // Each slide's data as CSV, one file a slide in a zip.
    const zipDownload = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('[data-testid="export-csv"]').click();
    const zipFile = `${OUTPUT}deck-data.zip`;
    await (await zipDownload).saveAs(zipFile);
    const csvs = execFileSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' }).trim().split('\n');
    expect(csvs).toHaveLength(3);
    expect(csvs.map((name) => name.slice(0, 3))).toEqual(['01-', '02-', '03-']);
    const ranking = execFileSync('unzip', ['-p', zipFile, csvs[2]!], { encoding: 'utf8' });
    expect(ranking).toMatch(/Kabupaten Boalemo.*16[.,]37/);
    // Opened by LibreOffice Impress (headless, Debian's package; .ci/run installs it): one page a slide, the headline
    // and the source in its text, the pages kept as pictures to look at.
    if (!hasTool('soffice') && process.env.CI !== 'true') return;
    const profile = mkdtempSync(join(tmpdir(), 'lo-'));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', OUTPUT, file],
      {
        timeout: 120_000,
      },
    );
    const pdf = `${OUTPUT}deck.pdf`;
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+4\b/);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(HEADLINE);
    expect(text).toMatch(/Sumber: BPS/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${OUTPUT}deck-page`]);
  });

  it('makes the rakor agenda of a province, shows its overview and scorecard, and opens the presenter view', async () => {
    await page.goto(`${base}/?hal=presentasi&wilayah=75`);
    await page.locator('[data-testid="create-agenda"]').click();
    const slides = page.locator('[data-testid="deck-slide"]');
    await expect.poll(() => slides.count()).toBeGreaterThanOrEqual(5);
    const n = await slides.count();
    // Overview, a ranking per key indicator, the scorecard, a trend per key indicator, the programmes.
    const perIndicator = (n - 3) / 2;
    expect(Number.isInteger(perIndicator)).toBe(true);
    await page.locator('[data-testid="present-deck"]').click();
    await expect.poll(counter).toBe(`Slide 1 dari ${n}`);
    await expect.poll(() => page.locator('.stage-chart [data-testid="overview-slide"]').count()).toBe(1);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'agenda-overview-1920');
    for (const digit of String(perIndicator + 2)) await page.keyboard.press(digit);
    await page.keyboard.press('Enter');
    await expect.poll(counter).toBe(`Slide ${perIndicator + 2} dari ${n}`);
    await expect.poll(() => page.locator('.stage-chart [data-testid="scorecard-slide"]').count()).toBe(1);
    await screenshot(page, 'agenda-scorecard-1920');

    // S opens the presenter view in a second window: the same slide, the next one's title, the notes; a key pressed
    // there moves the audience's window too.
    const opened = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const presenter = await opened;
    await presenter.waitForLoadState();
    await expect
      .poll(() => presenter.locator('[data-testid="slide-counter"]').textContent())
      .toBe(`Slide ${perIndicator + 2} dari ${n}`);
    await expect
      .poll(() => presenter.locator('.presenter-next-title').textContent())
      .toMatch(new RegExp(`^${perIndicator + 3}\\. `));
    // The next slide (the first trend) drawn small beside the notes.
    await expect.poll(() => presenter.locator('[data-testid="presenter-next"] .stage-chart .echart').count()).toBe(1);
    await presenter.setViewportSize({ width: 1366, height: 768 });
    await screenshot(presenter, 'presenter-view');
    await presenter.keyboard.press('PageDown');
    await expect.poll(counter).toBe(`Slide ${perIndicator + 3} dari ${n}`);
    await presenter.close();
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1366, height: 768 });
  });
});
