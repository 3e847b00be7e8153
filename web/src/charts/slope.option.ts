import type { EChartsCoreOption } from 'echarts/core';
import type { Direction } from '../data/types';
import { formatNumber, type Lang } from '../i18n/format';
import { BASE_TEXT, type ChartLabels, chartTitles, escapeHtml, FOOTER_HEIGHT, MIN_FONT, TITLE_HEIGHT, TOOLTIP } from './common';
import { GRID_LINE, INK, INK_MUTED, NEUTRAL_BAR, OKABE_ITO } from './palette';
import { shortlist } from './shortlist';

// "Perubahan antarperiode" is drawn as one arrow per region, from the earlier value to the later, one row each,
// sorted by how much the region improved. A slope chart of 38 provinces (or a dozen kabupaten/kota with close
// values) puts 38 lines and labels in the same few centimetres and they overprint; here every region has its own
// row, so its name and numbers can never collide with another's, and "who improved most, where is my region" is
// read from top to bottom, like the ranking next to it.

export interface SlopeRow {
  code: string;
  name: string;
  from: number | null;
  to: number | null;
  /** False when a series break lies between the two periods: the points are drawn, not the arrow. */
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
  /** On a slide: only the most improved and most worsened this many and the chosen region (see shortlist.ts). */
  shortlist?: number;
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

const byName = new Intl.Collator('id').compare;

/**
 * Rows from the most improved to the most worsened (for an indicator without a better direction: the largest rise
 * first); then regions whose change cannot be read (a series break, a missing period), by name.
 */
export function sortByChange(rows: readonly SlopeRow[], direction: Direction): SlopeRow[] {
  const gain = (r: SlopeRow) => {
    const diff = (r.to ?? 0) - (r.from ?? 0);
    return direction === 'LOWER_IS_BETTER' ? -diff : diff;
  };
  const readable = (r: SlopeRow) => r.comparable && r.from !== null && r.to !== null;
  return [...rows].sort((a, b) => {
    if (readable(a) !== readable(b)) return readable(a) ? -1 : 1;
    if (!readable(a)) return byName(a.name, b.name);
    return gain(b) - gain(a) || byName(a.name, b.name);
  });
}

/** Height of one region's row: room for a 15 px bold name with space around it. */
export const ROW_PITCH = 30;
/** The line height of the labels (font size × 1.4): two labels closer than this overprint. */
export const LABEL_LINE_HEIGHT = Math.ceil(15 * 1.4);
const GRID_TOP = TITLE_HEIGHT + 64;
const GRID_BOTTOM = FOOTER_HEIGHT + 24;

export interface SlopeLayout {
  height: number;
  gridTop: number;
  gridBottom: number;
  /** Vertical distance between the centres of two neighbouring rows (and their labels). */
  rowPitch: number;
  /** Centre of each row's labels, from the top of the chart. */
  labelCentres: number[];
}

/** Where each row and its labels go: one row per region, at least a label's line height apart. */
export function slopeLayout(rowCount: number): SlopeLayout {
  const rows = Math.max(rowCount, 3);
  const height = GRID_TOP + GRID_BOTTOM + rows * ROW_PITCH;
  const rowPitch = (height - GRID_TOP - GRID_BOTTOM) / rows;
  return {
    height,
    gridTop: GRID_TOP,
    gridBottom: GRID_BOTTOM,
    rowPitch,
    labelCentres: Array.from({ length: rowCount }, (_, i) => GRID_TOP + rowPitch * (i + 0.5)),
  };
}

export function slopeHeight(rowCount: number): number {
  return slopeLayout(rowCount).height;
}

interface ArrowApi {
  value(dim: number): number;
  coord(value: [number, number]): [number, number];
  size(value: [number, number]): [number, number];
}
interface ArrowParams {
  dataIndex: number;
  coordSys: { x: number; y: number; width: number; height: number };
}

/** Each region's row on the right: both values and the change, e.g. "15,15% → 13,24%  (−1,91)". */
function valueText(row: SlopeRow, kind: SlopeKind, fmt: (v: number) => string, data: SlopeData): string {
  const from = row.from === null ? '–' : fmt(row.from);
  const to = row.to === null ? '–' : fmt(row.to);
  if (row.from === null || row.to === null) return `${from} → ${to}`;
  if (kind === 'notComparable') return `${from} → ${to}  {muted|${data.words.notComparableShort}}`;
  const diff = Number((row.to - row.from).toFixed(data.decimals));
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  return `${from} → ${to}  {${kind}|${sign}${formatNumber(Math.abs(diff), data.decimals, data.lang)}}`;
}

/** One arrow per region from the earlier value to the later, sorted by change, with both values beside it. */
export function slopeOption(data: SlopeData, labels: ChartLabels): EChartsCoreOption {
  const fmt = (v: number) => `${formatNumber(v, data.decimals, data.lang)}${data.percent ? '%' : ''}`;
  const sorted = sortByChange(data.rows, data.direction);
  const rows = data.shortlist ? shortlist(sorted, (r) => r.code === data.highlight, data.shortlist) : sorted;
  const kinds = rows.map((r) => slopeKind(r, data.direction));
  const layout = slopeLayout(rows.length);
  const names = rows.map((r) => (r.code === data.highlight ? `▶ ${r.name}` : r.name));
  const values = rows.map((r, i) => valueText(r, kinds[i]!, fmt, data));

  const renderArrow = (params: ArrowParams, api: ArrowApi) => {
    const i = params.dataIndex;
    const row = rows[i]!;
    const kind = kinds[i]!;
    const colour = KIND_COLOUR[kind];
    const highlighted = row.code === data.highlight;
    const width = highlighted ? 5 : 3;
    const y = api.coord([0, i])[1];
    const children: Record<string, unknown>[] = [];
    if (highlighted) {
      const band = api.size([0, 1])[1];
      const { x, width: w } = params.coordSys;
      children.push({ type: 'rect', shape: { x, y: y - band / 2, width: w, height: band }, style: { fill: '#e8f1fa' } });
    }
    const x1 = row.from === null ? null : api.coord([row.from, i])[0];
    const x2 = row.to === null ? null : api.coord([row.to, i])[0];
    // The earlier value is a hollow circle under the arrow; the later is the arrow's head, or a filled circle when
    // no arrow can be drawn. A change too small to see still shows its direction by the head.
    if (x1 !== null) {
      children.push({
        type: 'circle',
        shape: { cx: x1, cy: y, r: highlighted ? 6 : 5 },
        style: { fill: '#ffffff', stroke: colour, lineWidth: 2 },
      });
    }
    if (x1 !== null && x2 !== null && kind !== 'notComparable') {
      const head = highlighted ? 13 : 10;
      const dir = Math.sign(x2 - x1);
      const tip = x2;
      const base = Math.abs(x2 - x1) > head ? x2 - dir * head : x1;
      children.push({
        type: 'line',
        shape: { x1, y1: y, x2: base, y2: y },
        style: { stroke: colour, lineWidth: width },
      });
      if (dir === 0) {
        children.push({ type: 'circle', shape: { cx: x2, cy: y, r: head / 2 }, style: { fill: colour } });
      } else {
        const back = tip - dir * head;
        children.push({
          type: 'polygon',
          shape: {
            points: [
              [tip, y],
              [back, y - head * 0.6],
              [back, y + head * 0.6],
            ],
          },
          style: { fill: colour },
        });
      }
    }
    if (x2 !== null && (kind === 'notComparable' || x1 === null)) {
      children.push({ type: 'circle', shape: { cx: x2, cy: y, r: highlighted ? 6 : 5 }, style: { fill: colour } });
    }
    return { type: 'group', children };
  };

  const legendOrder: SlopeKind[] = ['improved', 'worsened', 'unchanged', 'notComparable'];
  const present = legendOrder.filter((k) => kinds.includes(k));
  const rich = {
    hl: { fontSize: 15, fontWeight: 'bold', color: INK },
    improved: { fontSize: MIN_FONT, fontWeight: 'bold', color: '#005a8c' },
    worsened: { fontSize: MIN_FONT, fontWeight: 'bold', color: '#a33f00' },
    unchanged: { fontSize: MIN_FONT, fontWeight: 'bold', color: INK },
    muted: { fontSize: MIN_FONT, color: INK_MUTED },
  };
  return {
    animation: false,
    textStyle: BASE_TEXT,
    title: chartTitles(labels),
    legend: {
      top: TITLE_HEIGHT - 4,
      left: 12,
      selectedMode: false,
      textStyle: { fontSize: MIN_FONT, color: INK },
      data: present.map((k) => ({ name: data.words[k], itemStyle: { color: KIND_COLOUR[k] } })),
    },
    tooltip: {
      ...TOOLTIP,
      trigger: 'item',
      formatter: (p: { dataIndex: number; seriesId?: string }) => {
        const r = rows[p.dataIndex];
        if (!r || p.seriesId !== 'arrows') return '';
        const from = r.from === null ? '–' : fmt(r.from);
        const to = r.to === null ? '–' : fmt(r.to);
        return `<strong>${escapeHtml(r.name)}</strong><br/>${escapeHtml(data.fromLabel)}: ${from}<br/>${escapeHtml(
          data.toLabel,
        )}: ${to}<br/>${escapeHtml(data.words[kinds[p.dataIndex]!])}`;
      },
    },
    grid: {
      left: 12,
      right: 12,
      top: layout.gridTop,
      bottom: layout.gridBottom,
      // The names and the numbers column (with its header, an axis name) narrow the plot to stay inside the image;
      // the bounds are the whole height, so rows keep exactly the pitch slopeLayout gives them.
      outerBoundsMode: 'auto',
      outerBounds: { left: 12, right: 12, top: 0, bottom: 0 },
      outerBoundsContain: 'all',
    },
    xAxis: {
      type: 'value',
      scale: true,
      position: 'top',
      axisLabel: { fontSize: MIN_FONT, color: INK, formatter: (v: number) => formatNumber(v, v % 1 === 0 ? 0 : 1, data.lang) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: names,
        axisTick: { show: false },
        axisLabel: {
          fontSize: MIN_FONT,
          color: INK,
          formatter: (text: string) => (text.startsWith('▶') ? `{hl|${text}}` : text),
          rich,
        },
      },
      {
        type: 'category',
        inverse: true,
        position: 'right',
        data: values,
        // The column's header: which two periods its numbers are.
        name: `${data.fromLabel} → ${data.toLabel}`,
        nameLocation: 'start',
        nameGap: 34,
        nameTextStyle: { fontSize: MIN_FONT, fontWeight: 'bold', color: INK, align: 'left' },
        axisTick: { show: false },
        axisLine: { show: false },
        axisLabel: { fontSize: MIN_FONT, color: INK, rich },
      },
    ],
    series: [
      {
        id: 'arrows',
        type: 'custom',
        renderItem: renderArrow,
        encode: { x: [1, 2], y: 0 },
        data: rows.map((r, i) => ({ value: [i, r.from ?? '-', r.to ?? '-'], code: r.code, kind: kinds[i] })),
        z: 3,
      },
      // Empty series give the legend its keys: which colour is "membaik", which "memburuk".
      ...present.map((k) => ({ id: `key-${k}`, type: 'line', name: data.words[k], data: [], color: KIND_COLOUR[k] })),
    ],
  };
}
