import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { NumberFilter, OrderDirection, TextFilter } from '../filters/filter.types.js';
import { ProgressStatus } from './targets.types.js';

/** Cells `first` may ask for. */
export const MAX_SCORECARD_FIRST = 1000;

export enum ScorecardOrderField {
  STATUS = 'STATUS',
  GAP_SCORE = 'GAP_SCORE',
  DISTANCE_TO_TARGET = 'DISTANCE_TO_TARGET',
  LATEST_VALUE = 'LATEST_VALUE',
  PROJECTED_VALUE = 'PROJECTED_VALUE',
  REGION_NAME = 'REGION_NAME',
  REGION_CODE = 'REGION_CODE',
  INDICATOR_CODE = 'INDICATOR_CODE',
}
registerEnumType(ScorecardOrderField, {
  name: 'ScorecardOrderField',
  description: 'What a scorecard’s cells can be ordered by.',
  valuesConfig: {
    STATUS: { description: 'The status, best first in ASC: ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, then NO_DATA.' },
    GAP_SCORE: { description: 'The share of the way to the target covered (0–100).' },
    DISTANCE_TO_TARGET: { description: 'How far the latest value still is from the goal (see TargetProgress.distanceToTarget).' },
    LATEST_VALUE: { description: 'The latest value.' },
    PROJECTED_VALUE: { description: 'The value projected for the target year.' },
    REGION_NAME: { description: 'The region’s name, alphabetically (Indonesian collation).' },
    REGION_CODE: { description: 'The region’s Kemendagri code.' },
    INDICATOR_CODE: { description: 'The indicator’s catalogue code.' },
  },
});

@InputType({ description: 'One key of a scorecard’s order, e.g. {field: DISTANCE_TO_TARGET, direction: DESC}.' })
export class ScorecardOrder {
  @Field(() => ScorecardOrderField, { description: 'The field to order by.' })
  field!: ScorecardOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (the default) or DESC.' })
  direction!: OrderDirection;
}

@InputType({ description: 'Progress statuses to keep or leave out, e.g. {in: [OFF_TRACK, AT_RISK]}.' })
export class ProgressStatusFilter {
  @Field(() => [ProgressStatus], { nullable: true, description: 'Keep only these statuses.' })
  in?: ProgressStatus[] | null;
  @Field(() => [ProgressStatus], { nullable: true, description: 'Leave out these statuses.' })
  notIn?: ProgressStatus[] | null;
}

@InputType({
  description:
    'Which of a scorecard’s cells to return: every condition given must hold; `and`, `or` and `not` combine filters (at most 4 levels deep, 50 conditions in all).',
})
export class ScorecardCellFilter {
  @Field(() => ProgressStatusFilter, { nullable: true, description: 'The status, e.g. {in: [OFF_TRACK]}.' })
  status?: ProgressStatusFilter | null;
  @Field(() => TextFilter, { nullable: true, description: 'The region’s Kemendagri code.' })
  regionCode?: TextFilter | null;
  @Field(() => TextFilter, { nullable: true, description: 'The region’s name, e.g. {contains: "papua"}.' })
  regionName?: TextFilter | null;
  @Field(() => TextFilter, { nullable: true, description: 'The indicator’s catalogue code, e.g. {eq: "poverty_rate_p0"}.' })
  indicatorCode?: TextFilter | null;
  @Field(() => NumberFilter, { nullable: true, description: 'The latest value, e.g. {gt: 10}.' })
  latestValue?: NumberFilter | null;
  @Field(() => NumberFilter, { nullable: true, description: 'The gap score (0–100), e.g. {lt: 50}.' })
  gapScore?: NumberFilter | null;
  @Field(() => NumberFilter, {
    nullable: true,
    description: 'The distance to the target (positive while not met), e.g. {gt: 5}.',
  })
  distanceToTarget?: NumberFilter | null;
  @Field(() => NumberFilter, { nullable: true, description: 'The value projected for the target year.' })
  projectedValue?: NumberFilter | null;
  @Field(() => [ScorecardCellFilter], { nullable: true, description: 'Every filter of the list holds.' })
  and?: ScorecardCellFilter[] | null;
  @Field(() => [ScorecardCellFilter], { nullable: true, description: 'At least one filter of the list holds.' })
  or?: ScorecardCellFilter[] | null;
  @Field(() => ScorecardCellFilter, { nullable: true, description: 'The filter does not hold.' })
  not?: ScorecardCellFilter | null;
}

/** `where`, `orderBy` and `first` of `scorecard`. */
@ArgsType()
export class ScorecardListArgs {
  @Field(() => ScorecardCellFilter, {
    nullable: true,
    description:
      'Return only the cells meeting this filter, e.g. {status: {in: [OFF_TRACK]}}; regionCodes then lists only the regions with a cell left. matchedCount says how many cells met it.',
  })
  where!: ScorecardCellFilter | null;

  @Field(() => [ScorecardOrder], {
    nullable: true,
    description:
      'Order of the cells, at most 3 keys, e.g. [{field: DISTANCE_TO_TARGET, direction: DESC}]. Defaults to row by row (regions in order, indicators in order).',
  })
  orderBy!: ScorecardOrder[] | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return at most this many cells, after where and orderBy (0 to ${MAX_SCORECARD_FIRST}). Defaults to all.`,
  })
  first!: number | null;
}
