import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { refuseClaimedActor } from '../accounts/viewer.js';
import type { Context } from '../graphql/context.js';
import { requirePeriod, requireRegionList } from '../reference/lookups.js';
import { RegionListArgs } from '../regions/region-list.args.js';
import {
  type CompositeResultRecord,
  computeForRegions,
  defineMethodology,
  findMethodologies,
  findMethodology,
  type MethodologyRecord,
} from './composites.service.js';
import { CompositeMethodology, CompositeMethodologyInput, CompositeResult } from './composites.types.js';
import type { Aggregation, Normalisation } from './methodology.js';
import type { ObservedInput } from './results.service.js';

function present(m: MethodologyRecord): CompositeMethodology {
  return {
    ...m,
    status: m.status as CompositeMethodology['status'],
    normalisation: m.definition.normalisation,
    dimensions: m.definition.dimensions.map((d) => ({
      ...d,
      components: d.components.map((c) => ({ ...c, invert: c.invert ?? false })),
    })),
  };
}

function provenance(raw: Partial<ObservedInput> | null) {
  return {
    status: raw?.status ?? null,
    sourceUrl: raw?.sourceUrl ?? null,
    publisher: raw?.publisher ?? null,
    importBatchId: raw?.importBatchId ?? null,
    reviewedBy: raw?.reviewedBy ?? null,
    reviewedAt: raw?.reviewedAt ?? null,
  };
}

/** A computation's steps as GraphQL returns them, each input with its value, source and verification status. */
export function presentResult<T extends Pick<CompositeResultRecord, 'dimensions'>>(
  r: T,
): T & Pick<CompositeResult, 'dimensions'> {
  return {
    ...r,
    dimensions: r.dimensions.map((d) => ({
      ...d,
      components: d.components.map((c) => ({
        ...c,
        rawValue: c.raw?.value ?? null,
        rawPeriod: c.raw?.period ?? null,
        source: c.raw?.source ?? null,
        ...provenance(c.raw as Partial<ObservedInput> | null),
      })),
    })),
  };
}

@Resolver()
export class CompositesResolver {
  @Query(() => [CompositeMethodology], { description: 'Composite index methods and their versions.' })
  async compositeMethodologies(
    @Ctx() { db }: Context,
    @Arg('code', () => String, { nullable: true, description: 'Only the versions of this method; every method when omitted.' })
    code: string | null,
  ) {
    return (await findMethodologies(db, code)).map(present);
  }

  @Query(() => [CompositeResult], {
    description:
      'Computes a composite index for regions in one period, returning every step (inputs, normalisation, weights, sums).',
  })
  async compositeIndex(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('methodologyCode', () => String, {
      description: 'Code of the method, e.g. "IKS_ELDERLY_RPJMN" (see compositeMethodologies).',
    })
    methodologyCode: string,
    @Args(() => RegionListArgs) { regionCodes, parentCode, level }: RegionListArgs,
    @Arg('period', () => String, { description: 'Period of the input values, as stored, e.g. "2025".' }) period: string,
    @Arg('version', () => Int, { nullable: true, description: 'Defaults to the latest version.' }) version: number | null,
  ) {
    const stored = requirePeriod(period.trim(), null);
    const [m, regions] = await Promise.all([
      findMethodology(db, methodologyCode.trim(), version ?? null),
      requireRegionList(loaders, { regionCodes, parentCode, level }),
    ]);
    const codes = regions.map((r) => r.code);
    return (await computeForRegions(db, viewer, m, codes, stored)).map(presentResult);
  }

  @Mutation(() => CompositeMethodology, {
    description:
      'Stores a new version of a composite index method after checking it (weights, bounds, indicators). Stored versions never change.',
  })
  async defineCompositeMethodology(
    @Ctx() { db, viewer }: Context,
    @Arg('input', () => CompositeMethodologyInput, {
      description: 'The method: dimensions, components, weights, bounds and aggregation.',
    })
    input: CompositeMethodologyInput,
    @Arg('createdBy', () => String, {
      nullable: true,
      deprecationReason: 'The administrator is taken from the sign-in; sending createdBy is refused.',
      description: 'No longer accepted: the method is stored under the signed-in administrator’s name.',
    })
    createdBy: string | null,
  ) {
    refuseClaimedActor('createdBy', createdBy);
    const stored = await defineMethodology(
      db,
      {
        code: input.code,
        nameId: input.nameId,
        nameEn: input.nameEn,
        descriptionId: input.descriptionId,
        status: input.status,
        aggregation: input.aggregation,
        source: input.source ?? null,
        sourceUrl: input.sourceUrl ?? null,
        legalBasis: input.legalBasis ?? null,
        resultIndicatorCode: input.resultIndicatorCode ?? null,
        definition: {
          normalisation: input.normalisation as Normalisation,
          dimensions: input.dimensions.map((d) => ({
            code: d.code,
            nameId: d.nameId,
            nameEn: d.nameEn,
            weight: d.weight,
            aggregation: d.aggregation as Aggregation,
            components: d.components.map((c) => ({
              indicatorCode: c.indicatorCode,
              weight: c.weight,
              min: c.min ?? null,
              max: c.max ?? null,
              ...(c.invert == null ? {} : { invert: c.invert }),
            })),
          })),
        },
      },
      viewer,
    );
    return present(stored);
  }
}
