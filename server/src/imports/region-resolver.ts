// Finds the registry region a file means, from a Kemendagri code, a BPS code or a name as BPS
// tables and analysts write it ("KAB. BONE BOLANGO", "Kep. Riau", "DKI Jakarta"). Pure: built from
// registry rows, with every index made once, because one file can hold a million region cells.

import { boundedDistance } from '../messages/suggestions.js';
import type { RegionRef } from './import.types.js';
import { type Marker, type NameKey, nameKey, PROVINCE_ALIASES } from './region-name-key.js';
import type {
  AppliedRename,
  OtherRegionName,
  RegionCandidate,
  RegionEntry,
  RegionResolution,
  ResolveContext,
} from './region-resolver.types.js';

const NATIONAL = 'ID';

const KEMENDAGRI_CODE = /^\d{2}(?:\.\d{1,2}){1,3}(?:\.\d{4})?$/;
const TWO_DIGITS = /^\d{2}$/;
const FOUR_DIGITS = /^\d{4}$/;
const ONE_DIGIT_AFTER_PROVINCE = /^\d{2}\.\d$/;
const CACHE_LIMIT = 50_000;
const SUGGESTIONS = 3;

export class RegionResolver {
  private readonly entries: readonly RegionEntry[];
  private readonly byCode = new Map<string, RegionEntry>();
  private readonly byBpsCode = new Map<string, RegionEntry>();
  private readonly byKey = new Map<string, RegionEntry[]>();
  private readonly keyOf = new Map<RegionEntry, string>();
  /** Former names and BPS spellings by name key; consulted only where today's names give no answer. */
  private readonly otherByKey = new Map<string, { entry: RegionEntry; other: OtherRegionName }[]>();
  private readonly otherKeys: { key: string; entry: RegionEntry; other: OtherRegionName }[] = [];
  // Files repeat the same few hundred names; each distinct question is answered once.
  private readonly cache = new Map<string, RegionResolution>();

  /** The levels the registry holds (kecamatan and desa only once loaded). */
  private readonly levels = new Set<string>();

  constructor(entries: readonly RegionEntry[], otherNames: readonly OtherRegionName[] = []) {
    this.entries = entries;
    for (const entry of entries) {
      this.levels.add(entry.level);
      this.byCode.set(entry.code, entry);
      if (entry.bpsCode) this.byBpsCode.set(entry.bpsCode, entry);
      const { key } = nameKey(entry.name);
      this.keyOf.set(entry, key);
      this.addKey(key, entry);
      if (entry.level === 'PROVINCE' || entry.level === 'NATIONAL') {
        for (const alias of PROVINCE_ALIASES[entry.code] ?? []) this.addKey(nameKey(alias).key, entry);
      }
    }
    for (const other of otherNames) {
      const entry = this.byCode.get(other.code);
      if (!entry) continue; // a level the registry has not loaded
      const { key } = nameKey(other.name);
      const list = this.otherByKey.get(key) ?? [];
      list.push({ entry, other });
      this.otherByKey.set(key, list);
      this.otherKeys.push({ key, entry, other });
    }
  }

  private addKey(key: string, entry: RegionEntry): void {
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  }

  resolve(ref: RegionRef, context: ResolveContext = {}): RegionResolution {
    const level = context.level ?? ref.levelHint;
    const suggest = context.suggest !== false;
    const cacheKey = `${ref.system}\u0000${level ?? ''}\u0000${context.parentCode ?? ''}\u0000${suggest ? '' : '-'}\u0000${ref.text}`;
    let result = this.cache.get(cacheKey);
    if (result === undefined) {
      result = this.lookUp(ref, level, context.parentCode, suggest);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(cacheKey, result);
    }
    return result;
  }

  private lookUp(ref: RegionRef, level: string | undefined, parentCode: string | undefined, suggest: boolean): RegionResolution {
    const text = ref.text.trim();
    switch (ref.system) {
      case 'kemendagri':
        return this.byKemendagriCode(ref.text, text);
      case 'bps':
        return this.byBps(ref.text, text);
      case 'name':
        return this.byName(ref.text, level, parentCode, suggest);
      case 'any':
        if (text.includes('.') && KEMENDAGRI_CODE.test(text)) return this.byKemendagriCode(ref.text, text);
        if (FOUR_DIGITS.test(text)) return this.byBps(ref.text, text);
        if (text === '00' || text.toUpperCase() === NATIONAL) return { code: NATIONAL };
        if (TWO_DIGITS.test(text)) return this.byKemendagriCode(ref.text, text);
        return this.byName(ref.text, level, parentCode, suggest);
    }
  }

  private byKemendagriCode(written: string, code: string): RegionResolution {
    // Excel turns the code 75.10 typed into a number cell into 75.1; no code has a one-digit part.
    const fixed = ONE_DIGIT_AFTER_PROVINCE.test(code) ? `${code}0` : code;
    const entry = this.byCode.get(fixed) ?? (fixed.toUpperCase() === NATIONAL ? this.byCode.get(NATIONAL) : undefined);
    if (entry) return { code: entry.code };
    return unknown(`unknown Kemendagri region code “${written}” (kode wilayah tidak dikenal)${this.notLoadedHint(fixed)}`, []);
  }

  /**
   * Kecamatan and desa/kelurahan are loaded on demand (pnpm regions:load), not on first start: a code of such a level
   * that is not in the registry is most likely one of a level not loaded yet, and the message says how to load it.
   */
  private notLoadedHint(code: string): string {
    const level = LOWER_LEVEL_CODES.find((l) => l.pattern.test(code));
    if (!level || this.levels.has(level.level)) return '';
    return `; ${level.name} are not loaded in this database yet (belum dimuat): load them with pnpm regions:load --level ${level.option}`;
  }

  private byBps(written: string, code: string): RegionResolution {
    if (code === '00') return { code: NATIONAL };
    const entry = this.byBpsCode.get(code);
    if (entry) return { code: entry.code };
    return unknown(
      `unknown BPS code “${written}” (kode BPS tidak dikenal): the registry has the BPS codes of the provinces and of the 514 kabupaten/kota of the BPS list of 2018; use the Kemendagri code or the name`,
      [],
    );
  }

  private byName(written: string, level: string | undefined, parentCode: string | undefined, suggest: boolean): RegionResolution {
    const name = nameKey(written);
    let found = this.byKey.get(name.key) ?? [];
    if (name.marker !== null) found = found.filter((entry) => matchesMarker(entry, name.marker));
    if (found.length === 0 && name.marker !== null) found = this.byKey.get(name.fullKey) ?? [];
    // A former name answers only where today's names do not: "Kabupaten Kepulauan Riau" is Bintan,
    // "Kepulauan Riau" the province. Where a bare name means the kabupaten (a BPS kab/kota table) and
    // only a kota has it today, the kabupaten that had it is meant ("Pontianak" before 2014: Mempawah).
    const others = this.otherNamesOf(name);
    const via = new Map<RegionEntry, OtherRegionName>();
    const kabupatenOfOld = level === 'REGENCY_CITY' && name.marker === null && found.every((e) => e.kind === 'CITY');
    for (const { entry, other } of others) {
      if (found.length > 0 && !(kabupatenOfOld && entry.kind === 'REGENCY')) continue;
      via.set(entry, other);
    }
    if (via.size > 0) found = [...via.keys()];

    if (level !== undefined) found = prefer(found, (entry) => entry.level === level);
    if (parentCode !== undefined) found = prefer(found, (entry) => entry.parentCode === parentCode);
    // BPS tables write "Kota …" for every kota, so there a bare kabupaten/kota name is the kabupaten.
    if (found.length > 1 && level === 'REGENCY_CITY' && name.marker === null) {
      found = prefer(found, (entry) => entry.kind === 'REGENCY');
    }

    if (found.length === 1) {
      const rename = via.get(found[0]!)?.rename;
      if (!rename) return { code: found[0]!.code };
      const formerName = via.get(found[0]!)!.name;
      return { code: found[0]!.code, rename: { formerName, name: found[0]!.name, ...rename } };
    }
    if (found.length > 1) {
      const candidates = found.map(candidate).sort(byCode);
      const listed = candidates.map((c) => `${c.name} (${c.code})`).join(', ');
      return {
        error: {
          code: 'AMBIGUOUS_REGION',
          message: `region “${written}” is ambiguous (wilayah ambigu): ${listed}; write “Kabupaten …”, “Kota …” or a code`,
          candidates,
        },
      };
    }
    const both = this.byFormerAndCurrentName(written, level, parentCode);
    if (both) return both;
    const suggestions = suggest ? this.nearest(name.key, level) : [];
    const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `“${s.name}”`).join(' or ')}?` : '';
    return unknown(`unknown region “${written}” (wilayah tidak dikenal)${hint}`, suggestions);
  }

  /**
   * BPS's tables on its current site print a renamed kabupaten as "former / current" ("Toba Samosir / Toba",
   * "Mamuju Utara / Pasangkayu") in every year. Such a name is read only when each part names the same region;
   * the rename, if a part is a former name, is reported as for that part alone.
   */
  private byFormerAndCurrentName(written: string, level: string | undefined, parentCode: string | undefined) {
    const parts = written.split(' / ');
    if (parts.length !== 2) return undefined;
    const found = parts.map((part) => this.byName(part, level, parentCode, false));
    const codes = new Set(found.map((r) => ('code' in r ? r.code : undefined)));
    if (codes.size !== 1 || codes.has(undefined)) return undefined;
    const index = found.findIndex((r) => 'rename' in r && r.rename);
    const result = found[index === -1 ? 0 : index] as { code: string; rename?: AppliedRename };
    return result.rename ? { code: result.code, rename: { ...result.rename, written: parts[index]! } } : { code: result.code };
  }

  /** Former names and BPS spellings with this name key, under the same marker rules as today's names. */
  private otherNamesOf(name: NameKey): { entry: RegionEntry; other: OtherRegionName }[] {
    let found = this.otherByKey.get(name.key) ?? [];
    if (name.marker !== null) found = found.filter(({ entry }) => matchesMarker(entry, name.marker));
    if (found.length === 0 && name.marker !== null) found = this.otherByKey.get(name.fullKey) ?? [];
    return found;
  }

  /**
   * Regions whose name (or a name people use for it, "DKI Jakarta", "Kaltim") contains `text` read the same way as
   * `resolve` reads names: "tolitoli" finds Kabupaten Toli-Toli, "Kab. Gorontalo" the kabupaten named so, "DKI"
   * Jakarta. Codes in either system are matched whole. In code order.
   */
  search(text: string): RegionEntry[] {
    const trimmed = text.trim();
    const found = new Set<RegionEntry>();
    const byCode = this.byCode.get(trimmed) ?? this.byBpsCode.get(trimmed);
    if (byCode) found.add(byCode);
    const name = nameKey(trimmed);
    if (name.key !== '') {
      for (const [key, entries] of this.byKey) {
        if (!key.includes(name.key)) continue;
        for (const entry of entries) if (name.marker === null || matchesMarker(entry, name.marker)) found.add(entry);
      }
      // "Kota Baru" is also the kabupaten Kotabaru, whose name only starts like a marker.
      if (name.marker !== null) for (const entry of this.byKey.get(name.fullKey) ?? []) found.add(entry);
    }
    return [...found].sort((a, b) => compareCodes(a.code, b.code));
  }

  /**
   * Up to three registry names closest in spelling; computed only for names that match nothing.
   * Former names count as the region's own, so a misspelt former name is offered the renamed
   * region first, not the neighbour whose name is part of it ("Toba Samosir" → Toba, not Samosir).
   */
  private nearest(key: string, level: string | undefined): RegionCandidate[] {
    if (key === '') return [];
    const limit = Math.max(2, Math.ceil(key.length * 0.25));
    const best = new Map<RegionEntry, number>();
    const score = (entry: RegionEntry, other: string) => {
      if (level !== undefined && entry.level !== level) return;
      let distance = boundedDistance(key, other, limit);
      // A part of the name ("Bolango") is worth suggesting too, after the close misspellings.
      if (distance > limit && key.length >= 4 && (other.includes(key) || key.includes(other))) distance = limit;
      if (distance <= limit && distance < (best.get(entry) ?? Number.POSITIVE_INFINITY)) best.set(entry, distance);
    };
    for (const entry of this.entries) score(entry, this.keyOf.get(entry)!);
    for (const { key: other, entry } of this.otherKeys) score(entry, other);
    const scored = [...best].map(([entry, distance]) => ({ entry, distance }));
    scored.sort((a, b) => a.distance - b.distance || a.entry.code.localeCompare(b.entry.code));
    return scored.slice(0, SUGGESTIONS).map((s) => candidate(s.entry));
  }
}

/** The import report's sentence for a former name read as today's region. */
export function renameNotice(written: string, code: string, rename: AppliedRename): string {
  const when = rename.year === null ? '' : ` in ${rename.year}`;
  const law = rename.legalBasis ? ` (${rename.legalBasis.replace(/ tentang .*/, '')})` : ' (legal basis not recorded)';
  return `“${(rename.written ?? written).trim()}” is the former name of ${rename.name} (${code}), renamed${when}${law}; its values are recorded under ${rename.name} (nama lama: ${rename.formerName}).`;
}

function matchesMarker(entry: RegionEntry, marker: Marker): boolean {
  if (marker === 'kabupaten') return entry.kind === 'REGENCY';
  if (marker === 'kota') return entry.kind === 'CITY';
  return entry.level === 'PROVINCE';
}

/** Narrows to the entries that pass, unless none do: context is a preference, not a filter. */
function prefer(entries: RegionEntry[], test: (entry: RegionEntry) => boolean): RegionEntry[] {
  if (entries.length <= 1) return entries;
  const kept = entries.filter(test);
  return kept.length > 0 ? kept : entries;
}

function candidate(entry: RegionEntry): RegionCandidate {
  return { code: entry.code, name: entry.name };
}

function byCode(a: RegionCandidate, b: RegionCandidate): number {
  return compareCodes(a.code, b.code);
}

function compareCodes(a: string, b: string): number {
  return a === NATIONAL ? (b === NATIONAL ? 0 : -1) : b === NATIONAL ? 1 : a.localeCompare(b);
}

/** Kemendagri codes of the levels loaded on demand: kecamatan 75.01.01, desa/kelurahan 75.01.01.2001. */
const LOWER_LEVEL_CODES = [
  { level: 'DISTRICT', pattern: /^\d{2}\.\d{2}\.\d{2}$/, name: 'kecamatan', option: 'district' },
  { level: 'VILLAGE', pattern: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, name: 'desa/kelurahan', option: 'village' },
] as const;

function unknown(message: string, candidates: RegionCandidate[]): RegionResolution {
  return { error: { code: 'UNKNOWN_REGION', message, candidates } };
}
