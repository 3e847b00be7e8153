// Workbooks built byte by byte for the abuse suite: a valid .xlsx around one sheet whose XML can be made to
// inflate to any size (a decompression bomb), without ever holding that XML in memory.
import { constants, crc32, deflateRawSync as deflate } from 'node:zlib';

/** A zip entry's content: bytes, or a head, a body repeated `times` and a tail (inflating to their total). */
export type EntryContent = Uint8Array | { head: string; body: string; times: number; tail: string };

function compress(content: EntryContent): { data: Buffer; crc: number; size: number } {
  if (content instanceof Uint8Array) {
    return { data: deflate(content), crc: crc32(content), size: content.length };
  }
  // Deflate the repeated body in slices ending in a sync flush: the same slice compresses to the same bytes, and
  // streams of non-final blocks concatenate into one valid stream. Never materialised uncompressed.
  const perSlice = Math.max(1, Math.floor((1 << 20) / content.body.length));
  const slice = Buffer.from(content.body.repeat(perSlice));
  const head = Buffer.from(content.head);
  const tail = Buffer.from(content.tail);
  let remaining = content.times;
  let crc = crc32(head);
  let size = head.length;
  const parts: Buffer[] = [];
  parts.push(deflate(head, { finishFlush: constants.Z_SYNC_FLUSH }));
  let compressedSlice: Buffer | undefined;
  while (remaining > 0) {
    const n = Math.min(perSlice, remaining);
    const bytes = n === perSlice ? slice : Buffer.from(content.body.repeat(n));
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (n === perSlice) {
      compressedSlice ??= deflate(slice, { finishFlush: constants.Z_SYNC_FLUSH });
      parts.push(compressedSlice);
    } else parts.push(deflate(bytes, { finishFlush: constants.Z_SYNC_FLUSH }));
    remaining -= n;
  }
  crc = crc32(tail, crc);
  size += tail.length;
  parts.push(deflate(tail)); // the last block, marked final
  return { data: Buffer.concat(parts), crc: crc >>> 0, size };
}

/** A zip archive (deflate, no data descriptors); sizes over 4 GiB are not needed here. */
export function zip(entries: Record<string, EntryContent>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const { data, crc, size } = compress(content);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralBytes = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

/** A workbook whose one sheet is `head`, then `body` repeated `times`, then the closing tags. */
export function workbook(sheet: { head?: string; body: string; times: number; tail?: string }): Buffer {
  return zip({
    '[Content_Types].xml': Buffer.from(CONTENT_TYPES),
    '_rels/.rels': Buffer.from(ROOT_RELS),
    'xl/workbook.xml': Buffer.from(WORKBOOK),
    'xl/_rels/workbook.xml.rels': Buffer.from(WORKBOOK_RELS),
    'xl/worksheets/sheet1.xml': {
      head: SHEET_HEAD + (sheet.head ?? ''),
      body: sheet.body,
      times: sheet.times,
      tail: (sheet.tail ?? '') + SHEET_TAIL,
    },
  });
}

const cell = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;

/** A header row of the long format, then `rows` copies of one data row: inflates to about `rows` × 200 bytes. */
export function manyRowsWorkbook(rows: number): Buffer {
  const header = `<row>${['kode_wilayah', 'indikator', 'periode', 'nilai'].map(cell).join('')}</row>`;
  return workbook({
    head: header,
    body: `<row>${['75.01', 'poverty_rate_p0', '2025', '14.89'].map(cell).join('')}</row>`,
    times: rows,
  });
}

/** One cell holding `bytes` of text. */
export function hugeCellWorkbook(bytes: number): Buffer {
  return workbook({
    head: '<row><c t="inlineStr"><is><t>',
    body: 'A'.repeat(1024),
    times: Math.ceil(bytes / 1024),
    tail: '</t></is></c></row>',
  });
}
