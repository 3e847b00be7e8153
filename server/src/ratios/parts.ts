// A ratio indicator's value and its two parts (served and needing, recipients and eligible), checked together as a
// file row gives them. Keeping the parts lets a province's figure be computed from its kabupaten/kota sums instead of
// an average of their percentages (see rollup.ts).

/** What the catalogue says about an indicator as a ratio. */
export interface RatioRule {
  code: string;
  /** Null: not a ratio. */
  ratioFactor: number | null;
  decimals: number;
}

export type RatioOutcome =
  | { value: number; numerator: number | null; denominator: number | null }
  | { problem: { code: string; message: string } };

/** numerator ÷ denominator × factor, to the indicator's decimals (as the figure is published). */
export function ratioOf(numerator: number, denominator: number, factor: number, decimals: number): number {
  const exact = (numerator / denominator) * factor;
  const scale = 10 ** decimals;
  return Math.round(exact * scale) / scale;
}

/**
 * The value to store with its parts. Given value and both parts, the value must be what the parts make, within the
 * indicator's decimals (a published 85,71 for 6 of 7 is right, 85,7 or 86 are not); given only the parts, the value is
 * computed; given only the value, the parts stay unknown. Value null means the file left it empty.
 */
export function checkRatioParts(
  rule: RatioRule,
  value: number | null,
  numerator: number | null,
  denominator: number | null,
): RatioOutcome | null {
  if (numerator === null && denominator === null) return value === null ? null : { value, numerator: null, denominator: null };
  const problem = (code: string, message: string) => ({ problem: { code, message } });
  if (rule.ratioFactor === null) {
    return problem(
      'NOT_A_RATIO',
      `${rule.code} is not a ratio indicator in the catalogue, so it has no numerator or denominator (pembilang/penyebut): leave them empty.`,
    );
  }
  if (numerator === null || denominator === null) {
    return problem(
      'RATIO_PART_MISSING',
      `Give both the numerator (pembilang) and the denominator (penyebut) of ${rule.code}, or neither: one alone cannot be checked against the value.`,
    );
  }
  if (numerator < 0)
    return problem('BAD_RATIO_PART', `The numerator (pembilang) of ${rule.code} cannot be negative (got ${numerator}).`);
  if (denominator <= 0) {
    return problem(
      'BAD_RATIO_PART',
      `The denominator (penyebut) of ${rule.code} must be above zero (got ${denominator}): with nobody needing the service there is no percentage.`,
    );
  }
  const computed = ratioOf(numerator, denominator, rule.ratioFactor, rule.decimals);
  if (value === null) return { value: computed, numerator, denominator };
  const tolerance = 0.5 * 10 ** -rule.decimals + 1e-9;
  if (Math.abs(value - (numerator / denominator) * rule.ratioFactor) > tolerance) {
    return problem(
      'RATIO_MISMATCH',
      `The value ${value} of ${rule.code} is not ${numerator} ÷ ${denominator} × ${rule.ratioFactor} = ${computed} ` +
        `(to ${rule.decimals} decimals): correct the value or its parts, or leave the value empty to have it computed.`,
    );
  }
  return { value, numerator, denominator };
}
