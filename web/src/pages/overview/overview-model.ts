import { parentCodeOf } from '../../data/catalogue';
import type { Direction, DocumentInfo, Plain, ProgressInfo, SeriesPointInfo } from '../../data/types';
import type { OverviewQuery, OverviewQueryVariables } from '../../gql/graphql';

/** The indicators a head of Bappeda or Dinas Sosial looks at first, in this order. */
export const KEY_INDICATORS = [
  'poverty_rate_p0',
  'poor_population',
  'gini_ratio',
  'open_unemployment_rate_tpt',
  'human_development_index_ipm',
  'extreme_poverty_rate',
] as const;

/**
 * The overview's variables. They are sent before the catalogue has arrived, taking the document to exist; should
 * the catalogue not know it (a link from another installation), the cards are asked for again without targets, as
 * an unknown document sets none and the API refuses to score against it.
 */
export function overviewVariables(
  regionCode: string,
  documentCode: string,
  documents: readonly DocumentInfo[] | null,
): OverviewQueryVariables {
  const parent = parentCodeOf(regionCode);
  return {
    region: regionCode,
    document: documentCode,
    indicators: [...KEY_INDICATORS],
    parent,
    withPeers: parent !== null,
    withTargets: documents === null || documents.some((d) => d.code === documentCode),
  };
}

export type PeerInfo = Plain<NonNullable<OverviewQuery['comparisons']>[number]>;

/** A series of the overview, with its latest change as the API computes it. */
export type OverviewSeries = Plain<OverviewQuery['seriesGrid'][number]>;

export interface CardData {
  series: OverviewSeries | null;
  /** Only when the document sets a target the region is measured against. */
  progress: ProgressInfo | null;
  peers: PeerInfo | null;
}

/** What each key indicator's card shows, from the overview's answer. */
export function overviewCards(data: Plain<OverviewQuery>, regionCode: string): Map<string, CardData> {
  return new Map(
    KEY_INDICATORS.map((code) => [
      code,
      {
        series: data.seriesGrid.find((s) => s.indicatorCode === code && s.regionCode === regionCode) ?? null,
        progress: data.scorecard?.cells.find((c) => c.indicatorCode === code && c.regionCode === regionCode && c.target) ?? null,
        peers: data.comparisons?.find((c) => c.indicatorCode === code) ?? null,
      },
    ]),
  );
}

export interface CardChange {
  latest: SeriesPointInfo;
  /** The previous comparable period, by the API's rule (TPT: the same round a year earlier); null without one. */
  previousPeriod: string | null;
  /** latest − previous, to the indicator's decimals; null without a previous value or across a series break. */
  change: number | null;
  /** 'better' | 'worse' | 'same' in the indicator's direction; null when there is no change to judge. */
  verdict: 'better' | 'worse' | 'same' | null;
}

/**
 * The latest value and its change since the previous comparable period. The API chooses that period (the rule of
 * the comparison page, one copy of it); the card only judges the change in the indicator's direction.
 */
export function cardChange(series: OverviewSeries | null, direction: Direction, decimals: number): CardChange | null {
  const latest = series?.points[series.points.length - 1];
  if (!series || !latest) return null;
  const found = series.latestChange;
  const previousPeriod = found?.previousPeriod ?? null;
  if (!found || found.change === null) return { latest, previousPeriod, change: null, verdict: null };
  const factor = 10 ** decimals;
  const change = Math.round(found.change * factor) / factor;
  let verdict: CardChange['verdict'] = 'same';
  if (change !== 0 && direction !== 'NEUTRAL') {
    verdict = (direction === 'LOWER_IS_BETTER' ? change < 0 : change > 0) ? 'better' : 'worse';
  }
  return { latest, previousPeriod, change, verdict };
}
