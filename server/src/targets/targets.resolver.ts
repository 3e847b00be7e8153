import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { checkListArgs } from '../filters/filter.rules.js';
import type { Context } from '../graphql/context.js';
import { Indicator } from '../indicators/indicator.types.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { badInput } from '../messages/errors.js';
import { optionalRegionCode, requireIndicators, requireRegions } from '../reference/lookups.js';
import { Region } from '../regions/region.types.js';
import { type Cell, needsRegionNames, queryScorecard } from './scorecard-query.js';
import { MAX_SCORECARD_FIRST, ScorecardListArgs } from './scorecard-query.types.js';
import {
  findDocument,
  MAX_SCORECARD_REGIONS,
  observationsOfPairs,
  type ProgressResult,
  progressFor,
  progressOf,
  scorecardRows,
} from './targets.service.js';
import { PlanningDocument, Scorecard, Target, TargetProgress } from './targets.types.js';

/** Like Promise.all, but when several fail, the first in the list decides the error (not the first to fail). */
async function inOrder<T extends readonly unknown[]>(work: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(work);
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

async function indicatorMap(ctx: Context, codes: readonly string[]): Promise<Map<string, IndicatorRecord>> {
  return new Map((await requireIndicators(ctx.loaders, codes)).map((i) => [i.code, i]));
}

@Resolver(() => PlanningDocument)
export class TargetsResolver {
  @Query(() => [PlanningDocument], { description: 'Planning documents (RPJMN, RKP, RPJMD, RKPD, Renstra), oldest first.' })
  planningDocuments(@Ctx() { loaders }: Context) {
    return loaders.planningDocuments();
  }

  @FieldResolver(() => [Target], { description: 'All targets the document sets.' })
  targets(@Root() doc: Pick<PlanningDocument, 'code'>, @Ctx() { loaders }: Context) {
    return loaders.targetsOfDocument(doc.code);
  }

  @Query(() => TargetProgress, { description: 'Progress of one region towards one indicator’s target in a planning document.' })
  async progress(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String, {
      description: 'The region: a Kemendagri code, e.g. "75.02" ("ID" for Indonesia), a BPS code or a name.',
    })
    regionCode: string,
    @Arg('indicatorCode', () => String, {
      description: 'Indicator code from the `indicators` catalogue, e.g. "poverty_rate_p0".',
    })
    indicatorCode: string,
    @Arg('documentCode', () => String, { description: 'Code of the planning document, e.g. "RPJMN-2025-2029" or "RKP-2026".' })
    documentCode: string,
    @Arg('targetYear', () => Int, { nullable: true, description: 'Defaults to the document’s final target for the indicator.' })
    targetYear: number | null,
  ): Promise<ProgressResult> {
    const doc = findDocument(await ctx.loaders.planningDocuments(), documentCode.trim());
    const [indicators, [region]] = await Promise.all([
      indicatorMap(ctx, [indicatorCode.trim()]),
      requireRegions(ctx.loaders, [regionCode]),
    ]);
    const [result] = await progressFor(
      ctx.db,
      ctx.viewer,
      doc,
      await ctx.loaders.targetsOfDocument(doc.code),
      [{ regionCode: region!.code, indicatorCode: indicatorCode.trim() }],
      indicators,
      await ctx.loaders.seriesBreaks(),
      targetYear,
    );
    return result!;
  }

  @Query(() => Scorecard, {
    description: `Regions × indicators with their status against a planning document. Regions default to those the document sets targets for; pass parentCode to score the regions under it, or regionCodes to score exactly those regions (each region against its own target, or else the document’s). At most ${MAX_SCORECARD_REGIONS} regions.`,
  })
  async scorecard(
    @Ctx() ctx: Context,
    @Arg('documentCode', () => String, { description: 'Code of the planning document, e.g. "RPJMN-2025-2029" or "RKP-2026".' })
    documentCode: string,
    @Arg('parentCode', () => String, {
      nullable: true,
      description:
        'Score the regions one level under this one (a Kemendagri or BPS code, or a name), e.g. "ID" for all provinces.',
    })
    parentCode: string | null,
    @Arg('includeParent', () => Boolean, {
      defaultValue: false,
      description: 'With parentCode: score the parent too, as the first row (a province above its kabupaten/kota).',
    })
    includeParent: boolean,
    @Arg('regionCodes', () => [String], {
      nullable: true,
      description:
        'Score exactly these regions, in this order (Kemendagri codes, BPS codes or names), e.g. ["75.02"] for one region’s progress on every indicator. Not together with parentCode.',
    })
    regionCodes: string[] | null,
    @Arg('indicatorCodes', () => [String], { nullable: true, description: 'Defaults to every indicator the document targets.' })
    indicatorCodes: string[] | null,
    @Arg('targetYear', () => Int, {
      nullable: true,
      description: 'Score every cell against its target for this year. Defaults to each cell’s final target in the document.',
    })
    targetYear: number | null,
    @Args(() => ScorecardListArgs) list: ScorecardListArgs,
  ): Promise<Omit<Scorecard, 'cells'> & { cells: ProgressResult[] }> {
    checkListArgs(list, MAX_SCORECARD_FIRST);
    const rows = scorecardRows({
      // A name or BPS code is resolved first; a Kemendagri code is taken as it is (an unknown one scores no regions).
      parentCode: await optionalRegionCode(ctx.loaders, parentCode),
      includeParent,
      regionCodes: regionCodes?.map((c) => c.trim()) ?? null,
    });
    // At most two rounds of statements, each sent together, rather than five one after another: what does not depend
    // on another result is asked for at once. Errors keep their order (an unknown document first). Documents, targets,
    // regions and series breaks are usually held, which leaves one statement: the observations.
    const code = documentCode.trim();
    const [doc, targets, listed, breaks] = await inOrder([
      ctx.loaders.planningDocuments().then((documents) => findDocument(documents, code)),
      ctx.loaders.targetsOfDocument(code),
      rows.kind === 'children'
        ? // An unknown parent has no regions under it and is no row itself: an empty scorecard, as parentCode alone gives.
          Promise.all([
            rows.includeParent ? ctx.loaders.regionByCode.load(rows.parentCode) : null,
            ctx.loaders.childrenOf.load(rows.parentCode),
          ]).then(([parent, children]) => [...(parent ? [parent.code] : []), ...children.map((r) => r.code)])
        : rows.kind === 'regions'
          ? requireRegions(ctx.loaders, rows.regionCodes).then((found) => found.map((r) => r.code))
          : null,
      ctx.loaders.seriesBreaks(),
    ] as const);
    const indicatorsWanted = indicatorCodes?.length ? indicatorCodes : [...new Set(targets.map((t) => t.indicatorCode))];
    const codes = listed ?? [...new Set(targets.map((t) => t.regionCode))];
    if (codes.length > MAX_SCORECARD_REGIONS) throw badInput(`A scorecard holds at most ${MAX_SCORECARD_REGIONS} regions.`);
    const pairs = codes.flatMap((regionCode) => indicatorsWanted.map((indicatorCode) => ({ regionCode, indicatorCode })));
    const [indicators, observations] = await inOrder([
      indicatorMap(ctx, indicatorsWanted),
      observationsOfPairs(ctx.db, ctx.viewer, pairs),
    ] as const);
    const progress = progressOf(doc, targets, pairs, observations, indicators, breaks, targetYear);
    // Names only when the filter or order reads them: the regions are usually held, else one statement for all.
    const names = needsRegionNames(list)
      ? new Map((await Promise.all(codes.map((c) => ctx.loaders.regionOf(c)))).map((r, i) => [codes[i]!, r?.name ?? null]))
      : null;
    const cells: Cell[] = names ? progress.map((p) => ({ ...p, regionName: names.get(p.regionCode) ?? null })) : progress;
    const queried = queryScorecard(cells, codes, list);
    return {
      documentCode: doc.code,
      indicatorCodes: indicatorsWanted,
      ...queried,
      partial: queried.missing.length > 0,
    };
  }
}

@Resolver(() => TargetProgress)
export class TargetProgressResolver {
  @FieldResolver(() => Region, { description: 'The region of regionCode.' })
  region(@Root() p: ProgressResult, @Ctx() { loaders }: Context) {
    return loaders.regionOf(p.regionCode);
  }
  @FieldResolver(() => Indicator, { description: 'The catalogue entry of indicatorCode: name, unit, direction.' })
  indicator(@Root() p: ProgressResult, @Ctx() { loaders }: Context) {
    return loaders.indicatorOf(p.indicatorCode);
  }
}
