import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { checkListArgs } from '../filters/filter.rules.js';
import type { Context } from '../graphql/context.js';
import { Indicator } from '../indicators/indicator.types.js';
import { Source } from '../observations/observation.types.js';
import { requireIndicators, requireRegions } from '../reference/lookups.js';
import { Region } from '../regions/region.types.js';
import {
  type ComparisonResult,
  compareRegions,
  compareRegionsForIndicators,
  MAX_COMPARISON_INDICATORS,
} from './comparison.service.js';
import { Comparison, ComparisonRow, ComparisonScopeArgs } from './comparison.types.js';
import { missingCodes, type QueriedComparison, queryComparison } from './comparison-query.js';
import { ComparisonListArgs, MAX_COMPARISON_FIRST } from './comparison-query.types.js';

@Resolver(() => Comparison)
export class ComparisonResolver {
  @Query(() => Comparison, {
    description:
      'Ranks all regions of a level under a parent (the kabupaten/kota of a province, or all provinces) for one indicator and period, with differences from the parent and national values, change since the previous comparable period, quartiles and peers.',
  })
  async comparison(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('indicatorCode', () => String, {
      description: 'Indicator code from the `indicators` catalogue, e.g. "poverty_rate_p0".',
    })
    indicatorCode: string,
    @Args(() => ComparisonScopeArgs) { parentCode, level }: ComparisonScopeArgs,
    @Arg('period', () => String, { nullable: true, description: 'Defaults to the latest period with data.' }) period:
      | string
      | null,
    @Args(() => ComparisonListArgs) list: ComparisonListArgs,
  ): Promise<QueriedComparison> {
    checkListArgs(list, MAX_COMPARISON_FIRST);
    const [[indicator], [parent], breaks, formed] = await Promise.all([
      requireIndicators(loaders, [indicatorCode.trim()]),
      requireRegions(loaders, [parentCode.trim()]),
      loaders.seriesBreaks(),
      loaders.regionsFormed(),
    ]);
    const result = await compareRegions(
      db,
      viewer,
      indicator!,
      parent!,
      { level, period: period?.trim() || null },
      { breaks, periodsWithData: loaders.periodsWithData, formed, regionIndex: loaders.regionIndex },
    );
    loaders.remember(result.regions); // the rows' region fields then cost no further statement
    return queryComparison(result, list);
  }

  @Query(() => [Comparison], {
    description: `The comparison of several indicators under the same parent, one per indicator in the order of indicatorCodes: for each, all regions of a level ranked, with the parent and national values, change and peers, as in \`comparison\`. At most ${MAX_COMPARISON_INDICATORS} indicators.`,
  })
  async comparisons(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('indicatorCodes', () => [String], {
      description: `Indicator codes from the \`indicators\` catalogue, e.g. ["poverty_rate_p0", "poor_population"]; at most ${MAX_COMPARISON_INDICATORS}.`,
    })
    indicatorCodes: string[],
    @Args(() => ComparisonScopeArgs) { parentCode, level }: ComparisonScopeArgs,
    @Arg('period', () => String, {
      nullable: true,
      description:
        'The same period for every indicator, e.g. "2024"; an indicator without values then has no rows. Defaults to each indicator’s latest period with data.',
    })
    period: string | null,
    @Args(() => ComparisonListArgs) list: ComparisonListArgs,
  ): Promise<QueriedComparison[]> {
    checkListArgs(list, MAX_COMPARISON_FIRST);
    const codes = indicatorCodes.map((c) => c.trim());
    const [indicators, [parent], breaks, formed] = await Promise.all([
      requireIndicators(loaders, codes),
      requireRegions(loaders, [parentCode.trim()]),
      loaders.seriesBreaks(),
      loaders.regionsFormed(),
    ]);
    const results = await compareRegionsForIndicators(
      db,
      viewer,
      indicators,
      parent!,
      { level, period: period?.trim() || null },
      { breaks, periodsWithData: loaders.periodsWithData, formed, regionIndex: loaders.regionIndex },
    );
    for (const result of results) loaders.remember(result.regions); // the rows' region fields then cost no further statement
    return results.map((result) => queryComparison(result, list));
  }

  @FieldResolver(() => Indicator, { description: 'The catalogue entry of indicatorCode: name, unit, direction.' })
  indicator(@Root() c: ComparisonResult, @Ctx() { loaders }: Context) {
    return loaders.indicatorOf(c.indicatorCode);
  }

  @FieldResolver(() => Region, { description: 'The region of parentCode.' })
  parent(@Root() c: ComparisonResult, @Ctx() { loaders }: Context) {
    return loaders.regionOf(c.parentCode);
  }

  @FieldResolver(() => [String], {
    description:
      'Kemendagri codes of the regions of the level under the parent that existed in the period’s year but have no value for it (none you may read): they are not ranked, and the answer is partial for them. Every region when period is null. `where` does not change it. The parent’s and national values may come from another period: see parentPeriod and nationalPeriod.',
  })
  async missingCodes(@Root() c: QueriedComparison, @Ctx() { loaders }: Context): Promise<string[]> {
    return missingCodes(c, await loaders.regionsInScope(c.parentCode, c.level));
  }

  @FieldResolver(() => Int, { description: 'How many regions are in missingCodes.' })
  async missingCount(@Root() c: QueriedComparison, @Ctx() { loaders }: Context): Promise<number> {
    return missingCodes(c, await loaders.regionsInScope(c.parentCode, c.level)).length;
  }

  @FieldResolver(() => Boolean, {
    description:
      'The answer is partial: some region of the level has no value for the period (see missingCodes), or there is no period with data at all.',
  })
  async partial(@Root() c: QueriedComparison, @Ctx() { loaders }: Context): Promise<boolean> {
    return c.period === null || missingCodes(c, await loaders.regionsInScope(c.parentCode, c.level)).length > 0;
  }
}

/**
 * What the row resolvers read. Typed as a plain shape, not the ComparisonRow class: type-graphql copies a root
 * typed with a class into a new instance on every call (hundreds per comparison).
 */
type RowRoot = Pick<ComparisonRow, 'regionCode' | 'peerCodes' | 'sourceId'>;

@Resolver(() => ComparisonRow)
export class ComparisonRowResolver {
  @FieldResolver(() => Region, { description: 'The region of regionCode.' })
  region(@Root() row: RowRoot, @Ctx() { loaders }: Context) {
    return loaders.regionOf(row.regionCode);
  }

  @FieldResolver(() => [Region], { description: 'The peer regions (see peerCodes).' })
  async peers(@Root() row: RowRoot, @Ctx() { loaders }: Context) {
    return (await loaders.regionByCode.loadMany(row.peerCodes)).filter(
      (r): r is NonNullable<typeof r> & { code: string } => !!r && !(r instanceof Error),
    );
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Publisher’s table or publication the value comes from.' })
  source(@Root() row: RowRoot, @Ctx() { loaders }: Context) {
    return row.sourceId ? loaders.sourceById.load(row.sourceId) : null;
  }
}
