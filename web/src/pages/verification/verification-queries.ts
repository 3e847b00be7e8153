import { graphql } from '../../gql';

// The verification cycle in the dashboard: the verifier's queue and decisions, a value's history, and the editor's
// form of a few values (the import pipeline without a file).

export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($regionCode: String!) {
    reviewQueue(regionCode: $regionCode) {
      totalCount
      items {
        id kind indicatorCode regionCode period value previousValue previousPeriod status submittedBy submittedAt
        fileName comment flags documentCode lowerBound upperBound categoryCode categoryName
      }
    }
  }
`);

export const REVIEW_VALUES = graphql(`
  mutation ReviewValues($decisions: [ReviewDecisionInput!]!) {
    reviewValues(decisions: $decisions) { verified returned }
  }
`);

export const VALUE_HISTORY = graphql(`
  query ValueHistory($indicatorCode: String!, $regionCode: String!, $period: String!) {
    valueHistory(indicatorCode: $indicatorCode, regionCode: $regionCode, period: $period) {
      indicatorCode regionCode period value status reviewedBy reviewedAt reviewComment
      created { id fileName checksum importedBy startedAt }
      changes { at by field oldValue newValue reason importBatch { id fileName } }
    }
  }
`);

export const SUBMIT_VALUES = graphql(`
  mutation SubmitValues($values: [FormValueInput!]!, $dryRun: Boolean!, $decimalComma: Boolean!, $reason: String, $draft: Boolean! = false) {
    submitValues(values: $values, dryRun: $dryRun, decimalComma: $decimalComma, reason: $reason, draft: $draft) {
      status fileName importBatchId
      counts { records inserted updated valueChanges metadataChanges unchanged missing }
      errors { line column code message }
      notices { line column code message }
    }
  }
`);

/** The direct children of a region (a province's kabupaten/kota), for the values form's region choice. */
export const CHILD_REGIONS = graphql(`
  query ChildRegions($parentCode: String!) {
    regions(parentCode: $parentCode) { code name level kind }
  }
`);

export const DISPUTE_VALUES = graphql(`
  mutation DisputeValues($disputes: [DisputeInput!]!) {
    disputeValues(disputes: $disputes) { disputed }
  }
`);
