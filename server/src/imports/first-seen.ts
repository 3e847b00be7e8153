import type { SourceLocation } from './import.types.js';

/**
 * What an observation row says about its cell besides the key and source (given by its number, see SourceNumbers):
 * two rows saying the same are one figure given twice.
 */
export interface CellContent {
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
}

/** The row that gave a cell first, and whether the row now giving it again says the same. */
export interface EarlierCell {
  loc: SourceLocation;
  same: boolean;
}

/** Distinct notes remembered for comparing repeats; past it a repeat with a new one is taken as differing. */
const MAX_REMEMBERED_NOTES = 100_000;

/**
 * Where each observation cell (indicator × region × period) of a file was first seen and what it said, to tell a
 * cell given twice with the same content (stored once) from one given twice with different content (an error). A
 * million cells kept as string keys cost more than all other checks together (building, hashing and keeping a
 * million strings); as small integers in nested maps they cost almost nothing. What a row said is kept the same way:
 * its numbers in typed arrays by the cell's ordinal, its source by the file's number for it, its note as a small
 * number (most rows have none, or the row before's, which is checked first without a map).
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
  /** The source's number (0: none) and the note's (0: none, -1: one of too many to remember) of each cell. */
  private sources = new Int32Array(1024);
  private notes = new Int32Array(1024);
  /** The locations that name a column (wide tables), by ordinal. */
  private readonly columns = new Map<number, SourceLocation>();
  private readonly noteIds = new Map<string, number>();
  private lastNote: string | null = null;
  private lastNoteId = 0;

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
    source: number | null,
  ): EarlierCell | undefined {
    const byRegion = getOrAdd(this.cells, numberOf(this.indicators, indicator), () => new Map());
    const byPeriod = getOrAdd(byRegion, numberOf(this.regions, region), () => new Map());
    const period = year * 16 + subperiod;
    const note = this.noteNumber(content.note);
    const first = byPeriod.get(period);
    if (first !== undefined) return { loc: this.locationOf(first), same: this.says(first, content, source ?? 0, note) };
    const n = this.size++;
    if (n === this.lines.length) this.grow();
    this.lines[n] = loc.line;
    this.numbers[3 * n] = content.value;
    this.numbers[3 * n + 1] = content.numerator ?? Number.NaN;
    this.numbers[3 * n + 2] = content.denominator ?? Number.NaN;
    this.sources[n] = source ?? 0;
    this.notes[n] = note;
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

  private says(n: number, content: CellContent, source: number, note: number): boolean {
    return (
      note !== -1 &&
      this.notes[n] === note &&
      this.sources[n] === source &&
      sameNumber(this.numbers[3 * n]!, content.value) &&
      sameNumber(this.numbers[3 * n + 1]!, content.numerator ?? Number.NaN) &&
      sameNumber(this.numbers[3 * n + 2]!, content.denominator ?? Number.NaN)
    );
  }

  /** A number for the row's note, the same for the same text; 0 for none, -1 once too many were seen. */
  private noteNumber(note: string | null): number {
    if (note === this.lastNote) return this.lastNoteId;
    let id = note === null ? 0 : this.noteIds.get(note);
    if (id === undefined) {
      id = this.noteIds.size < MAX_REMEMBERED_NOTES ? this.noteIds.size + 1 : -1;
      if (id !== -1) this.noteIds.set(note!, id);
    }
    this.lastNote = note;
    this.lastNoteId = id;
    return id;
  }

  private grow(): void {
    const lines = new Int32Array(this.lines.length * 2);
    lines.set(this.lines);
    this.lines = lines;
    const sources = new Int32Array(this.sources.length * 2);
    sources.set(this.sources);
    this.sources = sources;
    const notes = new Int32Array(this.notes.length * 2);
    notes.set(this.notes);
    this.notes = notes;
    const numbers = new Float64Array(this.numbers.length * 2);
    numbers.set(this.numbers);
    this.numbers = numbers;
  }
}

/** Equal numbers, two empty parts (NaN) included. */
function sameNumber(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
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
