// Charts as files for slides and print: SVG and PNG at presentation resolution. Imported on demand (the
// download buttons, deck exports), so the SVG renderer stays out of the pages' first load.
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { currentExportLabel } from './csv';
// EChart registers the chart types and components every chart needs.
import { fitTitles } from './EChart';

use([SVGRenderer]);

export interface ChartImageSize {
  /** Pixels of the image (for a PNG: before `pixelRatio`). */
  width: number;
  height: number;
  /** How much larger than on the dashboard everything is drawn. */
  scale: number;
}

/**
 * 1920×1080, the chart laid out as on a 1120 px dashboard and drawn 12/7 larger: its 14 px labels become 24 px,
 * legible from the back of a room.
 */
export const PRESENTATION: ChartImageSize = { width: 1920, height: 1080, scale: 24 / 14 };

/** Presentation size for a chart that needs `naturalHeight` px on the dashboard: taller than 1080 when it must be. */
export function presentationSize(naturalHeight: number): ChartImageSize {
  const height = Math.max(PRESENTATION.height, Math.ceil(naturalHeight * PRESENTATION.scale));
  return { ...PRESENTATION, height };
}

function layout(size: ChartImageSize): { width: number; height: number } {
  return { width: Math.round(size.width / size.scale), height: Math.round(size.height / size.scale) };
}

function prepared(option: EChartsCoreOption, width: number): EChartsCoreOption {
  // A white ground: a transparent image on a dark slide or a projector's black loses its text.
  return withTrainingLabel({ ...fitTitles(option, width), animation: false, backgroundColor: '#ffffff' });
}

/** A picture of training data carries its label in its top right corner, wherever the picture goes. */
export function withTrainingLabel(option: EChartsCoreOption, label = currentExportLabel()): EChartsCoreOption {
  if (!label) return option;
  const titles = option.title === undefined ? [] : Array.isArray(option.title) ? option.title : [option.title];
  const badge = {
    text: label,
    right: 4,
    top: 2,
    z: 10,
    padding: [3, 6],
    backgroundColor: '#9b1c1c',
    textStyle: { color: '#ffffff', fontSize: 12, fontWeight: 'bold' },
  };
  return { ...option, title: [...titles, badge] };
}

/** The chart as an SVG document, drawn with ECharts' server-side SVG renderer (no DOM needed). */
export function chartSvg(option: EChartsCoreOption, size: ChartImageSize = PRESENTATION): string {
  const { width, height } = layout(size);
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(prepared(option, width));
    const svg = chart.renderToSVGString();
    // Drawn at the dashboard's layout size, shown at the image size: the viewBox scales text and lines alike.
    return svg.replace(/^<svg\b[^>]*>/, (root) => {
      const rest = root
        .replace(/\s(width|height|viewBox)="[^"]*"/g, '')
        .replace(/^<svg/, `<svg width="${size.width}" height="${size.height}" viewBox="0 0 ${width} ${height}"`);
      return rest;
    });
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG data URL at `pixelRatio` times the presentation size (3840×2160 by default). Browser only. */
export function chartPng(option: EChartsCoreOption, size: ChartImageSize = PRESENTATION, pixelRatio = 2): string {
  const { width, height } = layout(size);
  const ratio = size.scale * pixelRatio;
  const chart = init(document.createElement('div'), null, { renderer: 'canvas', width, height, devicePixelRatio: ratio });
  try {
    chart.setOption(prepared(option, width));
    return chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: '#ffffff' });
  } finally {
    chart.dispose();
  }
}
