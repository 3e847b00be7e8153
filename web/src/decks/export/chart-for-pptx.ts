import type { EChartsCoreOption } from 'echarts/core';
import type { ChartLabels } from '../../charts/common';
import { periodX } from '../../charts/periods';
import { formatPeriod, formatPeriodShort, type Lang } from '../../i18n/format';
import { translator } from '../../i18n/useI18n';
import { axisDecimals, numberFormatFor, valueDecimals } from './number-format';

// A native PowerPoint chart carries its data (an embedded workbook) and stays editable; this turns the option a
// dashboard chart is drawn from into one, or says (null) that PowerPoint cannot draw it and an image must stand in.

export type PptxLineDash = 'solid' | 'dash' | 'sysDot';
export type PptxMarker = 'circle' | 'square' | 'triangle' | 'diamond' | 'none';

export interface PptxLineStyle {
  dash: PptxLineDash;
  /** Points; 0 draws the markers only. */
  width: number;
  marker: PptxMarker;
  markerSize: number;
}

export interface PptxSeries {
  name: string;
  /** One per category; null where there is no value (a gap, never a zero). */
  values: (number | null)[];
  /** RRGGBB, as pptxgenjs wants it. */
  colour: string;
  /** Line charts only. */
  line?: PptxLineStyle;
}

export interface PptxChart {
  /** pptxgenjs chart type. */
  type: 'line' | 'bar';
  /** Bars: horizontal ('bar') or columns ('col'). */
  barDirection: 'bar' | 'col' | null;
  categories: string[];
  series: PptxSeries[];
  /** A one-series bar chart whose bars differ in colour (the chosen region): RRGGBB per category. */
  pointColours: string[] | null;
  /** Excel number format of the values, e.g. `[$-421]#,##0.00"%"` (Indonesian: 8,47%). */
  numberFormat: string;
  /** Number format of the value axis: fewer decimals where the steps are whole (0%, 5%, 10%). */
  axisNumberFormat: string;
  valueAxisTitle: string | null;
  categoryAxisTitle: string | null;
  /** Categories in reverse (PowerPoint's "maxMin"): ranked bars read from rank 1 at the top, as on the dashboard. */
  reverseCategories: boolean;
  showValues: boolean;
  showLegend: boolean;
  /**
   * What the dashboard draws that this PowerPoint chart cannot: national, provincial and target lines across bars,
   * series breaks. Written in a line under the chart, so nothing is lost.
   */
  notes: string[];
}

export interface PptxChartContext {
  lang: Lang;
  /** The unit as the chart's subtitle names it: "persen (%)", "rupiah", "ribu jiwa". */
  unit: string | null;
}

/** The unit a chart's subtitle starts with ("persen (%) · Maret 2025 · …" → "persen (%)"). */
export function unitOf(labels: Pick<ChartLabels, 'subtitle'>): string | null {
  const unit = labels.subtitle.split(' · ')[0]?.trim();
  return unit ? unit : null;
}

type Item = number | string | null | undefined | { value?: unknown; missing?: boolean; itemStyle?: { color?: unknown } };
interface Series {
  id?: string;
  type?: string;
  name?: string;
  code?: string;
  color?: unknown;
  symbol?: string;
  lineStyle?: { width?: number; type?: unknown };
  data?: Item[];
  label?: { show?: boolean; formatter?: unknown };
  endLabel?: { formatter?: unknown };
  markLine?: { data?: { name?: string; label?: { formatter?: unknown } }[]; label?: { formatter?: unknown } };
  markArea?: { label?: { formatter?: unknown } };
}
interface Axis {
  type?: string;
  data?: unknown[];
  inverse?: boolean;
}

/** The PowerPoint chart for an option, or null when PowerPoint cannot draw it natively (place the PNG instead). */
export function chartForPptx(option: EChartsCoreOption, context: PptxChartContext): PptxChart | null {
  const series = (Array.isArray(option.series) ? option.series : [option.series]).filter(Boolean) as Series[];
  if (!series.length) return null;
  // Custom series (the tile map, the arrows of the change between two periods) have no PowerPoint counterpart.
  if (series.some((s) => s.type !== 'bar' && s.type !== 'line')) return null;
  const xAxis = single(option.xAxis);
  const yAxis = single(option.yAxis);
  if (!xAxis || !yAxis) return null;
  if (series.every((s) => s.type === 'bar')) return barChart(series, xAxis, yAxis, context);
  // A line chart over time on a value axis: the trend, with its target path and projection.
  if (series.every((s) => s.type === 'line') && xAxis.type === 'value') return trendChart(series, context);
  // Lines over categories (a slope chart): the region of each line would be named only inside its label formatter,
  // and PowerPoint can neither label line ends nor group a legend by "improved/worsened": the image says it better.
  return null;
}

function single(axis: unknown): Axis | null {
  if (Array.isArray(axis)) return axis.length === 1 ? (axis[0] as Axis) : null;
  return (axis as Axis | undefined) ?? null;
}

/** #rrggbb, #rgb or rgb(a)(…) as RRGGBB; null for transparent or unknown colours. */
export function hexColour(colour: unknown): string | null {
  if (typeof colour !== 'string') return null;
  const c = colour.trim();
  let m = /^#([0-9a-f]{6})$/i.exec(c);
  if (m) return m[1]!.toUpperCase();
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c);
  if (m) return `${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toUpperCase();
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(c);
  if (m && (m[4] === undefined || Number(m[4]) > 0)) {
    return [m[1], m[2], m[3]]
      .map((v) => Number(v).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  }
  return null;
}

function itemValue(item: Item): number | null {
  if (item === null || item === undefined) return null;
  if (typeof item === 'number') return Number.isFinite(item) ? item : null;
  if (typeof item === 'string') return null; // '-' is ECharts' "no value"
  if (item.missing) return null; // drawn as an empty bar with "belum ada data": never a zero
  return typeof item.value === 'number' && Number.isFinite(item.value) ? item.value : null;
}

function itemColour(item: Item): string | null {
  return item && typeof item === 'object' ? hexColour(item.itemStyle?.color) : null;
}

/** Text of a line's label, without the symbol that tells line styles apart in the dashboard ("┆ Nasional …"). */
function labelText(formatter: unknown): string | null {
  if (typeof formatter !== 'string') return null;
  const text = formatter.replace(/^[^\p{L}\p{N}]+/u, '').trim();
  return text || null;
}

function barChart(series: Series[], xAxis: Axis, yAxis: Axis, context: PptxChartContext): PptxChart | null {
  const horizontal = yAxis.type === 'category';
  const categoryAxis = horizontal ? yAxis : xAxis;
  if (categoryAxis.type !== 'category' || !Array.isArray(categoryAxis.data)) return null;
  const categories = categoryAxis.data.map((c) =>
    String(c && typeof c === 'object' && 'value' in c ? (c as { value: unknown }).value : c),
  );
  const out: PptxSeries[] = series.map((s, i) => ({
    name: s.name ?? context.unit ?? `${i + 1}`,
    values: categories.map((_, j) => itemValue(s.data?.[j])),
    colour: hexColour(s.color) ?? itemColour(s.data?.find((d) => itemColour(d)) ?? null) ?? '0072B2',
  }));
  let pointColours: string[] | null = null;
  if (series.length === 1) {
    const colours = categories.map((_, j) => itemColour(series[0]!.data?.[j]) ?? out[0]!.colour);
    if (new Set(colours).size > 1) pointColours = colours;
  }
  const notes: string[] = [];
  for (const s of series) {
    for (const line of s.markLine?.data ?? []) {
      const text = labelText(line.label?.formatter ?? s.markLine?.label?.formatter);
      if (text) notes.push(text);
    }
    const area = labelText(s.markArea?.label?.formatter);
    if (area) notes.push(area);
  }
  const values = out.flatMap((s) => s.values);
  return {
    type: 'bar',
    barDirection: horizontal ? 'bar' : 'col',
    categories,
    series: out,
    pointColours,
    numberFormat: numberFormatFor(values, context.unit, context.lang),
    axisNumberFormat: numberFormatFor(values, context.unit, context.lang, axisDecimals(values)),
    valueAxisTitle: context.unit,
    categoryAxisTitle: null,
    reverseCategories: Boolean(categoryAxis.inverse),
    showValues: series.some((s) => s.label?.show),
    showLegend: series.length > 1,
    notes,
  };
}

const MARKERS: Record<string, PptxMarker> = {
  circle: 'circle',
  emptyCircle: 'circle',
  rect: 'square',
  roundRect: 'square',
  triangle: 'triangle',
  diamond: 'diamond',
  none: 'none',
};

type Point = [x: number, y: number];

function points(s: Series | undefined): Point[] {
  return (s?.data ?? []).flatMap((d) => {
    const v = Array.isArray(d) ? d : d && typeof d === 'object' && Array.isArray(d.value) ? d.value : null;
    return v && typeof v[0] === 'number' && typeof v[1] === 'number' ? [[v[0], v[1]] as Point] : [];
  });
}

function periodsOf(s: Series): string[] {
  return (s.data ?? []).map((d) => (d && typeof d === 'object' && 'period' in d ? String(d.period) : ''));
}

/** Every round from the first to the last position, so that time runs evenly and a missing round is a gap. */
function timeline(periods: readonly string[], xs: readonly number[]): string[] {
  const months = [...new Set(periods.map((p) => Number(p.split('-')[1] ?? 0)))].sort((a, b) => a - b);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const out: string[] = [];
  for (let year = Math.floor(min); year <= Math.floor(max); year++) {
    for (const month of months) {
      const period = month ? `${year}-${String(month).padStart(2, '0')}` : String(year);
      const x = periodX(period);
      if (x >= min - 1e-6 && x <= max + 1e-6) out.push(period);
    }
  }
  return out;
}

function trendChart(series: Series[], context: PptxChartContext): PptxChart | null {
  const t = translator(context.lang);
  const byId = (id: string) => series.find((s) => s.id === id);
  const regions = series.filter((s) => s.id?.startsWith('line-'));
  if (!regions.length) return null;
  const regionPeriods = regions.flatMap(periodsOf).filter(Boolean);
  const target = byId('target');
  const projection = byId('projection');
  const xs = [...regions, target, projection, byId('target-path')].flatMap((s) => points(s).map((p) => p[0]));
  const periods = timeline(regionPeriods, xs);
  const positions = periods.map(periodX);
  const indexOf = (x: number) => positions.findIndex((p) => Math.abs(p - x) < 0.02);
  const empty = () => periods.map((): number | null => null);
  const observed = regions.flatMap((s) => points(s).map((p) => p[1]));
  const decimals = valueDecimals(observed);
  const round = (v: number) => Number(v.toFixed(decimals));
  // A straight line between two points, at every round it passes: PowerPoint draws lines through categories.
  const path = (from: Point, to: Point) => {
    const values = empty();
    positions.forEach((x, i) => {
      if (x >= from[0] - 1e-6 && x <= to[0] + 1e-6) {
        values[i] = round(from[1] + ((to[1] - from[1]) * (x - from[0])) / (to[0] - from[0] || 1));
      }
    });
    return values;
  };

  const breaks = byId('breaks');
  const breakPeriods = new Set((breaks?.markLine?.data ?? []).map((m) => m.name ?? ''));
  const out: PptxSeries[] = [];
  const regionCodes = [...new Set(regions.map((s) => s.code ?? s.name ?? ''))];
  for (const code of regionCodes) {
    const segments = regions.filter((s) => (s.code ?? s.name ?? '') === code);
    const first = segments[0]!;
    const line: PptxLineStyle = {
      dash: 'solid',
      width: Math.max(1.5, (first.lineStyle?.width ?? 3) * 0.75),
      marker: MARKERS[first.symbol ?? 'circle'] ?? 'circle',
      markerSize: 7,
    };
    const colour = hexColour(first.color) ?? '0072B2';
    let current: PptxSeries = { name: first.name ?? code, values: empty(), colour, line };
    out.push(current);
    segments.forEach((segment, j) => {
      const start = periodsOf(segment)[0] ?? '';
      // Values on either side of a series break are not comparable: each side is its own series.
      if (j > 0 && breakPeriods.has(start)) {
        const name = t('pptxAfterBreak', { name: first.name ?? code, period: formatPeriod(start, context.lang) });
        current = { name, values: empty(), colour, line };
        out.push(current);
      }
      for (const [x, y] of points(segment)) {
        const i = indexOf(x);
        if (i >= 0) current.values[i] = y;
      }
    });
  }

  const green = hexColour(target?.color) ?? '009E73';
  const pathLine: PptxLineStyle = { dash: 'dash', width: 2.25, marker: 'none', markerSize: 2 };
  const targetPoint: PptxLineStyle = { dash: 'solid', width: 0, marker: 'diamond', markerSize: 12 };
  const targetPath = byId('target-path');
  if (targetPath) {
    const [from, to] = points(targetPath);
    if (from && to) out.push({ name: t('pathToTarget'), values: path(from, to), colour: green, line: pathLine });
  }
  const lower = points(byId('target-band-lower'));
  const width = points(byId('target-band-width'));
  if (lower.length === 2 && width.length === 2) {
    const upper = lower.map(([x, y], i) => [x, y + width[i]![1]] as Point);
    out.push({
      name: `${t('pathToTarget')} (${t('pptxLowerBound')})`,
      values: path(lower[0]!, lower[1]!),
      colour: green,
      line: pathLine,
    });
    out.push({
      name: `${t('pathToTarget')} (${t('pptxUpperBound')})`,
      values: path(upper[0]!, upper[1]!),
      colour: green,
      line: pathLine,
    });
  }
  if (target) {
    const label = labelText(target.label?.formatter) ?? labelText(target.endLabel?.formatter) ?? target.name ?? t('target');
    const marks = points(target);
    marks.forEach(([x, y], k) => {
      const values = empty();
      const i = indexOf(x);
      if (i < 0) return;
      values[i] = y;
      const name = marks.length === 2 ? `${label} (${t(k === 0 ? 'pptxLowerBound' : 'pptxUpperBound')})` : label;
      out.push({ name, values, colour: green, line: targetPoint });
    });
  }
  if (projection) {
    const [from, to] = points(projection);
    if (from && to) {
      out.push({
        name: labelText(projection.endLabel?.formatter) ?? projection.name ?? t('projection'),
        values: path(from, to),
        colour: hexColour(projection.color) ?? out[0]!.colour,
        line: { dash: 'sysDot', width: 2.25, marker: 'none', markerSize: 2 },
      });
    }
  }
  const notes = breakPeriods.size
    ? [`${breaks?.name ?? t('seriesBreak')}: ${[...breakPeriods].map((p) => formatPeriod(p, context.lang)).join(', ')}`]
    : [];
  return {
    type: 'line',
    barDirection: null,
    categories: periods.map((p) => formatPeriodShort(p, context.lang)),
    series: out,
    pointColours: null,
    numberFormat: numberFormatFor(observed, context.unit, context.lang),
    axisNumberFormat: numberFormatFor(observed, context.unit, context.lang, axisDecimals(observed)),
    valueAxisTitle: context.unit,
    categoryAxisTitle: t('period'),
    reverseCategories: false,
    showValues: false,
    showLegend: true,
    notes,
  };
}
