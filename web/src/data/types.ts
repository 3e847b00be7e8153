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

/**
 * An API shape without its `__typename`s. The documents ask for `__typename` everywhere (Apollo's cache needs it,
 * and the server runs the persisted text, not Apollo's), so the generated types require it; the models read none
 * of it, and take these shapes so that hand-made test data need not spell it out.
 */
export type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { [K in keyof T as K extends '__typename' ? never : K]: Plain<T[K]> }
    : T;
export type Direction = IndicatorDirection;

export type IndicatorInfo = Plain<CatalogueQuery['indicators'][number]>;
export type SeriesBreakInfo = IndicatorInfo['seriesBreaks'][number];
export type DocumentInfo = Plain<CatalogueQuery['planningDocuments'][number]>;
export type TargetInfo = DocumentInfo['targets'][number];
export type RegionInfo = Plain<NonNullable<RegionInfoQuery['region']>>;

/** A region as the pages select it (`code name level kind`); `kind` optional so models can be given plain refs. */
export interface RegionRef {
  code: string;
  name: string;
  level: RegionLevel;
  kind?: RegionKind | null;
}
export type ComparisonInfo = Plain<ComparisonFieldsFragment>;
export type ComparisonRowInfo = ComparisonInfo['rows'][number];

export type SeriesInfo = Plain<SeriesFieldsFragment>;
export type SeriesPointInfo = SeriesInfo['points'][number];
export type SourceInfo = NonNullable<SeriesPointInfo['source']>;
export type ProgressInfo = Plain<ProgressFieldsFragment>;
