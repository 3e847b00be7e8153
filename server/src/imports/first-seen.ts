import type { SourceLocation } from './import.types.js';

/**
 * Where each observation cell (indicator × region × period) of a file was first seen, to report
 * the same cell given twice. A million cells kept as string keys cost more than all other checks
 * together (building, hashing and keeping a million strings); as small integers in nested maps
 * they cost almost nothing.
 */
export class FirstSeenCells {
  private readonly indicators = new Map<string, number>();
  private readonly regions = new Map<string, number>();
  private readonly cells = new Map<number, Map<number, Map<number, SourceLocation | number>>>();

  /** The location where the cell was first seen, or undefined when this is the first time (now recorded). */
  check(indicator: string, region: string, year: number, subperiod: number, loc: SourceLocation): SourceLocation | undefined {
    const byRegion = getOrAdd(this.cells, numberOf(this.indicators, indicator), () => new Map());
    const byPeriod = getOrAdd(byRegion, numberOf(this.regions, region), () => new Map());
    const period = year * 16 + subperiod;
    const first = byPeriod.get(period);
    if (first !== undefined) return typeof first === 'number' ? { line: first } : first;
    // A line number is enough unless the location names a column (wide tables).
    byPeriod.set(period, loc.column ? loc : loc.line);
    return undefined;
  }

  /** The line where the cell was seen, or null when the file has no such cell. */
  lineOf(indicator: string, region: string, year: number, subperiod: number): number | null {
    const i = this.indicators.get(indicator);
    const r = this.regions.get(region);
    if (i === undefined || r === undefined) return null;
    const first = this.cells
      .get(i)
      ?.get(r)
      ?.get(year * 16 + subperiod);
    return first === undefined ? null : typeof first === 'number' ? first : first.line;
  }
}

function numberOf(numbers: Map<string, number>, code: string): number {
  let n = numbers.get(code);
  if (n === undefined) {
    n = numbers.size;
    numbers.set(code, n);
  }
  return n;
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
