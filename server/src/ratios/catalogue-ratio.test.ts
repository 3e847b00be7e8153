import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IndicatorDefinition } from '../catalogue/definitions.js';
import { type CataloguePatch, planCatalogue } from '../catalogue/rules.js';
import { SPM_SERVICES } from '../spm/services.js';

const SEED = JSON.parse(
  readFileSync(new URL('../../../prisma/seed/indicators.json', import.meta.url), 'utf8'),
) as IndicatorDefinition[];
const stored = new Map(SEED.map((d) => [d.code, d]));
const patch = (fields: Partial<IndicatorDefinition>): CataloguePatch<IndicatorDefinition> => ({
  code: 'pkh_coverage',
  line: 2,
  fields,
  label: (f) => f,
});

describe('ratio indicators in the catalogue', () => {
  it('maps the ten SPM entries onto the services of PP 2/2018 Pasal 10, each at its own government’s level only', () => {
    for (const service of SPM_SERVICES) {
      const entry = stored.get(service.indicatorCode)!;
      expect(entry.levels).toEqual([service.level]);
      // A province's service is its own; a kabupaten/kota's is not summed into a province.
      expect(entry.aggregation).toBe('NOT_AGGREGABLE');
      expect(entry).toMatchObject({
        ratioFactor: 100,
        numeratorId: 'jumlah warga yang terlayani',
        denominatorId: 'jumlah warga yang membutuhkan',
        maxValue: 100,
      });
    }
    expect(SEED.filter((d) => d.topic === 'spm')).toHaveLength(10);
  });

  it('rolls programme coverage up as a ratio of sums, with what it counts named in both languages', () => {
    for (const code of ['pkh_coverage', 'sembako_coverage', 'pbi_jk_coverage']) {
      const entry = stored.get(code)!;
      expect(entry.aggregation).toBe('RATIO_OF_SUMS');
      expect(entry.ratioFactor).toBe(100);
      expect([entry.numeratorId, entry.numeratorEn, entry.denominatorId, entry.denominatorEn].every(Boolean)).toBe(true);
    }
  });

  it('accepts the shipped catalogue as it is', () => {
    const plan = planCatalogue(
      'indicator',
      SEED.map((d) => ({ code: d.code, line: null, fields: d, label: (f) => f })),
      stored,
    );
    expect(plan.issues).toEqual([]);
  });

  it('refuses a ratio without all its labels, a factor of zero, and a ratio of sums that is not a ratio', () => {
    const issues = (fields: Partial<IndicatorDefinition>) =>
      planCatalogue('indicator', [patch(fields)], stored).issues.map((i) => [i.column, i.code]);
    expect(issues({ denominatorEn: null })).toEqual([['denominatorEn', 'MISSING_VALUE']]);
    expect(issues({ ratioFactor: 0 })).toEqual([['ratioFactor', 'BAD_VALUE']]);
    expect(issues({ ratioFactor: null, numeratorId: null, numeratorEn: null, denominatorId: null, denominatorEn: null })).toEqual(
      [['aggregation', 'BAD_VALUE']],
    );
    expect(
      issues({
        aggregation: 'NOT_AGGREGABLE',
        ratioFactor: null,
        numeratorId: null,
        numeratorEn: null,
        denominatorId: null,
        denominatorEn: null,
      }),
    ).toEqual([]);
  });
});
