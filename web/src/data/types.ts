// Shapes of the API data the dashboard reads. Those of the typed operations are derived from the types GraphQL Code
// Generator writes to src/gql (`pnpm --filter @kesra/web codegen`); the rest describe the selections of the
// operations built at run time (overview, trend, scorecard), which the generator cannot see.
import type {
  CatalogueQuery,
  ComparisonFieldsFragment,
  IndicatorDirection,
  ProgressStatus,
  RegionInfoQuery,
  RegionKind,
  RegionLevel,
} from '../gql/graphql';

export type { ProgressStatus, RegionLevel };
export type Direction = IndicatorDirection;

export type IndicatorInfo = CatalogueQuery['indicators'][number];
export type SeriesBreakInfo = IndicatorInfo['seriesBreaks'][number];
export type DocumentInfo = CatalogueQuery['planningDocuments'][number];
export type TargetInfo = DocumentInfo['targets'][number];
export type RegionInfo = NonNullable<RegionInfoQuery['region']>;

/** A region as the pages select it (`code name level kind`); `kind` optional so models can be given plain refs. */
export interface RegionRef {
  code: string;
  name: string;
  level: RegionLevel;
  kind?: RegionKind | null;
}
export type ComparisonInfo = ComparisonFieldsFragment;
export type ComparisonRowInfo = ComparisonInfo['rows'][number];

export interface SourceInfo {
  title: string;
  publisher: string;
  url: string;
}

export interface SeriesPointInfo {
  period: string;
  value: number;
  breakBefore: boolean;
  breakReasonId: string | null;
  breakReasonEn: string | null;
  updatedAt: string;
  source: SourceInfo | null;
}

export interface SeriesInfo {
  regionCode: string;
  region: RegionRef;
  frequency: string;
  points: SeriesPointInfo[];
}

export interface PeriodValue {
  period: string;
  value: number;
}

export interface ProgressInfo {
  regionCode: string;
  indicatorCode: string;
  status: ProgressStatus;
  goal: number | null;
  target: Pick<TargetInfo, 'year' | 'value' | 'lowerBound' | 'upperBound'> | null;
  baseline: PeriodValue | null;
  latest: PeriodValue | null;
  requiredChangePerYear: number | null;
  actualChangePerYear: number | null;
  projectedValue: number | null;
  gapScore: number | null;
  targetRegionCode: string | null;
}
