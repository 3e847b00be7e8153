// The rules every change to the catalogue follows, whoever makes it (a catalogue file, saveIndicator/saveProgramme,
// the seed files at start-up). Pure: the stored catalogue comes in, the changes and every problem come out, each
// problem with the line and column (or field) to fix.

import { characterProblem, MAX_TEXT_CHARS as MAX_TEXT, urlProblem } from '../imports/cell-text.js';
import type { ImportIssue } from '../imports/import.types.js';
import { decimalShape } from '../imports/values.js';
import {
  type CatalogueEntity,
  type Definition,
  type FieldSpec,
  fieldsOf,
  type IndicatorDefinition,
  type ProgrammeDefinition,
  sameValue,
} from './definitions.js';

/** One entry as a file row or a mutation gives it: the fields given change, the others stay as stored. */
export interface CataloguePatch<D extends Definition = Definition> {
  code: string;
  /** The file line; null for a mutation or the seed. */
  line: number | null;
  /** The fields given. A field absent here keeps its stored value; a null (or []) clears it. */
  fields: Partial<Omit<D, 'code'>>;
  /** How to name a field to the person who must fix it: the file's column header, or the GraphQL field. */
  label(field: string): string;
}

export interface CatalogueChange<D extends Definition = Definition> {
  code: string;
  line: number | null;
  /** Null for a new entry. */
  before: D | null;
  after: D;
  /** The fields that differ (every field of a new entry). */
  changedFields: string[];
}

export interface CataloguePlan<D extends Definition = Definition> {
  changes: CatalogueChange<D>[];
  /** Entries given exactly as stored. */
  unchanged: number;
  issues: ImportIssue[];
}

/** Codes appear in URLs, CSV files and audit keys ("code|…"): letters, digits and . _ - only. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_CODE = 64;
const MAX_NAME = 200;
const MAX_URL = 2_048;
/** min_value and max_value are numeric(24,6). */
const MAX_DECIMALS = 6;
const MAX_MAGNITUDE = 1e18;
/** Rounds a periodicity has in a year (MONTHLY: every month, so its months may be left empty). */
const ROUNDS: Record<string, number> = { ANNUAL: 0, SEMIANNUAL: 2, QUARTERLY: 4, MONTHLY: 12 };

const NOUN: Record<CatalogueEntity, string> = { indicator: 'indicator', programme: 'programme' };

/** The allowed values of an enum field, for a message: "turun_lebih_baik (LOWER_IS_BETTER), …". */
export function allowedWords(words: Readonly<Record<string, string>>): string {
  const byValue = new Map<string, string[]>();
  for (const [word, value] of Object.entries(words)) {
    if (word === value.toLowerCase()) continue;
    byValue.set(value, [...(byValue.get(value) ?? []), word]);
  }
  return [...byValue].map(([value, list]) => `${list[0]} (${value})`).join(', ');
}

export function codeProblem(entity: CatalogueEntity, code: string): string | null {
  if (code === '') return `every row needs the ${NOUN[entity]}’s code`;
  if (code.length > MAX_CODE) return `the code “${code.slice(0, 40)}…” is longer than ${MAX_CODE} characters`;
  if (!CODE.test(code)) {
    return `the code “${code}” may hold only letters, digits, “.”, “_” and “-”, starting with a letter or digit`;
  }
  return null;
}

/**
 * Compares each patch with the stored entry and checks the result: what a new entry lacks, each field's value, and the
 * rules between fields and entries (a weight indicator or parent must exist, in the catalogue or the same file).
 */
export function planCatalogue<D extends Definition>(
  entity: CatalogueEntity,
  patches: readonly CataloguePatch<D>[],
  stored: ReadonlyMap<string, D>,
): CataloguePlan<D> {
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number | null>();
  const merged = new Map<string, D>(stored);
  const candidates: { change: CatalogueChange<D>; patch: CataloguePatch<D> }[] = [];
  const specs = fieldsOf(entity) as readonly FieldSpec<D>[];
  for (const patch of patches) {
    const problem = codeProblem(entity, patch.code);
    if (problem) {
      issues.push({ line: patch.line, column: patch.label('code'), code: 'BAD_CODE', message: `${problem}.` });
      continue;
    }
    if (seen.has(patch.code)) {
      const first = seen.get(patch.code);
      issues.push({
        line: patch.line,
        column: patch.label('code'),
        code: 'DUPLICATE',
        message: `${patch.code} is given twice${first ? ` (first on line ${first})` : ''}: give each ${NOUN[entity]} once.`,
      });
      continue;
    }
    seen.set(patch.code, patch.line);
    const before = stored.get(patch.code) ?? null;
    const fields = patch.fields as Record<string, unknown>;
    if (!before) {
      const lacking = specs.filter((s) => !s.optional && fields[s.field] === undefined).map((s) => patch.label(s.field));
      if (lacking.length) {
        issues.push({
          line: patch.line,
          code: 'MISSING_VALUE',
          message: `${patch.code} is a new ${NOUN[entity]}: it needs ${lacking.join(', ')} as well.`,
        });
        continue;
      }
    }
    const after: Record<string, unknown> = { ...(before ?? emptyDefinition(specs)), code: patch.code };
    for (const spec of specs) if (fields[spec.field] !== undefined) after[spec.field] = fields[spec.field];
    const changedFields = before
      ? specs
          .filter((s) => !sameValue((before as unknown as Record<string, unknown>)[s.field], after[s.field]))
          .map((s) => s.field)
      : ['code', ...specs.map((s) => s.field)];
    candidates.push({ change: { code: patch.code, line: patch.line, before, after: after as D, changedFields }, patch });
    merged.set(patch.code, after as D);
  }

  const changes: CatalogueChange<D>[] = [];
  let unchanged = 0;
  for (const { change, patch } of candidates) {
    if (change.changedFields.length === 0) {
      unchanged++;
      continue;
    }
    const found: ImportIssue[] = [];
    const bad = new Set<string>();
    const report = (field: string | null, code: string, message: string) => {
      if (field) bad.add(field);
      found.push({ line: change.line, ...(field ? { column: patch.label(field) } : {}), code, message });
    };
    for (const spec of specs) checkField(spec, (change.after as unknown as Record<string, unknown>)[spec.field], patch, report);
    // Rules between fields whose values are each fine on their own.
    const ok = (...fields: string[]) => fields.every((f) => !bad.has(f));
    const catalogue = merged as ReadonlyMap<string, Definition>;
    if (entity === 'indicator') checkIndicator(change.after as unknown as IndicatorDefinition, catalogue, patch, report, ok);
    else checkProgramme(change.after as unknown as ProgrammeDefinition, catalogue, patch, report, ok);
    if (found.length) issues.push(...found);
    else changes.push(change);
  }
  return { changes, unchanged, issues };
}

function emptyDefinition<D>(specs: readonly FieldSpec<D>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of specs) if (s.optional) out[s.field] = Array.isArray(s.optional.empty) ? [] : s.optional.empty;
  return out;
}

type Report = (field: string | null, code: string, message: string) => void;

/** One field's value on its own: present when required, the right kind, within its limits. */
function checkField<D>(spec: FieldSpec<D>, value: unknown, patch: CataloguePatch, report: Report): void {
  const label = patch.label(spec.field);
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    if (!spec.optional) report(spec.field, 'MISSING_VALUE', `“${label}” is empty: it cannot be left empty.`);
    return;
  }
  const text = (max: number) => {
    if (typeof value !== 'string') return report(spec.field, 'BAD_VALUE', `“${label}” must be text.`);
    const problem = characterProblem(label, value);
    if (problem) return report(spec.field, problem.code, `${problem.message}.`);
    if (value.length > max) {
      report(spec.field, 'TEXT_TOO_LONG', `“${label}” holds ${value.length.toLocaleString('en-US')} characters; at most ${max}.`);
    }
  };
  switch (spec.kind) {
    case 'name':
      text(MAX_NAME);
      return;
    case 'text':
      text(MAX_TEXT);
      return;
    case 'url': {
      text(MAX_URL);
      const problem = typeof value === 'string' ? urlProblem(label, value) : null;
      if (problem) report(spec.field, problem.code, `${problem.message}.`);
      return;
    }
    case 'code':
    case 'region': {
      const problem = typeof value === 'string' ? codeProblem('indicator', value) : 'it must be text';
      if (problem) report(spec.field, 'BAD_CODE', `“${label}”: ${problem}.`);
      return;
    }
    case 'integer':
      if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > MAX_DECIMALS) {
        report(spec.field, 'OUT_OF_RANGE', `“${label}” must be a whole number from 0 to ${MAX_DECIMALS} (got ${value}).`);
      }
      return;
    case 'number': {
      const n = value as number;
      if (typeof n !== 'number' || !Number.isFinite(n)) {
        report(spec.field, 'NOT_A_NUMBER', `“${label}” must be a number.`);
      } else if (Math.abs(n) >= MAX_MAGNITUDE || decimalShape(String(n)).decimals > MAX_DECIMALS) {
        report(
          spec.field,
          'OUT_OF_RANGE',
          `“${label}” ${n} cannot be stored: at most 17 digits before the decimal point and ${MAX_DECIMALS} after it.`,
        );
      }
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') report(spec.field, 'BAD_VALUE', `“${label}” must be ya or tidak (true or false).`);
      return;
    case 'enum':
      if (!Object.values(spec.words!).includes(value as string)) {
        report(spec.field, 'UNKNOWN_VALUE', `“${label}” cannot be “${value}”: write one of ${allowedWords(spec.words!)}.`);
      }
      return;
    case 'enumList': {
      const list = value as string[];
      const bad = list.find((v) => !Object.values(spec.words!).includes(v));
      if (bad !== undefined) {
        report(spec.field, 'UNKNOWN_VALUE', `“${label}” cannot hold “${bad}”: write any of ${allowedWords(spec.words!)}.`);
      } else if (new Set(list).size !== list.length) {
        report(spec.field, 'DUPLICATE', `“${label}” names a level twice.`);
      }
      return;
    }
    case 'months': {
      const list = value as number[];
      if (list.some((m) => !Number.isInteger(m) || m < 1 || m > 12) || new Set(list).size !== list.length) {
        report(spec.field, 'BAD_MONTHS', `“${label}” must list different months, 1 to 12 (got ${list.join(';')}).`);
      }
      return;
    }
    case 'month':
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 12) {
        report(spec.field, 'BAD_MONTHS', `“${label}” must be a month, 1 to 12 (got ${value}).`);
      }
      return;
  }
}

type Valid = (...fields: string[]) => boolean;

function checkIndicator(
  d: IndicatorDefinition,
  catalogue: ReadonlyMap<string, Definition>,
  patch: CataloguePatch,
  report: Report,
  ok: Valid,
) {
  const label = (f: string) => patch.label(f);
  if (ok('minValue', 'maxValue') && d.minValue !== null && d.maxValue !== null && d.minValue > d.maxValue) {
    report(
      'minValue',
      'INVERTED_RANGE',
      `“${label('minValue')}” (${d.minValue}) is above “${label('maxValue')}” (${d.maxValue}): the smallest admissible value must not exceed the largest.`,
    );
  }
  if (ok('periodicity', 'periodMonths', 'annualRound')) checkRounds(d, patch, report);
  if (ok('aggregation', 'weightIndicatorCode')) checkWeight(d, catalogue, patch, report);
  if (ok('aggregation', ...RATIO_FIELDS)) checkRatio(d, patch, report);
}

const RATIO_FIELDS = ['ratioFactor', 'numeratorId', 'numeratorEn', 'denominatorId', 'denominatorEn'] as const;

/**
 * A ratio names both of its parts in both languages, so a served ÷ needing figure is never shown without saying what
 * was counted; its factor is positive (100 for a percentage). Only a ratio can be rolled up as a ratio of sums.
 */
function checkRatio(d: IndicatorDefinition, patch: CataloguePatch, report: Report) {
  const label = (f: string) => patch.label(f);
  const given = RATIO_FIELDS.filter((f) => d[f] !== null);
  if (given.length > 0 && given.length < RATIO_FIELDS.length) {
    const missing = RATIO_FIELDS.filter((f) => d[f] === null);
    report(
      missing[0]!,
      'MISSING_VALUE',
      `a ratio indicator needs its factor and the names of its numerator and denominator in both languages: “${missing.map(label).join('”, “')}” ${missing.length > 1 ? 'are' : 'is'} empty (or leave all five empty for an indicator that is not a ratio).`,
    );
  }
  if (d.ratioFactor !== null && !(d.ratioFactor > 0)) {
    report(
      'ratioFactor',
      'BAD_VALUE',
      `“${label('ratioFactor')}” must be above zero (100 for a percentage; got ${d.ratioFactor}).`,
    );
  }
  if (d.aggregation === 'RATIO_OF_SUMS' && d.ratioFactor === null) {
    report(
      'aggregation',
      'BAD_VALUE',
      `a ratio of sums (RATIO_OF_SUMS) adds up numerators and denominators: give “${label('ratioFactor')}” and the labels of both parts, or choose another aggregation.`,
    );
  }
}

function checkRounds(d: IndicatorDefinition, patch: CataloguePatch, report: Report) {
  const label = (f: string) => patch.label(f);
  const rounds = ROUNDS[d.periodicity]!;
  const months = d.periodMonths;
  if (d.periodicity === 'MONTHLY' ? months.length !== 0 && months.length !== 12 : months.length !== rounds) {
    report(
      'periodMonths',
      'BAD_MONTHS',
      rounds === 0
        ? `an indicator measured once a year (${d.periodicity}) has no rounds: leave “${label('periodMonths')}” empty (got ${months.join(';')}).`
        : `an indicator measured ${d.periodicity} has ${rounds} rounds a year: “${label('periodMonths')}” must list ${rounds} months, e.g. 3;9 for March and September (got ${months.join(';') || 'none'}).`,
    );
  }
  if (d.annualRound !== null) {
    if (rounds === 0) {
      report(
        'annualRound',
        'BAD_MONTHS',
        `an annual indicator has no round for its annual figure: leave “${label('annualRound')}” empty.`,
      );
    } else if (d.periodicity !== 'MONTHLY' && !months.includes(d.annualRound)) {
      report(
        'annualRound',
        'BAD_MONTHS',
        `“${label('annualRound')}” (${d.annualRound}) must be one of the rounds in “${label('periodMonths')}” (${months.join(';')}).`,
      );
    }
  }
}

function checkWeight(d: IndicatorDefinition, catalogue: ReadonlyMap<string, Definition>, patch: CataloguePatch, report: Report) {
  const label = (f: string) => patch.label(f);
  if (d.aggregation === 'POPULATION_WEIGHTED_MEAN') {
    if (d.weightIndicatorCode === null) {
      report(
        'weightIndicatorCode',
        'MISSING_VALUE',
        `a weighted mean (${d.aggregation}) needs “${label('weightIndicatorCode')}”: the indicator whose values weight the regions, e.g. population.`,
      );
    } else if (d.weightIndicatorCode === d.code) {
      report('weightIndicatorCode', 'BAD_VALUE', `an indicator cannot weight itself (“${label('weightIndicatorCode')}”).`);
    } else if (!catalogue.has(d.weightIndicatorCode)) {
      report(
        'weightIndicatorCode',
        'UNKNOWN_INDICATOR',
        `“${label('weightIndicatorCode')}” names ${d.weightIndicatorCode}, which is not in the catalogue nor in this file: add it first, or name an existing indicator.`,
      );
    }
  } else if (d.weightIndicatorCode !== null) {
    report(
      'weightIndicatorCode',
      'BAD_VALUE',
      `only a weighted mean (POPULATION_WEIGHTED_MEAN) has a weight indicator: leave “${label('weightIndicatorCode')}” empty for ${d.aggregation}.`,
    );
  }
}

function checkProgramme(
  d: ProgrammeDefinition,
  catalogue: ReadonlyMap<string, Definition>,
  patch: CataloguePatch,
  report: Report,
  ok: Valid,
) {
  if (ok('scope', 'regionCode') && d.scope === 'NATIONAL' && d.regionCode !== null) {
    report(
      'regionCode',
      'BAD_VALUE',
      `a national programme belongs to no region: leave “${patch.label('regionCode')}” empty, or make the programme regional (REGIONAL).`,
    );
  }
  if (d.parentCode === null || !ok('parentCode')) return;
  if (!catalogue.has(d.parentCode)) {
    report(
      'parentCode',
      'UNKNOWN_PROGRAMME',
      `“${patch.label('parentCode')}” names ${d.parentCode}, which is not in the catalogue nor in this file: add the parent first, or leave it empty.`,
    );
    return;
  }
  // Following the parents must end at the top, never come back round.
  const path = [d.code];
  for (let at = d.parentCode as string | null; at !== null; ) {
    if (path.includes(at)) {
      report('parentCode', 'PARENT_CYCLE', `${path.join(' → ')} → ${at}: a programme cannot be its own ancestor.`);
      return;
    }
    path.push(at);
    at = (catalogue.get(at) as ProgrammeDefinition | undefined)?.parentCode ?? null;
  }
}
