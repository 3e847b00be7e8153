import type { Lang } from '../i18n/format';
import { FOOTER_HEIGHT, MIN_FONT, TITLE_HEIGHT } from './common';
import { type LabelWish, spreadLabels } from './label-spread';
import { SERIES_COLOURS } from './palette';
import { periodX, type SegmentPoint } from './periods';

// Where a trend chart's parts go, known before it is drawn: the lines' roles and colours, the axis range, the series
// breaks and the names at the lines' ends (see trend.option.ts, which draws them).

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
export const TARGET_TEXT = '#005a41';

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
export function decimalsOf(step: number): number {
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
export const GRID_TOP = TITLE_HEIGHT + 22;
export const GRID_BOTTOM = FOOTER_HEIGHT + 64;
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
export function targetLabelShift(data: TrendData): number {
  const target = data.target;
  if (!target) return 0;
  const targetMid = target.value ?? ((target.lower ?? 0) + (target.upper ?? 0)) / 2;
  const projectionAbove = data.projection ? data.projection.value >= targetMid : true;
  return projectionAbove ? 18 : -16;
}
