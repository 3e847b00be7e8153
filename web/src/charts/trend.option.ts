import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatPeriod, type Lang } from '../i18n/format';
import { BASE_TEXT, type ChartLabels, chartTitles, escapeHtml, FOOTER_HEIGHT, TITLE_HEIGHT, TOOLTIP } from './common';
import { GRID_LINE, INK, INK_MUTED, SERIES_COLOURS, TARGET } from './palette';
import { periodX, type SegmentPoint, splitSegments, targetX } from './periods';

export interface TrendSeries {
  code: string;
  name: string;
  points: SegmentPoint[];
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
  words: { path: string; projection: string; target: string; seriesBreak: string };
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

/** Lines of one or more regions over time, broken at series breaks and gaps, with the path to the target. */
export function trendOption(data: TrendData, labels: ChartLabels): EChartsCoreOption {
  const fmt = (v: number) => `${formatNumber(v, data.decimals, data.lang)}${data.percent ? '%' : ''}`;
  const series: Record<string, unknown>[] = [];
  const xs: number[] = [];
  const legend: string[] = [];
  const targetMonth =
    data.rounds.length && data.series.some((s) => s.points.some((p) => p.period.includes('-'))) ? data.rounds[0]! : 0;

  data.series.forEach((s, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    legend.push(s.name);
    const segments = splitSegments(s.points, data.rounds);
    segments.forEach((segment, j) => {
      for (const p of segment) {
        xs.push(periodX(p.period));
      }
      const last = j === segments.length - 1;
      series.push({
        id: `line-${s.code}-${j}`,
        name: s.name,
        type: 'line',
        color: colour,
        code: s.code,
        segment: j,
        data: segment.map((p) => ({ value: [periodX(p.period), p.value], period: p.period })),
        symbol: i === 0 ? 'circle' : ['rect', 'triangle', 'diamond', 'roundRect', 'pin'][(i - 1) % 5],
        symbolSize: i === 0 ? 9 : 8,
        showSymbol: true,
        lineStyle: { width: i === 0 ? 4 : 3, color: colour },
        z: 5 + (data.series.length - i),
        endLabel: last
          ? { show: data.series.length <= 4, formatter: s.name, fontSize: 14, fontWeight: 'bold', color: INK, distance: 8 }
          : undefined,
      });
    });
  });

  const primary = data.series[0];
  const target = data.target;
  // Target and projection labels end up near each other: put the projection's on its own side of the target.
  const targetMid = target ? (target.value ?? ((target.lower ?? 0) + (target.upper ?? 0)) / 2) : 0;
  const projectionAbove = data.projection ? data.projection.value >= targetMid : true;
  const targetLabelOffset = projectionAbove ? [-8, 18] : [-8, -16];
  const projectionLabelOffset = projectionAbove ? [-8, -16] : [-8, 18];
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
          color: '#005a41',
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
          color: '#005a41',
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
  return {
    animation: false,
    textStyle: BASE_TEXT,
    title: chartTitles(labels),
    legend: {
      bottom: FOOTER_HEIGHT + 6,
      left: 12,
      textStyle: { fontSize: 14, color: INK },
      data: [...new Set(legend)],
    },
    tooltip: {
      ...TOOLTIP,
      trigger: 'item',
      formatter: (p: { seriesName: string; data: { value?: [number, number]; period?: string; projected?: boolean } }) => {
        const v = p.data?.value;
        if (!v) return '';
        const period = p.data.period ? formatPeriod(p.data.period, data.lang) : '';
        return `<strong>${escapeHtml(p.seriesName)}</strong><br/>${escapeHtml(period)}: ${fmt(v[1])}`;
      },
    },
    grid: {
      left: 16,
      right: 150,
      top: TITLE_HEIGHT + 34,
      bottom: FOOTER_HEIGHT + 64,
      outerBoundsMode: 'same',
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
      scale: true,
      axisLabel: {
        fontSize: 14,
        color: INK,
        formatter: (v: number) => formatNumber(v, Math.min(data.decimals, v % 1 === 0 ? 0 : 2), data.lang),
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series,
  };
}
