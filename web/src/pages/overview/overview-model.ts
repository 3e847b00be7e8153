import { PROGRESS_FIELDS, SERIES_FIELDS } from '../../data/fragments';
import { targetFor } from '../../data/targets';
import type { Direction, DocumentInfo, SeriesPointInfo } from '../../data/types';

/** The indicators a head of Bappeda or Dinas Sosial looks at first, in this order. */
export const KEY_INDICATORS = [
  'poverty_rate_p0',
  'poor_population',
  'gini_ratio',
  'open_unemployment_rate_tpt',
  'human_development_index_ipm',
  'extreme_poverty_rate',
] as const;

export interface OverviewItem {
  indicatorCode: string;
  index: number;
  targetYear: number | null;
}

export function overviewItems(documents: readonly DocumentInfo[], documentCode: string, regionCode: string): OverviewItem[] {
  return KEY_INDICATORS.map((indicatorCode, index) => ({
    indicatorCode,
    index,
    targetYear: targetFor(documents, documentCode, indicatorCode, regionCode)?.target.year ?? null,
  }));
}

/**
 * The whole overview in one GraphQL operation: for every key indicator, under aliases, the region's series, its
 * progress towards the document's target (when the document has one) and its place among its peers.
 */
export function overviewQuery(items: readonly OverviewItem[], withPeers: boolean): string {
  const parts = items.flatMap((item) => {
    const code = JSON.stringify(item.indicatorCode);
    const out = [`s${item.index}: series(indicatorCode: ${code}, regionCodes: [$region]) { ${SERIES_FIELDS} }`];
    if (item.targetYear !== null) {
      out.push(
        `p${item.index}: progress(regionCode: $region, indicatorCode: ${code}, documentCode: $document, targetYear: ${item.targetYear}) { ${PROGRESS_FIELDS} }`,
      );
    }
    if (withPeers) {
      out.push(
        `c${item.index}: comparison(indicatorCode: ${code}, parentCode: $parent) { period nationalValue nationalPeriod parentValue parentPeriod summary { count } rows { regionCode rank } }`,
      );
    }
    return out;
  });
  const vars = withPeers ? '$region: String!, $document: String!, $parent: String!' : '$region: String!, $document: String!';
  return `query Overview(${vars}) {\n  ${parts.join('\n  ')}\n}`;
}

export interface LatestChange {
  latest: SeriesPointInfo;
  previous: SeriesPointInfo | null;
  /** latest − previous; null without a previous value or across a series break. */
  change: number | null;
  /** 'better' | 'worse' | 'same' in the indicator's direction; null when there is no change to judge. */
  verdict: 'better' | 'worse' | 'same' | null;
}

/** The latest value and its change since the previous period of the series (not across a series break). */
export function latestChange(points: readonly SeriesPointInfo[], direction: Direction, decimals: number): LatestChange | null {
  const latest = points[points.length - 1];
  if (!latest) return null;
  const previous = points[points.length - 2] ?? null;
  if (!previous || latest.breakBefore) return { latest, previous, change: null, verdict: null };
  const factor = 10 ** decimals;
  const change = Math.round((latest.value - previous.value) * factor) / factor;
  let verdict: LatestChange['verdict'] = 'same';
  if (change !== 0 && direction !== 'NEUTRAL') {
    verdict = (direction === 'LOWER_IS_BETTER' ? change < 0 : change > 0) ? 'better' : 'worse';
  }
  return { latest, previous, change, verdict };
}
