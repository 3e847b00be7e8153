import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { Indicator } from '../indicators/indicator.types.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { Region } from '../regions/region.types.js';
import { findDocument, findDocuments, type ProgressResult, progressFor, targetsOf } from './targets.service.js';
import { PlanningDocument, Scorecard, Target, TargetProgress } from './targets.types.js';

async function indicatorMap(ctx: Context, codes: readonly string[]): Promise<Map<string, IndicatorRecord>> {
  const found = await ctx.loaders.indicatorByCode.loadMany(codes);
  const map = new Map<string, IndicatorRecord>();
  codes.forEach((code, i) => {
    const f = found[i];
    if (!f || f instanceof Error) throw badInput(`Unknown indicator “${code}”. The catalogue is in the \`indicators\` query.`);
    map.set(code, f);
  });
  return map;
}

@Resolver(() => PlanningDocument)
export class TargetsResolver {
  @Query(() => [PlanningDocument], { description: 'Planning documents (RPJMN, RKP, RPJMD, RKPD, Renstra), oldest first.' })
  planningDocuments(@Ctx() { db }: Context) {
    return findDocuments(db);
  }

  @FieldResolver(() => [Target], { description: 'All targets the document sets.' })
  targets(@Root() doc: PlanningDocument, @Ctx() { db }: Context) {
    return targetsOf(db, [doc.code]);
  }

  @Query(() => TargetProgress, { description: 'Progress of one region towards one indicator’s target in a planning document.' })
  async progress(
    @Ctx() ctx: Context,
    @Arg('regionCode', () => String) regionCode: string,
    @Arg('indicatorCode', () => String) indicatorCode: string,
    @Arg('documentCode', () => String) documentCode: string,
    @Arg('targetYear', () => Int, { nullable: true, description: 'Defaults to the document’s final target for the indicator.' })
    targetYear: number | null,
  ): Promise<ProgressResult> {
    const doc = await findDocument(ctx.db, documentCode.trim());
    const indicators = await indicatorMap(ctx, [indicatorCode.trim()]);
    const [result] = await progressFor(
      ctx.db,
      doc,
      await targetsOf(ctx.db, [doc.code]),
      [{ regionCode: regionCode.trim(), indicatorCode: indicatorCode.trim() }],
      indicators,
      await ctx.loaders.seriesBreaks(),
      targetYear,
    );
    return result!;
  }

  @Query(() => Scorecard, {
    description:
      'Regions × indicators with their status against a planning document. Regions default to those the document sets targets for; pass parentCode to score the regions under it (each against its own target, or else the document’s).',
  })
  async scorecard(
    @Ctx() ctx: Context,
    @Arg('documentCode', () => String) documentCode: string,
    @Arg('parentCode', () => String, {
      nullable: true,
      description: 'Score the regions one level under this one, e.g. "ID" for all provinces.',
    })
    parentCode: string | null,
    @Arg('indicatorCodes', () => [String], { nullable: true, description: 'Defaults to every indicator the document targets.' })
    indicatorCodes: string[] | null,
    @Arg('targetYear', () => Int, { nullable: true }) targetYear: number | null,
  ): Promise<Omit<Scorecard, 'cells'> & { cells: ProgressResult[] }> {
    const doc = await findDocument(ctx.db, documentCode.trim());
    const targets = await targetsOf(ctx.db, [doc.code]);
    const indicatorsWanted = indicatorCodes?.length ? indicatorCodes : [...new Set(targets.map((t) => t.indicatorCode))];
    const regionCodes = parentCode
      ? (await ctx.loaders.childrenOf.load(parentCode.trim())).map((r) => r.code)
      : [...new Set(targets.map((t) => t.regionCode))];
    if (regionCodes.length > 600) throw badInput('A scorecard holds at most 600 regions.');
    const indicators = await indicatorMap(ctx, indicatorsWanted);
    const pairs = regionCodes.flatMap((regionCode) => indicatorsWanted.map((indicatorCode) => ({ regionCode, indicatorCode })));
    const cells = await progressFor(ctx.db, doc, targets, pairs, indicators, await ctx.loaders.seriesBreaks(), targetYear);
    return { documentCode: doc.code, regionCodes, indicatorCodes: indicatorsWanted, cells };
  }
}

@Resolver(() => TargetProgress)
export class TargetProgressResolver {
  @FieldResolver(() => Region)
  region(@Root() p: ProgressResult, @Ctx() { loaders }: Context) {
    return loaders.regionByCode.load(p.regionCode);
  }
  @FieldResolver(() => Indicator)
  indicator(@Root() p: ProgressResult, @Ctx() { loaders }: Context) {
    return loaders.indicatorByCode.load(p.indicatorCode);
  }
}
