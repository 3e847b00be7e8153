import type { EChartsCoreOption } from 'echarts/core';
import type PptxGenJS from 'pptxgenjs';
import type { CsvData } from '../../charts/ChartFrame';
import type { ChartLabels } from '../../charts/common';
import type { Lang } from '../../i18n/format';
import { translator } from '../../i18n/useI18n';
import { chartForPptx, type PptxChart, unitOf } from './chart-for-pptx';
import { fillSheetXml, styleChartXml } from './pptx-xml';
import { FONT_FACE, pptxgenChart } from './pptxgen-chart';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export interface DeckChart {
  option: EChartsCoreOption;
  labels: ChartLabels;
  csv: CsvData;
  /** The chart as a PNG data URL, for charts PowerPoint cannot draw (the tile map). */
  imagePng?: string;
}

/** A slide that is a picture only: a section of a page that is not a chart (the overview's cards, a scorecard). */
export interface DeckPicture {
  option: null;
  labels: ChartLabels;
  csv: CsvData;
  imagePng: string;
}

export interface DeckSlide {
  title: string;
  /** The sentence the slide says, e.g. "Kabupaten Boalemo paling jauh dari target: 16,37% vs 4,50%". */
  headline: string;
  /** Speaker notes. */
  notes: string;
  /** "Sumber: … · Periode: … · Rilis: …". */
  footer: string;
  chart: DeckChart | DeckPicture;
}

export interface Deck {
  title: string;
  lang: Lang;
  slides: DeckSlide[];
  /** Training data: this label goes on every slide, the cover too ("DATA LATIHAN — bukan data resmi"). */
  trainingLabel?: string | null;
}

export interface BuildDeckOptions {
  /** Draws a chart PowerPoint cannot draw as a PNG data URL when the slide brings none (default: chart-image). */
  renderPng?: (option: EChartsCoreOption) => Promise<string>;
}

// 16:9 at PowerPoint's widescreen size, in inches. Type sizes are for a projector: the headline at 24 pt or more,
// nothing under 14 pt.
const SLIDE = { w: 13.333, h: 7.5 };
const MARGIN = 0.5;
const WIDTH = SLIDE.w - 2 * MARGIN;
const INK = '111111';
const MUTED = '3D4550';
const BOX = {
  title: { x: MARGIN, y: 0.3, w: WIDTH, h: 0.7 },
  headline: { x: MARGIN, y: 1.0, w: WIDTH, h: 1.0 },
  chart: { x: MARGIN, y: 2.05, w: WIDTH, h: 4.2 },
  chartNotes: { x: MARGIN, y: 6.25, w: WIDTH, h: 0.4 },
  // A picture has no line of notes under it: it may take that room too.
  image: { x: MARGIN, y: 2.05, w: WIDTH, h: 4.6 },
  // Three lines of 14 pt: a source with its release date, the period and the target do not always fit in two.
  footer: { x: MARGIN, y: 6.68, w: WIDTH, h: 0.78 },
};

/** Alternative text with the values, so a reader of the file without the picture still gets the numbers. */
function altText(chart: DeckChart | DeckPicture): string {
  const rows = chart.csv.rows.slice(0, 60).map((r) => r.filter((c) => c !== null && c !== '').join(' '));
  return `${chart.labels.title}. ${chart.labels.subtitle}. ${rows.join('; ')}`.slice(0, 2000);
}

/** Width and height of a PNG data URL, from its header. */
export function pngSize(dataUrl: string): { width: number; height: number } {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1, dataUrl.indexOf(',') + 1 + 44);
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  if (view.getUint32(12) !== 0x49484452) throw new Error('Not a PNG image');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A box of the given aspect, as large as fits in `box`, centred. */
function fit(box: { x: number; y: number; w: number; h: number }, width: number, height: number) {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/** The training data label in a band at the slide's top edge, above the title, on every slide. */
function addTrainingLabel(slide: PptxGenJS.Slide, label: string) {
  slide.addText(label, {
    x: MARGIN,
    y: 0,
    w: WIDTH,
    h: 0.3,
    fontFace: FONT_FACE,
    fontSize: 16,
    bold: true,
    color: 'FFFFFF',
    fill: { color: '9B1C1C' },
    valign: 'middle',
  });
}

function addFooter(slide: PptxGenJS.Slide, text: string) {
  slide.addText(text, { ...BOX.footer, fontFace: FONT_FACE, fontSize: 14, color: MUTED, valign: 'top', fit: 'none' });
}

/**
 * The deck as a PowerPoint file (16:9): a title slide, then per slide its title, headline, the chart (native and
 * editable, its data in the file; a PNG where PowerPoint cannot draw it), the source footer, and the notes as
 * speaker notes. pptxgenjs is loaded here, on demand, so the dashboard's first load does not carry it.
 */
export async function buildDeckPptx(deck: Deck, options: BuildDeckOptions = {}): Promise<Uint8Array> {
  const [{ default: PptxGen }, { default: JSZip }] = await Promise.all([import('pptxgenjs'), import('jszip')]);
  const t = translator(deck.lang);
  const renderPng =
    options.renderPng ?? ((option: EChartsCoreOption) => import('../../charts/chart-image').then((m) => m.chartPng(option)));

  const pptx = new PptxGen();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = deck.title;

  if (deck.trainingLabel) pptx.subject = `${deck.trainingLabel} · ${deck.title}`;

  const cover = pptx.addSlide();
  if (deck.trainingLabel) addTrainingLabel(cover, deck.trainingLabel);
  cover.addText(deck.title, {
    x: MARGIN,
    y: 1.6,
    w: WIDTH,
    h: 1.8,
    fontFace: FONT_FACE,
    fontSize: 40,
    bold: true,
    color: INK,
    valign: 'bottom',
  });
  // The cover has no chart of its own: it names where every figure in the deck comes from.
  const footers = [...new Set(deck.slides.map((s) => s.footer).filter(Boolean))];
  if (footers.length) {
    cover.addText(
      [
        { text: t('pptxSources'), options: { bold: true, breakLine: true } },
        ...footers.map((f) => ({ text: f, options: { breakLine: true } })),
      ],
      { x: MARGIN, y: 3.8, w: WIDTH, h: 3.2, fontFace: FONT_FACE, fontSize: 14, color: MUTED, valign: 'top' },
    );
  }

  const charts: { slideNumber: number; chart: PptxChart }[] = [];
  for (const [i, s] of deck.slides.entries()) {
    const slide = pptx.addSlide();
    if (deck.trainingLabel) addTrainingLabel(slide, deck.trainingLabel);
    slide.addText(s.title, { ...BOX.title, fontFace: FONT_FACE, fontSize: 28, bold: true, color: INK, valign: 'top' });
    slide.addText(s.headline, { ...BOX.headline, fontFace: FONT_FACE, fontSize: 24, color: INK, valign: 'top' });
    const chart = s.chart.option ? chartForPptx(s.chart.option, { lang: deck.lang, unit: unitOf(s.chart.labels) }) : null;
    if (chart) {
      const { type, data, options: chartOptions } = pptxgenChart(chart, BOX.chart);
      slide.addChart(type as PptxGenJS.CHART_NAME, data, { ...chartOptions, altText: altText(s.chart) });
      charts.push({ slideNumber: i + 2, chart });
      if (chart.notes.length) {
        slide.addText(chart.notes.join(' · '), { ...BOX.chartNotes, fontFace: FONT_FACE, fontSize: 14, color: INK });
      }
    } else {
      const png = s.chart.imagePng ?? (s.chart.option ? await renderPng(s.chart.option) : null);
      if (!png) throw new Error(`Slide ${i + 1} has neither a chart nor a picture`);
      const size = pngSize(png);
      slide.addImage({ data: png, ...fit(BOX.image, size.width, size.height), altText: altText(s.chart) });
    }
    addFooter(slide, s.footer);
    if (s.notes) slide.addNotes(s.notes);
  }

  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(written);
  for (const { slideNumber, chart } of charts) {
    const rels = await zip.file(`ppt/slides/_rels/slide${slideNumber}.xml.rels`)?.async('string');
    const chartName = rels && /Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
    if (!chartName) throw new Error(`Slide ${slideNumber} has no chart part`);
    const chartPath = `ppt/charts/${chartName}`;
    zip.file(chartPath, styleChartXml(await zip.file(chartPath)!.async('string'), chart));
    const chartRels = await zip.file(`ppt/charts/_rels/${chartName}.rels`)?.async('string');
    const workbookName = chartRels && /Target="(?:\.\.|\/ppt)\/embeddings\/([^"]+\.xlsx)"/.exec(chartRels)?.[1];
    if (!workbookName) continue;
    const workbookPath = `ppt/embeddings/${workbookName}`;
    const workbook = await JSZip.loadAsync(await zip.file(workbookPath)!.async('uint8array'));
    const sheet = await workbook.file('xl/worksheets/sheet1.xml')?.async('string');
    if (!sheet) continue;
    workbook.file('xl/worksheets/sheet1.xml', fillSheetXml(sheet, chart));
    zip.file(workbookPath, await workbook.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: PPTX_MIME });
}
