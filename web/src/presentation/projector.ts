import type { EChartsCoreOption } from 'echarts/core';
import { luminance } from '../charts/palette';

/**
 * The same chart, drawn for a projector: text and lines grow with the stage so that the smallest text is at least
 * 24 px on a 1080-line screen (the dashboard's smallest chart text is 14 px), and lines stay visible from the back of
 * a ballroom. Colours are untouched: the status colours are chosen to stay apart on a washed-out projector
 * (see washedOut below and its test).
 */
export const PROJECTOR_MIN_FONT_AT_1080 = 24;
const DASHBOARD_MIN_FONT = 14;

/**
 * Text scale of a chart that lists one row per region (bars, arrows): as large as a projector wants, but every row
 * must fit — rows × a line of text, beside the titles and the axis. 38 provinces do not fit at 24 px on a 1080-line
 * stage: their slide is drawn smaller (never under 70 % of the dashboard's text), and its headline carries the
 * message; a province's kabupaten/kota (up to 38 in Jawa Timur, 6 in Gorontalo) mostly fit at full size.
 */
export function rowsScale(stageHeight: number, rows: number, chartHeight: number): number {
  // Titles, axis and footer take about 200 px of the dashboard's drawing; a row needs 1.45 lines of its text.
  const fit = chartHeight / (200 + rows * DASHBOARD_MIN_FONT * 1.45);
  return Math.max(0.7, Math.min(projectorScale(stageHeight), fit));
}

/** How much a chart's text grows on a stage `stageHeight` pixels high (1080 → 24/14). */
export function projectorScale(stageHeight: number): number {
  return (PROJECTOR_MIN_FONT_AT_1080 / DASHBOARD_MIN_FONT) * (stageHeight / 1080);
}

const SCALED_TEXT = new Set(['fontSize', 'lineHeight', 'itemGap', 'padding']);
/** Margins and positions in pixels: they hold the titles, axis labels and legends, which grow with the text. */
const SCALED_POSITIONS = new Set(['top', 'bottom', 'left', 'right', 'nameGap', 'margin']);
const SCALED_MARKS = new Set(['symbolSize', 'itemWidth', 'itemHeight', 'barMaxWidth', 'barMinHeight']);

/** Grows a number that belongs to text (fully) or to lines and marks (half as much: thick lines crowd a chart). */
function grow(key: string, value: number, scale: number): number {
  if (SCALED_TEXT.has(key) || SCALED_POSITIONS.has(key)) return Math.round(value * scale);
  if (SCALED_MARKS.has(key)) return Math.round(value * (1 + (scale - 1) / 2));
  return value;
}

function scaleNode(node: unknown, scale: number, parentKey: string): unknown {
  if (Array.isArray(node)) {
    // A padding or itemGap array ([top, right, bottom, left]) grows as a whole; data arrays are left alone.
    if (SCALED_TEXT.has(parentKey) && node.every((n) => typeof n === 'number')) {
      return node.map((n) => Math.round((n as number) * scale));
    }
    if (parentKey === 'data') return node.map((item) => (item && typeof item === 'object' ? scaleNode(item, scale, '') : item));
    return node.map((item) => scaleNode(item, scale, parentKey));
  }
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === 'number') {
      out[key] =
        key === 'width' && parentKey === 'lineStyle' ? Math.max(value, value * (1 + (scale - 1) / 2)) : grow(key, value, scale);
    } else if (typeof value === 'function') {
      out[key] = value;
    } else {
      out[key] = scaleNode(value, scale, key);
    }
  }
  return out;
}

/**
 * The option drawn on a stage `stageHeight` pixels high: text, lines and marks grown for the projector. The chart's
 * title (not its unit, period and source) is left to the stage, which shows it larger above the chart.
 */
export function projectorOption(
  option: EChartsCoreOption,
  stageHeight: number,
  chartWidth?: number,
  listing?: { rows: number; chartHeight: number },
): EChartsCoreOption {
  const scale = listing ? rowsScale(stageHeight, listing.rows, listing.chartHeight) : Math.max(1, projectorScale(stageHeight));
  const scaled = wrapFooter(scaleNode(withoutMainTitle(option), scale, '') as EChartsCoreOption, chartWidth);
  // Text drawn without a size of its own takes the chart's base size.
  const textStyle = (scaled.textStyle ?? {}) as Record<string, unknown>;
  if (typeof textStyle.fontSize === 'number') return scaled;
  return { ...scaled, textStyle: { ...textStyle, fontSize: Math.round(DASHBOARD_MIN_FONT * scale) } };
}

/**
 * The source line under the chart wraps within the chart instead of running off it (at projector size a long source
 * and its dates do not fit on one line); the plot moves up by a line to make room.
 */
function wrapFooter(option: EChartsCoreOption, chartWidth: number | undefined): EChartsCoreOption {
  const titles = option.title;
  if (!chartWidth || !Array.isArray(titles) || titles.length < 2) return option;
  const footer = titles[1] as { left?: number; textStyle?: { fontSize?: number } };
  const fontSize = footer.textStyle?.fontSize ?? 24;
  const width = chartWidth - 2 * (typeof footer.left === 'number' ? footer.left : 12);
  const grid = option.grid as { bottom?: number } | undefined;
  const extra = Math.round(fontSize * 1.25);
  // A legend placed from the bottom moves up with the plot, above the second line of the source.
  const lift = (legend: unknown) => {
    const l = legend as { bottom?: unknown } | null;
    return l && typeof l.bottom === 'number' ? { ...l, bottom: l.bottom + extra } : legend;
  };
  const legend =
    option.legend === undefined ? {} : { legend: Array.isArray(option.legend) ? option.legend.map(lift) : lift(option.legend) };
  return {
    ...legend,
    ...option,
    title: [
      titles[0],
      { ...footer, textStyle: { ...footer.textStyle, width, overflow: 'break', lineHeight: Math.round(fontSize * 1.25) } },
      ...titles.slice(2),
    ],
    ...(grid && typeof grid.bottom === 'number' && !Array.isArray(option.grid)
      ? { grid: { ...grid, bottom: grid.bottom + Math.round(fontSize * 1.25) } }
      : {}),
  };
}

function withoutMainTitle(option: EChartsCoreOption): EChartsCoreOption {
  const titles = option.title;
  if (!Array.isArray(titles) || titles.length === 0) return option;
  const [main, ...rest] = titles as Record<string, unknown>[];
  return { ...option, title: [{ ...main, text: '' }, ...rest] };
}

/**
 * A colour as a dim projector in a lit room shows it: its black is grey (ambient light on the screen) and its white
 * no brighter, so every contrast shrinks. `ambient` is the share of the white level the black level reaches.
 */
export function washedOut(hex: string, ambient = 0.2): number {
  return ambient + (1 - ambient) * luminance(hex);
}

/** Contrast ratio of two colours as the washed-out projector shows them (WCAG formula). */
export function projectedContrast(a: string, b: string, ambient = 0.2): number {
  const [hi, lo] = [washedOut(a, ambient), washedOut(b, ambient)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Hue in degrees of a #rrggbb colour. */
export function hue(hex: string): number {
  const [r, g, b] = [0, 1, 2].map((i) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === min) return 0;
  const d = max - min;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}
