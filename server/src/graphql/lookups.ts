import type { IndicatorRecord } from '../indicators/indicators.service.js';
import type { RegionRecord } from '../regions/regions.service.js';
import type { Context } from './context.js';
import { badInput } from './errors.js';

// An unknown code is the analyst's mistake, not an empty answer: say which code and where the valid ones are.
// Through the request's loaders, so checking the codes batches with (and primes) every later lookup.

/** The catalogue entries for these codes, in their order. */
export async function requireIndicators(loaders: Context['loaders'], codes: readonly string[]): Promise<IndicatorRecord[]> {
  const found = await loaders.indicatorByCode.loadMany(codes);
  return codes.map((code, i) => {
    const indicator = found[i];
    if (indicator instanceof Error) throw indicator;
    if (!indicator) {
      throw badInput(`Unknown indicator “${code}”. The catalogue is in the \`indicators\` query.`);
    }
    return indicator;
  });
}

/** The registry entries for these Kemendagri codes, in their order. */
export async function requireRegions(loaders: Context['loaders'], codes: readonly string[]): Promise<RegionRecord[]> {
  const found = await loaders.regionByCode.loadMany(codes);
  return codes.map((code, i) => {
    const region = found[i];
    if (region instanceof Error) throw region;
    if (!region) {
      throw badInput(`Unknown region “${code}”: use a Kemendagri code such as "75", or "ID" for Indonesia.`);
    }
    return region;
  });
}
