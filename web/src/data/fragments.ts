import { graphql } from '../gql';

// GraphQL selections shared by the pages, so every page asks for the same fields. The strings serve the operations
// built at run time (overview, trend, scorecard); typed operations use the GraphQL fragments below.
export const REGION_REF = 'code name level kind';
export const SOURCE = 'source { title publisher url }';
export const SERIES_FIELDS = `regionCode frequency region { ${REGION_REF} } points { period value breakBefore breakReasonId breakReasonEn updatedAt ${SOURCE} }`;
export const PROGRESS_FIELDS =
  'regionCode indicatorCode status goal target { year value lowerBound upperBound } baseline { period value } latest { period value } requiredChangePerYear actualChangePerYear projectedValue gapScore targetRegionCode';

/** A comparison as the compare and map pages show it (`...ComparisonFields` in an operation). */
export const COMPARISON_FIELDS = graphql(`
  fragment ComparisonFields on Comparison {
    period previousPeriod parentValue parentPeriod nationalValue nationalPeriod level
    parent { code name level kind }
    summary { count min max }
    rows {
      rank quartile regionCode value previousValue change changeNotComparable differenceFromParent differenceFromNational
      period updatedAt
      region { code name level kind }
      peers { code name level kind }
      source { title publisher url }
    }
  }
`);
