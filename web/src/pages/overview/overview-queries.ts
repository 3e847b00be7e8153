import { graphql } from '../../gql';

/**
 * The whole overview in one operation, for every key indicator: the region's series, its progress towards the
 * document's targets and its place among its peers; each series' latest change is the API's (the comparison's rule). It needs nothing from the catalogue, so it runs beside it.
 */
export const OVERVIEW = graphql(`
  query Overview(
    $region: String!
    $document: String!
    $indicators: [String!]!
    $parent: String
    $withPeers: Boolean!
    $withTargets: Boolean!
  ) {
    seriesGrid(indicatorCodes: $indicators, regionCodes: [$region]) {
      ...SeriesFields
      latestChange { period previousPeriod change changeNotComparable }
    }
    scorecard(documentCode: $document, regionCodes: [$region], indicatorCodes: $indicators) @include(if: $withTargets) {
      cells { ...ProgressFields }
    }
    comparisons(indicatorCodes: $indicators, parentCode: $parent) @include(if: $withPeers) {
      indicatorCode period nationalValue nationalPeriod summary { count } rows { regionCode rank }
    }
  }
`);
