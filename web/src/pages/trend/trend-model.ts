import type { EChartsCoreOption } from 'echarts/core';
import type { ChartLabels } from '../../charts/common';
import { trendOption } from '../../charts/trend.option';
import type { LineRole } from '../../charts/trend-layout';
import { levelOfCode, parentCodeOf } from '../../data/catalogue';
import { sourceFooter } from '../../data/sources';
import { isNationalBenchmark, targetFor, targetLabel } from '../../data/targets';
import type { DocumentInfo, IndicatorInfo, ProgressInfo, SeriesInfo, SeriesPointInfo } from '../../data/types';
import type { TrendQueryVariables } from '../../gql/graphql';
import { formatPeriod, formatTarget, isPercent, type Lang, unitLabel } from '../../i18n/format';
import type { Translate } from '../../i18n/useI18n';

/** The chosen region with the regions above it: a kab/kota with its province and Indonesia. */
export function defaultTrendRegions(regionCode: string): string[] {
  const codes: string[] = [];
  let code: string | null = regionCode;
  while (code) {
    codes.push(code);
    code = parentCodeOf(code);
  }
  return codes;
}

/** Up to this many regions each get a colour, a symbol and a name at the line's end: six stay apart. */
export const MAX_DISTINCT_LINES = 6;

/**
 * How each region's line is drawn. The first region is the chosen one. Up to six regions are told apart by colour;
 * with more (a province with all its kabupaten/kota), only the chosen region and the regions above it keep a
 * colour of their own, and the others become grey lines behind them: the chosen region and the target stay in front.
 */
export function trendRoles(regionCodes: readonly string[]): Map<string, LineRole> {
  const [primary] = regionCodes;
  const above = new Set(primary ? defaultTrendRegions(primary).slice(1) : []);
  const many = regionCodes.length > MAX_DISTINCT_LINES;
  return new Map(
    regionCodes.map((code, i) => [code, i === 0 ? 'primary' : !many || above.has(code) ? 'reference' : 'peer'] as const),
  );
}

/** The regions with every one of `peers` added after them (in the peers' order), at most `max`. */
export function withAllPeers(regionCodes: readonly string[], peers: readonly string[], max: number): string[] {
  const codes = [...regionCodes];
  for (const code of peers) if (!codes.includes(code)) codes.push(code);
  return codes.slice(0, max);
}

/** The regions without the grey peers: back to the chosen region and the regions above it. */
export function withoutPeers(regionCodes: readonly string[]): string[] {
  const roles = trendRoles(regionCodes);
  return regionCodes.filter((code) => roles.get(code) !== 'peer');
}

/** What the grey lines are called: "6 kabupaten/kota lain", "37 provinsi lain", or "8 wilayah lain". */
export function peersName(codes: readonly string[], t: Translate): string {
  const levels = new Set(codes.map(levelOfCode));
  const n = codes.length;
  if (levels.size === 1 && levels.has('REGENCY_CITY')) return t('trendPeersRegencies', { n });
  if (levels.size === 1 && levels.has('PROVINCE')) return t('trendPeersProvinces', { n });
  return t('trendPeersRegions', { n });
}

/**
 * The trend's variables. Progress is asked for only when the document sets a target for one of the regions (its
 * own, or the document's region's): without one there is nothing to score, and an unknown document or indicator
 * would fail the whole operation.
 */
export function trendVariables(
  documents: readonly DocumentInfo[],
  documentCode: string,
  indicatorCode: string,
  regionCodes: readonly string[],
): TrendQueryVariables {
  return {
    indicator: indicatorCode,
    regions: [...regionCodes],
    document: documentCode,
    withTargets: regionCodes.some((code) => targetFor(documents, documentCode, indicatorCode, code) !== null),
  };
}

/** Each region's progress, for the regions measured against a target (the others have nothing to show). */
export function targetProgressByRegion<P extends ProgressInfo>(cells: readonly P[] | undefined): Map<string, P> {
  return new Map((cells ?? []).filter((c) => c.target).map((c) => [c.regionCode, c]));
}

export interface TrendChartInput {
  /** Series in the order of the chosen regions (empty ones are left out). */
  series: readonly SeriesInfo[];
  progressByRegion: ReadonlyMap<string, ProgressInfo>;
  indicator: IndicatorInfo;
  /** Document kind for labels, e.g. "RPJMN". */
  documentKind: string;
  lang: Lang;
  t: Translate;
  /** Height of the chart in pixels (the names at the lines' ends are spread for it). */
  height?: number;
}

export interface TrendChart {
  option: EChartsCoreOption;
  labels: ChartLabels;
  series: SeriesInfo[];
  csvRows: (string | number | null)[][];
  periodList: string[];
  breaks: { region: string; period: string; reason: string }[];
  allPoints: SeriesPointInfo[];
  /** The target line's label, e.g. "Target nasional RPJMN 2029: 4,50%"; null without a target. */
  targetLabel: string | null;
}

/** The trend chart of the chosen regions, with the first region's target, path and projection. */
export function trendChart({
  series: all,
  progressByRegion,
  indicator,
  documentKind,
  lang,
  t,
  height,
}: TrendChartInput): TrendChart | null {
  const roles = trendRoles(all.map((s) => s.regionCode));
  const series = all.filter((s) => s.points.length > 0);
  const peers = series.filter((s) => roles.get(s.regionCode) === 'peer').map((s) => s.regionCode);
  if (!series.length) return null;
  const primary = series[0]!;
  const progress = progressByRegion.get(primary.regionCode);
  const target = progress?.target ?? null;
  const periods = series.flatMap((s) => s.points.map((p) => p.period)).sort();
  const first = periods[0]!.slice(0, 4);
  const last = periods[periods.length - 1]!.slice(0, 4);
  const national = target ? isNationalBenchmark(progress?.targetRegionCode, primary.regionCode) : false;
  const targetText = target
    ? targetLabel(
        t,
        { doc: documentKind, year: target.year, targetRegionCode: progress?.targetRegionCode, regionCode: primary.regionCode },
        formatTarget({ value: target.value, lowerBound: target.lowerBound, upperBound: target.upperBound }, indicator, lang),
      )
    : null;
  const allPoints = series.flatMap((s) => s.points);
  const name = lang === 'id' ? indicator.nameId : indicator.nameEn;
  const labels: ChartLabels = {
    title: t('trendTitle', {
      indicator: name,
      from: first,
      to: target ? String(Math.max(target.year, Number(last))) : last,
    }),
    // The target is the first region's: say whose it is, and that a borrowed one is the national target.
    subtitle: `${unitLabel(indicator, lang)} · ${formatPeriod(periods[0], lang)}–${formatPeriod(periods[periods.length - 1], lang)}${
      targetText ? ` · ${targetText}${national ? '' : ` (${primary.region.name})`}` : ''
    }`,
    footer: sourceFooter(allPoints, lang, indicator.source),
  };
  const option = trendOption(
    {
      series: series.map((s) => ({ code: s.regionCode, name: s.region.name, points: s.points, role: roles.get(s.regionCode) })),
      height,
      rounds: indicator.periodMonths,
      decimals: indicator.decimals,
      percent: isPercent(indicator),
      lang,
      target: target
        ? { year: target.year, value: target.value, lower: target.lowerBound, upper: target.upperBound, label: targetText ?? '' }
        : null,
      goal: progress?.goal ?? null,
      baseline: progress?.baseline ?? null,
      projection:
        progress?.projectedValue != null && progress.latest ? { from: progress.latest, value: progress.projectedValue } : null,
      words: {
        path: t('pathToTarget'),
        projection: t('projection'),
        target: national ? t('targetNational') : t('target'),
        seriesBreak: t('seriesBreak'),
        peers: peersName(peers, t),
      },
    },
    labels,
  );
  const csvRows = series.flatMap((s) =>
    s.points.map((p) => [
      s.region.name,
      s.regionCode,
      p.period,
      p.value,
      p.breakBefore ? 'ya' : '',
      p.source ? `${p.source.publisher}: ${p.source.title}` : '',
      p.updatedAt,
    ]),
  );
  const breaks = series.flatMap((s) =>
    s.points
      .filter((p) => p.breakBefore)
      .map((p) => ({
        region: s.region.name,
        period: p.period,
        reason: (lang === 'id' ? p.breakReasonId : p.breakReasonEn) ?? '',
      })),
  );
  return { option, labels, series, csvRows, periodList: [...new Set(periods)], breaks, allPoints, targetLabel: targetText };
}
