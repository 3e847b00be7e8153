// A composite index method as data. Validation is a pure function so the same rules apply to the
// shipped examples and to methods an administrator defines.

export type Aggregation = 'SUM' | 'WEIGHTED_SUM' | 'WEIGHTED_MEAN';
export type Normalisation = 'NONE' | 'MIN_MAX';

export interface ComponentDef {
  indicatorCode: string;
  weight: number;
  /** Normalisation bounds (MIN_MAX): values at or below min score 0, at or above max score 100. */
  min: number | null;
  max: number | null;
  /** Lower is better: the minimum scores 100 and the maximum 0. */
  invert?: boolean;
}

export interface DimensionDef {
  code: string;
  nameId: string;
  nameEn: string;
  weight: number;
  aggregation: Aggregation;
  components: ComponentDef[];
}

export interface MethodologyDefinition {
  normalisation: Normalisation;
  dimensions: DimensionDef[];
}

export const AGGREGATIONS: Aggregation[] = ['SUM', 'WEIGHTED_SUM', 'WEIGHTED_MEAN'];

// Codes travel into source titles, result sets, file names and exports: letters, digits and . _ - only, so none can be
// a spreadsheet formula, markup or a kilobyte of text.
const CODE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** Why a methodology's or dimension's code cannot be used; null when it can. */
export function codeProblem(code: string | undefined | null, what: string): string | null {
  const text = code?.trim() ?? '';
  if (!text) return `${what} needs a code.`;
  if (!CODE.test(text))
    return `${what}'s code “${text.length > 40 ? `${text.slice(0, 40)}…` : text}” must start with a letter and have at most 64 letters, digits, dots, hyphens or underscores (e.g. IKS_LANSIA_GORONTALO).`;
  return null;
}

/** Every problem with a definition, in words; empty when it can be stored. */
export function validateDefinition(
  def: MethodologyDefinition,
  aggregation: string,
  knownIndicators: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  if (!AGGREGATIONS.includes(aggregation as Aggregation))
    problems.push(`Aggregation “${aggregation}” must be one of ${AGGREGATIONS.join(', ')}.`);
  if (!['NONE', 'MIN_MAX'].includes(def.normalisation))
    problems.push(`Normalisation “${def.normalisation}” must be NONE or MIN_MAX.`);
  if (!def.dimensions?.length) problems.push('A methodology needs at least one dimension.');
  const codes = new Set<string>();
  for (const d of def.dimensions ?? []) {
    const at = `Dimension “${d.code}”`;
    const problem = codeProblem(d.code, 'Every dimension');
    if (problem) problems.push(problem.replace("Every dimension's code", 'A dimension code'));
    if (codes.has(d.code)) problems.push(`${at} appears twice.`);
    codes.add(d.code);
    if (!(d.weight > 0)) problems.push(`${at}: weight must be above 0.`);
    if (!AGGREGATIONS.includes(d.aggregation)) problems.push(`${at}: aggregation must be one of ${AGGREGATIONS.join(', ')}.`);
    if (!d.components?.length) problems.push(`${at} needs at least one component.`);
    for (const c of d.components ?? []) {
      const cat = `${at}, component “${c.indicatorCode}”`;
      if (!knownIndicators.has(c.indicatorCode)) problems.push(`${cat}: unknown indicator.`);
      if (!(c.weight > 0)) problems.push(`${cat}: weight must be above 0.`);
      if (def.normalisation === 'MIN_MAX') {
        if (c.min === null || c.max === null) problems.push(`${cat}: min–max normalisation needs both bounds.`);
        else if (!(c.max > c.min)) problems.push(`${cat}: max (${c.max}) must be above min (${c.min}).`);
      }
    }
    if (d.aggregation === 'WEIGHTED_SUM' && d.components?.length && !closeTo(sum(d.components.map((c) => c.weight)), 1)) {
      problems.push(
        `${at}: component weights must add up to 1 for a weighted sum (they add up to ${round(sum(d.components.map((c) => c.weight)))}).`,
      );
    }
  }
  if (aggregation === 'WEIGHTED_SUM' && def.dimensions?.length && !closeTo(sum(def.dimensions.map((d) => d.weight)), 1)) {
    problems.push(
      `Dimension weights must add up to 1 for a weighted sum (they add up to ${round(sum(def.dimensions.map((d) => d.weight)))}).`,
    );
  }
  return problems;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const closeTo = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const round = (n: number) => Math.round(n * 1e6) / 1e6;

export type MethodologyStatusValue = 'EXAMPLE' | 'DRAFT' | 'OFFICIAL';

export interface MethodologySource {
  status: MethodologyStatusValue;
  /** Title of the document that publishes the method. */
  source: string | null;
  sourceUrl: string | null;
  legalBasis: string | null;
}

/**
 * Why a version may not be marked OFFICIAL: an adopted method must say where it is published (a title, and an address
 * or the regulation that sets it) so that anyone can check the stored weights and bounds against the text.
 */
export function officialProblems(m: MethodologySource): string[] {
  if (m.status !== 'OFFICIAL') return [];
  const problems: string[] = [];
  if (!m.source?.trim()) problems.push('An OFFICIAL methodology needs the title of the document that publishes it (source).');
  if (!m.sourceUrl?.trim() && !m.legalBasis?.trim())
    problems.push(
      'An OFFICIAL methodology needs the address of that document (sourceUrl) or the regulation that sets it (legalBasis).',
    );
  if (m.sourceUrl?.trim() && !/^https?:\/\/\S+$/i.test(m.sourceUrl.trim()))
    problems.push(`The source address “${m.sourceUrl.slice(0, 80)}” must be a web address (https://…).`);
  return problems;
}
