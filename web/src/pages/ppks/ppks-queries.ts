import type { Plain } from '../../data/types';
import { graphql } from '../../gql';
import type { CategoryProfileQuery } from '../../gql/graphql';

/** The region, and the years with counts of the indicator in it or below it (the year chooser's options). */
export const CATEGORY_YEARS = graphql(`
  query CategoryYears($indicator: String!, $region: String!) {
    region(code: $region) { code name level }
    breakdownYears(indicatorCode: $indicator, regionCode: $region)
  }
`);

/** The region's profile and those of the regions directly under it, for one year. */
export const CATEGORY_PROFILE = graphql(`
  query CategoryProfile($indicator: String!, $region: String!, $year: Int!, $below: Boolean!) {
    profile: breakdownProfile(indicatorCode: $indicator, regionCode: $region, year: $year) {
      ...CategoryProfileFields
      setNameId
      setNameEn
      noChangeReasonId
      noChangeReasonEn
      childrenCount
      childrenWithData
      missingRegions { code name }
      missingCategoryCodes
      categories { code position nameId nameEn value share previousValue change changePercent }
      sources { title url publisher releasedOn }
    }
    below: breakdownProfiles(indicatorCode: $indicator, parentCode: $region, year: $year) @include(if: $below) {
      ...CategoryProfileFields
    }
  }

  fragment CategoryProfileFields on BreakdownProfile {
    regionCode regionName year previousYear origin complete total previousTotal change
  }
`);

export type CategoryProfileData = Plain<CategoryProfileQuery>;
export type ProfileInfo = CategoryProfileData['profile'];
export type ProfileRow = NonNullable<CategoryProfileData['below']>[number];
