import type { EChartsCoreOption } from 'echarts/core';
import type { Direction } from '../data/types';
import { formatNumber, type Lang } from '../i18n/format';
import { BASE_TEXT, type ChartLabels, chartTitles, escapeHtml, FOOTER_HEIGHT, TITLE_HEIGHT, TOOLTIP } from './common';
import { GRID_LINE, INK, NEUTRAL_BAR, OKABE_ITO } from './palette';

export interface SlopeRow {
  code: string;
  name: string;
  from: number | null;
  to: number | null;
  /** False when a series break lies between the two periods: the points are drawn, not the line. */
  comparable: boolean;
}

export interface SlopeData {
  rows: SlopeRow[];
  fromLabel: string;
  toLabel: string;
  highlight: string | null;
  decimals: number;
  percent: boolean;
  lang: Lang;
  direction: Direction;
  words: { improved: string; worsened: string; unchanged: string; notComparable: string; notComparableShort: string };
}

export type SlopeKind = 'improved' | 'worsened' | 'unchanged' | 'notComparable';

/** Whether a region got better, worse, stayed, or cannot be compared, in the indicator's direction. */
export function slopeKind(row: SlopeRow, direction: Direction): SlopeKind {
  if (!row.comparable || row.from === null || row.to === null) return 'notComparable';
  const diff = row.to - row.from;
  if (diff === 0 || direction === 'NEUTRAL') return 'unchanged';
  const better = direction === 'LOWER_IS_BETTER' ? diff < 0 : diff > 0;
  return better ? 'improved' : 'worsened';
}

const KIND_COLOUR: Record<SlopeKind, string> = {
  improved: OKABE_ITO.blue,
  worsened: OKABE_ITO.vermillion,
  unchanged: NEUTRAL_BAR,
  notComparable: NEUTRAL_BAR,
};

/** Regions labelled on the chart: all when few; else the selected region and the two ends (more would overlap). */
export function labelledCodes(rows: readonly SlopeRow[], highlight: string | null, direction: Direction): Set<string> {
  if (rows.length <= 12) return new Set(rows.map((r) => r.code));
  const withValue = rows.filter((r) => r.to !== null).sort((a, b) => (a.to ?? 0) - (b.to ?? 0));
  const ends = [...withValue.slice(0, 1), ...withValue.slice(-1)];
  const set = new Set(ends.map((r) => r.code));
  if (highlight) set.add(highlight);
  // Direction does not change which ends are shown, only which end is "best"; both ends are labelled.
  void direction;
  return set;
}

export function slopeHeight(rowCount: number): number {
  return TITLE_HEIGHT + FOOTER_HEIGHT + 120 + Math.min(Math.max(rowCount, 6), 24) * 22;
}

/** Two periods side by side, one line per region: which regions improved, and by how much. */
export function slopeOption(data: SlopeData, labels: ChartLabels): EChartsCoreOption {
  const fmt = (v: number) => `${formatNumber(v, data.decimals, data.lang)}${data.percent ? '%' : ''}`;
  const labelled = labelledCodes(data.rows, data.highlight, data.direction);
  const kinds = new Set<SlopeKind>();
  // Draw the selected region last, so it lies on top.
  const ordered = [...data.rows].sort((a, b) => Number(a.code === data.highlight) - Number(b.code === data.highlight));
  const series = ordered.map((row) => {
    const kind = slopeKind(row, data.direction);
    kinds.add(kind);
    const highlighted = row.code === data.highlight;
    const showLabel = labelled.has(row.code);
    const name = highlighted ? `▶ ${row.name}` : row.name;
    const suffix = kind === 'notComparable' && row.from !== null && row.to !== null ? ` (${data.words.notComparableShort})` : '';
    return {
      type: 'line',
      name: data.words[kind],
      id: `slope-${row.code}`,
      code: row.code,
      data: [
        { value: row.from ?? '-', label: { position: 'left', show: showLabel && (highlighted || data.rows.length <= 12) } },
        { value: row.to ?? '-', label: { position: 'right' } },
      ],
      symbol: 'circle',
      symbolSize: highlighted ? 12 : 8,
      connectNulls: false,
      color: KIND_COLOUR[kind],
      lineStyle: {
        width: kind === 'notComparable' ? 0 : highlighted ? 5 : 2,
        opacity: highlighted || showLabel ? 1 : 0.55,
      },
      z: highlighted ? 10 : 2,
      label: {
        show: showLabel,
        fontSize: highlighted ? 15 : 14,
        fontWeight: highlighted ? 'bold' : 'normal',
        color: INK,
        formatter: (p: { dataIndex: number; value: number }) =>
          p.dataIndex === 0 ? fmt(p.value) : `${fmt(p.value)}  ${name}${suffix}`,
      },
      labelLayout: { moveOverlap: 'shiftY' },
      emphasis: { focus: 'series' },
    };
  });
  const legendOrder: SlopeKind[] = ['improved', 'worsened', 'unchanged', 'notComparable'];
  return {
    animation: false,
    textStyle: BASE_TEXT,
    title: chartTitles(labels),
    legend: {
      top: TITLE_HEIGHT - 4,
      right: 12,
      textStyle: { fontSize: 14, color: INK },
      data: legendOrder.filter((k) => kinds.has(k)).map((k) => ({ name: data.words[k], itemStyle: { color: KIND_COLOUR[k] } })),
    },
    tooltip: {
      ...TOOLTIP,
      trigger: 'item',
      formatter: (p: { seriesIndex: number }) => {
        const r = ordered[p.seriesIndex];
        if (!r) return '';
        const from = r.from === null ? '–' : fmt(r.from);
        const to = r.to === null ? '–' : fmt(r.to);
        return `<strong>${escapeHtml(r.name)}</strong><br/>${escapeHtml(data.fromLabel)}: ${from}<br/>${escapeHtml(data.toLabel)}: ${to}`;
      },
    },
    grid: { left: 110, right: 330, top: TITLE_HEIGHT + 40, bottom: FOOTER_HEIGHT + 40 },
    xAxis: {
      type: 'category',
      data: [data.fromLabel, data.toLabel],
      boundaryGap: false,
      axisLabel: { fontSize: 15, fontWeight: 'bold', color: INK },
      axisLine: { lineStyle: { color: INK } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { fontSize: 14, color: INK, formatter: (v: number) => formatNumber(v, v % 1 === 0 ? 0 : 1, data.lang) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series,
  };
}
