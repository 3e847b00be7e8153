import { formatPeriod, formatValue, type Lang, missingText, type UnitInfo } from '../i18n/format';
import type { Translate } from '../i18n/useI18n';
import { type ChartDescription, paragraph } from './chart-description';

export interface DescribedPoint {
  period: string;
  value: number;
}

/** A region's series as the page has it (SeriesInfo fits). */
export interface DescribedSeries {
  regionCode: string;
  region: { name: string };
  points: readonly DescribedPoint[];
}

export interface TrendDescriptionInput {
  /** In the chart's order: the first is the region the target and projection belong to. */
  series: readonly DescribedSeries[];
  unit: UnitInfo;
  lang: Lang;
  /** The target line's label as the chart writes it, e.g. "Target nasional RPJMN 2029: 4,50%". */
  target: string | null;
  /** The first region's progress (ProgressInfo fits): its projected value in the target year, when there is one. */
  progress?: { projectedValue: number | null; target: { year: number } | null } | null;
}

/** Regions described one by one in the summary (the chart names as many at its lines' ends); the rest in one sentence. */
const NAMED = 6;

/**
 * One region's line in words: first and latest value with their periods and, over three or more points, its lowest
 * and highest, e.g. "Kabupaten Boalemo: 18,10% (Maret 2019) → 16,37% (Maret 2025), terendah …, tertinggi …".
 */
export function describeSeriesLine(
  name: string,
  points: readonly DescribedPoint[],
  unit: UnitInfo,
  lang: Lang,
  t: Translate,
): string {
  const sorted = [...points].sort((a, b) => a.period.localeCompare(b.period));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return `${name}: ${missingText(lang)}`;
  const value = (v: number) => formatValue(v, unit, lang);
  if (sorted.length === 1) {
    return t('describeSeriesOne', { region: name, last: value(last.value), lastPeriod: formatPeriod(last.period, lang) });
  }
  const line = t('describeSeries', {
    region: name,
    first: value(first.value),
    firstPeriod: formatPeriod(first.period, lang),
    last: value(last.value),
    lastPeriod: formatPeriod(last.period, lang),
  });
  if (sorted.length < 3) return line;
  // The earliest period of the lowest (highest) value, when it occurs more than once.
  const low = sorted.reduce((a, b) => (b.value < a.value ? b : a));
  const high = sorted.reduce((a, b) => (b.value > a.value ? b : a));
  return `${line}, ${t('describeLowHigh', {
    low: value(low.value),
    lowPeriod: formatPeriod(low.period, lang),
    high: value(high.value),
    highPeriod: formatPeriod(high.period, lang),
  })}`;
}

/** The trend chart in words: each named region's course, the others' latest range, the target and the projection. */
export function describeTrend(input: TrendDescriptionInput, t: Translate): ChartDescription {
  const { unit, lang } = input;
  const series = input.series.filter((s) => s.points.length > 0);
  const named = series.slice(0, NAMED);
  const others = series.slice(NAMED);
  const latest = others
    .map((s) => [...s.points].sort((a, b) => a.period.localeCompare(b.period)).at(-1)!.value)
    .sort((a, b) => a - b);
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const primary = series[0];
  const projected = input.progress?.projectedValue ?? null;
  const targetYear = input.progress?.target?.year ?? null;
  const summary = paragraph([
    ...named.map((s) => `${describeSeriesLine(s.region.name, s.points, unit, lang, t)}.`),
    latest.length > 0 &&
      t('describeOthers', {
        n: latest.length,
        low: formatValue(latest[0], unit, lang),
        high: formatValue(latest[latest.length - 1], unit, lang),
      }),
    input.target && `${input.target}.`,
    projected !== null &&
      targetYear !== null &&
      primary &&
      t('describeProjection', { region: primary.region.name, year: targetYear, value: formatValue(projected, unit, lang) }),
  ]);
  return {
    summary,
    table: {
      header: [t('region'), ...periods.map((p) => formatPeriod(p, lang))],
      rows: series.map((s) => {
        const byPeriod = new Map(s.points.map((p) => [p.period, p.value]));
        return [s.region.name, ...periods.map((p) => formatValue(byPeriod.get(p), unit, lang))];
      }),
    },
  };
}
