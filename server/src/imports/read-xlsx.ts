// Reads the first sheet with data of an .xlsx workbook as rows of text cells, streaming and within
// fixed bounds, so that a small file that inflates to gigabytes of XML (a decompression bomb) is
// refused after a bounded amount of work and memory instead of taking the server down.
//
// Libraries, not home-made format code: yauzl reads the zip's central directory (the authoritative
// list of parts, sizes and offsets, ZIP64 included); fflate inflates one part synchronously in
// small steps, so the bytes counted are the bytes really produced, not those the directory claims;
// htmlparser2 tokenises the XML as it arrives and hands text over in pieces, so no tag or cell is
// ever held beyond the bounds below. exceljs, used before, loads the whole workbook into an object
// model (about 1 KB per cell) and bounds nothing: a 400 KB file held the API for 15 s at 1.3 GB,
// and its streaming WorkbookReader inflates without limit too.

import { posix } from 'node:path';
import { setImmediate as giveWay } from 'node:timers/promises';
import { Inflate } from 'fflate';
import { Parser } from 'htmlparser2';
import yauzl from 'yauzl';
import { ImportFileError, SUSPECT_CHARACTER, type TableRow } from './read-table.js';

const MiB = 1024 * 1024;

/** What one import may read from a workbook. Every bound is refused with a sentence naming it. */
export interface WorkbookLimits {
  /** Inflated XML of the sheet read (and of each sheet passed over on the way to it). */
  sheetBytes: number;
  /** Inflated XML of the shared-string table, which is held in memory while the sheet is read. */
  sharedStringsBytes: number;
  /** Entries of the shared-string table. */
  sharedStrings: number;
  /** Inflated XML of each other part read (workbook, relationships, styles). */
  partBytes: number;
  /** Inflated XML of all parts read together. */
  totalBytes: number;
  /** Sheet XML between two rows that hold data (empty or formatted rows, a row's own cells). */
  rowGapBytes: number;
  /** Excel's own bounds: 1,048,576 rows, 16,384 columns, 32,767 characters a cell. */
  rows: number;
  columns: number;
  cellChars: number;
  /** Parts listed in the zip. */
  entries: number;
}

export const WORKBOOK_LIMITS: WorkbookLimits = {
  sheetBytes: 512 * MiB,
  sharedStringsBytes: 100 * MiB,
  sharedStrings: 2_000_000,
  partBytes: 16 * MiB,
  totalBytes: 1024 * MiB,
  rowGapBytes: 8 * MiB,
  rows: 1_048_576,
  columns: 16_384,
  cellChars: 32_767,
  entries: 10_000,
};

/** A tag, attribute or comment longer than this is no spreadsheet's (a full cell is under 200 KB of XML). */
const MAX_TOKEN_BYTES = MiB;
/**
 * Inflated ÷ compressed size past which a part is a decompression bomb, checked once 16 MiB have come
 * out: XML as Excel and LibreOffice write it (cell references on every cell) deflates 9–20 times,
 * identical rows included; bombs, which repeat one string, 200–1,000 times.
 */
const MAX_RATIO = 100;
const RATIO_AFTER_BYTES = 16 * MiB;
/** Compressed bytes inflated per step: at deflate's 1032:1 at most about 8 MiB come out of one step. */
const STEP_BYTES = 8 * 1024;

interface Part {
  name: string;
  compressionMethod: number;
  compressedSize: number;
  /** As the zip directory declares it; never trusted beyond refusing early. */
  declaredSize: number;
  encrypted: boolean;
  dataStart: number;
}

/** A readable workbook: its parts located, the small ones read; rows come from `rows()`. */
export interface WorkbookRows extends Iterable<TableRow> {
  /** Inflated bytes read so far: lets a caller give way to other work while a large sheet is read. */
  work(): number;
}

const bytesText = (n: number) =>
  n >= 1024 * MiB
    ? `${(n / (1024 * MiB)).toFixed(1)} GiB`
    : n >= MiB
      ? `${Math.round(n / MiB)} MiB`
      : n >= 1024
        ? `${Math.round(n / 1024)} KiB`
        : `${n} bytes`;
const count = (n: number) => n.toLocaleString('en-US');

export async function readWorkbookRows(
  bytes: Uint8Array,
  fileName: string,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<WorkbookRows> {
  const unreadable = (reason: string) =>
    new ImportFileError(
      'UNREADABLE_FILE',
      `cannot open “${fileName}” as an Excel workbook (${reason}): save it again as .xlsx or CSV`,
    );
  const overLimit = (message: string) => new ImportFileError('OVER_LIMIT', `“${fileName}” cannot be imported: ${message}`);

  let parts: Map<string, Part>;
  try {
    parts = await listParts(bytes, limits, overLimit);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  const reader = new PartReader(bytes, limits, fileName, unreadable, overLimit);
  const workbookPath = findWorkbook(reader, parts);
  const workbook = readWorkbookPart(reader, parts, workbookPath);
  const styles = workbook.stylesPath ? readDateStyles(reader, parts.get(workbook.stylesPath)) : new Set<number>();
  const sharedStrings = workbook.sharedStringsPath ? await readSharedStrings(reader, parts.get(workbook.sharedStringsPath)) : [];
  const sheets = workbook.sheets.flatMap((s) => {
    const part = parts.get(s.path);
    return part ? [{ name: s.name, part }] : [];
  });
  return {
    work: () => reader.total,
    *[Symbol.iterator]() {
      // The first sheet with data, as a person opening the file sees it.
      for (const sheet of sheets) {
        const context: SheetContext = { sheet: sheet.name, sharedStrings, dateStyles: styles, date1904: workbook.date1904 };
        let found = false;
        for (const row of sheetRows(reader, sheet.part, context)) {
          found = true;
          yield row;
        }
        if (found) return;
      }
    },
  };
}

async function listParts(
  bytes: Uint8Array,
  limits: WorkbookLimits,
  overLimit: (message: string) => ImportFileError,
): Promise<Map<string, Part>> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  if (zip.entryCount > limits.entries) {
    zip.close();
    throw overLimit(`the workbook lists ${count(zip.entryCount)} parts; a workbook may have at most ${count(limits.entries)}`);
  }
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  const parts = new Map<string, Part>();
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    parts.set(entry.fileName, {
      name: entry.fileName,
      compressionMethod: entry.compressionMethod,
      compressedSize: entry.compressedSize,
      declaredSize: entry.uncompressedSize,
      encrypted: (entry.generalPurposeBitFlag & 1) !== 0,
      dataStart: fileDataStart,
    });
  }
  zip.close();
  return parts;
}

/** Inflates parts of the zip in small synchronous steps, counting what really comes out. */
class PartReader {
  /** Inflated bytes of all parts read so far. */
  total = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly limits: WorkbookLimits,
    readonly fileName: string,
    readonly unreadable: (reason: string) => ImportFileError,
    readonly overLimit: (message: string) => ImportFileError,
  ) {}

  /**
   * Feeds the part's XML to `write` as text, one step at a time (the generator yields after each
   * step, so a caller can hand out what the step produced). Stops early when `done()` says so.
   */
  *text(part: Part, limit: number, what: string, write: (text: string) => void, done: () => boolean): Generator<number> {
    if (part.encrypted) throw this.unreadable(`${part.name} is encrypted`);
    if (part.compressionMethod !== 0 && part.compressionMethod !== 8) {
      throw this.unreadable(`${part.name} uses compression method ${part.compressionMethod}, not deflate`);
    }
    const tooBig = (size: string) =>
      this.overLimit(
        `${what} (${part.name}) expands to ${size} of XML; an import reads at most ${bytesText(limit)} there. ` +
          'Split the workbook into smaller files, or save the sheet as CSV',
      );
    if (part.declaredSize > limit) throw tooBig(bytesText(part.declaredSize));
    if (this.total + part.declaredSize > this.limits.totalBytes) throw this.totalTooBig();
    const end = part.dataStart + part.compressedSize;
    if (end > this.bytes.length) throw this.unreadable(`${part.name} is cut off`);
    const decoder = new TextDecoder('utf-8');
    let produced = 0;
    const take = (chunk: Uint8Array, final: boolean) => {
      produced += chunk.length;
      this.total += chunk.length;
      if (produced > part.declaredSize) {
        throw this.unreadable(
          `${part.name} inflates to more than the ${count(part.declaredSize)} bytes its zip directory declares`,
        );
      }
      if (produced > limit) throw tooBig(`more than ${bytesText(limit)}`);
      if (this.total > this.limits.totalBytes) throw this.totalTooBig();
      const text = decoder.decode(chunk, { stream: !final });
      if (text) write(text);
    };
    if (part.compressionMethod === 0) {
      for (let at = part.dataStart; at < end && !done(); at += STEP_BYTES * 16) {
        take(this.bytes.subarray(at, Math.min(end, at + STEP_BYTES * 16)), at + STEP_BYTES * 16 >= end);
        yield produced;
      }
      return;
    }
    let finished = false;
    const inflate = new Inflate((chunk, final) => {
      finished ||= final;
      take(chunk, final);
    });
    for (let at = part.dataStart; at < end && !done(); at += STEP_BYTES) {
      const last = at + STEP_BYTES >= end;
      try {
        inflate.push(this.bytes.subarray(at, Math.min(end, at + STEP_BYTES)), last);
      } catch (error) {
        if (error instanceof ImportFileError) throw error;
        throw this.unreadable(`${part.name} cannot be inflated: ${error instanceof Error ? error.message : String(error)}`);
      }
      const consumed = Math.min(end, at + STEP_BYTES) - part.dataStart;
      if (produced > RATIO_AFTER_BYTES && produced > MAX_RATIO * consumed) {
        throw this.overLimit(
          `${what} (${part.name}) inflates more than ${MAX_RATIO} times its compressed size (${bytesText(produced)} from ` +
            `${bytesText(consumed)} so far); spreadsheet programs write at most about 30 times, so this is refused as a decompression bomb. ` +
            'Save the sheet again from Excel, or as CSV',
        );
      }
      yield produced;
    }
    if (!finished && !done()) throw this.unreadable(`${part.name} ends before its data does`);
  }

  private totalTooBig(): ImportFileError {
    return this.overLimit(
      `the workbook's parts expand to more than ${bytesText(this.limits.totalBytes)} of XML, the most an import reads. ` +
        'Split the workbook, or save the sheet as CSV',
    );
  }

  /** A whole small part through an XML parser. */
  parse(part: Part, limit: number, what: string, handler: XmlHandler): void {
    for (const _ of this.parseSteps(part, limit, what, handler, () => false));
  }

  *parseSteps(part: Part, limit: number, what: string, handler: XmlHandler, done: () => boolean): Generator<number> {
    let fed = 0;
    let lastEvent = 0;
    const tooLong = () =>
      this.overLimit(`${what} (${part.name}) has an XML tag, attribute or comment longer than ${bytesText(MAX_TOKEN_BYTES)}`);
    const seen = () => {
      lastEvent = fed;
      if (parser.endIndex - parser.startIndex > MAX_TOKEN_BYTES) throw tooLong();
    };
    const parser: Parser = new Parser(
      {
        onopentag: (name, attributes) => {
          seen();
          handler.open(localName(name), attributes);
        },
        // Text comes in pieces as it arrives; the handlers bound what they keep of it.
        ontext: (text) => {
          lastEvent = fed;
          handler.text?.(text);
        },
        onclosetag: (name) => {
          seen();
          handler.close?.(localName(name));
        },
        oncomment: seen,
        onprocessinginstruction: seen,
      },
      { xmlMode: true, decodeEntities: true },
    );
    const write = (text: string) => {
      fed += text.length;
      parser.write(text);
      if (fed - lastEvent > MAX_TOKEN_BYTES) throw tooLong();
    };
    yield* this.text(part, limit, what, write, done);
    if (!done()) parser.end();
  }
}

interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** "x:row" and "row" alike: some writers prefix SpreadsheetML elements. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name, for namespaced ones such as r:id whose prefix a writer chooses. */
function attribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attributes)) if (localName(name) === local && name.includes(':')) return value;
  return undefined;
}

const RELATIONSHIP = /\/(officeDocument|worksheet|sharedStrings|styles)$/;

interface Relationship {
  id: string;
  kind: string;
  path: string;
}

function readRelationships(reader: PartReader, parts: Map<string, Part>, owner: string): Relationship[] {
  const dir = posix.dirname(owner);
  const relsPath = posix.join(dir === '.' ? '' : dir, '_rels', `${posix.basename(owner)}.rels`);
  const part = findPart(parts, relsPath);
  const found: Relationship[] = [];
  if (!part) return found;
  reader.parse(part, reader.limits.partBytes, 'a relationship list', {
    open(name, a) {
      if (name !== 'Relationship' || a.TargetMode === 'External' || !a.Target) return;
      const kind = RELATIONSHIP.exec(a.Type ?? '')?.[1];
      if (!kind) return;
      const target = a.Target.startsWith('/') ? a.Target.slice(1) : posix.join(dir === '.' ? '' : dir, a.Target);
      found.push({ id: a.Id ?? '', kind, path: posix.normalize(target) });
    },
  });
  return found;
}

function findPart(parts: Map<string, Part>, path: string): Part | undefined {
  const exact = parts.get(path);
  if (exact) return exact;
  const lower = path.toLowerCase();
  for (const [name, part] of parts) if (name.toLowerCase() === lower) return part;
  return undefined;
}

function findWorkbook(reader: PartReader, parts: Map<string, Part>): string {
  const office = readRelationships(reader, parts, '').find((r) => r.kind === 'officeDocument');
  const path = office?.path ?? 'xl/workbook.xml';
  const part = findPart(parts, path);
  if (!part) throw reader.unreadable('it has no workbook part');
  return part.name;
}

interface WorkbookPart {
  date1904: boolean;
  sheets: { name: string; path: string }[];
  sharedStringsPath: string | undefined;
  stylesPath: string | undefined;
}

function readWorkbookPart(reader: PartReader, parts: Map<string, Part>, path: string): WorkbookPart {
  const relationships = readRelationships(reader, parts, path);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const listed: { name: string; id: string }[] = [];
  let date1904 = false;
  reader.parse(parts.get(path)!, reader.limits.partBytes, 'the workbook', {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet') listed.push({ name: a.name ?? '', id: attribute(a, 'id') ?? '' });
    },
  });
  const sheets = listed.flatMap((s) => {
    const rel = byId.get(s.id);
    return rel?.kind === 'worksheet' ? [{ name: s.name, path: findPart(parts, rel.path)?.name ?? rel.path }] : [];
  });
  const partOf = (kind: string) => {
    const rel = relationships.find((r) => r.kind === kind);
    return rel ? findPart(parts, rel.path)?.name : undefined;
  };
  return { date1904, sheets, sharedStringsPath: partOf('sharedStrings'), stylesPath: partOf('styles') };
}

// Built-in number formats that show dates or times (ECMA-376 §18.8.30 and the East Asian ones).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47]);
for (let id = 50; id <= 58; id++) DATE_FORMAT_IDS.add(id);

/** A custom format shows a date when, outside quoted text and [brackets], it has date or time letters. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The cell styles (indexes of cellXfs) whose number format shows a date. */
function readDateStyles(reader: PartReader, part: Part | undefined): Set<number> {
  const dates = new Set<number>();
  if (!part) return dates;
  const customDates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  reader.parse(part, reader.limits.partBytes, 'the styles', {
    open(name, a) {
      if (name === 'numFmt' && a.formatCode !== undefined && isDateFormat(a.formatCode)) customDates.add(Number(a.numFmtId));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        if (DATE_FORMAT_IDS.has(id) || customDates.has(id)) dates.add(index);
        index++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}

/** The shared-string table: the text of each item, rich-text runs joined, phonetic guides left out. */
async function readSharedStrings(reader: PartReader, part: Part | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!part) return strings;
  const limits = reader.limits;
  let item: string | null = null;
  let inText = false;
  let phonetic = 0;
  const handler: XmlHandler = {
    open(name) {
      if (name === 'si') {
        if (strings.length >= limits.sharedStrings) {
          throw reader.overLimit(
            `the workbook has more than ${count(limits.sharedStrings)} shared strings (xl/sharedStrings.xml), the most an import holds`,
          );
        }
        item = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && item !== null && phonetic === 0) inText = true;
    },
    text(text) {
      if (!inText || item === null) return;
      item += text;
      if (item.length > limits.cellChars) {
        throw reader.overLimit(
          `shared string ${count(strings.length + 1)} holds more than ${count(limits.cellChars)} characters, the most an Excel cell can hold`,
        );
      }
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && item !== null) {
        strings.push(detached(item));
        item = null;
      }
    },
  };
  let steps = 0;
  for (const _ of reader.parseSteps(part, limits.sharedStringsBytes, 'the shared strings', handler, () => false)) {
    // A large table takes a while: let other requests through now and then.
    if (++steps % 64 === 0) await giveWay();
  }
  return strings;
}

/**
 * A copy of a string that does not keep the text it was cut from alive: the parser hands out slices
 * of the XML it was given (up to 8 MiB a step), and a table of slices would hold the whole XML.
 */
function detached(text: string): string {
  // Through a Buffer: a flat string of its own, one byte a character when it can be (measured: 65 MB
  // for a million strings of 40 characters, against 105 MB for a concatenation trick).
  return text.length < 13 ? text : Buffer.from(text).toString();
}

interface SheetContext {
  sheet: string;
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

const A = 'A'.charCodeAt(0);

/** "C12" → 3; null when the reference names no column. */
function columnOf(reference: string): number | null {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < A || code > A + 25) break;
    column = column * 26 + (code - A + 1);
    if (column > 1e6) return column;
  }
  return i === 0 ? null : column;
}

function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(A + ((n - 1) % 26)) + name;
  return name;
}

/** The rows of one sheet that hold any text, by spreadsheet row number, read as the XML arrives. */
function* sheetRows(reader: PartReader, part: Part, context: SheetContext): Generator<TableRow> {
  const limits = reader.limits;
  const what = `the sheet “${context.sheet}”`;
  const ready: TableRow[] = [];
  let inSheetData = false;
  let finished = false;
  let rowNumber = 0;
  let cells: string[] = [];
  let hasText = false;
  let suspect = false;
  let column = 0;
  let type = 'n';
  let style = 0;
  let value: string | null = null;
  let capturing = false;
  let phonetic = 0;
  let lastDataRow = 0;
  const where = () => `row ${count(rowNumber)}, column ${columnName(column)} of ${what}`;

  const handler: XmlHandler = {
    open(name, a) {
      if (!inSheetData) {
        if (name === 'sheetData') inSheetData = true;
        return;
      }
      switch (name) {
        case 'row': {
          const r = a.r === undefined ? rowNumber + 1 : Number(a.r);
          if (!Number.isInteger(r) || r < 1) throw reader.unreadable(`${what} has a row numbered “${a.r!.slice(0, 20)}”`);
          if (r > limits.rows) {
            throw reader.overLimit(`${what} has a row beyond row ${count(limits.rows)}, Excel's last row`);
          }
          rowNumber = r;
          cells = [];
          hasText = false;
          suspect = false;
          column = 0;
          break;
        }
        case 'c': {
          const c = a.r === undefined ? column + 1 : columnOf(a.r);
          column = c ?? column + 1;
          if (column > limits.columns) {
            throw reader.overLimit(
              `row ${count(rowNumber)} of ${what} has a cell beyond column ${columnName(limits.columns)} (${count(limits.columns)} columns, Excel's last)`,
            );
          }
          type = a.t ?? 'n';
          style = a.s === undefined ? 0 : Number(a.s);
          value = null;
          break;
        }
        case 'v':
          capturing = true;
          value ??= '';
          break;
        case 't':
          if (phonetic === 0 && type === 'inlineStr') {
            capturing = true;
            value ??= '';
          }
          break;
        case 'rPh':
          phonetic++;
          break;
      }
    },
    text(text) {
      if (!capturing) return;
      value += text;
      if (value!.length > limits.cellChars) {
        throw reader.overLimit(
          `${where()} holds more than ${count(limits.cellChars)} characters, the most an Excel cell can hold`,
        );
      }
    },
    close(name) {
      if (!inSheetData) return;
      switch (name) {
        case 'v':
        case 't':
          capturing = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c': {
          const text = cellText(type, style, value, context);
          if (column > cells.length + 1) for (let i = cells.length; i < column - 1; i++) cells[i] = '';
          cells[column - 1] = text;
          if (!hasText && text.trim() !== '') hasText = true;
          if (!suspect && SUSPECT_CHARACTER.test(text)) suspect = true;
          break;
        }
        case 'row':
          if (hasText) {
            ready.push(suspect ? { line: rowNumber, cells, suspect: true } : { line: rowNumber, cells });
            lastDataRow = rowNumber;
          }
          break;
        case 'sheetData':
          inSheetData = false;
          finished = true;
          break;
      }
    },
  };

  let lastRowAt = 0;
  let produced = 0;
  for (produced of reader.parseSteps(part, limits.sheetBytes, what, handler, () => finished)) {
    if (ready.length > 0) {
      lastRowAt = produced;
      for (const row of ready) yield row;
      ready.length = 0;
    } else if (produced - lastRowAt > limits.rowGapBytes && !finished) {
      throw reader.overLimit(
        `${what} has more than ${bytesText(limits.rowGapBytes)} of XML without a row of data ` +
          `${lastDataRow ? `after row ${count(lastDataRow)}` : 'at its start'} ` +
          '(empty or formatted rows, or one enormous row); an import allows at most that much between two rows with data. ' +
          'Delete the empty rows, or save the sheet as CSV',
      );
    }
  }
}

function cellText(type: string, style: number, value: string | null, context: SheetContext): string {
  if (value === null) return '';
  switch (type) {
    case 's': {
      const index = Number(value);
      return Number.isInteger(index) ? (context.sharedStrings[index] ?? '') : '';
    }
    case 'inlineStr':
    case 'str':
    case 'e':
      return value;
    case 'b':
      return value.trim() === '1' || value.trim() === 'true' ? 'TRUE' : 'FALSE';
    case 'd': {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
    }
    default: {
      if (value.trim() === '') return '';
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      if (context.dateStyles.has(style)) return excelDate(number, context.date1904);
      return numberText(number);
    }
  }
}

/** A date serial as the date Excel shows (day 25569 is 1970-01-01; the 1904 system starts 1462 days later). */
function excelDate(serial: number, date1904: boolean): string {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

/**
 * The number as Excel shows it at full precision: 15 significant digits drop binary noise from
 * stored values and formula results (8.470000000000001 → "8.47").
 */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}
