import { describe, expect, it } from 'vitest';
import { applyListArgs, checkListArgs, type FilterFields, matches, type OrderFields } from './filter.rules.js';

interface Row {
  code: string;
  name: string;
  value: number;
  change: number | null;
  status: string;
  broken: boolean;
}

const ROWS: Row[] = [
  { code: '72.01', name: 'Kabupaten Banggai', value: 6.23, change: -0.33, status: 'PUBLISHED', broken: false },
  { code: '72.09', name: 'Kabupaten Tojo Una Una', value: 14.67, change: -1.69, status: 'PUBLISHED', broken: false },
  { code: '72.71', name: 'Kota Palu', value: 5.26, change: null, status: 'UNVERIFIED', broken: true },
  { code: '72.02', name: 'Kabupaten Poso', value: 12.9, change: -1.33, status: 'VERIFIED', broken: false },
];
const FIELDS: FilterFields<Row> = {
  value: { kind: 'number', get: (r) => r.value },
  change: { kind: 'number', get: (r) => r.change },
  regionName: { kind: 'text', get: (r) => r.name },
  regionCode: { kind: 'text', get: (r) => r.code },
  status: { kind: 'choice', get: (r) => r.status },
  changeNotComparable: { kind: 'boolean', get: (r) => r.broken },
};
const ORDER: OrderFields<Row> = { VALUE: (r) => r.value, CHANGE: (r) => r.change, REGION_NAME: (r) => r.name };
const codes = (rows: readonly Row[]) => rows.map((r) => r.code);
const where = (w: object) => codes(ROWS.filter((r) => matches(r, w, FIELDS)));

describe('filters on a list read in full', () => {
  it('applies every number operator, a null matching only isNull', () => {
    expect(where({ value: { gt: 12.9 } })).toEqual(['72.09']);
    expect(where({ value: { gte: 12.9 } })).toEqual(['72.09', '72.02']);
    expect(where({ value: { lt: 6.23 } })).toEqual(['72.71']);
    expect(where({ value: { lte: 6.23, ne: 5.26 } })).toEqual(['72.01']);
    expect(where({ value: { eq: 12.9 } })).toEqual(['72.02']);
    expect(where({ value: { between: [6.23, 12.9] } })).toEqual(['72.01', '72.02']);
    expect(where({ value: { in: [5.26, 14.67] } })).toEqual(['72.09', '72.71']);
    expect(where({ change: { ne: -0.33 } })).toEqual(['72.09', '72.02']);
    expect(where({ change: { isNull: true } })).toEqual(['72.71']);
    expect(where({ change: { isNull: false, lt: -1 } })).toEqual(['72.09', '72.02']);
  });

  it('matches texts without regard to case, choices, booleans, and combines with and/or/not', () => {
    expect(where({ regionName: { contains: 'KABUPATEN' }, regionCode: { ne: '72.01' } })).toEqual(['72.09', '72.02']);
    expect(where({ regionName: { in: ['kota palu', 'Kabupaten Poso'] } })).toEqual(['72.71', '72.02']);
    expect(where({ status: { in: ['PUBLISHED', 'VERIFIED'], notIn: ['VERIFIED'] } })).toEqual(['72.01', '72.09']);
    expect(where({ changeNotComparable: true })).toEqual(['72.71']);
    expect(where({ or: [{ value: { gt: 14 } }, { value: { lt: 6 } }] })).toEqual(['72.09', '72.71']);
    expect(where({ and: [{ value: { gt: 6 } }, { not: { regionCode: { eq: '72.09' } } }] })).toEqual(['72.01', '72.02']);
    expect(where({ value: null, and: [], or: undefined })).toEqual(codes(ROWS));
  });

  it('orders with nulls last either way, keeping the given order for ties, then cuts at first', () => {
    const byChange = applyListArgs(ROWS, { orderBy: [{ field: 'CHANGE', direction: 'DESC' }] }, FIELDS, ORDER);
    expect(codes(byChange.rows)).toEqual(['72.01', '72.02', '72.09', '72.71']);
    const byName = applyListArgs(ROWS, { orderBy: [{ field: 'REGION_NAME', direction: 'ASC' }], first: 2 }, FIELDS, ORDER);
    expect(codes(byName.rows)).toEqual(['72.01', '72.02']);
    expect(byName.matchedCount).toBe(4);
    const filtered = applyListArgs(ROWS, { where: { value: { gt: 6 } }, first: 1 }, FIELDS, ORDER);
    expect(filtered).toEqual({ rows: [ROWS[0]], matchedCount: 3 });
  });

  it('refuses what cannot be meant', () => {
    expect(() => checkListArgs({ first: -1 }, 600)).toThrow('first -1 is negative');
    expect(() => checkListArgs({ first: 600 }, 600)).not.toThrow();
    expect(() => checkListArgs({ where: { value: { gte: 5, lt: 5 } } }, 600)).toThrow('where.value asks for a number above 5');
    expect(() => checkListArgs({ where: { value: { gte: 5, lte: 5 } } }, 600)).not.toThrow();
    expect(() => checkListArgs({ where: { or: [{ value: { between: [1, 2, 3] } }] } }, 600)).toThrow(
      'where.or[0].value.between needs exactly two numbers',
    );
    const many = { or: Array.from({ length: 51 }, (_, i) => ({ value: { eq: i } })) };
    expect(() => checkListArgs({ where: many }, 600)).toThrow('where holds 51 conditions, more than the limit of 50');
    const keys = ['VALUE', 'CHANGE', 'REGION_NAME', 'RANK'].map((field) => ({ field, direction: 'ASC' as const }));
    expect(() => checkListArgs({ orderBy: keys }, 600)).toThrow('orderBy has 4 keys, more than 3');
  });
});
