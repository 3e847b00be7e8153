import type { PptxChart, PptxLineStyle } from './chart-for-pptx';

// Corrections to the chart parts pptxgenjs 4 writes, applied to the finished file:
// - line style per series (pptxgenjs has one per chart): the target path dashed, the target a marker without a
//   line, the projection dotted, as on the dashboard;
// - a missing value: pptxgenjs writes an empty point (`<c:v></c:v>`), which is not a number; the file format says
//   a missing value is a point left out, which PowerPoint and LibreOffice draw as a gap;
// - the embedded workbook (what "Edit data" opens): pptxgenjs writes `value || ''`, so a real 0 became an empty
//   cell there; every value cell is written again from the chart's own data.

/** EMUs per point (DrawingML line widths). */
const EMU_PER_PT = 12700;

function lineXml(style: PptxLineStyle, colour: string): string {
  if (style.width === 0) return '<a:ln><a:noFill/></a:ln>';
  return `<a:ln w="${Math.round(style.width * EMU_PER_PT)}" cap="flat"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:prstDash val="${style.dash}"/><a:round/></a:ln>`;
}

/** The chart part with each series' line style and its missing values left out. */
export function styleChartXml(xml: string, chart: PptxChart): string {
  let index = 0;
  const styled = xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const series = chart.series[index++];
    const style = series?.line;
    if (!series || !style || chart.type !== 'line') return ser;
    return (
      ser
        // The series' own line is the first <a:ln> of the series (the marker's outline comes later).
        .replace(/<a:ln\b[^>]*>[\s\S]*?<\/a:ln>/, lineXml(style, series.colour))
        .replace(/<c:symbol val="[^"]*"\/>/, `<c:symbol val="${style.marker}"/>`)
        .replace(/<c:size val="\d+"\/>/, `<c:size val="${Math.min(72, Math.max(2, style.markerSize))}"/>`)
    );
  });
  return styled.replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, '');
}

/** Spreadsheet column name: 1 → A, 27 → AA. */
function column(n: number): string {
  let name = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
}

/** The embedded workbook's sheet with every value cell written from the chart's data (a 0 stays 0, none is empty). */
export function fillSheetXml(xml: string, chart: PptxChart): string {
  const values = new Map<string, number | null>();
  // Column A holds the categories, then one column per series, from row 2.
  chart.series.forEach((s, k) => {
    s.values.forEach((v, i) => {
      values.set(`${column(k + 2)}${i + 2}`, v);
    });
  });
  return xml.replace(/<c r="([A-Z]+\d+)"(?![^>]*\bt=")[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (cell, ref: string) => {
    if (!values.has(ref)) return cell;
    const v = values.get(ref);
    return v === null || v === undefined ? `<c r="${ref}"/>` : `<c r="${ref}"><v>${v}</v></c>`;
  });
}
