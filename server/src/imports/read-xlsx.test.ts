import { describe, expect, it } from 'vitest';
import { ImportFileError, readTable } from './read-table.js';
import { readWorkbookRows } from './read-xlsx.js';
import { sheetXml, textCell, workbookFile } from './test-workbooks.js';
import { WORKBOOK_LIMITS, type WorkbookLimits } from './xlsx-parts.js';

const GiB = 1024 * 1024 * 1024;
const HEADER = `<row r="1">${['kode_wilayah', 'indikator', 'periode', 'nilai'].map((t) => textCell(t)).join('')}</row>`;

async function refusal(bytes: Uint8Array, limits?: Partial<WorkbookLimits>): Promise<{ error: ImportFileError; ms: number }> {
  const started = performance.now();
  const error = await (async () => {
    const rows = await readWorkbookRows(bytes, 'bom.xlsx', { ...WORKBOOK_LIMITS, ...limits });
    for (const _ of rows);
  })().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return { error: error as ImportFileError, ms: performance.now() - started };
}

describe('readWorkbookRows: decompression bombs and bounds', () => {
  it('refuses a 4 MB workbook whose sheet inflates to 4 GiB, from its zip directory, at once', async () => {
    const bytes = workbookFile({ sheet: sheetXml({ head: HEADER, repeat: ' ', times: 4 * GiB - 2048, tail: '' }) });
    expect(bytes.length).toBeLessThan(8 * 1024 * 1024);
    const { error, ms } = await refusal(bytes);
    expect(error.code).toBe('OVER_LIMIT');
    expect(error.message).toMatch(
      /the sheet “Data” \(xl\/worksheets\/sheet1\.xml\) expands to 4\.0 GiB of XML; an import reads at most 512 MiB there/,
    );
    expect(ms).toBeLessThan(2000);
  });

  it('refuses the same bomb when its directory understates the size, as soon as it inflates past it', async () => {
    const bytes = workbookFile({
      sheet: sheetXml({ head: HEADER, repeat: '<row/>', times: 600_000_000, tail: '' }),
      sheetDeclaredSize: 100_000,
    });
    const { error, ms } = await refusal(bytes);
    expect(error.code).toBe('UNREADABLE_FILE');
    expect(error.message).toMatch(
      /xl\/worksheets\/sheet1\.xml inflates to more than the 100,000 bytes its zip directory declares/,
    );
    expect(ms).toBeLessThan(2000);
  });

  it('stops reading a sheet after 8 MiB of XML without a row of data', async () => {
    // Declared honestly and within the sheet limit: 300 MB of empty, formatted rows after the header.
    const bytes = workbookFile({
      sheet: sheetXml({ head: HEADER, repeat: '<row s="1" customFormat="1"/>', times: 10_000_000, tail: '' }),
    });
    const { error, ms } = await refusal(bytes);
    expect(error.message).toMatch(/has more than 8 MiB of XML without a row of data after row 1 /);
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a sheet of data rows beyond the sheet limit, and rows beyond Excel’s last row', async () => {
    // Rows as Excel writes them, each with its own references: they deflate about ten times.
    const rows = Array.from(
      { length: 200_000 },
      (_, i) =>
        `<row r="${i + 2}">${['75', 'poverty_rate_p0', String(1900 + (i % 200)), String(i / 100)].map((t, c) => textCell(t, `${'ABCD'[c]}${i + 2}`)).join('')}</row>`,
    );
    const many = workbookFile({ sheet: sheetXml(HEADER + rows.join('')) });
    const bytesLimit = await refusal(many, { sheetBytes: 4 * 1024 * 1024 });
    expect(bytesLimit.error.message).toMatch(/expands to \d+ MiB of XML; an import reads at most 4 MiB there/);
    // Within the limits, the same 200,001 rows are read one at a time.
    let count = 0;
    for (const _ of await readWorkbookRows(many, 'banyak.xlsx')) count++;
    expect(count).toBe(200_001);
    const beyond = workbookFile({ sheet: sheetXml(`${HEADER}<row r="1048577">${textCell('x')}</row>`) });
    expect((await refusal(beyond)).error.message).toMatch(/has a row beyond row 1,048,576, Excel's last row/);
  });

  it('refuses a part that inflates more than 100 times its compressed size, whatever it holds', async () => {
    const dataRow = `<row>${['75', 'poverty_rate_p0', '2025', '13.24'].map((t) => textCell(t)).join('')}</row>`;
    const bomb = workbookFile({ sheet: sheetXml({ head: HEADER, repeat: dataRow, times: 2_000_000, tail: '' }) });
    const { error, ms } = await refusal(bomb);
    expect(error.message).toMatch(
      /the sheet “Data” \(xl\/worksheets\/sheet1\.xml\) inflates more than 100 times its compressed size \(\d+ MiB from \d+ KiB so far\)/,
    );
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a row with cells beyond column XFD', async () => {
    const wide = workbookFile({
      sheet: sheetXml({ head: '<row r="1">', repeat: '<c t="inlineStr"><is><t>x</t></is></c>', times: 20_000, tail: '</row>' }),
    });
    expect((await refusal(wide)).error.message).toMatch(
      /row 1 of the sheet “Data” has a cell beyond column XFD \(16,384 columns, Excel's last\)/,
    );
    const far = workbookFile({ sheet: sheetXml(`<row r="2">${textCell('x', 'XFE2')}</row>`) });
    expect((await refusal(far)).error.message).toMatch(/row 2 of the sheet “Data” has a cell beyond column XFD/);
  });

  it('refuses a cell longer than Excel allows, inline or shared, and a tag longer than 1 MiB', async () => {
    const cell = workbookFile({
      sheet: sheetXml({
        head: `${HEADER}<row r="2"><c r="C2" t="inlineStr"><is><t>`,
        repeat: 'A',
        times: 60_000_000,
        tail: '</t></is></c></row>',
      }),
    });
    const huge = await refusal(cell);
    expect(huge.error.message).toMatch(
      /row 2, column C of the sheet “Data” holds more than 32,767 characters, the most an Excel cell can hold/,
    );
    expect(huge.ms).toBeLessThan(2000);
    const shared = workbookFile({
      sheet: sheetXml(HEADER),
      sharedStrings: { head: '<sst><si><t>a</t></si><si><t>', repeat: 'B', times: 40_000, tail: '</t></si></sst>' },
    });
    expect((await refusal(shared)).error.message).toMatch(/shared string 2 holds more than 32,767 characters/);
    const attribute = workbookFile({ sheet: sheetXml({ head: '<row r="', repeat: '1', times: 2_000_000, tail: '"/>' }) });
    expect((await refusal(attribute)).error.message).toMatch(/has an XML tag, attribute or comment longer than 1 MiB/);
  });

  it('refuses a shared-string table with too many entries or too much XML', async () => {
    const distinct = Array.from({ length: 3_000 }, (_, i) => `<si><t>teks ${i}</t></si>`).join('');
    const many = workbookFile({ sheet: sheetXml(HEADER), sharedStrings: `<sst>${distinct}</sst>` });
    expect((await refusal(many, { sharedStrings: 2_000 })).error.message).toMatch(/more than 2,000 shared strings/);
    const big = workbookFile({
      sheet: sheetXml(HEADER),
      sharedStrings: { head: '<sst><si><t>', repeat: ' ', times: 200 * 1024 * 1024, tail: '</t></si></sst>' },
    });
    expect((await refusal(big)).error.message).toMatch(
      /the shared strings \(xl\/sharedStrings\.xml\) expands to 200 MiB of XML; an import reads at most 100 MiB there/,
    );
  });

  it('reads a hand-made workbook: prefixed elements, shared strings with phonetic runs, dates, booleans, errors', async () => {
    const styles =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0.00 &quot;Rp&quot;"/></numFmts>' +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const sst = '<sst><si><t>wilayah</t></si><si><r><t>Kab. </t></r><r><rPr/><t>Boalemo</t></r><rPh><t>ボ</t></rPh></si></sst>';
    const sheet = sheetXml(
      '<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>nilai &amp; catatan</x:t></x:is></x:c></x:row>' +
        '<row r="5"><c r="A5" t="s"><v>1</v></c><c r="B5" s="1"><v>45352</v></c><c r="C5" s="2"><v>16.370000000000001</v></c>' +
        '<c r="D5" t="b"><v>1</v></c><c r="E5" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F5" t="str"><f>A1</f><v>teks</v></c><c r="G5" s="3"><v>45658</v></c></row>' +
        '<row r="6"><c r="A6" s="1"/></row>',
    );
    const table = await readTable(workbookFile({ sheet, sharedStrings: sst, styles }), 'buatan.xlsx');
    expect(table.rows).toEqual([
      { line: 2, cells: ['wilayah', '', 'nilai & catatan'] },
      { line: 5, cells: ['Kab. Boalemo', '2024-03-01', '16.37', 'TRUE', '#DIV/0!', 'teks', '2025-01-01'] },
    ]);
    const in1904 = await readTable(
      workbookFile({ sheet: sheetXml('<row><c s="1"><v>0</v></c></row>'), styles, date1904: true }),
      'x.xlsx',
    );
    expect(in1904.rows).toEqual([{ line: 1, cells: ['1904-01-01'] }]);
  });
});
