// The synthetic scale data set's definitions: which database it may be written to, its 20 indicators and the label
// they carry. Nobody's statistics: generated for benchmarks only (see generate.ts).
import { SYNTHETIC_LABEL_EN, SYNTHETIC_LABEL_ID } from '../../src/training/dataset.js';

/** Bumped when the generated values change, so that a database generated before is regenerated, not mixed. */
export const SYNTHETIC_GENERATOR_VERSION = 'scale-1';
export const SYNTHETIC_SEED = 'kesra-skala';
/** The source and publisher of every generated value. */
export const SYNTHETIC_SOURCE = `${SYNTHETIC_LABEL_ID} (dibangkitkan)`;
export const SYNTHETIC_IMPORTER = 'data-sintetis';
export const SYNTHETIC_YEARS = { from: 2016, to: 2025 } as const;
export const SYNTHETIC_INDICATOR_COUNT = 20;
export const DEFAULT_SCALE_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/kesra_scale';

/**
 * The generator replaces every figure of the database it is pointed at: it refuses any database whose name does not
 * say "scale", so that neither the embedded database nor a development or production one can be its target.
 */
export function scaleDatabaseProblem(url: string | undefined): string | null {
  if (!url?.trim()) {
    return 'Set SCALE_DATABASE_URL to a PostgreSQL database whose name contains “scale” (e.g. postgresql://postgres@127.0.0.1:5432/kesra_scale); the embedded database is never used.';
  }
  let name: string;
  try {
    const parsed = new URL(url);
    if (!/^postgres(ql)?:$/.test(parsed.protocol))
      return `SCALE_DATABASE_URL must be a postgresql:// URL, got “${parsed.protocol}”.`;
    name = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  } catch {
    return 'SCALE_DATABASE_URL is not a URL.';
  }
  if (!/scale/i.test(name)) {
    return `Refused: database “${name || '(default)'}” does not have “scale” in its name. The synthetic data set replaces every figure of its database; create one for it (createdb kesra_scale).`;
  }
  return null;
}

export interface SyntheticIndicator {
  code: string;
  /** SUM: a count per desa; RATIO_OF_SUMS: a coverage percentage with its parts. */
  aggregation: 'SUM' | 'RATIO_OF_SUMS';
  nameId: string;
  nameEn: string;
}

/** Odd numbers are counts, even numbers coverage ratios: both roll up exactly from desa to the nation. */
export const SYNTHETIC_INDICATORS: readonly SyntheticIndicator[] = Array.from({ length: SYNTHETIC_INDICATOR_COUNT }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  const ratio = (i + 1) % 2 === 0;
  return {
    code: `sintetis_${n}`,
    aggregation: ratio ? 'RATIO_OF_SUMS' : 'SUM',
    nameId: ratio
      ? `SINTETIS ${n} — cakupan (data uji kinerja, bukan data resmi)`
      : `SINTETIS ${n} — jumlah (data uji kinerja, bukan data resmi)`,
    nameEn: ratio
      ? `SYNTHETIC ${n} — coverage (benchmark data, not official)`
      : `SYNTHETIC ${n} — count (benchmark data, not official)`,
  };
});

/** The indicator rows, as parameters of one INSERT (see generate.ts). */
export function indicatorRows(): unknown[][] {
  return SYNTHETIC_INDICATORS.map((i) => {
    const ratio = i.aggregation === 'RATIO_OF_SUMS';
    return [
      i.code,
      i.nameId,
      i.nameEn,
      `${SYNTHETIC_LABEL_ID}: angka dibangkitkan secara deterministik untuk mengukur kinerja pada 83.762 desa/kelurahan; bukan statistik siapa pun.`,
      `${SYNTHETIC_LABEL_EN}: figures generated deterministically to measure performance at 83,762 villages; nobody's statistics.`,
      ratio ? 'persen' : 'jiwa',
      ratio ? 'percent' : 'persons',
      ratio ? 2 : 0,
      ratio ? 'HIGHER_IS_BETTER' : 'NEUTRAL',
      ratio ? 100 : null,
      ratio ? 'jumlah terlayani (sintetis)' : null,
      ratio ? 'served (synthetic)' : null,
      ratio ? 'jumlah sasaran (sintetis)' : null,
      ratio ? 'target group (synthetic)' : null,
      i.aggregation,
      ratio ? 100 : null,
    ];
  });
}
