import type { Plain } from '../../data/types';
import { graphql } from '../../gql';
import type { IksMethodsQuery, IksResultQuery } from '../../gql/graphql';

/** The chosen region with its province, every composite method (the chooser), and the sets stored for the province. */
export const IKS_METHODS = graphql(`
  query IksMethods($region: String!) {
    region(code: $region) { code name level parent { code name level } }
    compositeMethodologies {
      code version nameId nameEn descriptionId status aggregation normalisation source sourceUrl legalBasis
      resultIndicatorCode createdBy createdAt
      dimensions { code nameId nameEn weight aggregation components { indicatorCode weight min max invert } }
    }
  }
`);

/** A method's stored result, input gaps and the IKS targets for a province and period. */
export const IKS_RESULT = graphql(`
  query IksResult($method: String!, $province: String!, $period: String!, $hasPeriod: Boolean!, $indicator: String!, $hasIndicator: Boolean!) {
    sets: compositeResultSets(methodologyCode: $method, parentCode: $province) { period version provisional methodologyVersion }
    result: compositeResultSet(methodologyCode: $method, parentCode: $province, period: $period) @include(if: $hasPeriod) {
      methodologyCode methodologyVersion methodologyStatus parentCode period version provisional computedBy computedAt
      results {
        regionCode regionName value formula missing
        dimensions {
          code nameId nameEn weight score formula missing
          components { indicatorCode rawValue status source publisher reviewedBy normalised weight contribution formula }
        }
      }
    }
    gaps: compositeInputGaps(methodologyCode: $method, parentCode: $province, period: $period) @include(if: $hasPeriod) {
      methodologyVersion regionCount completeCount
      regions { regionCode regionName missing unverified unverifiedStatuses }
    }
    ... @include(if: $hasIndicator) {
      published: observations(
        filter: { indicatorCodes: [$indicator], parentCode: $province, level: REGENCY_CITY, periodFrom: $period, periodTo: $period }
        first: 100
      ) @include(if: $hasPeriod) {
        totalCount
        edges { node { regionCode value status source { title } } }
      }
    }
    national: region(code: "ID") @include(if: $hasIndicator) {
      code name
      targets(indicatorCode: $indicator) { ...IksTarget }
    }
    provinceTargets: region(code: $province) @include(if: $hasIndicator) {
      code name
      targets(indicatorCode: $indicator) { ...IksTarget }
    }
  }

  fragment IksTarget on Target {
    documentCode indicatorCode regionCode year value lowerBound upperBound note status
    document { code title kind }
    indicator { code nameId nameEn }
    region { code name }
  }
`);

/** Computes the index for every kabupaten/kota of the province and stores it as the next version. */
export const IKS_COMPUTE = graphql(`
  mutation IksCompute($method: String!, $province: String!, $period: String!, $includeUnverified: Boolean!) {
    computeCompositeIndex(methodologyCode: $method, parentCode: $province, period: $period, includeUnverified: $includeUnverified) {
      period version provisional
    }
  }
`);

/** Publishes a stored result set as values of the method's result indicator, submitted for the verifier. */
export const IKS_PUBLISH = graphql(`
  mutation IksPublish($method: String!, $province: String!, $period: String!, $version: Int!) {
    publishCompositeResultSet(methodologyCode: $method, parentCode: $province, period: $period, version: $version) {
      resultSetVersion indicatorCode importBatchId inserted updated unchanged revisions withoutValue
    }
  }
`);

export type IksMethodsData = Plain<IksMethodsQuery>;
export type Methodology = IksMethodsData['compositeMethodologies'][number];
export type IksResultData = Plain<IksResultQuery>;
export type StoredResult = NonNullable<IksResultData['result']>;
export type StoredRegion = StoredResult['results'][number];
export type InputGaps = NonNullable<IksResultData['gaps']>;
export type PublishedValue = NonNullable<IksResultData['published']>['edges'][number]['node'];
export type IksTargetRow = NonNullable<IksResultData['national']>['targets'][number];
