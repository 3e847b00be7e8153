import type { SourceLocation } from './import.types.js';
import type { SourceKey } from './validate.types.js';

/** What an observation row says about its cell besides the key: two rows saying the same are one figure given twice. */
export interface CellContent {
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  source: SourceKey | null;
}

/** The row that gave a cell first, and whether the row now giving it again says the same. */
export interface EarlierCell {
  loc: SourceLocation;
  same: boolean;
}

/** Distinct notes and sources remembered for comparing repeats; past it a repeat of a new one is taken as differing. */
const MAX_REMEMBERED_METADATA = 100_000;

/**
 * Where each observation cell (indicator × region × period) of a file was first seen and what it said, to tell a
 * cell given twice with the same content (stored once) from one given twice with different content (an error). A
 * million cells kept as string keys cost more than all other checks together (building, hashing and keeping a
 * million strings); as small integers in nested maps they cost almost nothing. What a row said is kept the same way:
 * its numbers in typed arrays by the cell's ordinal, its note and source as a small number — a file's rows mostly
 * repeat the row before's (one source for the whole table), which is checked first without a map.
 */
export class FirstSeenCells {
  private readonly indicators = new Map<string, number>();
  private readonly regions = new Map<string, number>();
  /** Cell → its ordinal, the index of what it said in the arrays below. */
  private readonly cells = new Map<number, Map<number, Map<number, number>>>();
  private size = 0;
  private lines = new Int32Array(1024);
  /** Value, numerator, denominator of each cell; NaN for an empty part. */
  private numbers = new Float64Array(3 * 1024);
  private metadata = new Int32Array(1024);
  /** The locations that name a column (wide tables), by ordinal. */
  private readonly columns = new Map<number, SourceLocation>();
  private readonly metadataIds = new Map<string, number>();
  private last: { note: string | null; source: SourceKey | null; id: number } | null = null;

  /**
   * The row that gave the cell first and whether `content` says the same, or undefined when this is the first time
   * (now recorded).
   */
  check(
    indicator: string,
    region: string,
    year: number,
    subperiod: number,
    loc: SourceLocation,
    content: CellContent,
  ): EarlierCell | undefined {
    const byRegion = getOrAdd(this.cells, numberOf(this.indicators, indicator), () => new Map());
    const byPeriod = getOrAdd(byRegion, numberOf(this.regions, region), () => new Map());
    const period = year * 16 + subperiod;
    const meta = this.metadataOf(content);
    const first = byPeriod.get(period);
    if (first !== undefined) return { loc: this.locationOf(first), same: this.says(first, content, meta) };
    const n = this.size++;
    if (n === this.lines.length) this.grow();
    this.lines[n] = loc.line;
    this.numbers[3 * n] = content.value;
    this.numbers[3 * n + 1] = content.numerator ?? Number.NaN;
    this.numbers[3 * n + 2] = content.denominator ?? Number.NaN;
    this.metadata[n] = meta;
    // A line number is enough unless the location names a column (wide tables).
    if (loc.column) this.columns.set(n, loc);
    byPeriod.set(period, n);
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
    return first === undefined ? null : this.lines[first]!;
  }

  private locationOf(n: number): SourceLocation {
    return this.columns.get(n) ?? { line: this.lines[n]! };
  }

  private says(n: number, content: CellContent, meta: number): boolean {
    return (
      meta !== -1 &&
      this.metadata[n] === meta &&
      sameNumber(this.numbers[3 * n]!, content.value) &&
      sameNumber(this.numbers[3 * n + 1]!, content.numerator ?? Number.NaN) &&
      sameNumber(this.numbers[3 * n + 2]!, content.denominator ?? Number.NaN)
    );
  }

  /** A number for the row's note and source, the same for rows with the same ones; -1 when too many were seen. */
  private metadataOf({ note, source }: CellContent): number {
    const last = this.last;
    if (last && last.note === note && sameSource(last.source, source)) return last.id;
    const key = source
      ? `${note ?? ''}\u0000${source.title}\u0001${source.url}\u0001${source.publisher}\u0001${source.publisherUrl}\u0001${source.releasedOn ?? ''}`
      : `${note ?? ''}\u0000`;
    let id = this.metadataIds.get(key);
    if (id === undefined) {
      id = this.metadataIds.size < MAX_REMEMBERED_METADATA ? this.metadataIds.size : -1;
      if (id !== -1) this.metadataIds.set(key, id);
    }
    this.last = { note, source, id };
    return id;
  }

  private grow(): void {
    const lines = new Int32Array(this.lines.length * 2);
    lines.set(this.lines);
    this.lines = lines;
    const metadata = new Int32Array(this.metadata.length * 2);
    metadata.set(this.metadata);
    this.metadata = metadata;
    const numbers = new Float64Array(this.numbers.length * 2);
    numbers.set(this.numbers);
    this.numbers = numbers;
  }
}

/** Equal numbers, two empty parts (NaN) included. */
function sameNumber(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

function sameSource(a: SourceKey | null, b: SourceKey | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.title === b.title &&
    a.url === b.url &&
    a.publisher === b.publisher &&
    a.publisherUrl === b.publisherUrl &&
    a.releasedOn === b.releasedOn
  );
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
