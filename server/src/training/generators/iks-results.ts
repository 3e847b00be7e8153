import { findMethodologies } from '../../composites/composites.service.js';
import { computeAndStore, findInputGaps } from '../../composites/results.service.js';
import type { Database } from '../../db/database.js';
import type { DerivedContext } from '../generators.js';

// The IKS result sets of a training database, computed from the generated inputs as a province's verifier would
// compute them (computeAndStore: the same arithmetic, every step and input stored), so that the IKS page of a
// training database shows results rather than only gaps. The inputs are loaded published, so every set counts only
// published values and is not provisional; each input's source and publisher inside the set say it is training data,
// and the set is computed by the training loader's account. Not published as iks_elderly/iks_disability values: that
// is the verifier's step the page trains.

/** The example methods whose inputs the iks-inputs generator writes. */
export const IKS_EXAMPLE_METHODS = ['IKS_ELDERLY_RPJMN', 'IKS_DISABILITY_RPJMN'] as const;

/**
 * Computes and stores, for each example method, province and year, the result set from the loaded inputs; skips a
 * set already stored (loading again writes nothing), a province without kabupaten/kota that year, and one where no
 * kabupaten/kota has every input (nothing to compute). Returns a line per set stored.
 */
export async function storeTrainingIksResults(db: Database, ctx: DerivedContext): Promise<string[]> {
  const known = new Set((await findMethodologies(db)).map((m) => m.code));
  const methods = IKS_EXAMPLE_METHODS.filter((code) => known.has(code));
  const stored = await db.sql.query<{ key: string }>(
    `SELECT DISTINCT concat_ws(' ', methodology_code, parent_code, period) AS key FROM composite_result_set
     WHERE methodology_code = ANY($1::text[])`,
    [methods],
  );
  const done = new Set(stored.map((r) => r.key));
  const lines: string[] = [];
  for (const province of ctx.regions.filter((r) => r.level === 'PROVINCE')) {
    for (const year of ctx.years) {
      const hasDistricts = ctx.regions.some(
        (r) => r.parentCode === province.code && r.level === 'REGENCY_CITY' && (r.existsSince ?? 0) <= year,
      );
      if (!hasDistricts) continue;
      const period = String(year);
      for (const methodologyCode of methods) {
        if (done.has(`${methodologyCode} ${province.code} ${period}`)) continue;
        const args = { methodologyCode, version: null, parentCode: province.code, period };
        const gaps = await findInputGaps(db, ctx.viewer, args);
        if (gaps.completeCount === 0) continue;
        const set = await computeAndStore(db, ctx.viewer, {
          methodologyCode,
          version: null,
          parent: { code: province.code, level: 'PROVINCE' },
          period,
          includeUnverified: false,
        });
        const computed = set.results.filter((r) => r.value !== null).length;
        lines.push(
          `${methodologyCode} ${province.code} ${period}: result set version ${set.version}, ${computed} of ${set.results.length} kabupaten/kota computed.`,
        );
      }
    }
  }
  return lines;
}
