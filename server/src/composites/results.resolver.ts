import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { requirePeriod, requireRegions } from '../reference/lookups.js';
import { presentResult } from './composites.resolver.js';
import { publishResultSet } from './publish.service.js';
import { computeAndStore, findInputGaps, findResultSet, listResultSets, type StoredResultSet } from './results.service.js';
import {
  CompositeInputGaps,
  CompositeResultPublication,
  CompositeResultSet,
  CompositeResultSetSummary,
} from './results.types.js';

const METHOD = { description: 'Code of the method, e.g. "IKS_ELDERLY_RPJMN" (see compositeMethodologies).' };
const PROVINCE = { description: 'The province: Kemendagri code (e.g. "75"), BPS code or name; its kabupaten/kota are computed.' };
const PERIOD = { description: 'Period of the input values, as stored, e.g. "2024".' };

const present = (set: StoredResultSet): CompositeResultSet => ({ ...set, results: set.results.map(presentResult) });

@Resolver()
export class CompositeResultsResolver {
  @Mutation(() => CompositeResultSet, {
    description:
      'Computes a composite index for every kabupaten/kota of a province and stores it, with each input (value, verification status, source) and every step, as the next version. Only VERIFIED and PUBLISHED values count unless includeUnverified is true, which stores a provisional set. Administrators and verifiers of the province.',
  })
  async computeCompositeIndex(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('methodologyCode', () => String, METHOD) methodologyCode: string,
    @Arg('parentCode', () => String, PROVINCE) parentCode: string,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('version', () => Int, { nullable: true, description: 'Version of the method; defaults to the latest.' })
    version: number | null,
    @Arg('includeUnverified', () => Boolean, {
      defaultValue: false,
      description:
        'Count submitted values not yet verified (never returned ones or drafts); the stored set is then marked provisional.',
    })
    includeUnverified: boolean,
  ) {
    const stored = requirePeriod(period.trim(), null);
    const [parent] = await requireRegions(loaders, [parentCode]);
    const set = await computeAndStore(db, viewer, {
      methodologyCode: methodologyCode.trim(),
      version: version ?? null,
      parent: parent!,
      period: stored,
      includeUnverified,
    });
    return present(set);
  }

  @Mutation(() => CompositeResultPublication, {
    description:
      'Publishes a stored result set as values of its method’s result indicator (e.g. iks_elderly) through the import rules: an import batch and audit trail, submitted for the verifier, a verified value changed only by a revision, a published BPS value never replaced, nothing new on a second call. A provisional set is refused, and in an official database so is a result of a method that is not OFFICIAL. Administrators and verifiers of the province.',
  })
  async publishCompositeResultSet(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('methodologyCode', () => String, METHOD) methodologyCode: string,
    @Arg('parentCode', () => String, PROVINCE) parentCode: string,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('version', () => Int, { nullable: true, description: 'Version of the result set; defaults to the latest.' })
    version: number | null,
  ) {
    const stored = requirePeriod(period.trim(), null);
    const [parent] = await requireRegions(loaders, [parentCode]);
    return publishResultSet(db, viewer, {
      methodologyCode: methodologyCode.trim(),
      parent: parent!,
      period: stored,
      version: version ?? null,
    });
  }

  @Query(() => CompositeResultSet, {
    nullable: true,
    description:
      'A stored composite index result set for a province and period, the latest unless a version is given, with every input and step; null when none is stored.',
  })
  async compositeResultSet(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('methodologyCode', () => String, METHOD) methodologyCode: string,
    @Arg('parentCode', () => String, { description: 'The province: Kemendagri code (e.g. "75"), BPS code or name.' })
    parentCode: string,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('version', () => Int, { nullable: true, description: 'Version of the result set; defaults to the latest.' })
    version: number | null,
  ) {
    const [parent] = await requireRegions(loaders, [parentCode]);
    const set = await findResultSet(db, viewer, {
      methodologyCode: methodologyCode.trim(),
      parentCode: parent!.code,
      period: requirePeriod(period.trim(), null),
      version: version ?? null,
    });
    return set && present(set);
  }

  @Query(() => [CompositeResultSetSummary], {
    description:
      'The result sets stored for a method and province, newest period and version first (at most 200): which periods have a computed index.',
  })
  async compositeResultSets(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('methodologyCode', () => String, METHOD) methodologyCode: string,
    @Arg('parentCode', () => String, { description: 'The province: Kemendagri code (e.g. "75"), BPS code or name.' })
    parentCode: string,
  ) {
    const [parent] = await requireRegions(loaders, [parentCode]);
    return listResultSets(db, viewer, { methodologyCode: methodologyCode.trim(), parentCode: parent!.code });
  }

  @Query(() => CompositeInputGaps, {
    description:
      'Which kabupaten/kota of a province lack which input of a composite index method for a period: missing values and values not yet verified.',
  })
  async compositeInputGaps(
    @Ctx() { db, loaders, viewer }: Context,
    @Arg('methodologyCode', () => String, METHOD) methodologyCode: string,
    @Arg('parentCode', () => String, { description: 'The province: Kemendagri code (e.g. "75"), BPS code or name.' })
    parentCode: string,
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('version', () => Int, { nullable: true, description: 'Version of the method; defaults to the latest.' })
    version: number | null,
  ) {
    const [parent] = await requireRegions(loaders, [parentCode]);
    const gaps = await findInputGaps(db, viewer, {
      methodologyCode: methodologyCode.trim(),
      version: version ?? null,
      parentCode: parent!.code,
      period: requirePeriod(period.trim(), null),
    });
    return {
      ...gaps,
      regions: gaps.regions.map((r) => ({
        ...r,
        unverified: r.unverified.map((u) => u.indicatorCode),
        unverifiedStatuses: r.unverified.map((u) => u.status),
      })),
    };
  }
}
