import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { gorontaloDeck } from './deck-fixtures';
import { buildDeckPptx, pngSize } from './deck-pptx';

/** A plain PNG (what the tile map's picture stands for here; the browser draws the real one). */
function solidPng(width: number, height: number): string {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xde)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const files = (zip: JSZip, pattern: RegExp) =>
  Object.keys(zip.files)
    .filter((f) => pattern.test(f))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)?.[1]) - Number(/(\d+)\.xml/.exec(b)?.[1]));
const read = (zip: JSZip, path: string) => zip.file(path)!.async('string');
/** XML text escapes, as the file has them. */
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('buildDeckPptx', () => {
  const deck = gorontaloDeck(solidPng(320, 180));
  let zip: JSZip;
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await buildDeckPptx(deck));
  });

  it('has a title slide and one slide per deck slide, 16:9', async () => {
    expect(files(zip, /^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(4);
    const presentation = await read(zip, 'ppt/presentation.xml');
    const [, cx, cy] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
    expect(Number(cx) / Number(cy)).toBeCloseTo(16 / 9, 2);
  });
  it('draws the line and the bar chart natively, their data in the chart parts', async () => {
    const charts = files(zip, /^ppt\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(2);
    const line = await read(zip, charts[0]!);
    expect(line).toContain('<c:lineChart>');
    for (const v of ['15.41', '12.62', '9.71', '8.25', '4.5']) expect(line).toContain(`<c:v>${v}</c:v>`);
    for (const label of ['Sep 2021', 'Mar 2025', 'Mar 2029', 'Gorontalo', 'Indonesia', 'Jalur ke target']) {
      expect(line).toContain(`<c:v>${label}</c:v>`);
    }
    const bar = await read(zip, charts[1]!);
    expect(bar).toContain('<c:barDir val="bar"/>');
    for (const v of ['5.31', '16.37']) expect(bar).toContain(`<c:v>${v}</c:v>`);
    for (const label of ['Kota Gorontalo', '▶ Kabupaten Boalemo']) expect(bar).toContain(`<c:v>${label}</c:v>`);
    expect(bar).toContain('formatCode="[$-421]#,##0.00&quot;%&quot;"');
  });
  it('leaves missing values out of the chart (a gap), and the target path dashed', async () => {
    const line = await read(zip, files(zip, /^ppt\/charts\/chart\d+\.xml$/)[0]!);
    expect(line).not.toMatch(/<c:v>\s*<\/c:v>/);
    expect(line).toContain('<c:dispBlanksAs val="gap"/>');
    expect(line).toContain('<a:prstDash val="dash"/>');
    expect(line).toContain('<a:prstDash val="sysDot"/>');
    expect(line).toContain('<c:symbol val="diamond"/>');
  });
  it('embeds each chart’s data as a workbook, a missing value as an empty cell', async () => {
    const workbooks = files(zip, /^ppt\/embeddings\/.*\.xlsx$/);
    expect(workbooks).toHaveLength(2);
    const bar = await JSZip.loadAsync(await zip.file(workbooks[1]!)!.async('uint8array'));
    const sheet = await bar.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toContain('<c r="B2"><v>5.31</v></c>');
    expect(sheet).toContain('<c r="B8"/>');
  });
  it('places the tile map as the picture', async () => {
    expect(files(zip, /^ppt\/media\/.*\.png$/)).toHaveLength(1);
    const rels = await read(zip, 'ppt/slides/_rels/slide4.xml.rels');
    expect(rels).toMatch(/media\/.*\.png/);
  });
  it('carries the source footer on every slide, the title and headline on each chart slide', async () => {
    const footer = xmlText(deck.slides[0]!.footer);
    for (const path of files(zip, /^ppt\/slides\/slide\d+\.xml$/)) expect(await read(zip, path)).toContain(footer);
    const second = await read(zip, 'ppt/slides/slide3.xml');
    expect(second).toContain(xmlText(deck.slides[1]!.headline));
    expect(second).toContain('Nasional 8,47% (Maret 2025)');
    // Headline at 24 pt.
    expect(second).toMatch(/sz="2400"/);
  });
  it('puts each slide’s notes into its speaker notes', async () => {
    const notes = await Promise.all(files(zip, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((p) => read(zip, p)));
    for (const s of deck.slides) expect(notes.some((n) => n.includes(xmlText(s.notes)))).toBe(true);
  });
  it('labels every slide of a training deck, the cover too, and no slide of an official one', async () => {
    const label = 'DATA LATIHAN — bukan data resmi';
    const training = await JSZip.loadAsync(await buildDeckPptx({ ...deck, trainingLabel: label }));
    const slides = files(training, /^ppt\/slides\/slide\d+\.xml$/);
    expect(slides).toHaveLength(4);
    for (const path of slides) expect(await read(training, path), path).toContain(label);
    for (const path of files(zip, /^ppt\/slides\/slide\d+\.xml$/)) expect(await read(zip, path)).not.toContain('LATIHAN');
  });
  it('reads the size of a PNG from its header', () => {
    expect(pngSize(solidPng(320, 180))).toEqual({ width: 320, height: 180 });
  });
});
