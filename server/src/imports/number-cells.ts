import { shown } from './cell-text.js';
import type { Collector } from './collector.js';
import type { NumberCell, SourceLocation } from './import.types.js';
import type { IndicatorRule } from './validate.types.js';
import { roundDecimal } from './values.js';

// Whether a number read from a cell can be stored exactly as written, and within its indicator's range.

export const fmt = (n: number) => String(n);
export const EMPTY_CELL: NumberCell = Object.freeze({ text: '', value: null });

/** What a numeric column holds: digits before the decimal point and after it (numeric(precision, scale)). */
export interface NumericColumn {
  integerDigits: number;
  scale: number;
}

/** numeric(24, 6): observation values, targets, bounds, baselines. */
export const VALUE_COLUMN: NumericColumn = { integerDigits: 18, scale: 6 };
/** numeric(24, 2): programme recipients and rupiah amounts. */
export const AMOUNT_COLUMN: NumericColumn = { integerDigits: 22, scale: 2 };
/** A double carries 15 significant decimal digits exactly; more may come back changed. */
const EXACT_DIGITS = 15;

/** Where a number's problem is: its record's line, and the column it came from. */
export const cellAt = (cell: NumberCell, loc: SourceLocation): SourceLocation =>
  cell.column && !loc.column ? { ...loc, column: cell.column } : loc;

/** The number a cell holds: null when empty, undefined when it cannot be stored (reported). */
export function checkNumber(
  issues: Collector,
  cell: NumberCell,
  loc: SourceLocation,
  label: string,
  column: NumericColumn,
  rule?: IndicatorRule | null,
): number | null | undefined {
  if (cell.invalid) {
    issues.add(cellAt(cell, loc), 'NOT_A_NUMBER', `${label} “${shown(cell.text)}” is not a number.`);
    return undefined;
  }
  const value = cell.value;
  if (value === null) return null;
  if (!fits(cell, value, column)) {
    issues.add(cellAt(cell, loc), ...capacityProblem(cell, value, label, column));
    return undefined;
  }
  if (rule && !inRange(value, rule)) {
    issues.add(
      cellAt(cell, loc),
      'OUT_OF_RANGE',
      `${label} ${fmt(value)} is outside the admissible range ${rangeText(rule)} for ${rule.nameEn} (${rule.unitEn}).`,
    );
    return undefined;
  }
  return value;
}

/** Whether the column holds the number exactly as written (runs once per value: no allocation). */
function fits(cell: NumberCell, value: number, column: NumericColumn): boolean {
  return (
    Number.isFinite(value) &&
    Math.abs(value) < 10 ** column.integerDigits &&
    (cell.significant ?? 0) <= EXACT_DIGITS &&
    (cell.decimals ?? 0) <= column.scale
  );
}

/**
 * Why the column cannot hold the number. Too large is refused; so are digits it would drop: a value
 * is never stored other than the file says, and the sentence says what would be kept.
 */
function capacityProblem(cell: NumberCell, value: number, label: string, column: NumericColumn): [string, string] {
  const text = shown(cell.text);
  if (!Number.isFinite(value) || Math.abs(value) >= 10 ** column.integerDigits) {
    return [
      'NUMBER_TOO_LARGE',
      `${label} “${text}” is too large: this column holds numbers below 10^${column.integerDigits} ` +
        `(at most ${column.integerDigits} digits before the decimal point).`,
    ];
  }
  const kept = roundDecimal(String(value), column.scale);
  if ((cell.significant ?? 0) > EXACT_DIGITS) {
    return [
      'TOO_MANY_DIGITS',
      `${label} “${text}” has ${cell.significant} significant digits; at most ${EXACT_DIGITS} are kept exactly, ` +
        `so it would be stored as ${kept}. Round it in the file.`,
    ];
  }
  return [
    'TOO_MANY_DECIMALS',
    `${label} “${text}” has ${cell.decimals} decimal places; the database keeps ${column.scale}, ` +
      `so it would be stored as ${kept}. Round it to ${column.scale} decimals in the file.`,
  ];
}

export function inRange(value: number, rule: IndicatorRule): boolean {
  return (rule.minValue === null || value >= rule.minValue) && (rule.maxValue === null || value <= rule.maxValue);
}

export function rangeText(rule: IndicatorRule): string {
  if (rule.minValue !== null && rule.maxValue !== null) return `${fmt(rule.minValue)}–${fmt(rule.maxValue)}`;
  if (rule.minValue !== null) return `at least ${fmt(rule.minValue)}`;
  return `at most ${fmt(rule.maxValue ?? 0)}`;
}
