import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, type Lang } from '../i18n/format';
import { GRID_LINE, INK, INK_MUTED } from './palette';

/** What every chart says about itself: title, unit and period, source and "data per" date. */
export interface ChartLabels {
  title: string;
  /** Unit and period, e.g. "persen (%) · Maret 2025". */
  subtitle: string;
  /** Source and date, e.g. "Sumber: BPS … · Data per 23 November 2026". */
  footer: string;
}

// Single quotes: ECharts' SVG renderer writes the family into a double-quoted style attribute without escaping it.
export const FONT_FAMILY = "'Noto Sans', 'Segoe UI', Roboto, 'DejaVu Sans', system-ui, sans-serif";
/** Smallest text on a chart: readable from the back of a meeting room. */
export const MIN_FONT = 14;

export const TITLE_HEIGHT = 68;
export const FOOTER_HEIGHT = 34;

/** Titles drawn inside the canvas, so a downloaded PNG carries its title, unit, period, source and date. */
export function chartTitles(labels: ChartLabels): EChartsCoreOption['title'] {
  return [
    {
      text: labels.title,
      subtext: labels.subtitle,
      left: 12,
      top: 8,
      textStyle: { fontSize: 20, fontWeight: 'bold', color: INK, fontFamily: FONT_FAMILY, width: 1100, overflow: 'break' },
      subtextStyle: { fontSize: 15, color: INK_MUTED, fontFamily: FONT_FAMILY },
      itemGap: 10,
    },
    {
      text: labels.footer,
      left: 12,
      bottom: 8,
      textStyle: { fontSize: MIN_FONT, fontWeight: 'normal', color: INK_MUTED, fontFamily: FONT_FAMILY },
    },
  ];
}

export const BASE_TEXT = { fontFamily: FONT_FAMILY, fontSize: MIN_FONT, color: INK };

export const TOOLTIP = {
  confine: true,
  textStyle: { fontSize: 15, color: INK, fontFamily: FONT_FAMILY },
  borderColor: '#8a94a3',
};

/** Escapes text for ECharts rich-text and HTML tooltips. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Axes of a horizontal bar chart that starts at zero: whole numbers along the bottom, one row per label, the labels cut
 * ('truncate') or wrapped ('break') at `labelWidth` pixels.
 */
export function horizontalBarAxes(
  labels: readonly string[],
  lang: Lang,
  labelWidth: number,
  overflow: 'truncate' | 'break',
): Pick<EChartsCoreOption, 'xAxis' | 'yAxis'> {
  return {
    xAxis: {
      type: 'value',
      min: 0,
      axisLabel: { fontSize: MIN_FONT, color: INK, formatter: (v: number) => formatNumber(v, 0, lang) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: labels,
      axisLabel: { fontSize: MIN_FONT, color: INK, width: labelWidth, overflow },
      axisTick: { show: false },
    },
  };
}
