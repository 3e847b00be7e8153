import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { annualRoundConflicts, cellNumber, touchedPairs } from './annual-figure.js';

const cells = (entries: Record<string, [year: number, subperiod: number][]>) =>
  new Map(Object.entries(entries).map(([code, list]) => [code, new Set(list.map(([y, s]) => cellNumber(y, s)))]));

describe('the pairs an import can touch', () => {
  const rounds = new Map([
    ['poverty_rate_p0', 3],
    ['open_unemployment_rate_tpt', 8],
  ]);

  it('are the years where the file gives one half and the other is in the file or stored', () => {
    const file = cells({
      poverty_rate_p0: [
        [2024, 0],
        [2025, 3],
        [2026, 0],
        [2026, 3],
        [2027, 9],
      ],
      open_unemployment_rate_tpt: [[2025, 0]],
      human_development_index_ipm: [[2025, 0]],
    });
    const stored = cells({
      poverty_rate_p0: [
        [2024, 9],
        [2025, 0],
        [2027, 0],
      ],
      open_unemployment_rate_tpt: [[2025, 8]],
    });
    expect(touchedPairs(rounds, file, stored)).toEqual([
      { indicatorCode: 'poverty_rate_p0', year: 2025, round: 3, regionCode: null },
      { indicatorCode: 'poverty_rate_p0', year: 2026, round: 3, regionCode: null },
      { indicatorCode: 'open_unemployment_rate_tpt', year: 2025, round: 8, regionCode: null },
    ]);
  });

  it('are none for a new year of annual figures with no round beside it (a bulk import costs no statement)', () => {
    const file = cells({ poverty_rate_p0: Array.from({ length: 100 }, (_, i): [number, number] => [1901 + i, 0]) });
    expect(touchedPairs(rounds, file, cells({ poverty_rate_p0: [[2025, 3]] }))).toEqual([]);
  });
});

describeEachDatabase('one figure for an annual value and its round', (use) => {
  const insert = (period: string, value: number, status: string) =>
    use().sql.query(
      `INSERT INTO observation (indicator_code, region_code, period, year, subperiod, value, status)
       VALUES ('poor_population', $1, $2, $3, $4, $5, $6::"VerificationStatus")`,
      [
        period.endsWith('U') ? '75.01' : '64',
        period.replace('U', ''),
        Number(period.slice(0, 4)),
        period.includes('-') ? Number(period.slice(5, 7)) : 0,
        value,
        status,
      ],
    );

  it('finds pairs apart, as stored and as waiting revisions would leave them', async () => {
    await insert('2030', 231.08, 'PUBLISHED');
    await insert('2030-03', 231.07, 'PUBLISHED');
    const found = await annualRoundConflicts(use().sql, [
      { indicatorCode: 'poor_population', year: null, round: null, regionCode: '64' },
    ]);
    expect(found).toEqual([
      {
        indicatorCode: 'poor_population',
        regionCode: '64',
        year: 2030,
        round: 3,
        annualValue: '231.08',
        roundValue: '231.07',
        proposedOnly: false,
      },
    ]);
  });

  it('reconciles pairs stored before the rule: the less-checked figure takes the other, a tie the round’s', async () => {
    await insert('2031U', 40.5, 'VERIFIED');
    await insert('2031-03U', 40.6, 'UNVERIFIED');
    const migration = readFileSync(
      join(repoRoot, 'prisma/migrations/20261205150000_annual_round_one_figure/migration.sql'),
      'utf8',
    );
    await use().sql.query(migration);
    const rows = await use().sql.query(
      `SELECT region_code, period, value::float8 AS value FROM observation
       WHERE indicator_code = 'poor_population' AND year IN (2030, 2031) ORDER BY region_code, period`,
    );
    expect(rows).toEqual([
      { region_code: '64', period: '2030', value: 231.07 },
      { region_code: '64', period: '2030-03', value: 231.07 },
      { region_code: '75.01', period: '2031', value: 40.5 },
      { region_code: '75.01', period: '2031-03', value: 40.5 },
    ]);
    const audit = await use().sql.query(
      `SELECT entity_key, old_value, new_value, changed_by FROM audit_entry
       WHERE entity_key LIKE 'poor_population|%|203%' ORDER BY entity_key`,
    );
    expect(audit).toEqual([
      { entity_key: 'poor_population|64|2030', old_value: '231.08', new_value: '231.07', changed_by: 'system:migration' },
      { entity_key: 'poor_population|75.01|2031-03', old_value: '40.6', new_value: '40.5', changed_by: 'system:migration' },
    ]);
    expect(
      await annualRoundConflicts(use().sql, [{ indicatorCode: 'poor_population', year: null, round: null, regionCode: null }]),
    ).toEqual([]);
  });
});
