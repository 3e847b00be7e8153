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

/**
 * The kabupaten/kota of a province for the key indicators: their latest values ranked with the change since the
 * previous comparable period (the comparison, never across a series break) and their progress to the document's
 * targets (the scorecard). Only what the API already answers; two of its fields, one operation.
 */
export const OVERVIEW_REGIONS_BELOW = graphql(`
  query OverviewRegionsBelow($region: String!, $document: String!, $indicators: [String!]!, $withTargets: Boolean!) {
    region(code: $region) { code children { code name level kind } }
    comparisons(indicatorCodes: $indicators, parentCode: $region) {
      indicatorCode period previousPeriod
      rows { regionCode value previousValue change changeNotComparable }
    }
    scorecard(documentCode: $document, parentCode: $region, indicatorCodes: $indicators) @include(if: $withTargets) {
      cells { regionCode indicatorCode latest { period value } target { year value lowerBound upperBound } }
    }
  }
`);
