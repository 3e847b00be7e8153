import { gql, type TypedDocumentNode } from '@apollo/client';
import { REGION_REF } from '../../data/fragments';
import type { RegionRef, SourceInfo } from '../../data/types';
import type { ObservationFilter } from './data-model';

export interface ObservationRow {
  regionCode: string;
  indicatorCode: string;
  period: string;
  value: number;
  status: 'VERIFIED' | 'UNVERIFIED' | 'DISPUTED';
  updatedAt: string;
  note: string | null;
  region: RegionRef;
  source: SourceInfo | null;
}

export interface ObservationPage {
  observations: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    edges: { cursor: string; node: ObservationRow }[];
  };
}

export const OBSERVATIONS: TypedDocumentNode<
  ObservationPage,
  { filter: ObservationFilter; first: number; after?: string | null }
> = gql`
  query Observations($filter: ObservationFilter!, $first: Int!, $after: String) {
    observations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        cursor
        node {
          regionCode indicatorCode period value status updatedAt note
          region { ${REGION_REF} }
          source { title publisher url }
        }
      }
    }
  }
`;
