import { Arg, type ClassType, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Indicator } from '../indicators/indicator.types.js';
import { Region } from '../regions/region.types.js';
import {
  Observation,
  ObservationConnection,
  ObservationFilter,
  Series,
  SeriesFrequency,
  SeriesPoint,
  Source,
} from './observation.types.js';
import { countObservations, encodeCursor, findObservationPage, findSeries } from './observations.service.js';

/** region, indicator and source for any type that carries the codes, batched per request. */
function provenanceResolver<T extends { regionCode: string; indicatorCode: string; sourceId?: number | null }>(type: ClassType) {
  @Resolver(() => type)
  class ProvenanceResolver {
    @FieldResolver(() => Region)
    region(@Root() o: T, @Ctx() { loaders }: Context) {
      return loaders.regionByCode.load(o.regionCode);
    }
    @FieldResolver(() => Indicator)
    indicator(@Root() o: T, @Ctx() { loaders }: Context) {
      return loaders.indicatorByCode.load(o.indicatorCode);
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
  @FieldResolver(() => Region)
  region(@Root() s: Series, @Ctx() { loaders }: Context) {
    return loaders.regionByCode.load(s.regionCode);
  }
  @FieldResolver(() => Indicator)
  indicator(@Root() s: Series, @Ctx() { loaders }: Context) {
    return loaders.indicatorByCode.load(s.indicatorCode);
  }
}

@Resolver(() => ObservationConnection)
export class ObservationsResolver {
  @Query(() => ObservationConnection, {
    description:
      'Observations matching a filter, a page at a time (cursor pagination, at most 1000 per page), ordered by indicator, region and period.',
  })
  async observations(
    @Ctx() { db }: Context,
    @Arg('filter', () => ObservationFilter, { defaultValue: {} }) filter: ObservationFilter,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, 1–1000.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
  ): Promise<ObservationConnection> {
    const { rows, hasNextPage } = await findObservationPage(db, filter, first, after);
    const edges = rows.map((node) => ({ cursor: encodeCursor(node), node }));
    return { edges, pageInfo: { hasNextPage, endCursor: edges[edges.length - 1]?.cursor ?? null }, filter };
  }

  @FieldResolver(() => Int, { description: 'Number of observations matching the filter (all pages).' })
  totalCount(@Root() connection: ObservationConnection, @Ctx() { db }: Context): Promise<number> {
    return countObservations(db, connection.filter);
  }

  @Query(() => [Series], {
    description:
      'An indicator’s values over time for one or many regions, in the order of regionCodes. Points after a series break (pemekaran, a method change) have breakBefore: true.',
  })
  async series(
    @Ctx() { db, loaders }: Context,
    @Arg('indicatorCode', () => String) indicatorCode: string,
    @Arg('regionCodes', () => [String], { description: 'Kemendagri codes, at most 600.' }) regionCodes: string[],
    @Arg('frequency', () => SeriesFrequency, { defaultValue: SeriesFrequency.AUTO }) frequency: SeriesFrequency,
    @Arg('periodFrom', () => String, { nullable: true }) periodFrom: string | null,
    @Arg('periodTo', () => String, { nullable: true }) periodTo: string | null,
  ) {
    return findSeries(db, { indicatorCode, regionCodes, frequency, periodFrom, periodTo }, await loaders.seriesBreaks());
  }
}
