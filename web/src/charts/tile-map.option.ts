import type { EChartsCoreOption } from 'echarts/core';
import {
  BASE_TEXT,
  type ChartLabels,
  chartTitles,
  escapeHtml,
  FONT_FAMILY,
  FOOTER_HEIGHT,
  TITLE_HEIGHT,
  TOOLTIP,
} from './common';
import { INK, MISSING_FILL, textOn } from './palette';

export interface Tile {
  code: string;
  name: string;
  short: string;
  col: number;
  row: number;
  /** Text under the name, e.g. "12,62%" or "✗ Tidak sesuai jalur". */
  valueText: string;
  /** Fill colour; null for a province without data. */
  fill: string | null;
  /** Extra line for the tooltip (period, status). */
  detail: string;
  highlighted: boolean;
}

export interface LegendItem {
  label: string;
  fill: string;
}

export interface TileMapData {
  tiles: Tile[];
  columns: number;
  rows: number;
  legend: LegendItem[];
  legendTitle: string;
}

export function tileMapHeight(rows: number): number {
  return TITLE_HEIGHT + FOOTER_HEIGHT + 70 + rows * 64;
}

/** Equal tiles on a rough geographic grid; each carries its name and value, so colour is never the only cue. */
export function tileMapOption(data: TileMapData, labels: ChartLabels): EChartsCoreOption {
  const legendY = TITLE_HEIGHT + 8;
  return {
    animation: false,
    textStyle: BASE_TEXT,
    title: chartTitles(labels),
    tooltip: {
      ...TOOLTIP,
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const t = data.tiles[p.dataIndex];
        return t ? `<strong>${escapeHtml(t.name)}</strong><br/>${escapeHtml(t.detail)}` : '';
      },
    },
    grid: { left: 12, right: 12, top: TITLE_HEIGHT + 52, bottom: FOOTER_HEIGHT + 14 },
    xAxis: { type: 'value', min: -0.5, max: data.columns - 0.5, show: false },
    yAxis: { type: 'value', min: -0.5, max: data.rows - 0.5, inverse: true, show: false },
    series: [
      {
        id: 'tiles',
        type: 'custom',
        coordinateSystem: 'cartesian2d',
        encode: { x: 0, y: 1 },
        data: data.tiles.map((t) => ({ value: [t.col, t.row], code: t.code, name: t.name })),
        renderItem: (
          params: { dataIndex: number },
          api: { coord: (v: number[]) => number[]; size: (v: number[]) => number[] },
        ) => {
          const tile = data.tiles[params.dataIndex];
          if (!tile) return null;
          const [cx, cy] = api.coord([tile.col, tile.row]) as [number, number];
          const [w, h] = api.size([1, 1]) as [number, number];
          const gap = 4;
          const fill = tile.fill ?? MISSING_FILL;
          const ink = textOn(fill);
          const width = w - gap;
          const height = h - gap;
          // Text grows with the tile (a projector's stage draws larger tiles), never under the chart minimum.
          const size = Math.max(14, Math.min(Math.round(height * 0.3), Math.round(width * 0.17)));
          return {
            type: 'group',
            children: [
              {
                type: 'rect',
                shape: { x: cx - width / 2, y: cy - height / 2, width, height, r: 4 },
                style: {
                  fill,
                  stroke: tile.highlighted ? INK : tile.fill ? 'rgba(0,0,0,0.25)' : '#9aa3ad',
                  lineWidth: tile.highlighted ? 4 : 1,
                  lineDash: tile.fill ? undefined : [4, 3],
                },
              },
              {
                type: 'text',
                style: {
                  x: cx,
                  y: cy - size * 0.62,
                  text: tile.short,
                  fill: ink,
                  font: `bold ${size}px ${FONT_FAMILY}`,
                  align: 'center',
                  verticalAlign: 'middle',
                  width: width - 6,
                  overflow: 'truncate',
                },
              },
              {
                type: 'text',
                style: {
                  x: cx,
                  y: cy + size * 0.72,
                  text: tile.valueText,
                  fill: ink,
                  font: `${size + 1}px ${FONT_FAMILY}`,
                  align: 'center',
                  verticalAlign: 'middle',
                  width: width - 6,
                  overflow: 'truncate',
                },
              },
            ],
          };
        },
      },
      // Legend: swatches with their labels, drawn in the canvas so a downloaded PNG keeps it.
      {
        id: 'legend',
        type: 'custom',
        coordinateSystem: 'none',
        silent: true,
        data: [0],
        renderItem: () => ({
          type: 'group',
          children: [
            {
              type: 'text',
              style: { x: 12, y: legendY, text: data.legendTitle, fill: INK, font: `bold 14px ${FONT_FAMILY}` },
            },
            ...data.legend.flatMap((item, i) => {
              const x = 12 + i * 190;
              return [
                {
                  type: 'rect',
                  shape: { x, y: legendY + 20, width: 22, height: 18 },
                  style: { fill: item.fill, stroke: 'rgba(0,0,0,0.35)', lineWidth: 1 },
                },
                {
                  type: 'text',
                  style: { x: x + 28, y: legendY + 22, text: item.label, fill: INK, font: `14px ${FONT_FAMILY}` },
                },
              ];
            }),
          ],
        }),
      },
    ],
  };
}

/** Cut points splitting values into `classes` groups of about equal size (quantiles), rounded for display. */
export function quantileBreaks(values: readonly number[], classes: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const pos = (sorted.length * i) / classes;
    breaks.push(sorted[Math.min(sorted.length - 1, Math.ceil(pos) - 1)]!);
  }
  return [...new Set(breaks)];
}

/** Class of a value given the cut points: 0 for values ≤ the first cut, … */
export function classOf(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value > breaks[i]!) i++;
  return i;
}
