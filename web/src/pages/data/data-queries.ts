import type { Plain } from '../../data/types';
import { graphql } from '../../gql';
import type { ObservationsQuery } from '../../gql/graphql';

export const OBSERVATIONS = graphql(`
  query Observations($filter: ObservationFilter!, $first: Int!, $after: String) {
    observations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        cursor
        node {
          regionCode indicatorCode period value status updatedAt note
          region { code name level kind }
          source { title publisher url }
        }
      }
    }
  }
`);

export type ObservationRow = Plain<ObservationsQuery['observations']['edges'][number]['node']>;

/** Drafts saved under a region and not yet submitted to the verifier. */
export const DRAFTS = graphql(`
  query Drafts($regionCode: String!) {
    drafts(regionCode: $regionCode) { values targets revisions counts countRevisions }
  }
`);

/** Submits every draft under a region to the verifier; returns what was submitted. */
export const SUBMIT_DRAFTS = graphql(`
  mutation SubmitDrafts($regionCode: String!) {
    submitDrafts(regionCode: $regionCode) { values targets revisions counts countRevisions }
  }
`);
