import { describe, expect, it } from 'vitest';
import { slopeOption } from '../../charts/slope.option';
import { chartForPptx, hexColour, unitOf } from './chart-for-pptx';
import { papuaTrendOption, programmeBudgetOption, rankedChart, tileMapChart, trendChart } from './deck-fixtures';
import { axisDecimals, numberFormatFor, valueDecimals } from './number-format';

const id = { lang: 'id' as const, unit: 'persen (%)' };

describe('chartForPptx: trend', () => {
  const chart = chartForPptx(trendChart().option, id)!;
  const series = (name: string) => chart.series.find((s) => s.name === name)!;
  const at = (label: string) => chart.categories.indexOf(label);

  it('is a line chart over every round from the first value to the target year, labelled as periods', () => {
    expect(chart.type).toBe('line');
    expect(chart.categories[0]).toBe('Sep 2021');
    expect(chart.categories.at(-1)).toBe('Mar 2029');
    // Semi-annual rounds: time runs evenly, so the path to 2029 has its true length.
    expect(chart.categories).toHaveLength(16);
    expect(chart.categoryAxisTitle).toBe('Periode');
    expect(chart.valueAxisTitle).toBe('persen (%)');
  });
  it('carries each region as one series with its colour, September 2023 as a gap (BPS computed none)', () => {
    const gorontalo = series('Gorontalo');
    expect(gorontalo.values.filter((v) => v !== null)).toEqual([15.41, 15.42, 15.51, 15.15, 14.57, 13.87, 13.24, 12.62]);
    expect(gorontalo.values[at('Sep 2023')]).toBeNull();
    expect(gorontalo.values[at('Mar 2027')]).toBeNull();
    expect(gorontalo.colour).toBe('0072B2');
    expect(series('Indonesia').values[at('Mar 2025')]).toBe(8.47);
    expect(series('Indonesia').colour).toBe('D55E00');
  });
  it('adds the target as a marker at its year and the path to it from the baseline, dashed, in the target colour', () => {
    const target = series('Target nasional RPJMN 2029: 4,50%');
    expect(target.values[at('Mar 2029')]).toBe(4.5);
    expect(target.values.filter((v) => v !== null)).toHaveLength(1);
    expect(target.line).toMatchObject({ width: 0, marker: 'diamond' });
    expect(target.colour).toBe('009E73');
    const path = series('Jalur ke target');
    expect(path.values[at('Sep 2024')]).toBe(13.87);
    expect(path.values[at('Mar 2029')]).toBe(4.5);
    expect(path.values[at('Mar 2024')]).toBeNull();
    expect(path.line).toMatchObject({ dash: 'dash', marker: 'none' });
  });
  it('adds the projection as a dotted line from the latest value, named with its figure', () => {
    const projection = series('Proyeksi 2029: 8,94%');
    expect(projection.values[at('Sep 2025')]).toBe(12.62);
    expect(projection.values[at('Mar 2029')]).toBe(8.94);
    expect(projection.line!.dash).toBe('sysDot');
  });
  it('writes percents as percents with the decimals the data has, the Indonesian way; the axis in whole percents', () => {
    expect(chart.numberFormat).toBe('[$-421]#,##0.00"%"');
    expect(chart.axisNumberFormat).toBe('[$-421]#,##0"%"');
  });
  it('splits a series at a break into two series and names the break under the chart', () => {
    const papua = chartForPptx(papuaTrendOption(), id)!;
    expect(papua.series.map((s) => s.name).slice(0, 2)).toEqual(['Papua', 'Papua (sejak Maret 2024, seri baru)']);
    expect(papua.series[0]!.values.filter((v) => v !== null)).toEqual([26.8, 26.03]);
    expect(papua.series[1]!.values.filter((v) => v !== null)).toEqual([17.26, 18.09]);
    expect(papua.notes).toEqual(['Pemutusan seri: Maret 2024']);
  });
  it('draws a target range as its two bounds, each with a path from the baseline', () => {
    const papua = chartForPptx(papuaTrendOption(), id)!;
    const names = papua.series.map((s) => s.name);
    expect(names).toContain('Target RKP 2026: 6,50–7,50% (batas bawah)');
    expect(names).toContain('Target RKP 2026: 6,50–7,50% (batas atas)');
    const upperPath = papua.series.find((s) => s.name === 'Jalur ke target (batas atas)')!;
    expect(upperPath.values.filter((v) => v !== null).at(-1)).toBe(7.5);
  });
});

describe('chartForPptx: ranked bars', () => {
  const chart = chartForPptx(rankedChart().option, id)!;

  it('is a horizontal bar chart, rank 1 on top, the chosen region marked by ▶ and its own colour', () => {
    expect(chart).toMatchObject({ type: 'bar', barDirection: 'bar', reverseCategories: true, showValues: true });
    expect(chart.categories[0]).toBe('Kota Gorontalo');
    expect(chart.categories[5]).toBe('▶ Kabupaten Boalemo');
    expect(chart.pointColours![5]).toBe('D55E00');
    expect(chart.pointColours![0]).toBe('0072B2');
  });
  it('leaves a region without a figure empty, never zero', () => {
    expect(chart.categories[6]).toBe('Kabupaten Contoh Pemekaran (belum ada data)');
    expect(chart.series[0]!.values).toEqual([5.31, 13.16, 14.89, 15.24, 15.89, 16.37, null]);
  });
  it('says the national, provincial and target values under the chart (a bar chart has no vertical lines)', () => {
    expect(chart.notes).toEqual(['Nasional 8,47% (Maret 2025)', 'Gorontalo 13,24% (2025)', 'Target RPJMN 2029: 4,50%']);
  });
});

describe('chartForPptx: programme budgets', () => {
  const chart = chartForPptx(programmeBudgetOption(), { lang: 'id', unit: 'rupiah' })!;

  it('has pagu and realisasi side by side, regions top to bottom as on the dashboard', () => {
    expect(chart.series.map((s) => s.name)).toEqual(['Pagu', 'Realisasi']);
    expect(chart.categories).toEqual(['Kabupaten Poso', 'Kabupaten Banggai']);
    expect(chart.reverseCategories).toBe(false);
    expect(chart.series[1]!.values).toEqual([null, 28.4e9]);
    expect(chart.showLegend).toBe(true);
  });
  it('writes rupiah in miliar', () => {
    expect(chart.numberFormat).toBe('[$-421]"Rp "#,##0.0,,," miliar"');
  });
});

describe('chartForPptx: what PowerPoint cannot draw', () => {
  it('returns null for the tile map', () => {
    expect(chartForPptx(tileMapChart().option, id)).toBeNull();
  });
  it('returns null for the change between two periods (arrows, a custom series)', () => {
    const option = slopeOption(
      {
        rows: [
          { code: '75.02', name: 'Kabupaten Boalemo', from: 17.04, to: 16.37, comparable: true },
          { code: '75.71', name: 'Kota Gorontalo', from: 5.42, to: 5.31, comparable: true },
        ],
        fromLabel: '2024',
        toLabel: '2025',
        highlight: '75.02',
        decimals: 2,
        percent: true,
        lang: 'id',
        direction: 'LOWER_IS_BETTER',
        words: {
          improved: 'Membaik',
          worsened: 'Memburuk',
          unchanged: 'Tetap',
          notComparable: 'Tidak sebanding',
          notComparableShort: 'tdk',
        },
      },
      { title: 'Perubahan', subtitle: 'persen (%)', footer: '' },
    );
    expect(chartForPptx(option, id)).toBeNull();
  });
});

describe('number formats and helpers', () => {
  it('counts the decimals of the published values', () => {
    expect(valueDecimals([16.37, 5.3, null])).toBe(2);
    expect(valueDecimals([100, 87])).toBe(0);
    expect(valueDecimals([0.3814])).toBe(3);
  });
  it('formats plain numbers, percents and rupiah', () => {
    expect(numberFormatFor([72.62], 'indeks', 'id')).toBe('[$-421]#,##0.00');
    expect(numberFormatFor([1234.5], 'ribu jiwa', 'en')).toBe('[$-809]#,##0.0');
    expect(numberFormatFor([1.5e12], 'rupiah', 'en')).toBe('[$-809]"Rp "#,##0.0,,,," trillion"');
    expect(numberFormatFor([850e3], 'rupiah', 'id')).toBe('[$-421]"Rp "#,##0');
  });
  it('gives an axis the decimals its steps need', () => {
    expect(axisDecimals([5.31, 16.37])).toBe(0);
    expect(axisDecimals([0.381, 0.402])).toBe(2);
    expect(axisDecimals([])).toBe(0);
  });
  it('reads the unit from a subtitle and colours as RRGGBB', () => {
    expect(unitOf({ subtitle: 'persen (%) · Maret 2025 · peringkat' })).toBe('persen (%)');
    expect(hexColour('#0072B2')).toBe('0072B2');
    expect(hexColour('rgba(0, 158, 115, 0.16)')).toBe('009E73');
    expect(hexColour('transparent')).toBeNull();
  });
});
