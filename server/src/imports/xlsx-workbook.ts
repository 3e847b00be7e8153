import { posix } from 'node:path';
import { setImmediate as giveWay } from 'node:timers/promises';
import { attribute, count, type Part, type PartReader, type XmlHandler } from './xlsx-parts.js';

// The small parts of a workbook read before its sheet: the relationships that locate the others, the list of sheets,
// the styles that mark dates, and the shared strings.

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

export function findWorkbook(reader: PartReader, parts: Map<string, Part>): string {
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

export function readWorkbookPart(reader: PartReader, parts: Map<string, Part>, path: string): WorkbookPart {
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
export function readDateStyles(reader: PartReader, part: Part | undefined): Set<number> {
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
export async function readSharedStrings(reader: PartReader, part: Part | undefined): Promise<string[]> {
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
