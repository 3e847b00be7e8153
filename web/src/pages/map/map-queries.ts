import { graphql } from '../../gql';

export const MAP = graphql(`
  query ProvinceMap($indicator: String!, $period: String, $document: String!, $withStatus: Boolean!, $targetYear: Int) {
    comparison(indicatorCode: $indicator, parentCode: "ID", period: $period) { ...ComparisonFields }
    provinces: regions(level: PROVINCE) { code name level kind }
    scorecard(documentCode: $document, parentCode: "ID", indicatorCodes: [$indicator], targetYear: $targetYear) @include(if: $withStatus) {
      cells { regionCode status }
    }
  }
`);

export const PERIODS = graphql(`
  query MapPeriods($indicator: String!, $codes: [String!]!) {
    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }
  }
`);
