import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Indicator } from '../indicators/indicator.types.js';
import { requireIndicators, requireRegions } from '../reference/lookups.js';
import { Region } from '../regions/region.types.js';
import { ComparisonScopeArgs } from './comparison.types.js';
import { changeBetweenPeriods, type PeriodChangeResult, requireChangeRange } from './period-change.service.js';
import { PeriodChange, PeriodChangeRow } from './period-change.types.js';

@Resolver(() => PeriodChange)
export class PeriodChangeResolver {
  @Query(() => PeriodChange, {
    description:
      'The change of one indicator between two chosen periods for every region of a level under a parent (all provinces, or the kabupaten/kota of a province), ranked by improvement in the indicator’s direction. Regions whose series breaks in between (the 2022 Papua split, a method change) are marked, or left out of the ranking with excludeBreaks; regions without a value in either period are listed as missing, not ranked.',
  })
  async periodChange(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('indicatorCode', () => String, {
      description: 'Indicator code from the `indicators` catalogue, e.g. "poverty_rate_p0".',
    })
    indicatorCode: string,
    @Args(() => ComparisonScopeArgs) { parentCode, level }: ComparisonScopeArgs,
    @Arg('from', () => String, {
      description:
        'The earlier period: "2019", "2019-03", "Maret 2019" or "Semester I 2019". It must be one the indicator can have (P0: March, September or the year).',
    })
    from: string,
    @Arg('to', () => String, {
      description: 'The later period, of the same kind as `from` (a year with a year, a round with a round), e.g. "2025-03".',
    })
    to: string,
    @Arg('excludeBreaks', () => Boolean, {
      defaultValue: false,
      description:
        'Leave regions whose series breaks between the two periods out of the ranking (still listed, as EXCLUDED). By default they are ranked and marked.',
    })
    excludeBreaks: boolean,
  ): Promise<PeriodChangeResult> {
    const [[indicator], [parent], breaks] = await Promise.all([
      requireIndicators(loaders, [indicatorCode.trim()]),
      requireRegions(loaders, [parentCode.trim()]),
      loaders.seriesBreaks(),
    ]);
    const range = requireChangeRange(indicator!, from, to);
    const result = await changeBetweenPeriods(db, viewer, indicator!, parent!, { level, ...range, excludeBreaks }, breaks);
    loaders.remember(result.regions); // the rows' region fields then cost no further statement
    return result;
  }

  @FieldResolver(() => Indicator, { description: 'The catalogue entry of indicatorCode: name, unit, direction, decimals.' })
  indicator(@Root() c: PeriodChangeResult, @Ctx() { loaders }: Context) {
    return loaders.indicatorOf(c.indicatorCode);
  }

  @FieldResolver(() => Region, { description: 'The region of parentCode.' })
  parent(@Root() c: PeriodChangeResult, @Ctx() { loaders }: Context) {
    return loaders.regionOf(c.parentCode);
  }
}

/** What the row resolvers read, as a plain shape (see ComparisonRowResolver). */
type RowRoot = Pick<PeriodChangeRow, 'regionCode'>;

@Resolver(() => PeriodChangeRow)
export class PeriodChangeRowResolver {
  @FieldResolver(() => Region, { description: 'The region of regionCode.' })
  region(@Root() row: RowRoot, @Ctx() { loaders }: Context) {
    return loaders.regionOf(row.regionCode);
  }
}
