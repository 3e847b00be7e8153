import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
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

function presentResult(r: CompositeResultRecord): CompositeResult {
  return {
    ...r,
    dimensions: r.dimensions.map((d) => ({
      ...d,
      components: d.components.map((c) => ({
        ...c,
        rawValue: c.raw?.value ?? null,
        rawPeriod: c.raw?.period ?? null,
        source: c.raw?.source ?? null,
      })),
    })),
  };
}

@Resolver()
export class CompositesResolver {
  @Query(() => [CompositeMethodology], { description: 'Composite index methods and their versions.' })
  async compositeMethodologies(@Ctx() { db }: Context, @Arg('code', () => String, { nullable: true }) code: string | null) {
    return (await findMethodologies(db, code)).map(present);
  }

  @Query(() => [CompositeResult], {
    description:
      'Computes a composite index for regions in one period, returning every step (inputs, normalisation, weights, sums).',
  })
  async compositeIndex(
    @Ctx() { db }: Context,
    @Arg('methodologyCode', () => String) methodologyCode: string,
    @Arg('regionCodes', () => [String]) regionCodes: string[],
    @Arg('period', () => String) period: string,
    @Arg('version', () => Int, { nullable: true, description: 'Defaults to the latest version.' }) version: number | null,
  ) {
    const m = await findMethodology(db, methodologyCode.trim(), version ?? null);
    return (await computeForRegions(db, m, regionCodes, period.trim())).map(presentResult);
  }

  @Mutation(() => CompositeMethodology, {
    description:
      'Stores a new version of a composite index method after checking it (weights, bounds, indicators). Stored versions never change.',
  })
  async defineCompositeMethodology(
    @Ctx() { db }: Context,
    @Arg('input', () => CompositeMethodologyInput) input: CompositeMethodologyInput,
    @Arg('createdBy', () => String) createdBy: string,
  ) {
    if (!createdBy.trim()) throw badInput('createdBy must name the administrator defining the method.');
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
      createdBy.trim(),
    );
    return present(stored);
  }
}
