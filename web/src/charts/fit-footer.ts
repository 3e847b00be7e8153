import type { EChartsCoreOption } from 'echarts/core';
import { FONT_FAMILY, MIN_FONT } from './common';

/** Width in pixels of a line of text at a font size (the canvas's measureText in the browser). */
export type MeasureText = (text: string, fontSize: number) => number;

/** The lines greedy word wrapping makes of `text` within `width` (as ECharts' overflow 'break' does). */
export function wrappedLines(text: string, width: number, fontSize: number, measure: MeasureText): number {
  let lines = 1;
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontSize) > width) {
      lines += 1;
      line = word;
    } else {
      line = next;
    }
  }
  return lines;
}

type Positioned = { bottom?: unknown };

function raised<T extends Positioned>(component: T, by: number): T {
  return typeof component.bottom === 'number' ? { ...component, bottom: component.bottom + by } : component;
}

function raiseAll(value: unknown, by: number): unknown {
  if (Array.isArray(value)) return value.map((c) => (c && typeof c === 'object' ? raised(c as Positioned, by) : c));
  return value && typeof value === 'object' ? raised(value as Positioned, by) : value;
}

/**
 * The source line under the chart (its second title) wraps within a chart too narrow for it, as on an A4 page or a
 * tablet, instead of running off the canvas: the source and its dates are what a printed chart must keep. The plot
 * and the legend move up by the added lines. A footer that already wraps (a projector's) is left as it is.
 */
export function fitFooter(option: EChartsCoreOption, width: number, measure: MeasureText): EChartsCoreOption {
  const titles = option.title;
  if (!Array.isArray(titles) || titles.length < 2 || width <= 0) return option;
  const footer = titles[1] as { text?: string; left?: unknown; textStyle?: { fontSize?: number; overflow?: string } };
  if (!footer.text || footer.textStyle?.overflow) return option;
  const fontSize = footer.textStyle?.fontSize ?? MIN_FONT;
  const available = width - 2 * (typeof footer.left === 'number' ? footer.left : 12);
  const lines = wrappedLines(footer.text, available, fontSize, measure);
  if (lines === 1) return option;
  const lineHeight = Math.round(fontSize * 1.25);
  const extra = (lines - 1) * lineHeight;
  return {
    ...option,
    title: [
      titles[0],
      { ...footer, textStyle: { ...footer.textStyle, width: available, overflow: 'break', lineHeight } },
      ...titles.slice(2),
    ],
    ...(option.grid ? { grid: raiseAll(option.grid, extra) } : {}),
    ...(option.legend ? { legend: raiseAll(option.legend, extra) } : {}),
  };
}

let context: CanvasRenderingContext2D | null | undefined;

/** The browser's measure of chart text (null outside a browser, where nothing is measured). */
export function canvasMeasure(): MeasureText | null {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return null;
  return (text, fontSize) => {
    ctx.font = `${fontSize}px ${FONT_FAMILY}`;
    return ctx.measureText(text).width;
  };
}
