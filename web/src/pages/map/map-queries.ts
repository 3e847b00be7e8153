import { gql, type TypedDocumentNode } from '@apollo/client';
import { COMPARISON_FIELDS } from '../../data/fragments';
import type { ComparisonInfo, ProgressStatus, RegionRef } from '../../data/types';

export interface MapData {
  comparison: ComparisonInfo;
  provinces: RegionRef[];
  scorecard?: { cells: { regionCode: string; status: ProgressStatus }[] };
}
export interface MapVars {
  indicator: string;
  period: string | null;
  document: string;
  withStatus: boolean;
  targetYear: number | null;
}

export const MAP: TypedDocumentNode<MapData, MapVars> = gql`
  query ProvinceMap($indicator: String!, $period: String, $document: String!, $withStatus: Boolean!, $targetYear: Int) {
    comparison(indicatorCode: $indicator, parentCode: "ID", period: $period) { ${COMPARISON_FIELDS} }
    provinces: regions(level: PROVINCE) { code name level kind }
    scorecard(documentCode: $document, parentCode: "ID", indicatorCodes: [$indicator], targetYear: $targetYear) @include(if: $withStatus) {
      cells { regionCode status }
    }
  }
`;

export const PERIODS: TypedDocumentNode<
  { series: { regionCode: string; points: { period: string }[] }[] },
  { indicator: string; codes: string[] }
> = gql`
  query MapPeriods($indicator: String!, $codes: [String!]!) {
    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }
  }
`;
