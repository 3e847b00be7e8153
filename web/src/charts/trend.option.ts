import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatPeriod } from '../i18n/format';
import { BASE_TEXT, type ChartLabels, chartTitles, escapeHtml, FOOTER_HEIGHT, MIN_FONT, TOOLTIP } from './common';
import { GRID_LINE, INK, INK_MUTED, SERIES_COLOURS, TARGET } from './palette';
import { periodX, splitSegments, targetX } from './periods';
import {
  breakMarks,
  decimalsOf,
  endLabels,
  GRID_BOTTOM,
  GRID_TOP,
  lineColours,
  niceRange,
  rolesOf,
  TARGET_TEXT,
  type TrendData,
  targetLabelShift,
} from './trend-layout';

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
