// Shapes of the API data the dashboard reads, derived from the types GraphQL Code Generator writes to src/gql
// (`pnpm --filter @kesra/web codegen`), so they follow the operations' selections.
import type {
  CatalogueQuery,
  ComparisonFieldsFragment,
  IndicatorDirection,
  ProgressFieldsFragment,
  ProgressStatus,
  RegionInfoQuery,
  RegionKind,
  RegionLevel,
  SeriesFieldsFragment,
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

export type SeriesInfo = SeriesFieldsFragment;
export type SeriesPointInfo = SeriesInfo['points'][number];
export type SourceInfo = NonNullable<SeriesPointInfo['source']>;
export type ProgressInfo = ProgressFieldsFragment;
