import type { Aggregation, MethodologyDefinition } from './methodology.js';

// Every step of a composite index, as numbers and as the arithmetic a person can redo by hand.

export interface InputValue {
  value: number;
  period: string;
  source: string | null;
  /** Verification status of the value, when read from the observations. */
  status?: string;
}

export interface ComponentStep {
  indicatorCode: string;
  raw: InputValue | null;
  normalised: number | null;
  weight: number;
  contribution: number | null;
  formula: string;
}

export interface DimensionStep {
  code: string;
  nameId: string;
  nameEn: string;
  weight: number;
  aggregation: Aggregation;
  components: ComponentStep[];
  score: number | null;
  formula: string;
  missing: string[];
}

export interface CompositeComputation {
  value: number | null;
  formula: string;
  dimensions: DimensionStep[];
  /** Indicators without a value for the region and period. */
  missing: string[];
}

const r = (n: number) => Math.round(n * 1e4) / 1e4;
const fmt = (n: number) => String(r(n));

function normalise(
  def: MethodologyDefinition,
  raw: number,
  c: { min: number | null; max: number | null; invert?: boolean },
): { value: number; formula: string } {
  const { min, max } = c;
  if (def.normalisation === 'NONE' || min === null || max === null) return { value: raw, formula: `${fmt(raw)}` };
  const clipped = Math.min(max, Math.max(min, raw));
  if (c.invert) {
    const value = ((max - clipped) / (max - min)) * 100;
    return { value, formula: `(${fmt(max)} − ${fmt(clipped)}) / (${fmt(max)} − ${fmt(min)}) × 100 = ${fmt(value)}` };
  }
  const value = ((clipped - min) / (max - min)) * 100;
  return { value, formula: `(${fmt(clipped)} − ${fmt(min)}) / (${fmt(max)} − ${fmt(min)}) × 100 = ${fmt(value)}` };
}

function combine(aggregation: Aggregation, parts: { value: number; weight: number }[]): { value: number; formula: string } {
  if (aggregation === 'SUM') {
    const value = parts.reduce((a, p) => a + p.value, 0);
    return { value, formula: `${parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(value)}` };
  }
  const weighted = parts.reduce((a, p) => a + p.value * p.weight, 0);
  const terms = parts.map((p) => `${fmt(p.weight)} × ${fmt(p.value)}`).join(' + ');
  if (aggregation === 'WEIGHTED_SUM') return { value: weighted, formula: `${terms} = ${fmt(weighted)}` };
  const total = parts.reduce((a, p) => a + p.weight, 0);
  const value = weighted / total;
  return { value, formula: `(${terms}) / ${fmt(total)} = ${fmt(value)}` };
}

/** Computes the index from the inputs found for one region and period. */
export function computeComposite(
  def: MethodologyDefinition,
  aggregation: Aggregation,
  inputs: ReadonlyMap<string, InputValue>,
): CompositeComputation {
  const dimensions: DimensionStep[] = def.dimensions.map((d) => {
    const components: ComponentStep[] = d.components.map((c) => {
      const raw = inputs.get(c.indicatorCode) ?? null;
      if (!raw)
        return {
          indicatorCode: c.indicatorCode,
          raw: null,
          normalised: null,
          weight: c.weight,
          contribution: null,
          formula: 'belum ada nilai / no value',
        };
      const n = normalise(def, raw.value, c);
      return {
        indicatorCode: c.indicatorCode,
        raw,
        normalised: r(n.value),
        weight: c.weight,
        contribution: r(n.value * c.weight),
        formula: n.formula,
      };
    });
    const missing = components.filter((c) => c.raw === null).map((c) => c.indicatorCode);
    if (missing.length)
      return { ...d, components, score: null, formula: `tidak dapat dihitung: ${missing.join(', ')} belum ada`, missing };
    const result = combine(
      d.aggregation,
      components.map((c) => ({ value: c.normalised as number, weight: c.weight })),
    );
    return { ...d, components, score: r(result.value), formula: result.formula, missing };
  });
  const missing = dimensions.flatMap((d) => d.missing);
  if (missing.length)
    return { value: null, formula: `tidak dapat dihitung: ${missing.length} masukan belum ada`, dimensions, missing };
  const result = combine(
    aggregation,
    dimensions.map((d) => ({ value: d.score as number, weight: d.weight })),
  );
  return { value: r(result.value), formula: result.formula, dimensions, missing };
}
