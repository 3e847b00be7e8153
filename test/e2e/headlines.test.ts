import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signInAsAdmin } from './accounts.js';
import { pageErrors, screenshot, useBrowser } from './browser.js';

// Every presented chart is headed by a sentence computed from its data (web/src/presentation/headlines/), unless the
// presenter wrote one for the slide: on the stage and in the PowerPoint file. Figures of the demo data set.

const base = inject('baseUrl');
const OUTPUT = fileURLToPath(new URL('../output/headlines/', import.meta.url));
const GORONTALO_WITH_KAB_KOTA = '75,ID,75.01,75.02,75.03,75.04,75.05,75.71';
const TREND_GORONTALO = 'Gorontalo tidak sesuai jalur menuju target 4,50% pada 2029: 12,62% pada September 2025, proyeksi 10,60%';
const DECK_TITLE = 'Rakor uji kalimat utama';
const PRESENTER_HEADLINE = 'Gorontalo di peringkat 30: fokus rakor pada kabupaten di atas 15%';
const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  page = await browser.newPage();
});

// Read what is there (a missing headline is null), never wait for it: the polls wait.
const headline = async () => (await page.locator('[data-testid="stage-headline"]').allTextContents())[0] ?? null;
/** Lines the headline takes on the stage (it is clamped to three; the sentences are meant for two). */
const headlineLines = () =>
  page
    .locator('[data-testid="stage-headline"]')
    .evaluate((el) => Math.round(el.scrollHeight / Number.parseFloat(getComputedStyle(el).lineHeight)));

describe('computed headlines', () => {
  it('head each presented view with what its data say, in two lines at 1920×1080 and 1280×720', async () => {
    const views: [string, string, string][] = [
      [
        'trend-kab-kota',
        `/?hal=tren&wilayah=75&banding=${GORONTALO_WITH_KAB_KOTA}&layar=1`,
        'Kabupaten Boalemo paling jauh dari target: 16,37% vs 4,50%; perlu turun 2,97 poin per tahun, tren turun 0,42',
      ],
      ['trend', '/?hal=tren&wilayah=75&layar=1', TREND_GORONTALO],
      [
        'ranked',
        '/?hal=bandingkan&wilayah=75&induk=ID&layar=1',
        'Gorontalo peringkat 30 dari 38 provinsi (12,62%); terbaik Bali 3,42%, terburuk Papua Tengah 29,45%',
      ],
      [
        'ranked-kab-kota',
        '/?hal=bandingkan&wilayah=75.04&layar=1',
        'Kabupaten Pohuwato peringkat 4 dari 6 kabupaten/kota (15,24%); terbaik Kota Gorontalo 5,31%, terburuk Kabupaten Boalemo 16,37%',
      ],
      [
        'change',
        '/?hal=bandingkan&wilayah=75&induk=ID&tampilan=perubahan&layar=1',
        '35 dari 38 provinsi membaik; paling membaik Papua Pegunungan (−2,82 poin), paling memburuk Papua Tengah (+0,55 poin)',
      ],
      [
        'map-status',
        '/?hal=peta&wilayah=75&warna=status&layar=1',
        'Gorontalo tidak sesuai jalur; dari 38 provinsi: 26 tidak sesuai jalur, 5 berisiko, 3 sesuai jalur, 4 tercapai',
      ],
      [
        'scorecard',
        '/?hal=rapor&wilayah=75&induk=ID&layar=1&grafik=scorecard',
        'Persentase Penduduk Miskin (P0): 26 dari 38 provinsi tidak sesuai jalur; terjauh dari target Papua Tengah 29,45%',
      ],
      [
        'trend-en',
        `/?hal=tren&wilayah=75&banding=${GORONTALO_WITH_KAB_KOTA}&layar=1&bahasa=en`,
        'Kabupaten Boalemo is furthest from target: 16.37% vs 4.50%; must fall 2.97 points a year, trend down 0.42',
      ],
    ];
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      for (const [name, path, expected] of views) {
        await page.goto(`${base}${path}`);
        try {
          await expect.poll(headline, { timeout: 20_000, message: `${name} at ${size.width}` }).toBe(expected);
        } catch (err) {
          await screenshot(page, `headline-${name}-${size.width}-failed`);
          throw err;
        }
        expect(await headlineLines(), name).toBeLessThanOrEqual(2);
        await screenshot(page, `headline-${name}-${size.width}`);
      }
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(pageErrors(page)).toEqual([]);
  });

  it('draws the scorecard of 38 provinces as a slide a room can read: 24 px at 1080p, the ends of the list and the chosen region', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${base}/?hal=rapor&wilayah=75&induk=ID&layar=1&grafik=scorecard`);
    const slide = page.locator('.stage-chart [data-testid="scorecard-slide"]');
    await expect.poll(() => slide.locator('tbody tr[data-code]').count()).toBe(12);
    // Indonesia, the five furthest from the P0 target, Gorontalo, the five nearest; the rows between are counted.
    const codes = await slide.locator('tbody tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(codes[0]).toBe('ID');
    expect(codes[1]).toBe('94'); // Papua Tengah, 29,45%
    expect(codes[6]).toBe('75');
    expect(codes[11]).toBe('51'); // Bali, 3,42%
    expect(await slide.locator('.scorecard-slide-omitted').allTextContents()).toEqual([
      '⋯ 3 wilayah lain tidak ditampilkan (lihat dasbor)',
      '⋯ 24 wilayah lain tidak ditampilkan (lihat dasbor)',
    ]);
    // Every word on the slide as drawn: its font size times the scale the stage fits the table with.
    const smallest = await slide.evaluate((root) => {
      const fit = root.closest<HTMLElement>('.slide-fit > div');
      const scale = Number(/scale\(([\d.]+)\)/.exec(fit?.style.transform ?? '')?.[1] ?? 1);
      const sizes = Array.from(root.querySelectorAll('*'))
        .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
        .map((el) => Number.parseFloat(getComputedStyle(el).fontSize) * scale);
      return Math.min(...sizes);
    });
    expect(smallest).toBeGreaterThanOrEqual(24);
    await screenshot(page, 'scorecard-slide-provinces-1920');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it("in a deck, a slide without the presenter's headline shows the computed one, on the stage and in the PPTX", async () => {
    await page.goto(`${base}/`);
    await signInAsAdmin(page);
    await addChart('/?hal=tren&wilayah=75', 'trend', DECK_TITLE, true);
    await addChart('/?hal=bandingkan&wilayah=75&induk=ID', 'compare-ranked', DECK_TITLE, false);
    const slides = page.locator('[data-testid="deck-slide"]');
    await expect.poll(() => slides.count()).toBe(2);
    await page.locator('[id^="headline-"]').nth(1).fill(PRESENTER_HEADLINE);
    await page.locator('#deck-rename').focus(); // saved when the field is left
    await expect.poll(() => page.locator('[id^="headline-"]').nth(1).inputValue()).toBe(PRESENTER_HEADLINE);

    await page.locator('[data-testid="present-deck"]').click();
    await expect.poll(() => page.locator('[data-testid="slide-counter"]').textContent()).toBe('Slide 1 dari 2');
    await expect.poll(headline).toBe(TREND_GORONTALO);
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.locator('[data-testid="slide-counter"]').textContent()).toBe('Slide 2 dari 2');
    await expect.poll(headline).toBe(PRESENTER_HEADLINE);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="deck-slides"]').count()).toBe(1);

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('[data-testid="export-pptx"]').click();
    const file = `${OUTPUT}deck.pptx`;
    await (await download).saveAs(file);
    const read = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' });
    // After the cover: the trend with its computed headline, the ranking with the presenter's.
    expect(read('ppt/slides/slide2.xml')).toContain(TREND_GORONTALO);
    const ranking = read('ppt/slides/slide3.xml');
    expect(ranking).toContain(PRESENTER_HEADLINE);
    expect(ranking).not.toContain('terburuk Papua Tengah');
    expect(pageErrors(page)).toEqual([]);
  });
});

/** Adds a page's chart to the deck with this title, created by the first call, and opens the deck. */
async function addChart(path: string, chartId: string, deckTitle: string, create: boolean) {
  await page.goto(`${base}${path}`);
  await page.locator(`[data-testid="add-to-deck-${chartId}"]`).click();
  const dialog = page.locator('[data-testid="add-to-deck"]');
  const choice = dialog.locator('#add-to-deck-choice');
  if (create) {
    await choice.selectOption('new');
    await dialog.locator('#add-to-deck-title').fill(deckTitle);
  } else {
    // Other test files' decks may be listed too: choose this one by its title.
    const option = choice.locator('option', { hasText: deckTitle });
    await expect.poll(() => option.count()).toBe(1);
    await choice.selectOption((await option.getAttribute('value'))!);
  }
  await dialog.getByRole('button', { name: 'Tambahkan', exact: true }).click();
  await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`Ditambahkan ke “${deckTitle}”`);
  await dialog.getByRole('link', { name: 'Buka presentasi' }).click();
}
