import { describe, expect, it } from 'vitest';
import type { ProgrammeDefinition } from './definitions.js';
import { type CataloguePatch, planCatalogue } from './rules.js';

const programme = (code: string, parentCode: string | null): ProgrammeDefinition => ({
  code,
  scope: 'REGIONAL',
  parentCode,
  nameId: code,
  nameEn: code,
  descriptionId: null,
  recipientUnit: null,
  regionCode: null,
});
const patch = (code: string, fields: Partial<ProgrammeDefinition>, line = 2): CataloguePatch<ProgrammeDefinition> => ({
  code,
  line,
  fields,
  label: (f) => f,
});

describe('catalogue rules', () => {
  const stored = new Map([
    ['TEST_A', programme('TEST_A', null)],
    ['TEST_B', programme('TEST_B', 'TEST_A')],
  ]);

  it('refuses a parent that would make a programme its own ancestor', () => {
    const plan = planCatalogue('programme', [patch('TEST_A', { parentCode: 'TEST_B' })], stored);
    expect(plan.issues).toEqual([
      {
        line: 2,
        column: 'parentCode',
        code: 'PARENT_CYCLE',
        message: 'TEST_A → TEST_B → TEST_A: a programme cannot be its own ancestor.',
      },
    ]);
  });

  it('accepts a parent defined further down the same file, and counts what is unchanged', () => {
    const plan = planCatalogue(
      'programme',
      [
        patch('TEST_C', { scope: 'REGIONAL', nameId: 'C', nameEn: 'C', parentCode: 'TEST_D' }, 2),
        patch('TEST_D', { scope: 'REGIONAL', nameId: 'D', nameEn: 'D' }, 3),
        patch('TEST_A', { nameId: 'TEST_A' }, 4),
      ],
      stored,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.changes.map((c) => [c.code, c.before === null])).toEqual([
      ['TEST_C', true],
      ['TEST_D', true],
    ]);
    expect(plan.unchanged).toBe(1);
  });

  it('names a code given twice, and a code that cannot be one', () => {
    const plan = planCatalogue(
      'programme',
      [patch('TEST_A', { nameEn: 'x' }, 2), patch('TEST_A', {}, 3), patch('a|b', {}, 4)],
      stored,
    );
    expect(plan.issues.map((i) => [i.line, i.code, i.message])).toEqual([
      [3, 'DUPLICATE', 'TEST_A is given twice (first on line 2): give each programme once.'],
      [4, 'BAD_CODE', 'the code “a|b” may hold only letters, digits, “.”, “_” and “-”, starting with a letter or digit.'],
    ]);
  });
});
