// The seed files (prisma/seed/indicators.json, programmes.json) are the catalogue's starting point, applied at every
// start. What a start writes is what the seed file itself changed since the last start, field by field, as a version by
// system:seed: an unchanged file writes nothing, and an administrator's revision stays unless the shipped file changes
// that same field.

import type { SqlClient } from '../db/database.js';
import { saveCatalogue } from './catalogue.service.js';
import { loadCatalogue, lockCatalogue, versionedCodes, type WriteContext, writeBaselines } from './catalogue.store.js';
import { type CatalogueEntity, canonical, type Definition, fieldsOf, sameValue } from './definitions.js';
import type { CataloguePatch } from './rules.js';

export const SEED_ACTOR = 'system:seed';

export interface SeedOutcome {
  inserted: number;
  updated: number;
  /** Entries stored before versions were kept, given their definition as version 1. */
  baselines: number;
}

/** The seed file's entries as last applied, by code. */
async function lastApplied(tx: SqlClient, entity: CatalogueEntity): Promise<Map<string, Definition>> {
  const rows = await tx.query<{ code: string; definition: Definition | string }>(
    'SELECT code, definition FROM catalogue_seed WHERE entity = $1',
    [entity],
  );
  return new Map(rows.map((r) => [r.code, typeof r.definition === 'string' ? JSON.parse(r.definition) : r.definition]));
}

/**
 * Applies a seed file: new entries in full, and for known ones the fields the file changed since it was last applied.
 * A seed file that breaks the catalogue's rules stops the start with the problems listed (it ships with the code).
 */
export async function applySeedCatalogue(
  tx: SqlClient,
  entity: CatalogueEntity,
  entries: readonly Definition[],
): Promise<SeedOutcome> {
  // Read without a lock first: an unchanged seed file (every start but the first after a release) writes nothing and
  // need not wait for an import another server is running. One after another: a transaction is one connection.
  const stored = await loadCatalogue(tx, entity);
  const applied = await lastApplied(tx, entity);
  const versioned = await versionedCodes(tx, entity);
  const specs = fieldsOf(entity);
  const patches: CataloguePatch[] = [];
  const changedSeed: Definition[] = [];
  for (const raw of entries) {
    const entry = canonical(entity, raw);
    const previous = applied.get(entry.code);
    const current = stored.get(entry.code);
    if (previous && specs.every((s) => sameValue(fieldOf(previous, s.field), fieldOf(entry, s.field)))) continue;
    changedSeed.push(entry);
    const fields: Record<string, unknown> = {};
    for (const spec of specs) {
      const value = fieldOf(entry, spec.field);
      // Unknown to the last start (a new entry, or the first start that keeps seed state): every field.
      if (!previous || !current || !sameValue(fieldOf(previous, spec.field), value)) fields[spec.field] = value;
    }
    patches.push({ code: entry.code, line: null, fields, label: (field) => `${entity} ${entry.code}: ${field}` });
  }
  const ctx: WriteContext = {
    changedBy: SEED_ACTOR,
    origin: 'SEED',
    reason: 'Katalog bawaan (prisma/seed)',
    importBatchId: null,
    auditNewEntries: false,
  };
  const outcome = { inserted: 0, updated: 0, baselines: 0 };
  // Entries stored before versions were kept (by the seed, the only writer then): what they are now is version 1.
  const unversioned = () => [...stored.values()].filter((d) => !versioned.has(d.code));
  if (patches.length === 0 && unversioned().length === 0) return outcome;
  await lockCatalogue(tx);
  if (patches.length) {
    const saved = await saveCatalogue(tx, entity, patches, { ...ctx, guardFigures: false });
    if (saved.issues.length) {
      throw new Error(
        `The seed ${entity} catalogue breaks the catalogue's rules: ${saved.issues.map((i) => `${i.column ?? ''} ${i.message}`).join(' ')}`,
      );
    }
    outcome.inserted = saved.inserted;
    outcome.updated = saved.updated;
    for (const change of saved.changes) versioned.add(change.code);
    await tx.query(
      `INSERT INTO catalogue_seed (entity, code, definition)
       SELECT $1, s.code, s.definition FROM jsonb_to_recordset($2::jsonb) AS s(code text, definition jsonb)
       ON CONFLICT (entity, code) DO UPDATE SET definition = EXCLUDED.definition`,
      [entity, JSON.stringify(changedSeed.map((d) => ({ code: d.code, definition: d })))],
    );
  }
  outcome.baselines = await writeBaselines(tx, entity, unversioned(), ctx);
  return outcome;
}

function fieldOf(definition: Definition, field: string): unknown {
  return (definition as unknown as Record<string, unknown>)[field];
}
