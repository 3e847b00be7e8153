import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { NumberFilter, OrderDirection, TextFilter } from '../filters/filter.types.js';
import { VerificationStatus } from '../generated/prisma/enums.js';

/** Rows `first` may ask for: every kabupaten/kota of the country fits. */
export const MAX_COMPARISON_FIRST = 600;

export enum ComparisonOrderField {
  RANK = 'RANK',
  VALUE = 'VALUE',
  CHANGE = 'CHANGE',
  PREVIOUS_VALUE = 'PREVIOUS_VALUE',
  DIFFERENCE_FROM_PARENT = 'DIFFERENCE_FROM_PARENT',
  DIFFERENCE_FROM_NATIONAL = 'DIFFERENCE_FROM_NATIONAL',
  REGION_NAME = 'REGION_NAME',
  REGION_CODE = 'REGION_CODE',
}
registerEnumType(ComparisonOrderField, {
  name: 'ComparisonOrderField',
  description: 'What a comparison’s rows can be ordered by.',
  valuesConfig: {
    RANK: { description: 'The rank (1 is best in the indicator’s direction): the default order.' },
    VALUE: { description: 'The value in the period compared.' },
    CHANGE: { description: 'The change since previousPeriod (rows without a comparable change come last).' },
    PREVIOUS_VALUE: { description: 'The value in previousPeriod.' },
    DIFFERENCE_FROM_PARENT: { description: 'value − the parent’s value.' },
    DIFFERENCE_FROM_NATIONAL: { description: 'value − the national value.' },
    REGION_NAME: { description: 'The region’s name, alphabetically (Indonesian collation).' },
    REGION_CODE: { description: 'The region’s Kemendagri code.' },
  },
});

@InputType({ description: 'One key of a comparison’s order, e.g. {field: VALUE, direction: DESC}.' })
export class ComparisonOrder {
  @Field(() => ComparisonOrderField, { description: 'The field to order by.' })
  field!: ComparisonOrderField;
  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'ASC (the default) or DESC.' })
  direction!: OrderDirection;
}

@InputType({ description: 'Verification statuses to keep or leave out.' })
export class VerificationStatusFilter {
  @Field(() => [VerificationStatus], { nullable: true, description: 'Keep only these statuses.' })
  in?: VerificationStatus[] | null;
  @Field(() => [VerificationStatus], { nullable: true, description: 'Leave out these statuses.' })
  notIn?: VerificationStatus[] | null;
}

@InputType({
  description:
    'Which of a comparison’s rows to return: every condition given must hold; `and`, `or` and `not` combine filters (at most 4 levels deep, 50 conditions in all). Ranks, quartiles and the summary stay those of all the regions compared.',
})
export class ComparisonRowFilter {
  @Field(() => NumberFilter, { nullable: true, description: 'The value in the period compared, e.g. {gte: 15}.' })
  value?: NumberFilter | null;
  @Field(() => NumberFilter, {
    nullable: true,
    description: 'The change since previousPeriod, e.g. {lt: 0} for a fall; {isNull: true} for rows without a comparable change.',
  })
  change?: NumberFilter | null;
  @Field(() => NumberFilter, { nullable: true, description: 'The value in previousPeriod.' })
  previousValue?: NumberFilter | null;
  @Field(() => NumberFilter, { nullable: true, description: 'The rank among all regions compared, e.g. {lte: 5}.' })
  rank?: NumberFilter | null;
  @Field(() => NumberFilter, { nullable: true, description: 'The quartile, 1 (best) to 4, e.g. {eq: 4}.' })
  quartile?: NumberFilter | null;
  @Field(() => NumberFilter, {
    nullable: true,
    description: 'value − the parent’s value, e.g. {gt: 0} for worse than the parent.',
  })
  differenceFromParent?: NumberFilter | null;
  @Field(() => NumberFilter, { nullable: true, description: 'value − the national value.' })
  differenceFromNational?: NumberFilter | null;
  @Field(() => TextFilter, { nullable: true, description: 'The region’s Kemendagri code, e.g. {in: ["72.01", "72.71"]}.' })
  regionCode?: TextFilter | null;
  @Field(() => TextFilter, { nullable: true, description: 'The region’s name, e.g. {contains: "kota"}.' })
  regionName?: TextFilter | null;
  @Field(() => VerificationStatusFilter, {
    nullable: true,
    description: 'Whether the value has been checked, e.g. {in: [PUBLISHED]}.',
  })
  status?: VerificationStatusFilter | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only rows whose series breaks since previousPeriod; false: only the others.',
  })
  changeNotComparable?: boolean | null;
  @Field(() => [ComparisonRowFilter], { nullable: true, description: 'Every filter of the list holds.' })
  and?: ComparisonRowFilter[] | null;
  @Field(() => [ComparisonRowFilter], { nullable: true, description: 'At least one filter of the list holds.' })
  or?: ComparisonRowFilter[] | null;
  @Field(() => ComparisonRowFilter, { nullable: true, description: 'The filter does not hold.' })
  not?: ComparisonRowFilter | null;
}

/** `where`, `orderBy` and `first` of `comparison` and `comparisons`. */
@ArgsType()
export class ComparisonListArgs {
  @Field(() => ComparisonRowFilter, {
    nullable: true,
    description:
      'Return only the rows meeting this filter, e.g. {value: {gte: 15}, change: {lt: 0}}. Ranks and the summary are still over all regions; matchedCount says how many rows met it.',
  })
  where!: ComparisonRowFilter | null;

  @Field(() => [ComparisonOrder], {
    nullable: true,
    description: 'Order of the rows, at most 3 keys, e.g. [{field: VALUE, direction: DESC}]. Defaults to rank.',
  })
  orderBy!: ComparisonOrder[] | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return at most this many rows, after where and orderBy (0 to ${MAX_COMPARISON_FIRST}). Defaults to all.`,
  })
  first!: number | null;
}
