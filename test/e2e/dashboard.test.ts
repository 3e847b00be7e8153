import { describe, expect, inject, it } from 'vitest';
import { chartOption, pageErrors, screenshot, useBrowser } from './browser.js';

const base = inject('baseUrl');
const browser = useBrowser();

interface BarOption {
  yAxis: { data: string[] };
  series: { data: { value: number | string; code: string }[]; markLine?: { data: { name: string; xAxis: number }[] } }[];
  title: { text: string; subtext: string }[];
}

describe('Compare regions', () => {
  it('ranks the kabupaten/kota of Gorontalo for P0 in 2025, with national, provincial and target lines', async () => {
    const page = await browser.open('/?hal=bandingkan&induk=75&wilayah=75.02&indikator=poverty_rate_p0');
    const option = await chartOption<BarOption>(page, 'compare-ranked');
    const bars = option.series[0]!.data;
    const values = bars.map((b) => b.value as number);
    expect(option.title[0]!.text).toContain('2025');
    expect(option.title[0]!.subtext).toContain('persen');
    // The kab/kota table's source gives no release date: the loaded date is labelled as such, the mirror as "diambil dari".
    expect(option.title[1]!.text).toMatch(
      /^Sumber: BPS — .* · Tanggal rilis tidak diketahui · dimuat \d+ \w+ \d{4} · bps\.go\.id\/… · diambil dari github\.com\/\w+\/…$/,
    );
    // Ranked: the lowest poverty (best) on top, the highest at the bottom.
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(option.yAxis.data[0]).toBe('Kota Gorontalo');
    expect(values[0]).toBe(5.31);
    // The chosen region (Boalemo) is marked by a ▶ as well as by colour.
    expect(option.yAxis.data[values.length - 1]).toBe('▶ Kabupaten Boalemo');
    expect(values[values.length - 1]).toBe(16.37);
    const lines = Object.fromEntries(option.series[0]!.markLine!.data.map((l) => [l.name, l.xAxis]));
    expect(lines).toEqual({ national: 8.47, parent: 13.24, target: 4.5 });
    expect(await page.locator('[data-testid="compare-summary"]').textContent()).toContain('Target nasional RPJMN 2029: 4,50%');
    await screenshot(page, 'compare');

    // The table view shows the same numbers, in Indonesian format.
    await page.getByRole('button', { name: 'Tabel', exact: true }).click();
    const rows = page.locator('[data-testid="compare-table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(6);
    expect(await rows.first().locator('th').textContent()).toBe('Kota Gorontalo');
    expect(await rows.first().locator('td.value').textContent()).toBe('5,31');
    expect(await rows.last().locator('th').textContent()).toBe('▶ Kabupaten Boalemo');
    expect(await rows.last().locator('td.value').textContent()).toBe('16,37');
    await screenshot(page, 'compare-table');

    // English, then the same link in a new page opens the same view.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('#compare-heading').textContent()).toBe('Compare regions');
    expect(await page.locator('[data-testid="compare-table"] thead').textContent()).toContain('Rank');
    const url = page.url();
    expect(url).toContain('bahasa=en');
    expect(url).toContain('tampilan=tabel');
    const copy = await browser.newPage();
    await copy.goto(url);
    await expect.poll(() => copy.locator('#compare-heading').textContent()).toBe('Compare regions');
    expect(await copy.locator('[data-testid="compare-table"] tbody tr').first().locator('td.value').textContent()).toBe('5.31');

    // Back and forward.
    await page.goBack();
    await expect.poll(() => page.locator('#compare-heading').textContent()).toBe('Perbandingan wilayah');
    await page.goBack();
    await page.waitForFunction(() => Boolean(window.__charts?.['compare-ranked']));
    expect(page.url()).not.toContain('tampilan=tabel');
    await page.goForward();
    await expect.poll(() => page.locator('[data-testid="compare-table"]').count()).toBe(1);
    await page.goForward();
    await expect.poll(() => page.locator('#compare-heading').textContent()).toBe('Compare regions');
    expect(pageErrors(page)).toEqual([]);
    await copy.context().close();
    await page.context().close();
  });

  it('opens a province on its kabupaten/kota, as Rapor target does, and switches to the provinces', async () => {
    const page = await browser.open('/?hal=bandingkan&wilayah=75&indikator=poverty_rate_p0');
    const kabKota = await chartOption<BarOption>(page, 'compare-ranked');
    expect(kabKota.yAxis.data).toHaveLength(6);
    expect(kabKota.title[0]!.text).toContain('kabupaten/kota di Gorontalo');
    const peers = page.getByRole('group', { name: 'Bandingkan' });
    expect(await peers.getByRole('button', { pressed: true }).textContent()).toBe('Kabupaten/kota di Provinsi Gorontalo');
    await peers.getByRole('button', { name: 'Semua provinsi' }).click();
    await expect.poll(async () => (await chartOption<BarOption>(page, 'compare-ranked')).yAxis.data.length).toBe(38);
    expect(page.url()).toContain('induk=ID');
    expect((await chartOption<BarOption>(page, 'compare-ranked')).yAxis.data).toContain('▶ Gorontalo');
    await page.context().close();
  });

  it('draws the change between two periods as one row per province, marking Papua’s series break', async () => {
    const page = await browser.open(
      '/?hal=bandingkan&induk=ID&indikator=poverty_rate_p0&periode=2025-03&dari=2023-03&tampilan=perubahan&wilayah=91',
    );
    type Arrow = { code: string; kind: string; value: [number, number | string, number | string] };
    const option = await chartOption<{ series: { id: string; data: Arrow[] }[]; yAxis: { data: string[] }[] }>(
      page,
      'compare-slope',
    );
    const arrows = option.series.find((s) => s.id === 'arrows')!.data;
    expect(arrows).toHaveLength(38);
    const papua = arrows.find((a) => a.code === '91')!;
    expect(papua.value.slice(1)).toEqual([26.03, 19.16]);
    expect(papua.kind).toBe('notComparable');
    const gorontalo = arrows.find((a) => a.code === '75')!;
    expect(gorontalo.value.slice(1)).toEqual([15.15, 13.24]);
    expect(gorontalo.kind).toBe('improved');
    // Every province has its own row, names on the left and its numbers on the right.
    const [names, values] = option.yAxis;
    expect(names!.data[gorontalo.value[0]]).toBe('Gorontalo');
    expect(values!.data[gorontalo.value[0]]).toBe('15,15% → 13,24%  {improved|−1,91}');
    expect(names!.data[papua.value[0]]).toBe('▶ Papua');
    await screenshot(page, 'compare-slope');
    await page.context().close();
  });
});

describe('Overview', () => {
  it('shows a card per key indicator for a kabupaten from one GraphQL operation', async () => {
    const page = await browser.newPage();
    const operations: string[] = [];
    page.on('request', (req) => {
      const body = req.postData();
      const m = body && /"operationName":"(\w+)"/.exec(body);
      if (req.url().endsWith('/graphql') && m) operations.push(m[1]!);
    });
    await page.goto(`${base}/?wilayah=75.02`);
    const p0 = page.locator('[data-indicator="poverty_rate_p0"]');
    await expect.poll(() => p0.locator('[data-testid="card-value"]').textContent()).toBe('16,37%');
    const text = await p0.textContent();
    expect(text).toContain('2025');
    expect(text).toContain('−1,46 poin persen sejak 2024');
    expect(text).toContain('Target nasional RPJMN 2029: 4,50%');
    expect(text).toContain('Peringkat 6 dari 6 kabupaten/kota');
    expect(text).toMatch(/Tanggal rilis tidak diketahui · dimuat \d+ \w+ \d{4}/);
    expect(await page.locator('[data-indicator="poor_population"] [data-testid="card-value"]').textContent()).toBe(
      '29,40 ribu jiwa',
    );
    // A kab/kota has no Gini or TPT: shown as missing, not zero.
    expect(await page.locator('[data-indicator="gini_ratio"]').textContent()).toContain('Belum ada data');
    expect(await page.locator('[data-indicator="open_unemployment_rate_tpt"]').textContent()).toContain('Belum ada data');
    expect(operations.filter((o) => o === 'Overview')).toHaveLength(1);
    expect(await page.locator('[data-testid="current-region"]').textContent()).toBe('Kabupaten Boalemo');
    await screenshot(page, 'overview');

    // The region search accepts codes (BPS 7501 is Boalemo; Kemendagri 75.71 is Kota Gorontalo).
    await page.locator('#region-search').fill('7501');
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Kabupaten Boalemo');
    await page.locator('#region-search').fill('75.71');
    await page.getByRole('option', { name: /Kota Gorontalo/ }).click();
    await expect.poll(() => page.locator('[data-testid="current-region"]').textContent()).toBe('Kota Gorontalo');
    await expect.poll(() => p0.locator('[data-testid="card-value"]').textContent()).toBe('5,31%');
    await page.goBack();
    await expect.poll(() => page.locator('[data-testid="current-region"]').textContent()).toBe('Kabupaten Boalemo');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a province with its rank among provinces', async () => {
    const page = await browser.open('/?wilayah=75');
    const p0 = page.locator('[data-indicator="poverty_rate_p0"]');
    await expect.poll(() => p0.locator('[data-testid="card-value"]').textContent()).toBe('12,62%');
    expect(await p0.textContent()).toContain('Peringkat 30 dari 38 provinsi');
    expect(await page.locator('[data-indicator="gini_ratio"] [data-testid="card-value"]').textContent()).toBe('0,413');
    await screenshot(page, 'overview-province');
    await page.context().close();
  });
});

describe('Trend and target', () => {
  it('breaks Papua’s line at the 2022 split and draws the path to the RPJMN target', async () => {
    const page = await browser.open('/?hal=tren&wilayah=91&indikator=poverty_rate_p0');
    type Series = { id: string; name: string; data: { value: [number, number] }[]; markLine?: { data: { xAxis: number }[] } };
    const option = await chartOption<{ series: Series[]; title: { subtext: string }[] }>(page, 'trend');
    // Papua has no RPJMN target of its own: every label says the target is the national one.
    expect(option.title[0]!.subtext).toContain('Target nasional RPJMN 2029: 4,50%');
    const papua = option.series.filter((s) => s.id.startsWith('line-91-'));
    // Before the split (to March 2023), after it (from March 2024): never one line.
    expect(papua).toHaveLength(2);
    expect(papua[0]!.data.at(-1)!.value[1]).toBe(26.03);
    expect(papua[1]!.data[0]!.value[1]).toBe(17.26);
    const target = option.series.find((s) => s.id === 'target')!;
    expect(target.data[0]!.value[1]).toBe(4.5);
    expect((target as Series & { label: { formatter: string } }).label.formatter).toBe('Target nasional RPJMN 2029: 4,50%');
    expect(Math.floor(target.data[0]!.value[0])).toBe(2029);
    expect(option.series.find((s) => s.id === 'breaks')!.markLine!.data.length).toBeGreaterThan(0);
    expect(option.series.some((s) => s.id === 'projection')).toBe(true);
    const table = page.locator('[data-testid="trend-progress"]');
    await expect.poll(() => table.textContent()).toContain('Papua');
    expect(await table.textContent()).toContain('4,50%Target nasional RPJMN 2029');
    await screenshot(page, 'trend');
    await page.context().close();
  });
  it('shows the target without scrolling at 1280×720, and a province’s kabupaten/kota in one click', async () => {
    const page = await browser.open('/?hal=tren&wilayah=75.02&indikator=poverty_rate_p0', {
      viewport: { width: 1280, height: 720 },
    });
    type Series = { id: string; name: string; color: string; data: { value: [number, number] }[] };
    let option = await chartOption<{ series: Series[]; legend: { data: string[] } }>(page, 'trend');
    expect(option.series.find((s) => s.id === 'target')!.data[0]!.value[1]).toBe(4.5);
    // The whole chart, down to its axis and legend, ends inside the first screen.
    const box = (await page.locator('[data-chart-id="trend"]').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await screenshot(page, 'trend-1280x720');

    await page.getByTestId('trend-add-all').click();
    await expect.poll(() => page.url()).toContain('banding=75.02%2C75%2CID%2C75.01%2C75.03%2C75.04%2C75.05%2C75.71');
    await expect
      .poll(async () => (await chartOption<{ legend: { data: string[] } }>(page, 'trend')).legend.data)
      .toContain('5 kabupaten/kota lain');
    option = await chartOption(page, 'trend');
    const greys = option.series.filter((s) => s.name === '5 kabupaten/kota lain' && s.id.startsWith('line-'));
    expect(new Set(greys.map((s) => s.id.split('-')[1]))).toEqual(new Set(['75.01', '75.03', '75.04', '75.05', '75.71']));
    expect(option.legend.data).toContain('Kabupaten Boalemo');
    expect(await page.locator('[data-testid="trend-progress"] tbody tr').count()).toBe(8);
    const after = (await page.locator('[data-chart-id="trend"]').boundingBox())!;
    expect(after.y + after.height).toBeLessThanOrEqual(720);
    await screenshot(page, 'trend-1280x720-kabupaten-kota');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('Target scorecard', () => {
  it('colours provinces by RPJMN status with words, and a cell opens the trend', async () => {
    const page = await browser.open('/?hal=rapor');
    const bali = page.locator('[data-testid="scorecard"] tr[data-code="51"] td').first();
    await expect.poll(() => bali.textContent()).toContain('Tercapai');
    expect(await bali.textContent()).toContain('3,42%');
    expect(await page.locator('[data-testid="scorecard"] tr[data-code="75"] td').first().textContent()).toContain(
      'Tidak sesuai jalur',
    );
    // Provinces are scored against the national target, and the column header says so.
    expect(await page.locator('[data-testid="scorecard"] thead').textContent()).toContain('Target nasional RPJMN 2029: 4,50%');
    await screenshot(page, 'scorecard');
    await bali.getByRole('button').click();
    await chartOption(page, 'trend');
    expect(page.url()).toContain('hal=tren');
    expect(page.url()).toContain('wilayah=51');
    expect(page.url()).toContain('indikator=poverty_rate_p0');
    await page.context().close();
  });
});

describe('Map', () => {
  it('places the 38 provinces as tiles and opens a province from its tile', async () => {
    const page = await browser.open('/?hal=peta&indikator=poverty_rate_p0');
    type Tiles = {
      series: { id: string; data: { value: [number, number]; code: string }[] }[];
      grid: { left: number; right: number; top: number; bottom: number };
      xAxis: { min: number; max: number };
      yAxis: { min: number; max: number };
    };
    const option = await chartOption<Tiles>(page, 'map');
    const tiles = option.series.find((s) => s.id === 'tiles')!.data;
    expect(tiles).toHaveLength(38);
    await screenshot(page, 'map');

    // Click the Gorontalo tile where the chart draws it.
    const gorontalo = tiles.find((t) => t.code === '75')!;
    const box = (await page.locator('[data-chart-id="map"]').boundingBox())!;
    const { grid, xAxis, yAxis } = option;
    const width = box.width - grid.left - grid.right;
    const height = box.height - grid.top - grid.bottom;
    const x = box.x + grid.left + ((gorontalo.value[0] - xAxis.min) / (xAxis.max - xAxis.min)) * width;
    const y = box.y + grid.top + ((gorontalo.value[1] - yAxis.min) / (yAxis.max - yAxis.min)) * height;
    await page.mouse.click(x, y);
    await expect.poll(() => page.locator('#overview-heading').textContent()).toBe('Ringkasan Gorontalo');
    expect(page.url()).toContain('wilayah=75');

    // Coloured by status, each tile also carries the status symbol.
    await page.goto(`${base}/?hal=peta&warna=status`);
    const status = await chartOption<{ title: { text: string }[] }>(page, 'map');
    expect(status.title[0]!.text).toContain('RPJMN');
    await screenshot(page, 'map-status');
    await page.context().close();
  });
});
