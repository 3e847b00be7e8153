import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, type Lang } from '../i18n/format';
import { BASE_TEXT, type ChartLabels, chartTitles, escapeHtml, FOOTER_HEIGHT, TITLE_HEIGHT, TOOLTIP } from './common';
import { GRID_LINE, INK, INK_MUTED, OKABE_ITO } from './palette';

export interface ActivityRankingRow {
  rank: number | null;
  regionCode: string;
  regionName: string;
  realisation: number | null;
  onTime: number | null;
  dataResponse: number | null;
}

export type ActivityRankingOrder = 'REALISATION' | 'ON_TIME' | 'DATA_RESPONSE';
type Measure = 'realisation' | 'onTime' | 'dataResponse';

/** The measures in the order drawn: the one ranked on first, the others in their usual order. */
export function rankingMeasures(orderBy: ActivityRankingOrder): Measure[] {
  const first: Measure = orderBy === 'REALISATION' ? 'realisation' : orderBy === 'ON_TIME' ? 'onTime' : 'dataResponse';
  return [first, ...(['realisation', 'onTime', 'dataResponse'] as const).filter((m) => m !== first)];
}

export interface ActivityRankingData {
  /** In rank order (the API's), unranked regions last. */
  rows: ActivityRankingRow[];
  /** What the rows are ranked on: drawn first and labelled with the rank. */
  orderBy: ActivityRankingOrder;
  lang: Lang;
  words: { realisation: string; onTime: string; dataResponse: string; missing: string };
}

/** Height that gives every kabupaten/kota room for three bars and 14 px labels. */
export function activityRankingHeight(rowCount: number): number {
  return TITLE_HEIGHT + FOOTER_HEIGHT + 110 + Math.max(rowCount, 2) * 66;
}

/**
 * One row per kabupaten/kota, best at the top, "1. Banggai": budget realisation, on-time distribution and data
 * response in percent against the 100% line, the measure ranked on first. A region without a figure has no bar and says so — never zero.
 */
export function activityRankingOption(data: ActivityRankingData, labels: ChartLabels): EChartsCoreOption {
  const { lang, words } = data;
  const percent = (v: number) => `${formatNumber(v, 1, lang)}%`;
  const rows = [...data.rows].reverse();
  const colours: Record<Measure, string> = {
    realisation: OKABE_ITO.blue,
    onTime: OKABE_ITO.orange,
    dataResponse: OKABE_ITO.bluishGreen,
  };
  const measures = rankingMeasures(data.orderBy).map((m) => [m, words[m], colours[m]] as const);
  const name = (r: ActivityRankingRow) => (r.rank === null ? r.regionName : `${r.rank}. ${r.regionName}`);
  return {
    animation: false,
    textStyle: BASE_TEXT,
    title: chartTitles(labels),
    legend: { top: TITLE_HEIGHT - 4, left: 12, textStyle: { ...BASE_TEXT, fontSize: 15 } },
    tooltip: {
      ...TOOLTIP,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const row = rows[params[0]?.dataIndex ?? 0];
        if (!row) return '';
        const value = (v: number | null) => (v === null ? words.missing : percent(v));
        return `<b>${escapeHtml(name(row))}</b>${measures
          .map(([key, label]) => `<br/>${escapeHtml(label)}: ${value(row[key])}`)
          .join('')}`;
      },
    },
    grid: { left: 12, right: 90, top: TITLE_HEIGHT + 40, bottom: FOOTER_HEIGHT + 16, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: (extent: { max: number }) => Math.max(100, Math.ceil(extent.max / 10) * 10),
      axisLabel: { ...BASE_TEXT, formatter: (v: number) => percent(v) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: rows.map(name),
      axisLabel: { ...BASE_TEXT, color: INK, width: 220, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: measures.map(([key, label, colour], i) => ({
      name: label,
      type: 'bar',
      barMaxWidth: 16,
      // The legend takes the series' colour; each bar carries its own (none for a missing figure).
      itemStyle: { color: colour },
      data: rows.map((r) =>
        r[key] === null
          ? { value: 0, missing: true, itemStyle: { color: 'transparent' }, label: { color: INK_MUTED, fontStyle: 'italic' } }
          : { value: r[key], missing: false, itemStyle: { color: colour } },
      ),
      label: {
        show: true,
        position: 'right',
        fontSize: 14,
        color: INK,
        formatter: (p: { value: number; data: { missing?: boolean } }) =>
          p.data.missing ? `${label}: ${words.missing}` : percent(p.value),
      },
      ...(i === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              label: { show: false },
              lineStyle: { color: INK_MUTED, type: 'dashed' },
              data: [{ xAxis: 100 }],
            },
          }
        : {}),
    })),
  };
}
