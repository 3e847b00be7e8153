import { badInput } from '../messages/errors.js';
import { FILTER_MESSAGES } from './filter-messages.js';

// `where`, `orderBy` and `first` on a list already read in full (a comparison's rows, a scorecard's cells): the list
// is bounded by the regions of one level, so filtering it in memory costs no statement and the same time whatever the
// filter. Each list says which of its fields can be filtered and ordered by, and how to read them from a row.

export type Scalar = number | string | boolean | null;

/** How a filter field reads: number (NumberFilter), text (TextFilter), choice ({in, notIn} of an enum), boolean. */
export type FieldKind = 'number' | 'text' | 'choice' | 'boolean';

export interface FilterField<R> {
  kind: FieldKind;
  get: (row: R) => Scalar;
}
export type FilterFields<R> = Readonly<Record<string, FilterField<R>>>;
export type OrderFields<R> = Readonly<Record<string, (row: R) => number | string | null>>;

/** A `where` as GraphQL gives it (an instance of the list's input type): fields of the list, and `and`, `or`, `not`. */
export type FilterNode = object;
type Entries = Record<string, unknown>;

export interface OrderKey {
  field: string;
  direction: 'ASC' | 'DESC';
}

export interface ListArgs {
  where?: FilterNode | null;
  orderBy?: readonly OrderKey[] | null;
  first?: number | null;
}

/** How deep and/or/not may nest, and how many field conditions a `where` may hold in all. */
export const MAX_FILTER_DEPTH = 4;
export const MAX_FILTER_CONDITIONS = 50;
export const MAX_ORDER_KEYS = 3;

const LOGICAL = new Set(['and', 'or', 'not']);
const present = (v: unknown) => v !== undefined && v !== null;
const norm = (s: string) => s.trim().toLocaleLowerCase('id');

/**
 * Refuses what cannot be meant, before anything is read: a malformed range, filters nested too deep or too many,
 * `first` out of bounds, an order key named twice. Each refusal is a sentence, in Bahasa Indonesia on request.
 */
export function checkListArgs(args: ListArgs, maxFirst: number): void {
  const { where, orderBy, first } = args;
  if (present(first)) {
    if (first! < 0) throw badInput(FILTER_MESSAGES.firstNegative(first!), { argument: 'first' });
    if (first! > maxFirst)
      throw badInput(FILTER_MESSAGES.firstTooLarge(first!, maxFirst), { argument: 'first', limit: maxFirst });
  }
  if (orderBy) {
    if (orderBy.length > MAX_ORDER_KEYS) {
      throw badInput(FILTER_MESSAGES.tooManyOrderKeys(orderBy.length, MAX_ORDER_KEYS), { argument: 'orderBy' });
    }
    const seen = new Set<string>();
    for (const key of orderBy) {
      if (seen.has(key.field)) throw badInput(FILTER_MESSAGES.orderTwice(key.field), { argument: 'orderBy' });
      seen.add(key.field);
    }
  }
  if (where) {
    const conditions = checkNode(where, 'where', 1);
    if (conditions > MAX_FILTER_CONDITIONS) {
      throw badInput(FILTER_MESSAGES.tooManyConditions(conditions, MAX_FILTER_CONDITIONS), { argument: 'where' });
    }
  }
}

/** Checks one node and returns how many field conditions it holds. */
function checkNode(node: FilterNode, path: string, depth: number): number {
  if (depth > MAX_FILTER_DEPTH) throw badInput(FILTER_MESSAGES.tooDeep(MAX_FILTER_DEPTH), { argument: 'where' });
  let count = 0;
  for (const [key, value] of Object.entries(node as Entries)) {
    if (!present(value)) continue;
    if (key === 'and' || key === 'or') {
      (value as FilterNode[]).forEach((child, i) => {
        count += checkNode(child, `${path}.${key}[${i}]`, depth + 1);
      });
    } else if (key === 'not') count += checkNode(value as FilterNode, `${path}.not`, depth + 1);
    else {
      count += 1;
      if (typeof value === 'object' && !Array.isArray(value)) checkNumberRange(value as Entries, `${path}.${key}`);
    }
  }
  return count;
}

/** A NumberFilter's bounds must leave some number: between [low, high] in order, gt/gte below lt/lte. */
function checkNumberRange(filter: Entries, path: string): void {
  const lower: { value: number; strict: boolean }[] = [];
  const upper: { value: number; strict: boolean }[] = [];
  const between = filter.between as number[] | null | undefined;
  if (present(between)) {
    if (between!.length !== 2) throw badInput(FILTER_MESSAGES.betweenCount(path, between!.length), { argument: path });
    const [low, high] = between as [number, number];
    if (low > high) throw badInput(FILTER_MESSAGES.betweenReversed(path, low, high), { argument: path });
    lower.push({ value: low, strict: false });
    upper.push({ value: high, strict: false });
  }
  if (typeof filter.gt === 'number') lower.push({ value: filter.gt, strict: true });
  if (typeof filter.gte === 'number') lower.push({ value: filter.gte, strict: false });
  if (typeof filter.lt === 'number') upper.push({ value: filter.lt, strict: true });
  if (typeof filter.lte === 'number') upper.push({ value: filter.lte, strict: false });
  if (!lower.length || !upper.length) return;
  const low = lower.reduce((a, b) => (b.value > a.value || (b.value === a.value && b.strict) ? b : a));
  const high = upper.reduce((a, b) => (b.value < a.value || (b.value === a.value && b.strict) ? b : a));
  if (low.value > high.value || (low.value === high.value && (low.strict || high.strict))) {
    throw badInput(FILTER_MESSAGES.emptyRange(path, low.value, high.value), { argument: path });
  }
}

/** Whether `row` meets `where` (checked with checkListArgs first). */
export function matches<R>(row: R, where: FilterNode, fields: FilterFields<R>): boolean {
  for (const [key, condition] of Object.entries(where as Entries)) {
    if (!present(condition)) continue;
    if (LOGICAL.has(key)) {
      if (key === 'and' && !(condition as FilterNode[]).every((c) => matches(row, c, fields))) return false;
      if (key === 'or' && !(condition as FilterNode[]).some((c) => matches(row, c, fields))) return false;
      if (key === 'not' && matches(row, condition as FilterNode, fields)) return false;
      continue;
    }
    const field = fields[key];
    // The input types list only fields of the list: GraphQL refused any other before this runs.
    if (!field) continue;
    if (!meets(field.kind, field.get(row), condition)) return false;
  }
  return true;
}

function meets(kind: FieldKind, value: Scalar, condition: unknown): boolean {
  if (kind === 'boolean') return value === condition;
  const c = condition as Entries;
  if (kind === 'choice') {
    if (Array.isArray(c.in) && !c.in.includes(value)) return false;
    if (Array.isArray(c.notIn) && c.notIn.includes(value)) return false;
    return true;
  }
  if (present(c.isNull) && c.isNull !== (value === null)) return false;
  const others = Object.entries(c).filter(([k, v]) => k !== 'isNull' && present(v));
  if (!others.length) return true;
  if (value === null) return false;
  if (kind === 'text') {
    const text = norm(String(value));
    for (const [op, v] of others) {
      if (op === 'eq' && text !== norm(v as string)) return false;
      if (op === 'ne' && text === norm(v as string)) return false;
      if (op === 'in' && !(v as string[]).some((s) => norm(s) === text)) return false;
      if (op === 'contains' && !text.includes(norm(v as string))) return false;
    }
    return true;
  }
  const n = value as number;
  for (const [op, v] of others) {
    if (op === 'eq' && !(n === v)) return false;
    if (op === 'ne' && n === v) return false;
    if (op === 'gt' && !(n > (v as number))) return false;
    if (op === 'gte' && !(n >= (v as number))) return false;
    if (op === 'lt' && !(n < (v as number))) return false;
    if (op === 'lte' && !(n <= (v as number))) return false;
    if (op === 'in' && !(v as number[]).includes(n)) return false;
    if (op === 'between') {
      const [low, high] = v as [number, number];
      if (n < low || n > high) return false;
    }
  }
  return true;
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * The rows meeting `where`, ordered by `orderBy` (ties keep the order given, e.g. by rank; rows without a value last
 * in either direction), the first `first` of them; and how many met `where` before `first` cut the list.
 */
export function applyListArgs<R>(
  rows: readonly R[],
  args: ListArgs,
  fields: FilterFields<R>,
  order: OrderFields<R>,
): { rows: R[]; matchedCount: number } {
  const where = args.where;
  let result = where ? rows.filter((row) => matches(row, where, fields)) : [...rows];
  const matchedCount = result.length;
  const keys = (args.orderBy ?? []).map((k) => ({ get: order[k.field]!, sign: k.direction === 'DESC' ? -1 : 1 }));
  if (keys.length) {
    // Array.prototype.sort is stable: ties keep the list's own order.
    result.sort((a, b) => {
      for (const { get, sign } of keys) {
        const x = get(a);
        const y = get(b);
        if (x === y) continue;
        if (x === null) return 1;
        if (y === null) return -1;
        const d = typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
        if (d !== 0) return sign * d;
      }
      return 0;
    });
  }
  if (present(args.first)) result = result.slice(0, args.first!);
  return { rows: result, matchedCount };
}
