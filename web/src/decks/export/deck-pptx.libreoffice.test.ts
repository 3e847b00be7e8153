// The deck opened by another program than the one that wrote it: LibreOffice Impress (Debian's package, headless)
// converts the PPTX to PDF, poppler renders the pages to PNG under test/output/pptx/ to be looked at.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartSvg } from '../../charts/chart-image';
import { gorontaloDeck, tileMapChart } from './deck-fixtures';
import { buildDeckPptx } from './deck-pptx';

const run = promisify(execFile);
const OUT = new URL('../../../../test/output/pptx/', import.meta.url).pathname;
const tools = ['soffice', 'pdftoppm', 'pdftotext', 'pdfinfo'];
const missing = tools.filter((tool) => !['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(join(dir, tool))));
// CI installs them (.ci/run); elsewhere the test says what is missing instead of failing on it.
const skip = missing.length > 0 && process.env.CI !== 'true';
if (skip)
  console.warn(
    `LibreOffice test skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-impress-nogui poppler-utils)`,
  );

/** A profile folder of its own, so a running LibreOffice (or another test) does not hold the conversion up. */
const profile = join(tmpdir(), `kesra-lo-${process.pid}`);
const soffice = (args: string[]) =>
  run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { timeout: 120_000 });

describe.skipIf(skip)('the deck in LibreOffice Impress', () => {
  const timings: Record<string, number> = {};
  let deck: ReturnType<typeof gorontaloDeck>;
  let text: string;
  let pages: number;

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    // The tile map as the picture a browser would make: its SVG, rasterised by LibreOffice here.
    const svgPath = join(OUT, 'tile-map.svg');
    writeFileSync(svgPath, chartSvg(tileMapChart().option));
    let started = performance.now();
    await soffice(['--convert-to', 'png', '--outdir', OUT, svgPath]);
    timings.svgToPng = performance.now() - started;
    deck = gorontaloDeck(`data:image/png;base64,${readFileSync(join(OUT, 'tile-map.png')).toString('base64')}`);

    const pptxPath = join(OUT, 'deck.pptx');
    writeFileSync(pptxPath, await buildDeckPptx(deck));
    started = performance.now();
    await soffice(['--convert-to', 'pdf', '--outdir', OUT, pptxPath]);
    timings.pptxToPdf = performance.now() - started;
    const pdf = join(OUT, 'deck.pdf');
    pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [pdf])).stdout)?.[1]);
    text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
    started = performance.now();
    await run('pdftoppm', ['-png', '-r', '96', pdf, join(OUT, 'slide')]);
    timings.pdfToPng = performance.now() - started;
    console.info(
      `LibreOffice: SVG→PNG ${(timings.svgToPng / 1000).toFixed(1)} s, PPTX→PDF ${(timings.pptxToPdf / 1000).toFixed(1)} s, ` +
        `PDF→PNG ${(timings.pdfToPng / 1000).toFixed(1)} s; pages in ${OUT}`,
    );
  }, 300_000);
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('converts to a PDF with one page per slide (the title slide and three charts)', () => {
    expect(pages).toBe(deck.slides.length + 1);
    expect(readdirSync(OUT).filter((f) => /^slide-\d+\.png$/.test(f))).toHaveLength(deck.slides.length + 1);
  });
  it('shows the footer, the headlines and the charts’ values', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Sumber: BPS, Persentase Penduduk Miskin (P0) · Periode: September 2025');
    expect(flat).toContain('Kabupaten Boalemo paling jauh dari target');
    // Data labels of the bar chart and axis steps, written the Indonesian way.
    expect(flat).toContain('16,37%');
    expect(flat).toContain('Kota Gorontalo');
    expect(flat).toMatch(/\b18% /);
    // The trend chart's legend: regions, the path to the target and the target.
    expect(flat).toContain('Jalur ke target');
    expect(flat).toContain('Target nasional RPJMN 2029: 4,50%');
  });
});
