// One path for every change to the catalogue: a catalogue file (the import pipeline), saveIndicator/saveProgramme
// and, without the figures guard, the seed files at start-up. Each reads the stored catalogue, plans and checks the
// changes (rules.ts), and writes them with a version each and the audit trail, in bounded statements.

import { actorName, authorize, can, type Viewer } from '../accounts/viewer.js';
import type { Database, SqlClient } from '../db/database.js';
import type { ImportIssue } from '../imports/import.types.js';
import { regionResolverOf } from '../imports/reference-data.js';
import { badInput } from '../messages/errors.js';
import { annualRoundConflicts } from '../observations/annual-figure.js';
import { MONTH_NAMES } from '../observations/periods.js';
import { NATIONAL_CODE } from '../regions/registry.js';
import { codesWithFigures, loadCatalogue, lockCatalogue, type WriteContext, writeChanges } from './catalogue.store.js';
import {
  type CatalogueEntity,
  type Definition,
  FIXED_ONCE_FIGURES,
  fieldText,
  type IndicatorDefinition,
  type ProgrammeDefinition,
} from './definitions.js';
import { type CatalogueChange, type CataloguePatch, planCatalogue } from './rules.js';

export interface SaveOptions extends WriteContext {
  /** Whether fields fixed once an entry has figures are refused (FIXED_ONCE_FIGURES); the seed files are not held to it. */
  guardFigures: boolean;
  /** Checks each changed entry against the viewer's regions; a sentence when it may not change it. */
  mayChange?: (change: CatalogueChange) => string | null;
  /** Check and count, write nothing. */
  dryRun?: boolean;
}

export interface SaveOutcome {
  issues: ImportIssue[];
  /** Worth knowing: a changed number of decimals of an indicator with figures. */
  notices: ImportIssue[];
  inserted: number;
  updated: number;
  unchanged: number;
  changes: CatalogueChange[];
  /** The version each changed entry now has (empty in a dry run or with issues). */
  versions: Map<string, number>;
}

/**
 * Checks the patches against the stored catalogue and, when nothing is wrong (and not a dry run), writes them. Runs
 * inside the caller's transaction; with issues nothing is written and the caller decides what to tell.
 */
export async function saveCatalogue(
  tx: SqlClient,
  entity: CatalogueEntity,
  patches: readonly CataloguePatch[],
  options: SaveOptions,
): Promise<SaveOutcome> {
  await lockCatalogue(tx);
  const issues: ImportIssue[] = [];
  const unresolved = entity === 'programme' ? await resolveOwners(tx, patches, issues) : new Set<CataloguePatch>();
  const stored = await loadCatalogue(tx, entity);
  const plan = planCatalogue(
    entity,
    patches.filter((p) => !unresolved.has(p)),
    stored,
  );
  issues.push(...plan.issues);
  const notices: ImportIssue[] = [];
  const labelOf = new Map(patches.map((p) => [`${p.code}|${p.line}`, p.label]));
  const label = (c: CatalogueChange, field: string) => labelOf.get(`${c.code}|${c.line}`)?.(field) ?? field;
  for (const change of plan.changes) {
    const refused = options.mayChange?.(change);
    if (refused) issues.push({ line: change.line, code: 'OUT_OF_SCOPE', message: refused });
  }
  const revised = plan.changes.filter((c) => c.before !== null);
  const fixed = FIXED_ONCE_FIGURES[entity];
  const watched = revised.filter((c) => c.changedFields.some((f) => fixed.includes(f) || f === 'decimals'));
  const withFigures = await codesWithFigures(
    tx,
    entity,
    watched.map((c) => c.code),
  );
  for (const change of watched.filter((c) => withFigures.has(c.code))) {
    const before = change.before as unknown as Record<string, unknown>;
    const after = change.after as unknown as Record<string, unknown>;
    for (const field of change.changedFields) {
      const was = fieldText(before[field]);
      const now = fieldText(after[field]);
      if (field === 'decimals') {
        notices.push({
          line: change.line,
          column: label(change, field),
          code: 'DECIMALS_CHANGED',
          message: `${change.code} has stored figures: they stay exactly as stored, and are now shown with ${now} decimals instead of ${was}.`,
        });
      } else if (fixed.includes(field) && options.guardFigures) {
        issues.push({
          line: change.line,
          column: label(change, field),
          code: 'CHANGE_WITH_FIGURES',
          message:
            `${change.code} already has ${entity === 'indicator' ? 'values or targets' : 'figures'}, which were given with “${label(change, field)}” ${was}: ` +
            `it cannot become ${now}, or every stored figure would change its meaning. Define a new ${entity} (a new code) instead` +
            `${entity === 'indicator' ? ', and record a series break if it continues this one' : ''}.`,
        });
      }
    }
  }
  if (entity === 'indicator') issues.push(...(await roundsApart(tx, revised, label)));
  const outcome: SaveOutcome = {
    issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    notices,
    inserted: plan.changes.length - revised.length,
    updated: revised.length,
    unchanged: plan.unchanged,
    changes: plan.changes,
    versions: new Map(),
  };
  if (issues.length || options.dryRun) return outcome;
  outcome.versions = await writeChanges(tx, entity, plan.changes, options);
  return outcome;
}

/**
 * An indicator whose annual round changes (or that gets one) must hold, for every region and year, the same value for
 * its annual figure and the new round: the two become one figure (observations/annual-figure.ts). Read before writing:
 * the change touches no observation, so what is stored now is what the rule will see.
 */
async function roundsApart(
  tx: SqlClient,
  revised: readonly CatalogueChange[],
  label: (c: CatalogueChange, field: string) => string,
): Promise<ImportIssue[]> {
  const changed = revised.flatMap((c) => {
    const round = (c.after as IndicatorDefinition).annualRound;
    return c.changedFields.includes('annualRound') && round ? [{ change: c, round }] : [];
  });
  const apart = await annualRoundConflicts(
    tx,
    changed.map(({ change, round }) => ({ indicatorCode: change.code, year: null, round, regionCode: null })),
  );
  return changed.flatMap(({ change }) => {
    const found = apart.filter((a) => a.indicatorCode === change.code);
    if (found.length === 0) return [];
    const first = found[0]!;
    const more =
      found.length > 1 ? { id: ` dan ${found.length - 1} lainnya`, en: ` and ${found.length - 1} more` } : { id: '', en: '' };
    const month = { id: MONTH_NAMES.id[first.round], en: MONTH_NAMES.en[first.round] };
    return [
      {
        line: change.line,
        column: label(change, 'annualRound'),
        code: 'ANNUAL_ROUND_DIFFERS',
        message:
          `${change.code}: angka tahunan dan angka ${month.id} menjadi satu angka, tetapi berbeda untuk wilayah ${first.regionCode} ` +
          `tahun ${first.year} (${first.annualValue.replace('.', ',')} dan ${first.roundValue.replace('.', ',')})${more.id}: samakan dulu. / ` +
          `${change.code}: the annual figure and the ${month.en} round would become one figure, but they differ for region ` +
          `${first.regionCode} in ${first.year} (${first.annualValue} and ${first.roundValue})${more.en}: make them equal first.`,
      },
    ];
  });
}

/** A programme's owner as a file or a mutation names it (a Kemendagri or BPS code, or a name), as its Kemendagri code. */
async function resolveOwners(
  tx: SqlClient,
  patches: readonly CataloguePatch[],
  issues: ImportIssue[],
): Promise<Set<CataloguePatch>> {
  const unresolved = new Set<CataloguePatch>();
  const named = patches.filter((p) => typeof (p.fields as Partial<ProgrammeDefinition>).regionCode === 'string');
  if (named.length === 0) return unresolved;
  const resolver = await regionResolverOf(tx);
  for (const patch of named) {
    const fields = patch.fields as Partial<ProgrammeDefinition>;
    const found = resolver.resolve({ text: fields.regionCode as string, system: 'any' });
    if ('code' in found) {
      fields.regionCode = found.code;
      continue;
    }
    unresolved.add(patch);
    issues.push({ line: patch.line, column: patch.label('regionCode'), code: found.error.code, message: found.error.message });
  }
  return unresolved;
}

/**
 * Who may change a programme: a region's own programme, an administrator whose region covers it (before and after
 * the change); the national programmes and the nomenclature, a national administrator.
 */
export function programmeScope(viewer: Viewer): (change: CatalogueChange) => string | null {
  return (change) => {
    const owners = [change.before, change.after].map((d) => (d as ProgrammeDefinition | null)?.regionCode ?? null);
    for (const owner of change.before ? owners : owners.slice(1)) {
      if (!can(viewer, 'administer', owner ?? NATIONAL_CODE)) {
        return owner
          ? `${change.code} is a programme of region ${owner}, which your account does not administer.`
          : `${change.code} is a national programme or a nomenclature entry: only a national administrator may change it.`;
      }
    }
    return null;
  };
}

/** Refuses a catalogue change by anyone but an administrator (indicators: a national one). */
export function authorizeCatalogue(viewer: Viewer, entity: CatalogueEntity): void {
  if (entity === 'indicator') authorize(viewer, 'administer', 'change the indicator catalogue', NATIONAL_CODE);
  else authorize(viewer, 'administer', 'change the programme catalogue');
}

export type SaveResult<D extends Definition> = {
  outcome: 'CREATED' | 'REVISED' | 'UNCHANGED';
  version: number | null;
  changedFields: string[];
  notices: string[];
  definition: D;
};

/**
 * saveIndicator / saveProgramme: one entry given by an administrator, checked by the same rules as a catalogue file
 * row; refused with every problem in one sentence each.
 */
export async function saveEntry<D extends Definition>(
  db: Database,
  viewer: Viewer,
  entity: CatalogueEntity,
  patch: CataloguePatch<D>,
  reason: string | null,
): Promise<SaveResult<D>> {
  authorizeCatalogue(viewer, entity);
  if (reason !== null && reason.length > 2_000) throw badInput('reason may hold at most 2,000 characters.');
  return db.transaction(async (tx) => {
    const saved = await saveCatalogue(tx, entity, [patch as CataloguePatch], {
      changedBy: actorName(viewer),
      origin: 'EDIT',
      reason,
      importBatchId: null,
      auditNewEntries: true,
      guardFigures: true,
      ...(entity === 'programme' ? { mayChange: programmeScope(viewer) } : {}),
    });
    if (saved.issues.length) {
      throw badInput(`${patch.code} was not saved. ${saved.issues.map((i) => i.message).join(' ')}`, {
        issues: saved.issues.map((i) => ({ field: i.column ?? null, code: i.code, message: i.message })),
      });
    }
    const change = saved.changes[0];
    const definition = (change?.after ?? (await loadCatalogue(tx, entity)).get(patch.code)) as D;
    return {
      outcome: change ? (change.before ? 'REVISED' : 'CREATED') : 'UNCHANGED',
      version: change ? (saved.versions.get(change.code) ?? null) : null,
      changedFields: change?.changedFields ?? [],
      notices: saved.notices.map((n) => n.message),
      definition,
    };
  });
}

export type { IndicatorDefinition, ProgrammeDefinition };
