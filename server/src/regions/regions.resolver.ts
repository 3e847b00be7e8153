import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { RegionLevel } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import { badInput } from '../messages/errors.js';
import { optionalRegionCode, requireRegions } from '../reference/lookups.js';
import { Region } from './region.types.js';
import { isKemendagriCode } from './region-codes.js';
import { findRegions, RegionInputError, type RegionRecord } from './regions.service.js';

@Resolver(() => Region)
export class RegionsResolver {
  @Query(() => [Region], {
    description: 'Regions ordered by code, filtered by level, parent and a search term (name, Kemendagri or BPS code).',
  })
  async regions(
    @Ctx() { db, loaders }: Context,
    @Arg('level', () => RegionLevel, { nullable: true, description: 'Only regions of this level.' }) level: RegionLevel | null,
    @Arg('parentCode', () => String, {
      nullable: true,
      description: 'Only the direct children of this region (a Kemendagri or BPS code, or a name).',
    })
    parentCode: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Part of the name ("bone bol", "tolitoli", "Kab. Gorontalo"), a name people use ("DKI", "kaltim") or an exact code in either system ("75.03", "7504").',
    })
    search: string | null,
    @Arg('limit', () => Int, { defaultValue: 1000, description: 'At most this many regions (1–5000).' }) limit: number,
  ): Promise<RegionRecord[]> {
    const [parent, names] = await Promise.all([
      optionalRegionCode(loaders, parentCode),
      search?.trim() ? loaders.regionNames() : null,
    ]);
    // Names read as the import reads them (case, punctuation, "Kab."/"Kota", abbreviations), down to kabupaten/kota.
    const nameMatches = names && search ? names.resolver.search(search).map((r) => r.code) : [];
    try {
      return [...loaders.remember(await findRegions(db, { level, parentCode: parent, search, nameMatches, limit }))];
    } catch (err) {
      if (err instanceof RegionInputError) throw badInput(err.message);
      throw err;
    }
  }

  @Query(() => Region, {
    nullable: true,
    description:
      'One region by its Kemendagri code ("75", "75.01"), BPS code ("7501") or name ("Kab. Gorontalo", "kaltim"); null for an unknown Kemendagri code, an error naming candidates for a name that is unknown or ambiguous.',
  })
  async region(
    @Ctx() { loaders }: Context,
    @Arg('code', () => String, {
      description: 'Kemendagri code, e.g. "75.02" ("ID" for Indonesia), a BPS code or an unambiguous name.',
    })
    code: string,
  ): Promise<RegionRecord | null> {
    const text = code.trim();
    if (isKemendagriCode(text)) return loaders.regionByCode.load(text);
    const [region] = await requireRegions(loaders, [text]);
    return region ?? null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region one level up; null for Indonesia.' })
  parent(@Root() region: RegionRecord, @Ctx() { loaders }: Context): RegionRecord | Promise<RegionRecord | null> | null {
    return region.parentCode ? loaders.regionOf(region.parentCode) : null;
  }

  @FieldResolver(() => [Region], { description: 'The regions one level down, ordered by code.' })
  children(@Root() region: RegionRecord, @Ctx() { loaders }: Context): Promise<readonly RegionRecord[]> {
    return loaders.childrenOf.load(region.code);
  }

  @FieldResolver(() => [Region], { description: 'All regions above this one, from Indonesia down to the parent.' })
  async ancestors(@Root() region: RegionRecord, @Ctx() { loaders }: Context): Promise<RegionRecord[]> {
    const chain: RegionRecord[] = [];
    let code = region.parentCode;
    while (code) {
      const parent = await loaders.regionByCode.load(code);
      if (!parent) break;
      chain.unshift(parent);
      code = parent.parentCode;
    }
    return chain;
  }
}
