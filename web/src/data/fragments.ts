import { graphql } from '../gql';

// GraphQL fragments shared by the pages, so every page asks for the same fields. The generator reads them from
// here and writes each into the documents that spread it; with fragment masking off, an operation's result type
// carries the fragment's fields.

/** A series as the overview cards and the trend chart draw it. */
export const SERIES_FIELDS = graphql(`
  fragment SeriesFields on Series {
    indicatorCode regionCode frequency
    region { code name level kind }
    points {
      period value breakBefore breakReasonId breakReasonEn updatedAt
      source { title publisher url publisherUrl releaseDate }
    }
  }
`);

/** Progress towards a target as the overview cards and the trend page show it. */
export const PROGRESS_FIELDS = graphql(`
  fragment ProgressFields on TargetProgress {
    regionCode indicatorCode status goal gapScore targetRegionCode
    target { year value lowerBound upperBound }
    baseline { period value }
    latest { period value }
    requiredChangePerYear actualChangePerYear projectedValue
  }
`);

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
      source { title publisher url publisherUrl releaseDate }
    }
  }
`);
