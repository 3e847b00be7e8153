import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { AggregationRule } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import { computeRollUp } from './rollup.service.js';

@ObjectType({
  description:
    'A parent region’s value COMPUTED from its children with the indicator’s aggregation rule. It is never an official figure: compare it with publishedValue, which is.',
})
export class RollUp {
  @Field(() => String, { description: 'The indicator rolled up (catalogue code).' })
  indicatorCode!: string;
  @Field(() => String, { description: 'Kemendagri code of the parent region whose direct children are combined.' })
  parentCode!: string;
  @Field(() => String, { description: 'The period rolled up, as stored ("2025" or "2025-03").' })
  period!: string;
  @Field(() => Boolean, { description: 'Always true: this value was computed by the platform, not published.' })
  computed!: boolean;
  @Field(() => AggregationRule, { description: 'The indicator’s aggregation rule, used for value (NOT_AGGREGABLE gives none).' })
  method!: AggregationRule;
  @Field(() => Float, {
    nullable: true,
    description: 'Computed only when every child has a value (and a weight where needed), children in coveredChildren aside.',
  })
  value!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why there is no computed value (Bahasa Indonesia); null when there is one.',
  })
  reasonId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why there is no computed value.' })
  reasonEn!: string | null;
  @Field(() => Int, {
    description: 'Number of direct children of the parent region that existed in the period’s year (see notYetFormedChildren).',
  })
  childrenCount!: number;
  @Field(() => Int, { description: 'Children with a value for the period.' })
  childrenWithData!: number;
  @Field(() => [String], { description: 'Children without a value for the period.' })
  missingChildren!: string[];
  @Field(() => [String], {
    description:
      'Children split off another child that had no figure of their own yet at the period (Papua Selatan, Tengah and Pegunungan before the March 2024 round): counted within the figure of the region they were split from, so not missing.',
  })
  coveredChildren!: string[];
  @Field(() => [String], {
    description:
      'Direct children that did not exist in the period’s year, being formed later by a recorded split (for 2019: Papua Selatan, Tengah, Pegunungan and Papua Barat Daya): not counted, not missing; their territory is in the figure of the region they were formed from.',
  })
  notYetFormedChildren!: string[];
  @Field(() => [String], {
    description:
      'RATIO_OF_SUMS: children whose value was stored without its numerator and denominator. Any of them stops the computation: percentages are never averaged.',
  })
  childrenWithoutParts!: string[];
  @Field(() => Float, {
    nullable: true,
    description: 'RATIO_OF_SUMS: the sum of the children’s numerators (e.g. people served); null otherwise or when not computed.',
  })
  numerator!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'RATIO_OF_SUMS: the sum of the children’s denominators (e.g. people needing the service); value = numerator ÷ denominator × ratioFactor.',
  })
  denominator!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Period of the weights used for a weighted mean: the period itself, or its year when the weight is published yearly (population) and the value in rounds. Null for a sum or when nothing was computed.',
  })
  weightPeriod!: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The officially published value of the parent for the same period, if any.',
  })
  publishedValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'value − publishedValue (rounding in published tables shows here).' })
  differenceFromPublished!: number | null;
}

@Resolver()
export class RollUpResolver {
  @Query(() => RollUp, {
    description:
      'Computes a parent’s value from its direct children (sum, mean weighted by another indicator, or a ratio of summed numerators and denominators).',
  })
  rollUp(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('indicatorCode', () => String, { description: 'Catalogue code of the indicator, e.g. "poor_population".' })
    indicatorCode: string,
    @Arg('parentCode', () => String, {
      description:
        'The parent whose direct children are added up (a Kemendagri or BPS code, or a name): "ID" for the provinces, "75" for Gorontalo’s kabupaten/kota.',
    })
    parentCode: string,
    @Arg('period', () => String, {
      description: 'The period: "2025", "2025-03" or "Maret 2025"; "Semester I 2025" is the indicator’s first round.',
    })
    period: string,
  ): Promise<RollUp> {
    return computeRollUp(db, viewer, loaders, { indicatorCode, parentCode, period });
  }
}
