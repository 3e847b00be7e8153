import type { EChartsCoreOption } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { fitFooter, wrappedLines } from './fit-footer';
import { tileMapOption } from './tile-map.option';

/** Every character half the font size wide: enough to tell one line from two. */
const measure = (text: string, fontSize: number) => text.length * fontSize * 0.5;

const FOOTER =
  'Sumber: BPS — Jumlah dan Persentase Penduduk Miskin Menurut Provinsi · Tanggal rilis tidak diketahui · dimuat 5 Desember 2026 · bps.go.id/… · diambil dari github.com/akbaralqahri/…';

function chart(footer = FOOTER): EChartsCoreOption {
  return {
    title: [
      { text: 'Persentase Penduduk Miskin', left: 12, top: 8 },
      { text: footer, left: 12, bottom: 8, textStyle: { fontSize: 14 } },
    ],
    grid: { left: 12, right: 12, top: 120, bottom: 48 },
    legend: { bottom: 40, data: ['Gorontalo'] },
  };
}

describe('wrappedLines', () => {
  it('wraps at words as ECharts does', () => {
    expect(wrappedLines('aa bb cc', 100, 10, measure)).toBe(1);
    // "aa bb" is 25 px, "aa bb cc" 40 px: within 30 px, two lines.
    expect(wrappedLines('aa bb cc', 30, 10, measure)).toBe(2);
    expect(wrappedLines('aa bb cc', 12, 10, measure)).toBe(3);
  });
});

describe('fitFooter', () => {
  it('leaves a source line that fits as it is', () => {
    const option = chart();
    expect(fitFooter(option, 1400, measure)).toBe(option);
  });

  it('wraps a source line too long for an A4 page and moves the plot and legend up by the added line', () => {
    // 180 characters at 7 px: 1,260 px, in an A4 landscape chart's 1,029 px less its margins: two lines.
    const fitted = fitFooter(chart(), 1029, measure) as {
      title: { textStyle: { width: number; overflow: string; lineHeight: number } }[];
      grid: { bottom: number };
      legend: { bottom: number };
    };
    expect(fitted.title[1]!.textStyle).toMatchObject({ width: 1005, overflow: 'break', lineHeight: 18, fontSize: 14 });
    expect(fitted.grid.bottom).toBe(48 + 18);
    expect(fitted.legend.bottom).toBe(40 + 18);
    // The title is not the footer's business.
    expect(fitted.title[0]).toEqual((chart().title as unknown[])[0]);
  });

  it('moves every grid and legend placed from the bottom, and nothing placed from the top', () => {
    const option = { ...chart(), grid: [{ bottom: 40 }, { top: 10 }], legend: [{ bottom: 30 }, { top: 0 }] };
    const fitted = fitFooter(option, 600, measure) as { grid: Record<string, number>[]; legend: Record<string, number>[] };
    // At 600 px: three lines, two added.
    expect(fitted.grid).toEqual([{ bottom: 40 + 36 }, { top: 10 }]);
    expect(fitted.legend).toEqual([{ bottom: 30 + 36 }, { top: 0 }]);
  });

  it("keeps a footer that already wraps (the projector's)", () => {
    const option = chart();
    const titles = option.title as Record<string, unknown>[];
    const wrapped = {
      ...option,
      title: [titles[0], { ...titles[1], textStyle: { fontSize: 24, overflow: 'break', width: 900 } }],
    };
    expect(fitFooter(wrapped, 600, measure)).toBe(wrapped);
  });

  it("fits the tile map's source on paper with every one of its tiles kept", () => {
    const tiles = Array.from({ length: 38 }, (_, i) => ({
      code: String(11 + i),
      name: `Provinsi ${i}`,
      short: `P${i}`,
      col: i % 18,
      row: Math.floor(i / 18),
      valueText: '1,00%',
      fill: '#0b4f8a',
      detail: '',
      highlighted: false,
    }));
    const option = tileMapOption(
      { tiles, columns: 18, rows: 3, legend: [], legendTitle: 'Kelompok nilai' },
      { title: 'Persentase Penduduk Miskin (P0) menurut provinsi', subtitle: 'persen (%)', footer: FOOTER },
    );
    const fitted = fitFooter(option, 1029, measure) as {
      series: { data: unknown[] }[];
      title: { textStyle: { overflow: string } }[];
    };
    expect(fitted.series[0]!.data).toHaveLength(38);
    expect(fitted.title[1]!.textStyle.overflow).toBe('break');
  });
});
