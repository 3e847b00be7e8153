// GraphQL selections shared by the pages, so every page asks for the same fields.
export const REGION_REF = 'code name level kind';
export const SOURCE = 'source { title publisher url }';
export const SERIES_FIELDS = `regionCode frequency region { ${REGION_REF} } points { period value breakBefore breakReasonId breakReasonEn updatedAt ${SOURCE} }`;
export const PROGRESS_FIELDS =
  'regionCode indicatorCode status goal target { year value lowerBound upperBound } baseline { period value } latest { period value } requiredChangePerYear actualChangePerYear projectedValue gapScore targetRegionCode';
export const COMPARISON_FIELDS = `period previousPeriod parentValue parentPeriod nationalValue nationalPeriod level parent { ${REGION_REF} } summary { count min max } rows { rank quartile regionCode region { ${REGION_REF} } value previousValue change changeNotComparable differenceFromParent differenceFromNational peers { ${REGION_REF} } period updatedAt ${SOURCE} }`;
