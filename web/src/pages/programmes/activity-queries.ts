import type { Plain } from '../../data/types';
import { graphql } from '../../gql';
import type { ActivitiesQuery, ActivityYearQuery } from '../../gql/graphql';

/** Every activity in a province or kabupaten/kota (at most 1,000, every year): the table and the years to choose. */
export const ACTIVITIES = graphql(`
  query Activities($location: String!) {
    activities(filter: { locationCode: $location }, first: 1000) {
      totalCount
      nodes {
        id year status programmeCode programmeName implementerCode implementerName locationCode locationName
        district village fundingSource targetGroup { code nameId nameEn } description
        budgetPlanned budgetRealised realisation
        beneficiariesPlanned beneficiariesRealised dataAsOf
        stages { stage plannedDate actualDate onTime }
      }
    }
  }
`);

/** The region's own government's activity budget over the years: realisation beside the renja proposals. */
export const ACTIVITY_BUDGET = graphql(`
  query ActivityBudget($implementer: String!, $fromYear: Int!, $toYear: Int!) {
    activityBudget(implementerCodes: [$implementer], fromYear: $fromYear, toYear: $toYear) {
      implementerCode implementerName points { year budgetPlanned budgetRealised realisation proposed }
    }
  }
`);

/** One year's overlaps in the region, and the ranking of its province's kabupaten/kota for one programme. */
export const ACTIVITY_YEAR = graphql(`
  query ActivityYear($location: String!, $province: String!, $year: Int!, $programme: String!, $skipRanking: Boolean!) {
    activityOverlaps(parentCode: $location, year: $year) {
      status locationCode locationName targetGroupCode targetGroup { nameId nameEn } implementerCodes
      activities { id implementerName }
    }
    activityRanking(programmeCode: $programme, parentCode: $province, year: $year) @skip(if: $skipRanking) {
      rank regionCode regionName realisation onTime stagesDue stagesOnTime activities
      reportsDue reportsReceived reportsMissing reportsOnTimeComplete dataResponse
      realisationRank onTimeRank dataResponseRank
    }
  }
`);

export type ActivityNode = Plain<ActivitiesQuery>['activities']['nodes'][number];
export type ActivityYearData = Plain<ActivityYearQuery>;
export type ActivityRankingNode = NonNullable<ActivityYearData['activityRanking']>[number];
