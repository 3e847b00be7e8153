import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { lockReferences, lockReferenceValues, withoutRowTriggers } from './references.js';
import { stageRows } from './staging.js';
import { OBSERVATIONS, PLANNING_DOCUMENTS, PROGRAMME_FIGURES, TARGETS } from './tables.js';

/** Foreign keys that point at rows the import writes or locks itself (see tables.ts). */
const OWN_ROWS = ['source_id', 'import_batch_id', 'created_import_batch_id'];

describeEachDatabase('foreign keys on import', (use) => {
  it('declares every foreign key of the imported tables, so none goes unchecked when triggers are off', async () => {
    const constraints = await use().sql.query<{ table: string; column: string; referenced: string }>(
      `SELECT c.conrelid::regclass::text AS table, a.attname AS column, c.confrelid::regclass::text AS referenced
       FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1) ORDER BY 1, 2`,
      [[OBSERVATIONS.table, TARGETS.table, PROGRAMME_FIGURES.table, PLANNING_DOCUMENTS.table]],
    );
    const specs = [OBSERVATIONS, TARGETS, PROGRAMME_FIGURES, PLANNING_DOCUMENTS];
    const undeclared = constraints.filter(
      (c) =>
        !OWN_ROWS.includes(c.column) &&
        !specs.some(
          (s) =>
            s.table === c.table.replaceAll('"', '') &&
            s.references.some((r) => r.column === c.column && r.table === c.referenced.replaceAll('"', '')),
        ),
    );
    expect(constraints.length).toBeGreaterThan(10);
    expect(undeclared).toEqual([]);
  });

  it('has no triggers of its own on the imported tables that switching triggers off would skip', async () => {
    // Triggers enabled ALWAYS (the change notifications) fire even then.
    const triggers = await use().sql.query(
      `SELECT tgrelid::regclass::text AS table, tgname AS name FROM pg_trigger
       WHERE NOT tgisinternal AND tgenabled <> 'A' AND tgrelid::regclass::text = ANY($1)`,
      [[OBSERVATIONS.table, TARGETS.table, PROGRAMME_FIGURES.table, PLANNING_DOCUMENTS.table, 'audit_entry']],
    );
    expect(triggers).toEqual([]);
  });

  it('switches row triggers off only for a role allowed to, and says which way keys were checked', async () => {
    const settings: string[] = [];
    const seen = async (tx: { query: (sql: string) => Promise<{ setting: string }[]> }) => {
      const [row] = await tx.query("SELECT current_setting('session_replication_role') AS setting");
      settings.push(row!.setting);
    };
    await use().transaction(async (tx) => {
      expect(await withoutRowTriggers(tx, () => seen(tx))).toBe('per-value');
      await seen(tx);
    });
    await use().transaction(async (tx) => {
      // A role that may read but not change replication settings, like an application's own role.
      await tx.query('SET LOCAL ROLE pg_read_all_data');
      expect(await withoutRowTriggers(tx, () => seen(tx))).toBe('per-row');
    });
    expect(settings).toEqual(['replica', 'origin', 'origin']);
  });

  it('refuses to write when a referenced region no longer exists', async () => {
    await expect(
      use().transaction(async (tx) => {
        await stageRows(tx, OBSERVATIONS, [
          [2, 'poverty_rate_p0', '75.02', '2025', 16.37, null, null, null, null, 2025, 0],
          [3, 'poverty_rate_p0', '99.99', '2025', 1, null, null, null, null, 2025, 0],
        ]);
        await lockReferences(tx, OBSERVATIONS, 'staged_observation');
      }),
    ).rejects.toThrow('region 99.99 no longer exists');
  });

  it('refuses to commit rows written straight into their table when a region they name is gone', async () => {
    await expect(
      use().transaction((tx) => lockReferenceValues(tx, OBSERVATIONS.references[1]!, ['75.02', '99.98', '75.02'])),
    ).rejects.toThrow('region 99.98 no longer exists');
    await use().transaction((tx) => lockReferenceValues(tx, OBSERVATIONS.references[1]!, ['75.02', '75']));
  });
});
