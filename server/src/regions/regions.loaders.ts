import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import { badInput } from '../messages/errors.js';
import type { ReferenceCache } from '../reference/reference-cache.js';
import { isKemendagriCode } from './region-codes.js';
import { REGION_MESSAGES } from './region-messages.js';
import { type RegionNameIndex, readRegionNameIndex } from './region-names.js';
import {
  childrenByParentCodes,
  type FormedRegion,
  formedRegions,
  type RegionRecord,
  type RegionSplit,
  regionSplits,
  regionsByCodes,
} from './regions.service.js';

/** Unknown names of one batch that get suggestions (see regionRef). */
const SUGGESTED_NAMES = 3;

/** Per-request batching: one statement per hierarchy level, however many regions are asked for. */
export function createRegionLoaders(db: Database, reference: ReferenceCache) {
  /** Every region this request has seen, for regionOf. */
  const known = new Map<string, RegionRecord>();
  const regionByCode = new DataLoader<string, RegionRecord | null>(async (codes) => {
    const regions = await reference.regions.getMany(codes, (missing) => regionsByCodes(db, missing));
    for (const r of regions) if (r) known.set(r.code, r);
    return regions;
  });
  /** Regions fetched by any query are remembered, so asking for their parent costs nothing more. */
  const remember = (rows: readonly RegionRecord[]) => {
    for (const r of rows) {
      regionByCode.prime(r.code, r);
      known.set(r.code, r);
    }
    return rows;
  };
  /**
   * The region of `code`, without waiting when this request or the held registry already has it. A field
   * answered at once lets GraphQL complete a row without a promise: a comparison has hundreds of them.
   */
  const regionOf = (code: string): RegionRecord | Promise<RegionRecord | null> =>
    known.get(code) ?? reference.regions.peek(code) ?? regionByCode.load(code);
  const childrenOf = new DataLoader<string, readonly RegionRecord[]>(async (codes) => {
    const lists = await reference.children.getMany(codes, (missing) => childrenByParentCodes(db, missing));
    for (const list of lists) remember(list);
    return lists;
  });
  /** The regions formed by a recorded split: held between requests, else one statement, at most once per request. */
  let formed: Promise<readonly FormedRegion[]> | undefined;
  const regionsFormed = (): Promise<readonly FormedRegion[]> =>
    (formed ??= reference.formedRegions.get('all', () => formedRegions(db)));
  /** Every recorded split: held between requests, else one statement, at most once per request. */
  let splits: Promise<readonly RegionSplit[]> | undefined;
  const splitsRecorded = (): Promise<readonly RegionSplit[]> =>
    (splits ??= reference.regionSplits.get('all', () => regionSplits(db)));
  /** The names, aliases and BPS codes of the regions down to kabupaten/kota: held between requests, else one statement. */
  const regionNames = (): Promise<RegionNameIndex> => reference.regionNames.get('all', () => readRegionNameIndex(db));
  /**
   * The region a client means by a region argument: a Kemendagri code, a BPS code or a name ("Kab. Gorontalo",
   * "kaltim"), each text of the request resolved once and all of them together — codes in one statement, names and
   * BPS codes from the name index, whose regions then cost no statement. An unknown or ambiguous text is an error
   * naming candidates (rejected per key: the other arguments still resolve).
   */
  const regionRef = new DataLoader<string, RegionRecord>(async (texts) => {
    const index = texts.every(isKemendagriCode) ? null : await regionNames();
    // Suggestions scan the registry (about 1 ms a name): a thousand unknown names must not hold the server for a
    // second. The first few get them; an error reports the first unknown name of its argument anyway.
    let suggestionsLeft = SUGGESTED_NAMES;
    return Promise.all(
      texts.map(async (text): Promise<RegionRecord | Error> => {
        // With the index read anyway, a code in it costs no statement of its own.
        const held = index?.byCode.get(text);
        if (held) return remember([held])[0]!;
        if (isKemendagriCode(text)) {
          return (await regionByCode.load(text)) ?? badInput(REGION_MESSAGES.unknownCode(text), unknownRegion(text));
        }
        let found = index!.resolver.resolve({ text, system: 'any' }, { suggest: false });
        if ('error' in found && found.error.code === 'UNKNOWN_REGION' && suggestionsLeft-- > 0) {
          found = index!.resolver.resolve({ text, system: 'any' });
        }
        if ('code' in found) {
          const region = index!.byCode.get(found.code);
          if (region) return remember([region])[0]!;
          return (await regionByCode.load(found.code)) ?? badInput(REGION_MESSAGES.unknownCode(text), unknownRegion(text));
        }
        const { code, candidates } = found.error;
        if (code === 'AMBIGUOUS_REGION') {
          return badInput(REGION_MESSAGES.ambiguous(text, candidates), { ambiguousRegion: { text, candidates } });
        }
        if (/^\d{4}$/.test(text)) return badInput(REGION_MESSAGES.unknownBpsCode(text), unknownRegion(text));
        return badInput(REGION_MESSAGES.unknownName(text, candidates), unknownRegion(text, candidates));
      }),
    );
  });
  return { regionByCode, regionOf, childrenOf, remember, regionNames, regionRef, regionsFormed, splitsRecorded };
}

/** Which region text was not found, for clients that say it in their own words (the dashboard). */
function unknownRegion(code: string, suggestions: readonly { code: string; name: string }[] = []) {
  return { unknownCode: { kind: 'region', code, ...(suggestions.length ? { suggestions } : {}) } };
}

export type RegionLoaders = ReturnType<typeof createRegionLoaders>;
