import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatPercent, formatSigned, type Lang } from '../i18n/format';
import {
  BASE_TEXT,
  type ChartLabels,
  chartTitles,
  escapeHtml,
  FOOTER_HEIGHT,
  horizontalBarAxes,
  TITLE_HEIGHT,
  TOOLTIP,
} from './common';
import { BAR, INK } from './palette';

/** One category of a region's profile (PPKS, PSKS): its count this year and the year before. */
export interface CategoryBar {
  code: string;
  /** As the regulation names it ("Anak Balita Terlantar"). */
  name: string;
  value: number | null;
  previousValue: number | null;
  /** Null when either year is missing or was an incomplete sum: never drawn as no change. */
  change: number | null;
  share: number | null;
}

export interface CategoryProfileData {
  rows: CategoryBar[];
  year: number;
  previousYear: number;
  /** False when the two years cannot be compared (a partial sum in either): the year before is not drawn. */
  showPrevious: boolean;
  lang: Lang;
}

/** The year before, light: the eye reads the change as the difference in length. */
const PREVIOUS = '#a6cbe6';

export function categoryProfileHeight(rowCount: number): number {
  return TITLE_HEIGHT + FOOTER_HEIGHT + 100 + Math.max(rowCount, 2) * 44;
}

/**
 * The categories to draw, largest first (ties in the regulation's order). A category with no one counted in either
 * year (not reported, or 0) is left to the table: a recap reports all 26, most of them often 0, and 20 empty bars
 * would push the ones that matter off a projected slide.
 */
export function categoryProfileRows(rows: readonly CategoryBar[]): CategoryBar[] {
  return rows
    .map((row, position) => ({ row, position }))
    .filter(({ row }) => (row.value ?? 0) !== 0 || (row.previousValue ?? 0) !== 0)
    .sort((a, b) => (b.row.value ?? -1) - (a.row.value ?? -1) || a.position - b.position)
    .map(({ row }) => row);
}

/** The label beside a category's bar: "1.340 · 27,1% · +56" (the change only when it was computed). */
export function categoryLabel(row: CategoryBar, lang: Lang): string {
  if (row.value === null) return '';
  const parts = [formatNumber(row.value, 0, lang)];
  if (row.share !== null) parts.push(formatPercent(row.share, 1, lang));
  if (row.change !== null) parts.push(formatSigned(row.change, 0, lang));
  return parts.join(' · ');
}

/**
 * Horizontal bars, one pair per category, largest first: this year's count (dark, labelled with the count, its share
 * and the change) and the year before (light), unless the two cannot be compared (a partial sum: bars of different
 * coverage would read as a change). A category without a count this year has no dark bar.
 */
export function categoryProfileOption(data: CategoryProfileData, labels: ChartLabels): EChartsCoreOption {
  const { lang } = data;
  const sorted = categoryProfileRows(data.rows);
  // Top to bottom in the order given: ECharts draws the first category at the bottom.
  const rows = [...sorted].reverse();
  const current = String(data.year);
  const previous = String(data.previousYear);
  return {
    animation: false,
    textStyle: BASE_TEXT,
    title: chartTitles(labels),
    legend: {
      top: TITLE_HEIGHT + 4,
      left: 12,
      textStyle: { fontSize: 14, color: INK },
      data: data.showPrevious ? [previous, current] : [current],
    },
    tooltip: {
      ...TOOLTIP,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const row = rows[items[0]?.dataIndex ?? 0];
        if (!row) return '';
        const value = (v: number | null) => (v === null ? '–' : formatNumber(v, 0, lang));
        return [
          `<strong>${escapeHtml(row.name)}</strong>`,
          `${current}: ${escapeHtml(value(row.value))}${row.share === null ? '' : ` (${escapeHtml(formatPercent(row.share, 1, lang))})`}`,
          ...(data.showPrevious ? [`${previous}: ${escapeHtml(value(row.previousValue))}`] : []),
          ...(row.change === null ? [] : [`Δ ${escapeHtml(formatSigned(row.change, 0, lang))}`]),
        ].join('<br/>');
      },
    },
    grid: {
      left: 16,
      right: 170,
      top: TITLE_HEIGHT + 40,
      bottom: FOOTER_HEIGHT + 36,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    ...horizontalBarAxes(
      rows.map((r) => r.name),
      lang,
      300,
      'break',
    ),
    series: [
      {
        id: 'previous',
        name: previous,
        type: 'bar',
        color: PREVIOUS,
        barMaxWidth: 14,
        data: rows.map((r) => (data.showPrevious ? r.previousValue : null)),
      },
      {
        id: 'current',
        name: current,
        type: 'bar',
        color: BAR,
        barMaxWidth: 18,
        label: {
          show: true,
          position: 'right',
          fontSize: 14,
          color: INK,
          formatter: (p: { dataIndex: number }) => categoryLabel(rows[p.dataIndex]!, lang),
        },
        data: rows.map((r) => r.value),
      },
    ],
  };
}
