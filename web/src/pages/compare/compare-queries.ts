import { gql, type TypedDocumentNode } from '@apollo/client';
import { COMPARISON_FIELDS, REGION_REF } from '../../data/fragments';
import type { ComparisonInfo, RegionRef } from '../../data/types';

export const PARENT: TypedDocumentNode<{ region: (RegionRef & { children: RegionRef[] }) | null }, { code: string }> = gql`
  query CompareParent($code: String!) {
    region(code: $code) { ${REGION_REF} children { ${REGION_REF} } }
  }
`;

export const COMPARISON: TypedDocumentNode<
  { current: ComparisonInfo },
  { indicator: string; parent: string; period: string | null }
> = gql`
  query Comparison($indicator: String!, $parent: String!, $period: String) {
    current: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { ${COMPARISON_FIELDS} }
  }
`;

export const EARLIER: TypedDocumentNode<
  { earlier: { period: string | null; rows: { regionCode: string; value: number; updatedAt: string }[] } },
  { indicator: string; parent: string; period: string }
> = gql`
  query ComparisonEarlier($indicator: String!, $parent: String!, $period: String!) {
    earlier: comparison(indicatorCode: $indicator, parentCode: $parent, period: $period) { period rows { regionCode value updatedAt } }
  }
`;

export const PERIODS: TypedDocumentNode<
  { series: { regionCode: string; points: { period: string }[] }[] },
  { indicator: string; codes: string[] }
> = gql`
  query ComparePeriods($indicator: String!, $codes: [String!]!) {
    series(indicatorCode: $indicator, regionCodes: $codes) { regionCode points { period } }
  }
`;
