import type { RegionLevel } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import type { PeriodRef } from '../imports/import.types.js';
import { formatPeriod, parsePeriod } from '../imports/values.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import { badInput } from '../messages/errors.js';
import { type Suggestible, suggest } from '../messages/suggestions.js';
import { periodFit } from '../observations/periods.js';
import { isKemendagriCode } from '../regions/region-codes.js';
import type { RegionRecord } from '../regions/regions.service.js';
import { LOOKUP_MESSAGES } from './lookup-messages.js';

// An unknown code is the analyst's mistake, not an empty answer: say which code, what it may have meant and where
// the valid ones are. Through the request's loaders, so checking the codes batches with (and primes) every later lookup.

/** The catalogue entries for these codes, in their order. */
export async function requireIndicators(loaders: Context['loaders'], codes: readonly string[]): Promise<IndicatorRecord[]> {
  const found = await loaders.indicatorByCode.loadMany(codes);
  const missing = codes.findIndex((_, i) => !found[i]);
  for (const record of found) if (record instanceof Error) throw record;
  if (missing >= 0) {
    const code = codes[missing]!;
    const catalogue = (await loaders.indicatorCatalogue()).map((i) => ({ code: i.code, names: [i.nameId, i.nameEn] }));
    // Which code, for clients that say it in their own words (the dashboard, in Bahasa Indonesia).
    throw badInput(LOOKUP_MESSAGES.unknownIndicator(code, codesOf(suggest(code, catalogue))), {
      unknownCode: { kind: 'indicator', code },
    });
  }
  return found as IndicatorRecord[];
}

/** The suggestions for an unknown programme or planning document code; only read on that error's path. */
export function unknownCodeError(kind: 'programme' | 'document', code: string, entries: readonly Suggestible[]) {
  const suggestions = codesOf(suggest(code, entries));
  const message =
    kind === 'programme'
      ? LOOKUP_MESSAGES.unknownProgramme(code, suggestions)
      : LOOKUP_MESSAGES.unknownDocument(code, suggestions);
  return badInput(message, { unknownCode: { kind, code } });
}

const codesOf = (entries: readonly Suggestible[]) => entries.map((e) => e.code);

/**
 * The registry entries for region arguments, in their order: each a Kemendagri code, a BPS code or a name
 * ("Kab. Gorontalo", "kaltim"), resolved together (see RegionLoaders.regionRef). Callers use the entries' codes from
 * here on, so the answer carries the canonical Kemendagri code whatever the client wrote.
 */
export async function requireRegions(loaders: Context['loaders'], texts: readonly string[]): Promise<RegionRecord[]> {
  const found = await loaders.regionRef.loadMany(texts.map((t) => t.trim()));
  for (const record of found) if (record instanceof Error) throw record;
  return found as RegionRecord[];
}

/** The Kemendagri code of one region argument: a code is taken as it is (no lookup), a name or BPS code resolved. */
export async function regionCodeOf(loaders: Context['loaders'], text: string): Promise<string> {
  const trimmed = text.trim();
  if (isKemendagriCode(trimmed)) return trimmed;
  const [region] = await requireRegions(loaders, [trimmed]);
  return region!.code;
}

/**
 * Items of a mutation's input with their region named by Kemendagri code, whatever the client wrote (a name, a BPS
 * code): resolved together, one statement at most. A Kemendagri code is kept as it is, for the service to check.
 */
export function withRegionCodes<T extends { regionCode: string }>(
  loaders: Context['loaders'],
  items: readonly T[],
): Promise<T[]> {
  return Promise.all(items.map(async (item) => ({ ...item, regionCode: await regionCodeOf(loaders, item.regionCode) })));
}

/** As regionCodeOf, for an optional argument. */
export function optionalRegionCode(loaders: Context['loaders'], text: string | null | undefined): Promise<string | null> {
  return text?.trim() ? regionCodeOf(loaders, text) : Promise.resolve(null);
}

type PeriodIndicator = Pick<IndicatorRecord, 'code' | 'periodicity' | 'periodMonths'>;

/**
 * The period asked for, as periods are stored ("2024", "2024-03"), from the ways analysts write it: "2024",
 * "2024-03", "Maret 2024", and "Semester I 2024" for an indicator published in rounds (its first round). A month
 * must be one every indicator given is measured in: "2025-06" cannot exist for P0 (March and September), nor
 * "2024-03" for an annual-only indicator such as IPM.
 */
export function requirePeriod(
  text: string,
  indicators: PeriodIndicator | readonly PeriodIndicator[] | null,
  argument = 'period',
): string {
  const list = indicators === null ? [] : Array.isArray(indicators) ? indicators : [indicators as PeriodIndicator];
  const p = parsePeriod(text);
  if (!p) throw badInput(LOOKUP_MESSAGES.notAPeriod(argument, text));
  const month = monthOf(p, list.length === 1 ? list[0]! : null, argument);
  for (const indicator of list) checkFits(p, month, indicator, argument);
  return formatPeriod(p.year, month);
}

/**
 * The bounds of a period range, checked: each a period (a semester reads as its months), each possible for the
 * indicators (a month that is a round of none of them, or any month for an annual-only one, is an error) and
 * periodFrom not after periodTo.
 */
export function requirePeriodRange(
  from: string | null | undefined,
  to: string | null | undefined,
  indicators: readonly PeriodIndicator[],
): void {
  const bounds = (
    [
      ['periodFrom', from],
      ['periodTo', to],
    ] as const
  ).map(([argument, text]) => {
    if (!text?.trim()) return null;
    const p = parsePeriod(text);
    if (!p) throw badInput(LOOKUP_MESSAGES.notAPeriodBound(argument, text));
    const months = p.month !== null ? [p.month] : [];
    // A bound must be a round of at least one of the indicators asked for (all of them cannot be held to one month).
    for (const month of months) {
      const fits = indicators.map((indicator) => ({ indicator, fit: periodFit(month, indicator) }));
      if (fits.length && fits.every((f) => f.fit !== 'ok')) checkFits(p, month, fits[0]!.indicator, argument);
    }
    const semesterStart = p.semester === 1 ? 1 : 7;
    const start = p.month ?? (p.semester !== null ? semesterStart : 0);
    const end = p.month ?? (p.semester !== null ? semesterStart + 5 : 12);
    return { text, year: p.year, start, end };
  });
  const [f, t] = bounds;
  if (f && t && (f.year > t.year || (f.year === t.year && f.start > t.end))) {
    throw badInput(LOOKUP_MESSAGES.reversedRange(f.text, t.text));
  }
}

function monthOf(p: PeriodRef, indicator: PeriodIndicator | null, argument: string): number | null {
  if (p.semester === null) return p.month;
  const month = indicator?.periodMonths[p.semester - 1];
  if (month === undefined) throw badInput(LOOKUP_MESSAGES.semesterWithoutRounds(argument, p.text, indicator?.code ?? null));
  return month;
}

function checkFits(p: PeriodRef, month: number | null, indicator: PeriodIndicator, argument: string): void {
  const fit = periodFit(month, indicator);
  if (fit === 'annualOnly') throw badInput(LOOKUP_MESSAGES.annualOnly(argument, p.text, indicator.code, p.year));
  if (fit === 'notARound') {
    throw badInput(LOOKUP_MESSAGES.notARound(argument, p.text, indicator.code, indicator.periodMonths, p.year));
  }
}

const LEVELS: readonly RegionLevel[] = ['NATIONAL', 'PROVINCE', 'REGENCY_CITY', 'DISTRICT', 'VILLAGE'];

/**
 * The regions a list argument names: either each of `regionCodes` (codes, BPS codes or names), or every region of
 * `level` under `parentCode` (the level one down by default), ordered by code: 38 provinces need not be listed one by
 * one. Giving both, or neither, is refused with a sentence. One statement a level walked down, at most.
 */
export async function requireRegionList(
  loaders: Context['loaders'],
  args: { regionCodes?: readonly string[] | null; parentCode?: string | null; level?: RegionLevel | null },
): Promise<RegionRecord[]> {
  const { regionCodes, parentCode, level } = args;
  if (regionCodes && parentCode) {
    throw badInput({
      en: 'Give regionCodes or parentCode (with level), not both.',
      id: 'Isi regionCodes atau parentCode (dengan level), jangan keduanya.',
    });
  }
  if (regionCodes) {
    if (level) {
      throw badInput({
        en: 'level goes with parentCode, not with regionCodes.',
        id: 'level dipakai bersama parentCode, bukan regionCodes.',
      });
    }
    return requireRegions(loaders, regionCodes);
  }
  if (!parentCode) {
    throw badInput({
      en: 'Name the regions: regionCodes (e.g. ["75", "Kab. Boalemo"]) or parentCode with level (e.g. parentCode: "ID", level: PROVINCE).',
      id: 'Sebutkan wilayahnya: regionCodes (mis. ["75", "Kab. Boalemo"]) atau parentCode dengan level (mis. parentCode: "ID", level: PROVINCE).',
    });
  }
  const [parent] = await requireRegions(loaders, [parentCode]);
  const target = level ?? LEVELS[LEVELS.indexOf(parent!.level as RegionLevel) + 1];
  if (!target || LEVELS.indexOf(target) <= LEVELS.indexOf(parent!.level as RegionLevel)) {
    throw badInput({
      en: `level ${target ?? '(none)'} is not below ${parent!.code} (${parent!.level}): choose a lower level or a higher parent.`,
      id: `level ${target ?? '(tidak ada)'} tidak di bawah ${parent!.code} (${parent!.level}): pilih tingkat yang lebih rendah atau induk yang lebih tinggi.`,
    });
  }
  let regions: readonly RegionRecord[] = [parent!];
  while (regions.length && regions[0]!.level !== target) {
    const next = await loaders.childrenOf.loadMany(regions.map((r) => r.code));
    regions = next.flatMap((list) => {
      if (list instanceof Error) throw list;
      return list;
    });
  }
  return [...regions].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
