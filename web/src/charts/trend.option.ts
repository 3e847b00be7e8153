import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatPeriod, type Lang } from '../i18n/format';
import { BASE_TEXT, type ChartLabels, chartTitles, escapeHtml, FOOTER_HEIGHT, MIN_FONT, TITLE_HEIGHT, TOOLTIP } from './common';
import { type LabelWish, spreadLabels } from './label-spread';
import { GRID_LINE, INK, INK_MUTED, SERIES_COLOURS, TARGET } from './palette';
import { periodX, type SegmentPoint, splitSegments, targetX } from './periods';

/**
 * How a region's line is drawn: the chosen region prominent, the regions it is measured against (its province,
 * Indonesia) in colours of their own, and its peers (a province's other kabupaten/kota) as thin grey context.
 */
export type LineRole = 'primary' | 'reference' | 'peer';

export interface TrendSeries {
  code: string;
  name: string;
  points: SegmentPoint[];
  /** Default: the first series is the primary, the others references. */
  role?: LineRole;
}

/** Peers' lines: grey, so the chosen region, the references and the target stand out among them. */
export const PEER_COLOUR = '#8d96a3';
const TARGET_TEXT = '#005a41';

/** Each series' role: as given, or the first the primary and the rest references. */
export function rolesOf(series: readonly Pick<TrendSeries, 'code' | 'role'>[]): LineRole[] {
  return series.map((s, i) => s.role ?? (i === 0 ? 'primary' : 'reference'));
}

/** The colour of each region's line: the palette's, in order, for the chosen region and the references; grey for peers. */
export function lineColours(series: readonly Pick<TrendSeries, 'code' | 'role'>[]): Map<string, string> {
  const roles = rolesOf(series);
  const colours = new Map<string, string>();
  let next = 0;
  series.forEach((s, i) => {
    colours.set(s.code, roles[i] === 'peer' ? PEER_COLOUR : SERIES_COLOURS[next++ % SERIES_COLOURS.length]!);
  });
  return colours;
}

/** Decimals a step on an axis needs: 5 → 0, 0,5 → 1, 0,02 → 2. */
function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** Axis bounds on round numbers covering every value, so positions on the chart can be known before it is drawn. */
export function niceRange(values: readonly number[], ticks = 5): { min: number; max: number; interval: number } {
  const finite = values.filter(Number.isFinite);
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  if (hi === lo) {
    const pad = Math.abs(hi) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const interval = [1, 2, 5, 10].map((m) => m * magnitude).find((step) => step >= raw - 1e-12)!;
  const round = (v: number) => Number(v.toFixed(decimalsOf(interval) + 1));
  return {
    min: round(Math.floor(lo / interval + 1e-9) * interval),
    max: round(Math.ceil(hi / interval - 1e-9) * interval),
    interval,
  };
}

export interface TrendTarget {
  year: number;
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** e.g. "Target RPJMN 2029: 4,50%". */
  label: string;
}

export interface TrendData {
  /** The first series is the region the target path and projection belong to. */
  series: TrendSeries[];
  /**
   * Height of the chart in pixels, for where the names at the lines' ends can go without overprinting; default
   * 520, the height the chart had before it followed the screen.
   */
  height?: number;
  /** Months of the indicator's rounds ([3, 9]), to see a missing round; [] if annual. */
  rounds: number[];
  decimals: number;
  percent: boolean;
  lang: Lang;
  target: TrendTarget | null;
  /** Goal for the path: the target, or for a range its edge on the better side. */
  goal: number | null;
  baseline: { period: string; value: number } | null;
  projection: { from: { period: string; value: number }; value: number } | null;
  words: { path: string; projection: string; target: string; seriesBreak: string; peers?: string };
}

export interface BreakMark {
  x: number;
  period: string;
  regionCodes: string[];
}

/** Where to draw series breaks: halfway between the last value before and the first after, once per place. */
export function breakMarks(series: readonly TrendSeries[]): BreakMark[] {
  const marks = new Map<string, BreakMark>();
  for (const s of series) {
    s.points.forEach((p, i) => {
      if (!p.breakBefore || i === 0) return;
      const prev = s.points[i - 1]!;
      const x = (periodX(prev.period) + periodX(p.period)) / 2;
      const key = x.toFixed(3);
      const mark = marks.get(key) ?? { x, period: p.period, regionCodes: [] };
      mark.regionCodes.push(s.code);
      marks.set(key, mark);
    });
  }
  return [...marks.values()].sort((a, b) => a.x - b.x);
}

/** Chart margins: the title block above the plot; the axis labels, legend and source line below it. */
const GRID_TOP = TITLE_HEIGHT + 22;
const GRID_BOTTOM = FOOTER_HEIGHT + 64;
/** A line of label text: two names closer than this overprint. */
export const END_LABEL_LINE = Math.ceil(MIN_FONT * 1.4);
/**
 * Labels are spread for the smaller of the chart's height and this one, the 1120×630 layout a presentation image is
 * drawn from (chart-image.ts): drawn taller, they are only further apart.
 */
const SMALLEST_DRAWN_HEIGHT = 630;

export interface EndLabel {
  code: string;
  name: string;
  /** Where the label is anchored: its line's last period, and the (spread) value. */
  x: number;
  y: number;
  role: LineRole;
  colour: string;
  /** True when the label had to move away from its line's end (it then carries a swatch of the line's colour). */
  moved: boolean;
}

/**
 * Names at the ends of the lines, spread so that none overprints another or the target's label: every region
 * with a colour of its own, and of the grey peers the highest and the lowest (the others are named on hover, in
 * the legend and in the table below the chart).
 */
export function endLabels(data: TrendData, range: { min: number; max: number }): EndLabel[] {
  const roles = rolesOf(data.series);
  const colours = lineColours(data.series);
  const drawn = data.series.map((s, i) => ({ s, role: roles[i]!, last: s.points[s.points.length - 1] })).filter((d) => d.last);
  const peers = drawn.filter((d) => d.role === 'peer').sort((a, b) => a.last!.value - b.last!.value);
  const wanted = [...drawn.filter((d) => d.role !== 'peer'), ...new Set([peers[peers.length - 1], peers[0]].filter((d) => d))];
  const wishes: LabelWish[] = wanted.map((d) => ({
    id: d!.s.code,
    at: d!.last!.value,
    priority: d!.role === 'peer' ? 1 : 100 - data.series.indexOf(d!.s),
    weight: d!.role === 'primary' ? 100 : d!.role === 'reference' ? 10 : 1,
  }));
  const plot = Math.min(data.height ?? 520, SMALLEST_DRAWN_HEIGHT) - GRID_TOP - GRID_BOTTOM;
  const perPixel = (range.max - range.min) / Math.max(plot, 1);
  const target = data.target;
  // The target's name sits beside its mark (a range's, beside the band's upper end, above or below it).
  const fixed =
    target === null
      ? []
      : target.value !== null
        ? [target.value]
        : target.upper !== null
          ? [target.upper - targetLabelShift(data) * perPixel]
          : [];
  const placed = spreadLabels(wishes, { min: range.min, max: range.max, gap: END_LABEL_LINE * perPixel, fixed });
  return wanted
    .filter((d) => placed.has(d!.s.code))
    .map((d) => ({
      code: d!.s.code,
      name: d!.s.name,
      x: periodX(d!.last!.period),
      y: placed.get(d!.s.code)!,
      role: d!.role,
      colour: colours.get(d!.s.code)!,
      moved: Math.abs(placed.get(d!.s.code)! - d!.last!.value) > (END_LABEL_LINE * perPixel) / 2,
    }));
}

/** Pixels the target's label sits below (positive) or above its mark: on the side away from the projection's. */
function targetLabelShift(data: TrendData): number {
  const target = data.target;
  if (!target) return 0;
  const targetMid = target.value ?? ((target.lower ?? 0) + (target.upper ?? 0)) / 2;
  const projectionAbove = data.projection ? data.projection.value >= targetMid : true;
  return projectionAbove ? 18 : -16;
}

/** Lines of one or more regions over time, broken at series breaks and gaps, with the path to the target. */
export function trendOption(data: TrendData, labels: ChartLabels): EChartsCoreOption {
  const fmt = (v: number) => `${formatNumber(v, data.decimals, data.lang)}${data.percent ? '%' : ''}`;
  const series: Record<string, unknown>[] = [];
  const xs: number[] = [];
  const legend: string[] = [];
  const targetMonth =
    data.rounds.length && data.series.some((s) => s.points.some((p) => p.period.includes('-'))) ? data.rounds[0]! : 0;
  const roles = rolesOf(data.series);
  const colours = lineColours(data.series);
  let distinct = 0;

  data.series.forEach((s, i) => {
    const role = roles[i]!;
    const colour = colours.get(s.code)!;
    // Peers share one name: one legend key for all of them, which shows or hides them together.
    const name = role === 'peer' ? (data.words.peers ?? s.name) : s.name;
    const shape =
      role === 'peer'
        ? 'circle'
        : distinct === 0
          ? 'circle'
          : ['rect', 'triangle', 'diamond', 'roundRect', 'pin'][(distinct - 1) % 5];
    if (role !== 'peer') distinct++;
    legend.push(name);
    const segments = splitSegments(s.points, data.rounds);
    segments.forEach((segment, j) => {
      for (const p of segment) {
        xs.push(periodX(p.period));
      }
      series.push({
        id: `line-${s.code}-${j}`,
        name,
        type: 'line',
        color: colour,
        code: s.code,
        segment: j,
        data: segment.map((p) => ({ value: [periodX(p.period), p.value], period: p.period, region: s.name })),
        symbol: shape,
        symbolSize: role === 'primary' ? 9 : role === 'peer' ? 5 : 8,
        showSymbol: true,
        lineStyle: { width: role === 'primary' ? 4 : role === 'peer' ? 1.5 : 3, color: colour },
        z: role === 'peer' ? 1 : 5 + (data.series.length - i),
        emphasis: role === 'peer' ? { focus: 'series', lineStyle: { width: 3 } } : undefined,
      });
    });
  });

  const primary = data.series[0];
  const target = data.target;
  // Target and projection labels end up near each other: put the projection's on its own side of the target.
  const shift = targetLabelShift(data);
  const targetLabelOffset = [-8, shift];
  const projectionLabelOffset = shift > 0 ? [-8, -16] : [-8, 18];
  if (target) {
    const tx = targetX(target.year, targetMonth);
    xs.push(tx);
    legend.push(data.words.target);
    const isRange = target.value === null && target.lower !== null && target.upper !== null;
    if (isRange) {
      if (data.baseline) {
        const bx = periodX(data.baseline.period);
        const edge = { type: 'dashed', width: 2, color: TARGET };
        series.push({
          id: 'target-band-lower',
          name: data.words.target,
          type: 'line',
          stack: 'target-band',
          silent: true,
          symbol: 'none',
          color: TARGET,
          lineStyle: edge,
          data: [
            [bx, data.baseline.value],
            [tx, target.lower],
          ],
          z: 1,
        });
        series.push({
          id: 'target-band-width',
          name: data.words.target,
          type: 'line',
          stack: 'target-band',
          silent: true,
          symbol: 'none',
          color: TARGET,
          lineStyle: edge,
          areaStyle: { color: 'rgba(0, 158, 115, 0.16)' },
          data: [
            [bx, 0],
            [tx, target.upper! - target.lower!],
          ],
          z: 1,
        });
      }
      series.push({
        id: 'target',
        name: data.words.target,
        type: 'line',
        color: TARGET,
        symbol: 'rect',
        symbolSize: [14, 4],
        lineStyle: { width: 8, color: TARGET },
        data: [
          { value: [tx, target.lower], period: String(target.year) },
          { value: [tx, target.upper], period: String(target.year) },
        ],
        label: { show: false },
        endLabel: {
          show: true,
          formatter: target.label,
          fontSize: 14,
          fontWeight: 'bold',
          color: TARGET_TEXT,
          offset: targetLabelOffset,
          backgroundColor: 'rgba(255,255,255,0.85)',
        },
        z: 8,
      });
    } else if (target.value !== null) {
      if (data.baseline) {
        series.push({
          id: 'target-path',
          name: data.words.target,
          type: 'line',
          color: TARGET,
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed', width: 3, color: TARGET },
          data: [
            [periodX(data.baseline.period), data.baseline.value],
            [tx, target.value],
          ],
          z: 2,
        });
      }
      series.push({
        id: 'target',
        name: data.words.target,
        type: 'line',
        color: TARGET,
        symbol: 'diamond',
        symbolSize: 18,
        data: [{ value: [tx, target.value], period: String(target.year) }],
        label: {
          show: true,
          position: 'left',
          formatter: target.label,
          fontSize: 14,
          fontWeight: 'bold',
          color: TARGET_TEXT,
          distance: 10,
        },
        z: 8,
      });
    }
  }

  if (data.projection && primary && target) {
    const tx = targetX(target.year, targetMonth);
    legend.push(data.words.projection);
    series.push({
      id: 'projection',
      name: data.words.projection,
      type: 'line',
      color: SERIES_COLOURS[0],
      symbol: 'emptyCircle',
      symbolSize: 10,
      showSymbol: true,
      lineStyle: { type: 'dotted', width: 3, color: SERIES_COLOURS[0] },
      data: [
        { value: [periodX(data.projection.from.period), data.projection.from.value], period: data.projection.from.period },
        { value: [tx, data.projection.value], period: String(target.year), projected: true },
      ],
      endLabel: {
        show: true,
        formatter: `${data.words.projection} ${target.year}: ${fmt(data.projection.value)}`,
        fontSize: 14,
        fontWeight: 'bold',
        color: INK,
        offset: projectionLabelOffset,
        backgroundColor: 'rgba(255,255,255,0.85)',
      },
      z: 3,
    });
  }

  const marks = breakMarks(data.series);
  if (marks.length) {
    series.push({
      id: 'breaks',
      name: data.words.seriesBreak,
      type: 'line',
      data: [],
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { type: [6, 4], width: 2, color: INK_MUTED },
        label: {
          formatter: `⟂ ${data.words.seriesBreak}`,
          position: 'end',
          fontSize: 14,
          fontWeight: 'bold',
          color: INK,
          backgroundColor: '#ffffff',
          padding: [2, 4],
        },
        data: marks.map((m) => ({ xAxis: m.x, name: m.period })),
      },
    });
  }

  const minX = xs.length ? Math.floor(Math.min(...xs)) : 0;
  const maxX = xs.length ? Math.ceil(Math.max(...xs) + 0.01) : 1;
  // The value axis is set here rather than by ECharts, so that where each name goes is known before drawing.
  const range = niceRange([
    ...data.series.flatMap((s) => s.points.map((p) => p.value)),
    ...[target?.value, target?.lower, target?.upper, data.baseline?.value, data.projection?.value].filter(
      (v): v is number => v !== null && v !== undefined,
    ),
  ]);
  const names = endLabels(data, range);
  if (names.length) {
    series.push({
      id: 'end-labels',
      type: 'line',
      silent: true,
      lineStyle: { width: 0 },
      symbol: 'circle',
      symbolSize: 0,
      showSymbol: true,
      tooltip: { show: false },
      data: names.map((l) => ({
        value: [l.x, l.y],
        code: l.code,
        label: {
          show: true,
          position: 'right',
          distance: 8,
          // A swatch ties a name moved off its line's end to the line.
          formatter: l.moved ? `{swatch|●} ${l.name}` : l.name,
          fontSize: MIN_FONT,
          fontWeight: l.role === 'peer' ? 'normal' : 'bold',
          color: l.role === 'peer' ? INK_MUTED : INK,
          backgroundColor: 'rgba(255,255,255,0.8)',
          rich: { swatch: { color: l.colour, fontSize: MIN_FONT } },
        },
      })),
      z: 9,
    });
  }
  return {
    animation: false,
    textStyle: BASE_TEXT,
    title: chartTitles(labels),
    legend: {
      // One line however many regions: a legend that wraps would cover the axis.
      type: 'scroll',
      bottom: FOOTER_HEIGHT + 6,
      left: 12,
      right: 12,
      // A key, not a switch: a hidden line would leave its name behind at the line's end.
      selectedMode: false,
      textStyle: { fontSize: MIN_FONT, color: INK },
      data: [...new Set(legend)],
    },
    tooltip: {
      ...TOOLTIP,
      trigger: 'item',
      formatter: (p: {
        seriesName: string;
        data: { value?: [number, number]; period?: string; projected?: boolean; region?: string };
      }) => {
        const v = p.data?.value;
        if (!v) return '';
        const period = p.data.period ? formatPeriod(p.data.period, data.lang) : '';
        return `<strong>${escapeHtml(p.data.region ?? p.seriesName)}</strong><br/>${escapeHtml(period)}: ${fmt(v[1])}`;
      },
    },
    grid: {
      left: 16,
      right: 150,
      top: GRID_TOP,
      bottom: GRID_BOTTOM,
      // The value labels narrow the plot; its height stays what endLabels counted on (the bounds are the whole height).
      outerBoundsMode: 'auto',
      outerBounds: { left: 12, right: 12, top: 0, bottom: 0 },
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      min: minX,
      max: maxX,
      interval: 1,
      axisLabel: { fontSize: 14, color: INK, formatter: (v: number) => (Number.isInteger(v) ? String(v) : '') },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'value',
      min: range.min,
      max: range.max,
      interval: range.interval,
      axisLabel: {
        fontSize: 14,
        color: INK,
        // As many decimals as the step needs ("15" every 5 points, "0,38" every 0,01), never more than the data's.
        formatter: (v: number) => formatNumber(v, Math.min(data.decimals, decimalsOf(range.interval)), data.lang),
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series,
  };
}
