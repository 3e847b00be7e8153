import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RegionLevel } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import { Indicator, IndicatorCoverage, SeriesBreak } from './indicator.types.js';
import { findIndicators, type IndicatorRecord } from './indicators.service.js';

@Resolver(() => Indicator)
export class IndicatorsResolver {
  @Query(() => [Indicator], { description: 'The indicator catalogue, by topic and code.' })
  indicators(
    @Ctx() { db }: Context,
    @Arg('topic', () => String, {
      nullable: true,
      description: 'Only indicators of this topic, e.g. "kemiskinan" (see Indicator.topic).',
    })
    topic: string | null,
    @Arg('level', () => RegionLevel, { nullable: true, description: 'Only indicators published at this level.' })
    level: RegionLevel | null,
  ): Promise<IndicatorRecord[]> {
    return findIndicators(db, { topic, level });
  }

  @Query(() => Indicator, { nullable: true, description: 'One catalogue entry by code; null if unknown.' })
  indicator(
    @Ctx() { loaders }: Context,
    @Arg('code', () => String, { description: 'Indicator code, e.g. "poverty_rate_p0".' }) code: string,
  ) {
    return loaders.indicatorByCode.load(code.trim());
  }

  @FieldResolver(() => IndicatorCoverage, { description: 'Which regions and periods have data.' })
  coverage(@Root() indicator: IndicatorRecord, @Ctx() { loaders }: Context) {
    return loaders.coverageOf.load(indicator.code);
  }

  @FieldResolver(() => [SeriesBreak], { description: 'Series breaks of this indicator (for all regions or one).' })
  async seriesBreaks(@Root() indicator: IndicatorRecord, @Ctx() { loaders }: Context) {
    return (await loaders.seriesBreaks()).filter((b) => b.indicatorCode === null || b.indicatorCode === indicator.code);
  }
}
