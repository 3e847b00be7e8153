import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, type Lang } from '../i18n/format';
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
import { INK, OKABE_ITO, TARGET } from './palette';

// A composite index (IKS) for the kabupaten/kota of a province as stacked bars: each bar is a region's index, each
// segment what one dimension adds to it, so the reader sees both the ranking and where the points come from. A region
// whose index could not be computed keeps its row, labelled with what is missing, instead of silently dropping out.

export interface CompositeBarRegion {
  regionCode: string;
  regionName: string;
  /** The index; null when an input was missing. */
  value: number | null;
  /** Points each dimension adds to the index, in the method's dimension order; null when it could not be scored. */
  contributions: (number | null)[];
  /** Inputs that had no value that could count. */
  missingCount: number;
}

export interface CompositeResultChartData {
  /** Dimension names in the method's order. */
  dimensions: string[];
  regions: CompositeBarRegion[];
  /** A province's target drawn as a dashed line (its label, e.g. "Target RPJMD 2029: 70", goes in the subtitle). */
  target: { label: string; value: number } | null;
  /** "belum dapat dihitung: {n} masukan belum ada" in the page's language, with {n} filled. */
  missingLabel: (n: number) => string;
  lang: Lang;
}

/** Dimension colours: Okabe–Ito, bluish green left for the target line. */
const DIMENSION_COLOURS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue, OKABE_ITO.vermillion];

export function compositeResultHeight(regionCount: number): number {
  return TITLE_HEIGHT + FOOTER_HEIGHT + 110 + Math.max(regionCount, 2) * 34;
}

/** Highest index first; regions without an index last, by name. */
export function compositeBarOrder(regions: readonly CompositeBarRegion[]): CompositeBarRegion[] {
  return [...regions].sort((a, b) =>
    a.value === null || b.value === null
      ? (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.regionName.localeCompare(b.regionName, 'id')
      : b.value - a.value,
  );
}

export function compositeResultOption(data: CompositeResultChartData, labels: ChartLabels): EChartsCoreOption {
  const { lang } = data;
  // ECharts draws the first category at the bottom: reversed, the highest index is on top.
  const rows = compositeBarOrder(data.regions).reverse();
  const label = (r: CompositeBarRegion) =>
    r.value === null ? data.missingLabel(r.missingCount) : formatNumber(r.value, 2, lang);
  const last = data.dimensions.length - 1;
  return {
    animation: false,
    textStyle: BASE_TEXT,
    title: chartTitles(labels),
    legend: {
      top: TITLE_HEIGHT + 4,
      left: 12,
      textStyle: { fontSize: 14, color: INK },
      data: data.dimensions,
    },
    tooltip: {
      ...TOOLTIP,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number }[]) => {
        const row = rows[items[0]?.dataIndex ?? 0];
        if (!row) return '';
        return [
          `<strong>${escapeHtml(row.regionName)}: ${escapeHtml(label(row))}</strong>`,
          ...data.dimensions.map(
            (name, i) =>
              `${escapeHtml(name)}: ${row.contributions[i] == null ? '–' : escapeHtml(formatNumber(row.contributions[i], 2, lang))}`,
          ),
        ].join('<br/>');
      },
    },
    grid: {
      left: 16,
      right: 230,
      top: TITLE_HEIGHT + 44,
      bottom: FOOTER_HEIGHT + 36,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    ...horizontalBarAxes(
      rows.map((r) => r.regionName),
      lang,
      240,
      'truncate',
    ),
    series: data.dimensions.map((name, i) => ({
      id: `dimension-${i}`,
      name,
      type: 'bar',
      stack: 'index',
      color: DIMENSION_COLOURS[i % DIMENSION_COLOURS.length],
      barMaxWidth: 22,
      // Only a region with an index has segments: a partial stack would read as a low index.
      data: rows.map((r) => (r.value === null ? (i === last ? 0 : null) : r.contributions[i])),
      ...(i === last
        ? {
            label: {
              show: true,
              position: 'right',
              fontSize: 14,
              color: INK,
              // On white, so that the target's dashed line passing behind a value does not cross out its digits.
              backgroundColor: '#fff',
              padding: [1, 2],
              formatter: (p: { dataIndex: number }) => label(rows[p.dataIndex]!),
            },
            ...(data.target
              ? {
                  markLine: {
                    symbol: 'none',
                    silent: true,
                    lineStyle: { color: TARGET, type: 'dashed', width: 2 },
                    // Named in the subtitle: a label on a vertical line is turned on its side and cut off on a short chart.
                    label: { show: false },
                    data: [{ xAxis: data.target.value }],
                  },
                }
              : {}),
          }
        : {}),
    })),
  };
}
