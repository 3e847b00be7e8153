import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, type Lang } from '../i18n/format';
import { BASE_TEXT, type ChartLabels, chartTitles, escapeHtml, FOOTER_HEIGHT, TITLE_HEIGHT, TOOLTIP } from './common';
import { BAR, GRID_LINE, HIGHLIGHT, INK, INK_MUTED, TARGET } from './palette';
import { shortlist } from './shortlist';

export interface RankedBarRow {
  code: string;
  name: string;
  /** Null: no value in the period. Drawn as "belum ada data", never as a zero bar. */
  value: number | null;
  rank: number | null;
}

export interface ReferenceLine {
  value: number;
  /** e.g. "Nasional 8,47 (Maret 2025)". */
  label: string;
}

export interface TargetMark {
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** e.g. "Target RPJMN 2029: 4,50". */
  label: string;
}

export interface RankedBarData {
  rows: RankedBarRow[];
  /** Region drawn in the highlight colour and marked with ▶. */
  highlight: string | null;
  decimals: number;
  percent: boolean;
  lang: Lang;
  national: ReferenceLine | null;
  parent: ReferenceLine | null;
  target: TargetMark | null;
  missingLabel: string;
  /** On a slide: only the first and last this many ranked rows and the chosen region (see shortlist.ts). */
  shortlist?: number;
}

/** Height that gives every bar room for a 14 px label. */
export function rankedBarHeight(rowCount: number): number {
  return TITLE_HEIGHT + FOOTER_HEIGHT + 150 + Math.max(rowCount, 3) * 30;
}

// One collator for every comparison: `localeCompare(b, 'id')` builds one per call, thousands per sort.
const byName = new Intl.Collator('id').compare;

/** Ranked rows first (rank 1 on top), then regions without a value, by name. */
export function sortRanked(rows: readonly RankedBarRow[]): RankedBarRow[] {
  return [...rows].sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === null && b.value === null) return byName(a.name, b.name);
      return a.value === null ? 1 : -1;
    }
    return (a.rank ?? 0) - (b.rank ?? 0) || byName(a.name, b.name);
  });
}

/** A horizontal bar per region, ranked, with the national, parent and target values as lines. */
export function rankedBarOption(data: RankedBarData, labels: ChartLabels): EChartsCoreOption {
  const sorted = sortRanked(data.rows);
  const rows = data.shortlist
    ? shortlist(
        sorted.filter((r) => r.value !== null),
        (r) => r.code === data.highlight,
        data.shortlist,
      )
    : sorted;
  const fmt = (v: number) => `${formatNumber(v, data.decimals, data.lang)}${data.percent ? '%' : ''}`;
  const categories = rows.map((r) => {
    // A shortlist skips ranks: each row says its own.
    const named = data.shortlist && r.rank !== null ? `${r.rank}. ${r.name}` : r.name;
    const name = r.code === data.highlight ? `▶ ${named}` : named;
    return r.value === null ? `${name} (${data.missingLabel})` : name;
  });
  const markLines: Record<string, unknown>[] = [];
  if (data.national) {
    markLines.push({
      name: 'national',
      xAxis: data.national.value,
      lineStyle: { color: INK, type: 'dashed', width: 2 },
      label: {
        formatter: `┆ ${data.national.label}`,
        position: 'end',
        distance: 8,
        color: INK,
        fontSize: 14,
        fontWeight: 'bold',
      },
    });
  }
  if (data.parent) {
    markLines.push({
      name: 'parent',
      xAxis: data.parent.value,
      lineStyle: { color: INK_MUTED, type: 'dotted', width: 3 },
      label: { formatter: `⋮ ${data.parent.label}`, position: 'end', distance: 30, color: INK, fontSize: 14, fontWeight: 'bold' },
    });
  }
  const target = data.target;
  if (target && target.value !== null) {
    markLines.push({
      name: 'target',
      xAxis: target.value,
      lineStyle: { color: TARGET, type: 'solid', width: 3 },
      label: {
        formatter: `┃ ${target.label}`,
        position: 'end',
        distance: 52,
        color: '#005a41',
        fontSize: 14,
        fontWeight: 'bold',
      },
    });
  }
  const markArea =
    target && target.value === null && target.lower !== null && target.upper !== null
      ? {
          silent: true,
          itemStyle: { color: 'rgba(0, 158, 115, 0.18)', borderColor: TARGET, borderWidth: 1 },
          label: {
            show: true,
            position: 'bottom',
            distance: 52,
            formatter: `▮ ${target.label}`,
            color: '#005a41',
            fontSize: 14,
            fontWeight: 'bold',
          },
          data: [[{ name: 'target', xAxis: target.lower }, { xAxis: target.upper }]],
        }
      : undefined;

  return {
    animation: false,
    textStyle: BASE_TEXT,
    title: chartTitles(labels),
    tooltip: {
      ...TOOLTIP,
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const r = rows[p.dataIndex];
        if (!r) return '';
        const value = r.value === null ? data.missingLabel : fmt(r.value);
        return `<strong>${escapeHtml(r.name)}</strong><br/>${escapeHtml(value)}${r.rank ? ` · #${r.rank}` : ''}`;
      },
    },
    grid: {
      left: 12,
      right: 90,
      top: TITLE_HEIGHT + 24,
      bottom: FOOTER_HEIGHT + 90,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      min: 0,
      position: 'top',
      axisLabel: { fontSize: 14, color: INK, formatter: (v: number) => formatNumber(v, v % 1 === 0 ? 0 : 1, data.lang) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisTick: { show: false },
      axisLabel: {
        fontSize: 14,
        color: INK,
        formatter: (text: string) => (text.startsWith('▶') ? `{hl|${text}}` : text),
        rich: { hl: { fontSize: 15, fontWeight: 'bold', color: INK } },
      },
    },
    series: [
      {
        id: 'values',
        type: 'bar',
        barMaxWidth: 26,
        data: rows.map((r) => ({
          value: r.value === null ? '-' : r.value,
          code: r.code,
          rank: r.rank,
          itemStyle: { color: r.code === data.highlight ? HIGHLIGHT : BAR },
        })),
        label: {
          show: true,
          position: 'right',
          fontSize: 14,
          color: INK,
          backgroundColor: 'rgba(255,255,255,0.85)',
          padding: [1, 3],
          formatter: (p: { value: number | string }) => (typeof p.value === 'number' ? fmt(p.value) : ''),
        },
        markLine: markLines.length
          ? { silent: true, symbol: 'none', precision: 4, data: markLines, animation: false }
          : undefined,
        markArea,
      },
    ],
  };
}
