import { Inflate } from 'fflate';
import { Parser } from 'htmlparser2';
import yauzl from 'yauzl';
import { ImportFileError } from './table-rows.js';

// The parts of an .xlsx zip, located from its central directory and inflated step by step within the bounds of an
// import (see read-xlsx.ts), then fed to an XML tokeniser.

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

export interface Part {
  name: string;
  compressionMethod: number;
  compressedSize: number;
  /** As the zip directory declares it; never trusted beyond refusing early. */
  declaredSize: number;
  encrypted: boolean;
  dataStart: number;
}

export const bytesText = (n: number) =>
  n >= 1024 * MiB
    ? `${(n / (1024 * MiB)).toFixed(1)} GiB`
    : n >= MiB
      ? `${Math.round(n / MiB)} MiB`
      : n >= 1024
        ? `${Math.round(n / 1024)} KiB`
        : `${n} bytes`;
export const count = (n: number) => n.toLocaleString('en-US');

export async function listParts(
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
export class PartReader {
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

export interface XmlHandler {
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
export function attribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const [name, value] of Object.entries(attributes)) if (localName(name) === local && name.includes(':')) return value;
  return undefined;
}
