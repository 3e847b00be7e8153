import { formatPeriod, parsePeriod } from '../imports/values.js';
import type { IndicatorRecord } from '../indicators/indicators.service.js';
import type { RegionRecord } from '../regions/regions.service.js';
import type { Context } from './context.js';
import { badInput } from './errors.js';

// An unknown code is the analyst's mistake, not an empty answer: say which code and where the valid ones are.
// Through the request's loaders, so checking the codes batches with (and primes) every later lookup.

/** The catalogue entries for these codes, in their order. */
export function requireIndicators(loaders: Context['loaders'], codes: readonly string[]): Promise<IndicatorRecord[]> {
  return requireAll(
    loaders.indicatorByCode,
    codes,
    'indicator',
    (code) => `Unknown indicator “${code}”. The catalogue is in the \`indicators\` query.`,
  );
}

/** The registry entries for these Kemendagri codes, in their order. */
export function requireRegions(loaders: Context['loaders'], codes: readonly string[]): Promise<RegionRecord[]> {
  return requireAll(loaders.regionByCode, codes, 'region', (code) =>
    /^\d{4}$/.test(code)
      ? `Unknown region “${code}”: this looks like a BPS code; use the Kemendagri code instead ("75.02" for BPS 7501), which regions(search: "${code}") finds.`
      : `Unknown region “${code}”: use a Kemendagri code such as "75" or "75.02", or "ID" for Indonesia.`,
  );
}

async function requireAll<T>(
  loader: { loadMany(codes: readonly string[]): Promise<(T | null | undefined | Error)[]> },
  codes: readonly string[],
  kind: 'indicator' | 'region',
  unknown: (code: string) => string,
): Promise<T[]> {
  const found = await loader.loadMany(codes);
  return codes.map((code, i) => {
    const record = found[i];
    if (record instanceof Error) throw record;
    // Which code, for clients that say it in their own words (the dashboard, in Bahasa Indonesia).
    if (!record) throw badInput(unknown(code), { unknownCode: { kind, code } });
    return record;
  });
}

/**
 * The period asked for, as periods are stored ("2024", "2024-03"), from the ways analysts write it: "2024",
 * "2024-03", "Maret 2024", and "Semester I 2024" for an indicator published in rounds (its first round).
 */
export function requirePeriod(
  text: string,
  indicator: Pick<IndicatorRecord, 'code' | 'periodMonths'> | null,
  argument = 'period',
): string {
  const p = parsePeriod(text);
  if (!p) throw badInput(`${argument} “${text}” is not a period: write "2024", "2024-03" or "Maret 2024".`);
  if (p.semester === null) return formatPeriod(p.year, p.month);
  const month = indicator?.periodMonths[p.semester - 1];
  if (month === undefined) {
    throw badInput(
      `${argument} “${text}” names a semester, but ${indicator ? `${indicator.code} is not published in two rounds a year` : 'no indicator says which month it is'}: write the year or the month, e.g. "2024" or "2024-03".`,
    );
  }
  return formatPeriod(p.year, month);
}
