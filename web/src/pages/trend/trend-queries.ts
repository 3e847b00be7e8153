import { graphql } from '../../gql';

/** The whole chart in one operation: the series of every region and each region's progress towards its target. */
export const TREND = graphql(`
  query Trend($indicator: String!, $regions: [String!]!, $document: String!, $withTargets: Boolean!) {
    series(indicatorCode: $indicator, regionCodes: $regions) { ...SeriesFields }
    scorecard(documentCode: $document, regionCodes: $regions, indicatorCodes: [$indicator]) @include(if: $withTargets) {
      # The target's document and status: its verifiers may dispute a verified one from the progress table.
      cells { ...ProgressFields documentCode target { status } }
    }
  }
`);
