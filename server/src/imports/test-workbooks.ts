// Test support: .xlsx files made byte by byte, including ones no spreadsheet program would write —
// parts that inflate to gigabytes from a few megabytes, zip directories that understate sizes —
// without ever holding the inflated XML in memory.

import { constants, deflateRawSync } from 'node:zlib';

/** XML as it inflates: `head`, then `repeat` written `times` times, then `tail`. */
export interface RepeatedXml {
  head: string;
  repeat: string;
  times: number;
  tail: string;
}

interface Deflated {
  data: Buffer;
  size: number;
}

const BLOCK = 1 << 20;

/**
 * Deflates without materialising the repetition: a block of repeats is compressed once, ending in a
 * full flush (byte-aligned, no back-references across it), so the same compressed bytes can be
 * written again and again, and the stream goes on; the tail closes it with a final block.
 */
export function deflateRepeated(xml: RepeatedXml): Deflated {
  const flushed = (text: string) => deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_FULL_FLUSH });
  const perBlock = Math.max(1, Math.floor(BLOCK / Math.max(1, xml.repeat.length)));
  const pieces: Buffer[] = [flushed(xml.head)];
  let size = Buffer.byteLength(xml.head) + Buffer.byteLength(xml.tail);
  let left = xml.times;
  const fullBlock = left >= perBlock ? flushed(xml.repeat.repeat(perBlock)) : null;
  for (; left >= perBlock; left -= perBlock) pieces.push(fullBlock!);
  if (left > 0) pieces.push(flushed(xml.repeat.repeat(left)));
  size += Buffer.byteLength(xml.repeat) * xml.times;
  pieces.push(deflateRawSync(Buffer.from(xml.tail)));
  return { data: Buffer.concat(pieces), size };
}

export interface ZipPart {
  name: string;
  content: string | RepeatedXml;
  /** The size the zip directory claims (default: the true size, capped below ZIP64's marker). */
  declaredSize?: number;
}

/** A zip of deflated parts with a central directory (CRCs left 0: the reader does not check them). */
export function zipParts(parts: ZipPart[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, size } =
      typeof part.content === 'string'
        ? { data: deflateRawSync(Buffer.from(part.content)), size: Buffer.byteLength(part.content) }
        : deflateRepeated(part.content);
    const declared = Math.min(part.declaredSize ?? size, 0xfffffffe);
    const name = Buffer.from(part.name);
    const header = (signature: number, length: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = header(0x02014b50, 46);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, data);
    central.push(entry, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The sheet XML around `rows` (a string of <row> elements, or a repetition of them). */
export function sheetXml(rows: string | RepeatedXml): string | RepeatedXml {
  const head = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
  const tail = '</sheetData></worksheet>';
  return typeof rows === 'string' ? head + rows + tail : { ...rows, head: head + rows.head, tail: rows.tail + tail };
}

/** A one-sheet workbook: the sheet's XML, optional shared strings and styles, sizes as given. */
export function workbookFile(options: {
  sheet: string | RepeatedXml;
  sheetDeclaredSize?: number;
  sharedStrings?: string | RepeatedXml;
  styles?: string;
  date1904?: boolean;
}): Buffer {
  const rels = [`<Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>`];
  if (options.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rId2" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (options.styles !== undefined) rels.push(`<Relationship Id="rId3" Type="${DOC_RELS}/styles" Target="/xl/styles.xml"/>`);
  const parts: ZipPart[] = [
    {
      name: '_rels/.rels',
      content: `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', content: `<Relationships xmlns="${RELS}">${rels.join('')}</Relationships>` },
    { name: 'xl/worksheets/sheet1.xml', content: options.sheet, declaredSize: options.sheetDeclaredSize },
  ];
  if (options.sharedStrings !== undefined) parts.push({ name: 'xl/sharedStrings.xml', content: options.sharedStrings });
  if (options.styles !== undefined) parts.push({ name: 'xl/styles.xml', content: options.styles });
  return zipParts(parts);
}

/** An inline-string cell. */
export const textCell = (text: string, reference?: string) =>
  `<c${reference ? ` r="${reference}"` : ''} t="inlineStr"><is><t>${text}</t></is></c>`;
