import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatRupiah, type Lang } from '../i18n/format';
import { BASE_TEXT, type ChartLabels, chartTitles, escapeHtml, FOOTER_HEIGHT, TITLE_HEIGHT, TOOLTIP } from './common';
import { BAR, GRID_LINE, INK, INK_MUTED, OKABE_ITO } from './palette';

export interface ProgrammeBarRow {
  code: string;
  name: string;
  budgetAllocated: number | null;
  budgetSpent: number | null;
  absorption: number | null;
  coverage: number | null;
}

export interface ProgrammeBarData {
  rows: ProgrammeBarRow[];
  /** Budget: pagu and realisasi in rupiah; absorption or coverage: percent. */
  measure: 'anggaran' | 'penyerapan' | 'cakupan';
  lang: Lang;
  words: { allocated: string; spent: string; absorption: string; coverage: string; missing: string };
}

/** Height that gives every region room for its bars and 14 px labels. */
export function programmeBarHeight(rowCount: number, measure: ProgrammeBarData['measure']): number {
  return TITLE_HEIGHT + FOOTER_HEIGHT + 110 + Math.max(rowCount, 2) * (measure === 'anggaran' ? 56 : 38);
}

const PAGU = '#9ecae1';

/**
 * One row per region: pagu and realisasi side by side in rupiah ("Rp 32 miliar"), or absorption / coverage in
 * percent with the 100% line. A missing figure gets no bar and the words "belum ada data" — never a zero bar.
 */
export function programmeBarOption(data: ProgrammeBarData, labels: ChartLabels): EChartsCoreOption {
  const { lang, words } = data;
  const budget = data.measure === 'anggaran';
  const percent = (v: number) => `${formatNumber(v, 1, lang)}%`;
  const rupiah = (v: number) => formatRupiah(v, lang);
  const fmt = budget ? rupiah : percent;
  const item = (value: number | null, colour: string) =>
    value === null
      ? {
          value: 0,
          missing: true,
          // No bar (a transparent one of length 0 carries the label): never drawn as a zero.
          itemStyle: { color: 'transparent' },
          label: { color: INK_MUTED, fontStyle: 'italic' },
        }
      : { value, missing: false, itemStyle: { color: colour } };
  // Top to bottom in the order given: ECharts draws the first category at the bottom.
  const rows = [...data.rows].reverse();
  const barLabel = {
    show: true,
    position: 'right',
    fontSize: 14,
    color: INK,
    // A missing figure has no bar: with two bars per region, say which one is missing.
    formatter: (p: { value: number; seriesName: string; data: { missing?: boolean } }) =>
      p.data.missing ? (budget ? `${p.seriesName}: ${words.missing}` : words.missing) : fmt(p.value),
  };
  const series: Record<string, unknown>[] = budget
    ? [
        {
          id: 'allocated',
          name: words.allocated,
          type: 'bar',
          color: PAGU,
          barMaxWidth: 24,
          label: barLabel,
          data: rows.map((r) => item(r.budgetAllocated, PAGU)),
        },
        {
          id: 'spent',
          name: words.spent,
          type: 'bar',
          color: BAR,
          barMaxWidth: 24,
          label: barLabel,
          data: rows.map((r) => item(r.budgetSpent, BAR)),
        },
      ]
    : [
        {
          id: data.measure,
          name: data.measure === 'penyerapan' ? words.absorption : words.coverage,
          type: 'bar',
          color: BAR,
          barMaxWidth: 26,
          label: barLabel,
          data: rows.map((r) => item(data.measure === 'penyerapan' ? r.absorption : r.coverage, BAR)),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: OKABE_ITO.bluishGreen, type: 'dashed', width: 2 },
            label: { formatter: '100%', position: 'end', color: INK, fontSize: 14, fontWeight: 'bold' },
            data: [{ xAxis: 100, name: '100%' }],
          },
        },
      ];
  const values = data.rows.flatMap((r) =>
    budget ? [r.budgetAllocated ?? 0, r.budgetSpent ?? 0] : [(data.measure === 'penyerapan' ? r.absorption : r.coverage) ?? 0],
  );
  const max = Math.max(0, ...values);
  return {
    animation: false,
    textStyle: BASE_TEXT,
    title: chartTitles(labels),
    legend: budget
      ? { top: TITLE_HEIGHT + 4, left: 12, textStyle: { fontSize: 14, color: INK }, data: [words.allocated, words.spent] }
      : undefined,
    tooltip: {
      ...TOOLTIP,
      trigger: 'item',
      formatter: (p: { seriesName: string; name: string; value: number; data: { missing?: boolean } }) =>
        `<strong>${escapeHtml(p.name)}</strong><br/>${escapeHtml(p.seriesName)}: ${escapeHtml(
          p.data.missing ? words.missing : fmt(p.value),
        )}`,
    },
    grid: {
      left: 16,
      // Room for the value labels right of the longest bar.
      right: budget ? 150 : 110,
      top: TITLE_HEIGHT + (budget ? 40 : 20),
      bottom: FOOTER_HEIGHT + 36,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: budget ? undefined : Math.max(100, Math.ceil(max / 10) * 10),
      axisLabel: {
        fontSize: 14,
        color: INK,
        formatter: (v: number) => (budget ? (v === 0 ? '0' : formatRupiah(v, lang, 0)) : `${formatNumber(v, 0, lang)}%`),
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { fontSize: 14, color: INK, fontWeight: 'bold' },
      axisTick: { show: false },
    },
    series,
  };
}
