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
    documentCode regionCode year value lowerBound upperBound note
    document { code title kind }
  }
`);

export type IksMethodsData = Plain<IksMethodsQuery>;
export type Methodology = IksMethodsData['compositeMethodologies'][number];
export type IksResultData = Plain<IksResultQuery>;
export type StoredResult = NonNullable<IksResultData['result']>;
export type StoredRegion = StoredResult['results'][number];
export type InputGaps = NonNullable<IksResultData['gaps']>;
export type IksTargetRow = NonNullable<IksResultData['national']>['targets'][number];
