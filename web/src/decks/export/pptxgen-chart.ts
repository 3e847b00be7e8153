import type PptxGenJS from 'pptxgenjs';
import type { PptxChart } from './chart-for-pptx';

/** Smallest text on a projected chart, in points. */
export const CHART_FONT_PT = 14;
export const FONT_FACE = 'Arial';
const INK = '111111';
const GRID = 'D5D9DF';

export interface PptxgenChart {
  type: 'line' | 'bar';
  data: PptxGenJS.OptsChartData[];
  options: PptxGenJS.IChartOpts;
}

/**
 * The arguments of pptxgenjs' `slide.addChart(type, data, options)` for a chart description. Line styles per series
 * (a dashed target path, markers only for the target) are not pptxgenjs options: `styleChartXml` applies them.
 */
export function pptxgenChart(chart: PptxChart, box: { x: number; y: number; w: number; h: number }): PptxgenChart {
  const data = chart.series.map((s) => ({
    name: s.name,
    labels: chart.categories,
    // pptxgenjs writes a null as an empty point; `styleChartXml` turns those into gaps.
    values: s.values as number[],
  }));
  const text = { color: INK, fontFace: FONT_FACE };
  const options: PptxGenJS.IChartOpts = {
    ...box,
    chartColors: chart.pointColours ?? chart.series.map((s) => s.colour),
    // A missing value is a gap, never a line drawn through it nor a zero.
    displayBlanksAs: 'gap',
    catAxisLabelFontSize: CHART_FONT_PT,
    catAxisLabelColor: text.color,
    catAxisLabelFontFace: text.fontFace,
    valAxisLabelFontSize: CHART_FONT_PT,
    valAxisLabelColor: text.color,
    valAxisLabelFontFace: text.fontFace,
    valAxisLabelFormatCode: chart.axisNumberFormat,
    valLabelFormatCode: chart.numberFormat,
    valGridLine: { color: GRID, size: 1 },
    showLegend: chart.showLegend,
    legendPos: 'b',
    legendFontSize: CHART_FONT_PT,
    legendFontFace: text.fontFace,
    legendColor: text.color,
    showValue: chart.showValues,
    dataLabelFormatCode: chart.numberFormat,
    dataLabelFontSize: CHART_FONT_PT,
    dataLabelFontFace: text.fontFace,
    dataLabelColor: text.color,
    showTitle: false,
  };
  if (chart.valueAxisTitle) {
    Object.assign(options, {
      showValAxisTitle: true,
      valAxisTitle: chart.valueAxisTitle,
      valAxisTitleFontSize: CHART_FONT_PT,
      valAxisTitleColor: text.color,
      valAxisTitleFontFace: text.fontFace,
    });
  }
  if (chart.categoryAxisTitle) {
    Object.assign(options, {
      showCatAxisTitle: true,
      catAxisTitle: chart.categoryAxisTitle,
      catAxisTitleFontSize: CHART_FONT_PT,
      catAxisTitleColor: text.color,
      catAxisTitleFontFace: text.fontFace,
    });
  }
  if (chart.reverseCategories) {
    // pptxgenjs' types know only 'minMax'; the file format has both.
    options.catAxisOrientation = 'maxMin' as 'minMax';
  }
  if (chart.type === 'bar') {
    options.barDir = chart.barDirection ?? 'col';
    options.barGapWidthPct = 60;
    if (chart.showValues) options.dataLabelPosition = 'outEnd';
  } else {
    options.lineSize = 2;
    options.lineDataSymbol = 'circle';
    options.lineDataSymbolSize = 7;
  }
  return { type: chart.type, data, options };
}
