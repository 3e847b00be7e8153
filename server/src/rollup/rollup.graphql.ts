import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { AggregationRule } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { type ChildValue, rollUp } from './rollup.js';

@ObjectType({
  description:
    'A parent region’s value COMPUTED from its children with the indicator’s aggregation rule. It is never an official figure: compare it with publishedValue, which is.',
})
export class RollUp {
  @Field(() => String)
  indicatorCode!: string;
  @Field(() => String)
  parentCode!: string;
  @Field(() => String)
  period!: string;
  @Field(() => Boolean, { description: 'Always true: this value was computed by the platform, not published.' })
  computed!: boolean;
  @Field(() => AggregationRule)
  method!: AggregationRule;
  @Field(() => Float, { nullable: true, description: 'Computed only when every child has a value (and a weight where needed).' })
  value!: number | null;
  @Field(() => String, { nullable: true })
  reasonId!: string | null;
  @Field(() => String, { nullable: true, description: 'Why there is no computed value.' })
  reasonEn!: string | null;
  @Field(() => Int)
  childrenCount!: number;
  @Field(() => Int)
  childrenWithData!: number;
  @Field(() => [String], { description: 'Children without a value for the period.' })
  missingChildren!: string[];
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
    description: 'Computes a parent’s value from its direct children (sum, or mean weighted by another indicator).',
  })
  async rollUp(
    @Ctx() { db, loaders }: Context,
    @Arg('indicatorCode', () => String) indicatorCode: string,
    @Arg('parentCode', () => String) parentCode: string,
    @Arg('period', () => String) period: string,
  ): Promise<RollUp> {
    const indicator = await loaders.indicatorByCode.load(indicatorCode.trim());
    if (!indicator) throw badInput(`Unknown indicator “${indicatorCode}”. The catalogue is in the \`indicators\` query.`);
    const children = await loaders.childrenOf.load(parentCode.trim());
    const codes = [...children.map((c) => c.code), parentCode.trim()];
    const indicatorCodes = [indicator.code, ...(indicator.weightIndicatorCode ? [indicator.weightIndicatorCode] : [])];
    const rows = await db.sql.query<{ regionCode: string; indicatorCode: string; value: number }>(
      `SELECT region_code AS "regionCode", indicator_code AS "indicatorCode", value::float8 AS value FROM observation
       WHERE indicator_code = ANY($1::text[]) AND region_code = ANY($2::text[]) AND period = $3`,
      [indicatorCodes, codes, period.trim()],
    );
    const valueAt = (region: string, ind: string | null) =>
      rows.find((r) => r.regionCode === region && r.indicatorCode === ind)?.value ?? null;
    const childValues: ChildValue[] = children.map((c) => ({
      regionCode: c.code,
      value: valueAt(c.code, indicator.code),
      weight: valueAt(c.code, indicator.weightIndicatorCode),
    }));
    const result = rollUp(indicator.aggregation, childValues, indicator.weightIndicatorCode);
    const publishedValue = valueAt(parentCode.trim(), indicator.code);
    return {
      indicatorCode: indicator.code,
      parentCode: parentCode.trim(),
      period: period.trim(),
      computed: true,
      method: indicator.aggregation,
      ...result,
      publishedValue,
      differenceFromPublished:
        result.value !== null && publishedValue !== null ? Math.round((result.value - publishedValue) * 1e6) / 1e6 : null,
    };
  }
}
