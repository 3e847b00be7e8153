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
    (code) => `Unknown indicator “${code}”. The catalogue is in the \`indicators\` query.`,
  );
}

/** The registry entries for these Kemendagri codes, in their order. */
export function requireRegions(loaders: Context['loaders'], codes: readonly string[]): Promise<RegionRecord[]> {
  return requireAll(
    loaders.regionByCode,
    codes,
    (code) => `Unknown region “${code}”: use a Kemendagri code such as "75", or "ID" for Indonesia.`,
  );
}

async function requireAll<T>(
  loader: { loadMany(codes: readonly string[]): Promise<(T | null | undefined | Error)[]> },
  codes: readonly string[],
  unknown: (code: string) => string,
): Promise<T[]> {
  const found = await loader.loadMany(codes);
  return codes.map((code, i) => {
    const record = found[i];
    if (record instanceof Error) throw record;
    if (!record) throw badInput(unknown(code));
    return record;
  });
}
