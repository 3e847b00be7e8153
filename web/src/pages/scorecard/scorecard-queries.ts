import { graphql } from '../../gql';

/** The parent with its children, and every cell: the parent's row first, then the regions under it. */
export const SCORECARD = graphql(`
  query Scorecard($document: String!, $parent: String!, $indicators: [String!]!) {
    region(code: $parent) { code name level kind children { code name level kind } }
    scorecard(documentCode: $document, parentCode: $parent, includeParent: true, indicatorCodes: $indicators) {
      cells {
        regionCode indicatorCode status targetRegionCode
        latest { period value }
        target { year value lowerBound upperBound }
      }
    }
  }
`);
