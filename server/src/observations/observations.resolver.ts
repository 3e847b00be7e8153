import { Arg, Args, type ClassType, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Indicator } from '../indicators/indicator.types.js';
import { requireIndicators, requirePeriodRange, requireRegionList, requireRegions } from '../reference/lookups.js';
import { Region } from '../regions/region.types.js';
import { RegionListArgs } from '../regions/region-list.args.js';
import { latestChange } from './comparable.js';
import {
  Observation,
  ObservationConnection,
  ObservationFilter,
  Series,
  SeriesChange,
  SeriesFrequency,
  SeriesPoint,
  Source,
} from './observation.types.js';
import { encodeCursor, findObservationPage } from './observation-pages.js';
import { checkSeriesSize, countObservations, findSeries, findSeriesGrid, MAX_GRID_SERIES } from './observations.service.js';

/** region, indicator and source for any type that carries the codes, batched per request. */
function provenanceResolver<T extends { regionCode: string; indicatorCode: string; sourceId?: number | null }>(type: ClassType) {
  @Resolver(() => type)
  class ProvenanceResolver {
    @FieldResolver(() => Region, { description: 'The region of regionCode.' })
    region(@Root() o: T, @Ctx() { loaders }: Context) {
      return loaders.regionOf(o.regionCode);
    }
    @FieldResolver(() => Indicator, { description: 'The catalogue entry of indicatorCode: name, unit, direction.' })
    indicator(@Root() o: T, @Ctx() { loaders }: Context) {
      return loaders.indicatorOf(o.indicatorCode);
    }
    @FieldResolver(() => Source, { nullable: true, description: 'Publisher’s table or publication the value comes from.' })
    source(@Root() o: T, @Ctx() { loaders }: Context) {
      return o.sourceId ? loaders.sourceById.load(o.sourceId) : null;
    }
  }
  return ProvenanceResolver;
}

export const ObservationProvenanceResolver = provenanceResolver(Observation);
export const SeriesPointProvenanceResolver = provenanceResolver(SeriesPoint);

@Resolver(() => Series)
export class SeriesProvenanceResolver {
  @FieldResolver(() => Region, { description: 'The region of regionCode.' })
  region(@Root() s: Pick<Series, 'regionCode' | 'indicatorCode'>, @Ctx() { loaders }: Context) {
    return loaders.regionOf(s.regionCode);
  }
  @FieldResolver(() => Indicator, { description: 'The catalogue entry of indicatorCode: name, unit, direction.' })
  indicator(@Root() s: Pick<Series, 'regionCode' | 'indicatorCode'>, @Ctx() { loaders }: Context) {
    return loaders.indicatorOf(s.indicatorCode);
  }
  @FieldResolver(() => SeriesChange, {
    nullable: true,
    description:
      'The latest value’s change since the previous comparable point of the series (same rule as Comparison.previousPeriod); null for an empty series.',
  })
  async latestChange(
    @Root() s: Pick<Series, 'indicatorCode' | 'points'>,
    @Ctx() { loaders }: Context,
  ): Promise<SeriesChange | null> {
    const indicator = await loaders.indicatorOf(s.indicatorCode);
    const found = latestChange(s.points, indicator?.yearOnYear ?? false);
    if (!found) return null;
    return {
      period: found.latest.period,
      value: found.latest.value,
      previousPeriod: found.previous?.period ?? null,
      previousValue: found.previous?.value ?? null,
      change: found.change,
      changeNotComparable: found.notComparable,
    };
  }
}

/**
 * An edge whose cursor is written only when asked for: clients page with pageInfo.endCursor, and encoding a cursor for
 * each of a page's 1,000 rows (JSON, then base64) was a fiftieth of the request's time.
 */
class Edge {
  constructor(readonly node: Observation) {}
  get cursor(): string {
    return encodeCursor(this.node);
  }
}

@Resolver(() => ObservationConnection)
export class ObservationsResolver {
  @Query(() => ObservationConnection, {
    description:
      'Observations matching a filter, a page at a time (cursor pagination, at most 1000 per page), ordered by indicator, region code and period. Each page costs its own rows, whichever page it is.',
  })
  async observations(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('filter', () => ObservationFilter, {
      defaultValue: {},
      description: 'Which observations to return; every observation when empty.',
    })
    filter: ObservationFilter,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, 1–1000.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<ObservationConnection> {
    filter = await requireFilterCodes(loaders, filter);
    const { rows, hasNextPage } = await findObservationPage(db, viewer, filter, first, after);
    const edges = rows.map((node) => new Edge(node));
    return { edges, pageInfo: { hasNextPage, endCursor: edges[edges.length - 1]?.cursor ?? null }, filter };
  }

  @FieldResolver(() => Int, { description: 'Number of observations matching the filter (all pages).' })
  totalCount(@Root() connection: ObservationConnection, @Ctx() { db, viewer }: Context): Promise<number> {
    return countObservations(db, viewer, connection.filter);
  }

  @Query(() => [Series], {
    description:
      'An indicator’s values over time for one or many regions, in the order of regionCodes. Points after a series break (pemekaran, a method change) have breakBefore: true.',
  })
  async series(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('indicatorCode', () => String, {
      description: 'Indicator code from the `indicators` catalogue, e.g. "poverty_rate_p0".',
    })
    indicatorCode: string,
    @Args(() => RegionListArgs) { regionCodes, parentCode, level }: RegionListArgs,
    @Arg('frequency', () => SeriesFrequency, {
      defaultValue: SeriesFrequency.AUTO,
      description: 'Which values make a series when a region has both annual figures and rounds; chosen per region.',
    })
    frequency: SeriesFrequency,
    @Arg('periodFrom', () => String, { nullable: true, description: 'From this period on, inclusive ("2020" or "2020-03").' })
    periodFrom: string | null,
    @Arg('periodTo', () => String, { nullable: true, description: 'Up to this period, inclusive ("2025" includes its rounds).' })
    periodTo: string | null,
  ) {
    checkSeriesSize('series', 1, regionCodes?.length ?? 0);
    const [indicators, regions] = await Promise.all([
      requireIndicators(loaders, [indicatorCode.trim()]),
      requireRegionList(loaders, { regionCodes, parentCode, level }),
    ]);
    checkSeriesSize('series', 1, regions.length);
    requirePeriodRange(periodFrom, periodTo, indicators);
    return findSeries(
      db,
      viewer,
      { indicatorCode: indicatorCode.trim(), regionCodes: regions.map((r) => r.code), frequency, periodFrom, periodTo },
      loaders.seriesBreaks,
    );
  }

  @Query(() => [Series], {
    description: `Several indicators over time for several regions in one request: one series for every indicator × region, indicator by indicator, each in the order of regionCodes (a region without values gets a series with no points). Each series carries its indicatorCode and regionCode; points after a series break have breakBefore: true. At most ${MAX_GRID_SERIES} series.`,
  })
  async seriesGrid(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('indicatorCodes', () => [String], {
      description: 'Indicator codes from the `indicators` catalogue, e.g. ["poverty_rate_p0", "gini_ratio"].',
    })
    indicatorCodes: string[],
    @Args(() => RegionListArgs) { regionCodes, parentCode, level }: RegionListArgs,
    @Arg('frequency', () => SeriesFrequency, {
      defaultValue: SeriesFrequency.AUTO,
      description: 'Which values make a series when a region has both annual figures and rounds; chosen per series.',
    })
    frequency: SeriesFrequency,
    @Arg('periodFrom', () => String, { nullable: true, description: 'From this period on, inclusive ("2020" or "2020-03").' })
    periodFrom: string | null,
    @Arg('periodTo', () => String, { nullable: true, description: 'Up to this period, inclusive.' })
    periodTo: string | null,
  ) {
    const codes = indicatorCodes.map((c) => c.trim());
    checkSeriesSize('seriesGrid', codes.length, regionCodes?.length ?? 0);
    const [indicators, regions, breaks] = await Promise.all([
      requireIndicators(loaders, codes),
      requireRegionList(loaders, { regionCodes, parentCode, level }),
      loaders.seriesBreaks(),
    ]);
    requirePeriodRange(periodFrom, periodTo, indicators);
    const filter = { indicatorCodes: codes, regionCodes: regions.map((r) => r.code), frequency, periodFrom, periodTo };
    return findSeriesGrid(db, viewer, filter, breaks);
  }
}

/**
 * Every code a filter names must exist (a misspelt code would otherwise read as "no observations") and its period
 * range must be possible; the filter returned names regions by their Kemendagri codes, whatever the client wrote.
 */
async function requireFilterCodes(loaders: Context['loaders'], filter: ObservationFilter): Promise<ObservationFilter> {
  const [indicators, regions, parent] = await Promise.all([
    requireIndicators(loaders, filter.indicatorCodes ?? []),
    requireRegions(loaders, filter.regionCodes ?? []),
    filter.parentCode ? requireRegions(loaders, [filter.parentCode]) : null,
  ]);
  requirePeriodRange(filter.periodFrom, filter.periodTo, indicators);
  return {
    ...filter,
    ...(filter.regionCodes ? { regionCodes: regions.map((r) => r.code) } : {}),
    ...(parent ? { parentCode: parent[0]!.code } : {}),
  };
}
