import { graphql } from '../../gql';

export const PARENT = graphql(`
  query CompareParent($code: String!) {
    region(code: $code) { code name level kind children { code name level kind } }
  }
`);

export const COMPARISON = graphql(`
  query Comparison($indicator: String!, $parent: String!, $period: String) {
    current: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { ...ComparisonFields }
  }
`);

export const EARLIER = graphql(`
  query ComparisonEarlier($indicator: String!, $parent: String!, $period: String!) {
    earlier: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { period rows { regionCode value updatedAt } }
  }
`);

export const PERIODS = graphql(`
  query ComparePeriods($indicator: String!, $codes: [String!]!) {
    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }
  }
`);
