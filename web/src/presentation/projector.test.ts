import { describe, expect, it } from 'vitest';
import { MIN_FONT } from '../charts/common';
import { STATUS_ORDER, STATUS_STYLE } from '../charts/palette';
import { rankedBarOption } from '../charts/ranked-bar.option';
import { hue, PROJECTOR_MIN_FONT_AT_1080, projectedContrast, projectorOption } from './projector';

/** Every number under a key named `fontSize`, wherever it is in the option. */
function fontSizes(node: unknown, out: number[] = []): number[] {
  if (Array.isArray(node)) for (const item of node) fontSizes(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'fontSize' && typeof value === 'number') out.push(value);
      else fontSizes(value, out);
    }
  }
  return out;
}

describe('projector option', () => {
  const option = {
    textStyle: { fontFamily: 'x' },
    title: [{ text: 'T', top: 8, textStyle: { fontSize: 20 } }],
    grid: { top: 80, left: 12 },
    xAxis: { axisLabel: { fontSize: MIN_FONT, formatter: (v: number) => `${v}` } },
    series: [{ type: 'line', data: [1.5, 2, 14], lineStyle: { width: 2 }, symbolSize: 8 }],
  };

  it('draws no text under 24 px on a 1080-line stage, and scales with the stage', () => {
    const at1080 = projectorOption(option, 1080);
    expect(Math.min(...fontSizes(at1080))).toBeGreaterThanOrEqual(PROJECTOR_MIN_FONT_AT_1080);
    const at720 = projectorOption(option, 720);
    expect(Math.min(...fontSizes(at720))).toBeGreaterThanOrEqual(16);
    expect(Math.min(...fontSizes(at720))).toBeLessThan(PROJECTOR_MIN_FONT_AT_1080);
  });

  it('leaves the data, the formatters and the colours alone, and makes room for the larger titles', () => {
    const at1080 = projectorOption(option, 1080) as typeof option;
    expect(at1080.series[0]!.data).toEqual([1.5, 2, 14]);
    expect(at1080.xAxis.axisLabel.formatter).toBe(option.xAxis.axisLabel.formatter);
    expect(at1080.grid.top).toBeGreaterThan(option.grid.top * 1.5);
    expect(at1080.series[0]!.lineStyle.width).toBeGreaterThan(2);
    expect(option.grid.top).toBe(80); // the dashboard's own option is not changed
  });

  it('grows every text of a real chart option', () => {
    const ranked = rankedBarOption(
      {
        rows: [
          { code: '75.02', name: 'Kabupaten Boalemo', value: 16.37, rank: 2 },
          { code: '75.71', name: 'Kota Gorontalo', value: 5.31, rank: 1 },
        ],
        highlight: '75.02',
        decimals: 2,
        percent: true,
        lang: 'id',
        national: { value: 8.47, label: 'Indonesia 8,47%' },
        parent: null,
        target: null,
        missingLabel: 'belum ada data',
      },
      { title: 'Persentase penduduk miskin', subtitle: 'persen (%) · 2025', footer: 'Sumber: BPS' },
    );
    const sizes = fontSizes(projectorOption(ranked, 1080));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(PROJECTOR_MIN_FONT_AT_1080);
  });
});

describe('status colours on a washed-out projector', () => {
  const shown = STATUS_ORDER.filter((s) => s !== 'NO_DATA');
  const pairs = shown.flatMap((a, i) => shown.slice(i + 1).map((b) => [a, b] as const));

  it.each(pairs)('keeps %s and %s apart, by lightness or by hue', (a, b) => {
    const contrast = projectedContrast(STATUS_STYLE[a].colour, STATUS_STYLE[b].colour);
    const hueGap = Math.abs(hue(STATUS_STYLE[a].colour) - hue(STATUS_STYLE[b].colour));
    const apartInHue = Math.min(hueGap, 360 - hueGap) >= 90;
    expect(contrast >= 1.5 || apartInHue, `contrast ${contrast.toFixed(2)}, hues ${hueGap.toFixed(0)}° apart`).toBe(true);
  });

  it('tells "Tidak sesuai jalur" from "Berisiko" by lightness, not by a hue the projector washes out', () => {
    expect(projectedContrast(STATUS_STYLE.OFF_TRACK.colour, STATUS_STYLE.AT_RISK.colour)).toBeGreaterThanOrEqual(1.5);
    // The colours they had: the same orange on a projector.
    expect(projectedContrast('#D55E00', '#E69F00')).toBeLessThan(1.5);
  });

  it('keeps a symbol and a word beside every colour', () => {
    for (const s of STATUS_ORDER) expect(STATUS_STYLE[s].icon).not.toBe('');
  });
});

describe('stage size', () => {
  it('letterboxes a 16:9 stage into any window', async () => {
    const { fitStage } = await import('./Stage');
    expect(fitStage(1920, 1080)).toEqual({ width: 1920, height: 1080 });
    expect(fitStage(1280, 720)).toEqual({ width: 1280, height: 720 });
    expect(fitStage(1366, 768)).toEqual({ width: 1365, height: 768 });
    expect(fitStage(1024, 768)).toEqual({ width: 1024, height: 576 });
  });
});

describe('source line on the stage', () => {
  it('wraps within the chart and lifts the plot by a line', async () => {
    const { projectorOption: draw } = await import('./projector');
    const option = {
      title: [
        { text: 'T', textStyle: { fontSize: 20 } },
        { text: 'Sumber: BPS — a long source', left: 12, bottom: 8, textStyle: { fontSize: 14 } },
      ],
      grid: { bottom: 48 },
    };
    const drawn = draw(option, 1080, 1800) as {
      title: { textStyle: { width: number; overflow: string } }[];
      grid: { bottom: number };
    };
    expect(drawn.title[1]!.textStyle).toMatchObject({ overflow: 'break' });
    expect(drawn.title[1]!.textStyle.width).toBeLessThan(1800);
    expect(drawn.grid.bottom).toBeGreaterThan(48 * 1.7 + 24);
  });
});

describe('charts that list a row per region', () => {
  it('draw a province’s kabupaten/kota at full projector size, and shrink 38 provinces until every row fits', async () => {
    const { rowsScale, projectorScale } = await import('./projector');
    expect(rowsScale(1080, 6, 806)).toBe(projectorScale(1080));
    const provinces = rowsScale(1080, 38, 806);
    expect(provinces).toBeLessThan(1);
    expect(provinces * 14 * 1.45 * 38 + 200 * provinces).toBeLessThanOrEqual(806 + 1);
    // A slide's shortlist of a long ranking (five best, five worst, the chosen region) at full projector size.
    expect(rowsScale(1080, 11, 806)).toBe(projectorScale(1080));
    expect(rowsScale(720, 400, 500)).toBe(0.7);
  });
});
