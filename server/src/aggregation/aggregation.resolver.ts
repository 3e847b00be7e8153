import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { ComparisonScopeArgs } from '../comparison/comparison.types.js';
import type { Context } from '../graphql/context.js';
import { Indicator } from '../indicators/indicator.types.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { badInput } from '../messages/errors.js';
import { requireIndicators, requirePeriod, requireRegions } from '../reference/lookups.js';
import { Region } from '../regions/region.types.js';
import { type AggregatedIndicator, sumRefusal, weightedMeanRefusal } from './aggregate.js';
import { type AggregateGroupAnswer, type AggregationAnswer, aggregateRegions } from './aggregation.service.js';
import { AggregateGroup, AggregateGroupBy, AggregateNote, Aggregation } from './aggregation.types.js';
import { selects } from './selection.js';

const asAggregated = (i: IndicatorRecord): AggregatedIndicator => ({
  code: i.code,
  nameId: i.nameId,
  nameEn: i.nameEn,
  unitId: i.unitId,
  unitEn: i.unitEn,
  aggregation: i.aggregation as AggregatedIndicator['aggregation'],
});

@Resolver(() => Aggregation)
export class AggregationResolver {
  @Query(() => Aggregation, {
    description:
      'Count, sum, mean, population-weighted mean, median, min and max of one indicator over the regions of a level under a parent, grouped by parent or as one group, beside each group region’s published value. Respects the indicator’s aggregation rule: a sum of percentages or indices, or a weighted mean of counts, is refused with a sentence. Computed figures, never official ones.',
  })
  async aggregate(
    @Ctx() { db, loaders, viewer }: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('indicatorCode', () => String, {
      description: 'Indicator code from the `indicators` catalogue, e.g. "poverty_rate_p0".',
    })
    indicatorCode: string,
    @Args(() => ComparisonScopeArgs) { parentCode, level }: ComparisonScopeArgs,
    @Arg('period', () => String, { description: 'The period: "2024", "2024-03" or "Maret 2024".' })
    period: string,
    @Arg('groupBy', () => AggregateGroupBy, {
      defaultValue: AggregateGroupBy.PARENT,
      description: 'PARENT: a group per parent region (the default); LEVEL: one group of all regions of the level.',
    })
    groupBy: AggregateGroupBy,
    @Arg('weightIndicatorCode', () => String, {
      nullable: true,
      description:
        'The count that weights weightedMean: by default the indicator’s own weight (population for P0, labour force for TPT), else population.',
    })
    weightIndicatorCode: string | null,
  ): Promise<AggregationAnswer> {
    const [[indicator], [parent]] = await Promise.all([
      requireIndicators(loaders, [indicatorCode.trim()]),
      requireRegions(loaders, [parentCode.trim()]),
    ]);
    const storedPeriod = requirePeriod(period.trim(), indicator!);
    if (selects(info, ['groups', 'sum'])) {
      const refusal = sumRefusal(asAggregated(indicator!));
      if (refusal) throw badInput(refusal);
    }
    // Counts are summed, not weighted: no weight is read for them unless one is asked for (and refused).
    const wantsWeight = selects(info, ['groups', 'weightedMean']) || weightIndicatorCode != null;
    let weight: IndicatorRecord | null = null;
    if (wantsWeight || indicator!.aggregation !== 'SUM') {
      const code = weightIndicatorCode?.trim() || indicator!.weightIndicatorCode || 'population';
      const [found] = await requireIndicators(loaders, [code]);
      weight = found!;
      const refusal = weightedMeanRefusal(asAggregated(indicator!), asAggregated(weight));
      if (refusal && wantsWeight) throw badInput(refusal);
      if (refusal) weight = null;
    }
    return aggregateRegions(db, viewer, indicator!, weight, parent!, { level, groupBy, period: storedPeriod });
  }

  @FieldResolver(() => Indicator, { description: 'The catalogue entry of indicatorCode: name, unit, direction, decimals.' })
  indicator(@Root() a: AggregationAnswer, @Ctx() { loaders }: Context) {
    return loaders.indicatorOf(a.indicatorCode);
  }

  @FieldResolver(() => Indicator, { nullable: true, description: 'The catalogue entry of weightIndicatorCode.' })
  weightIndicator(@Root() a: AggregationAnswer, @Ctx() { loaders }: Context) {
    return a.weightIndicatorCode ? loaders.indicatorOf(a.weightIndicatorCode) : null;
  }

  @FieldResolver(() => Region, { description: 'The region of parentCode.' })
  parent(@Root() a: AggregationAnswer, @Ctx() { loaders }: Context) {
    return loaders.regionOf(a.parentCode);
  }
}

@Resolver(() => AggregateGroup)
export class AggregateGroupResolver {
  @FieldResolver(() => Region, { description: 'The region the group is.' })
  region(@Root() g: AggregateGroupAnswer, @Ctx() { loaders }: Context) {
    return loaders.regionOf(g.groupCode);
  }

  @FieldResolver(() => [AggregateNote], { description: 'Why sum or weightedMean has no value, where it has none.' })
  notes(@Root() g: AggregateGroupAnswer): AggregateNote[] {
    return g.notes.map((n) => ({ statistic: n.statistic, reasonId: n.reason.id, reasonEn: n.reason.en }));
  }
}
