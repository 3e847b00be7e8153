import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { en, id } from '../../i18n/dictionary';
import { DEFAULT_VIEW } from '../../url-state';
import {
  canApply,
  exportHref,
  FIELDS_CHANGED_BY_IMPORTS,
  type ImportReport,
  importFormData,
  importSignature,
  issueCodeKey,
  observationFilter,
  periodChoices,
  sendImport,
} from './data-model';

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  status: 'DRY_RUN',
  layout: 'programmes',
  fileName: 'program.csv',
  checksum: 'abc',
  durationMs: 5,
  importBatchId: null,
  counts: { records: 2, inserted: 2, updated: 0, valueChanges: 0, metadataChanges: 0, unchanged: 0, missing: 0 },
  errors: [],
  notices: [],
  previousImports: [],
  ...over,
});
const options = { dryRun: true, indicator: null, reason: '', decimalComma: true, publish: false };

describe('data page filter', () => {
  it('lists everything for Indonesia and the regions under any other region by default', () => {
    expect(observationFilter(DEFAULT_VIEW)).toEqual({});
    expect(observationFilter({ ...DEFAULT_VIEW, region: '72', indicator: 'poverty_rate_p0' })).toEqual({
      indicatorCodes: ['poverty_rate_p0'],
      parentCode: '72',
    });
    expect(
      observationFilter({
        ...DEFAULT_VIEW,
        region: '72.01',
        scope: 'wilayah',
        level: 'REGENCY_CITY',
        from: '2020',
        to: '2025-03',
        status: 'VERIFIED',
      }),
    ).toEqual({ regionCodes: ['72.01'], level: 'REGENCY_CITY', periodFrom: '2020', periodTo: '2025-03', status: 'VERIFIED' });
  });
  it('downloads the same filter as CSV with decimal commas', () => {
    expect(exportHref({ indicatorCodes: ['poverty_rate_p0', 'gini_ratio'], parentCode: '75', periodFrom: '2020' })).toBe(
      '/export/observations.csv?indicator=poverty_rate_p0%2Cgini_ratio&parent=75&from=2020&decimal=comma',
    );
    expect(exportHref({ regionCodes: ['72.01'], level: 'REGENCY_CITY', periodTo: '2025', status: 'VERIFIED' })).toBe(
      '/export/observations.csv?region=72.01&level=REGENCY_CITY&to=2025&status=VERIFIED&decimal=comma',
    );
  });
  it('offers the periods with data', () => {
    const indicators = [
      { code: 'a', coverage: { periods: ['2024-03', '2025-03'] } },
      { code: 'b', coverage: { periods: ['2024', '2024-03'] } },
    ];
    expect(periodChoices(indicators, null)).toEqual(['2024', '2024-03', '2025-03']);
    expect(periodChoices(indicators, 'a')).toEqual(['2024-03', '2025-03']);
  });
});

describe('import upload', () => {
  it('builds a GraphQL multipart request: operations, map, then the file as part 0', async () => {
    const form = importFormData(new Blob(['program,kode_wilayah,tahun\n']), 'program.csv', options);
    expect([...form.keys()]).toEqual(['operations', 'map', '0']);
    const operations = JSON.parse(form.get('operations') as string);
    expect(operations.variables).toEqual({
      file: null,
      dryRun: true,
      indicator: null,
      reason: null,
      decimalComma: true,
      publish: false,
      draft: false,
    });
    expect(operations.query).toMatch(/mutation ImportFile\(.*importFile\(\s*file: \$file,?\s+dryRun: \$dryRun/s);
    expect(JSON.parse(form.get('map') as string)).toEqual({ 0: ['variables.file'] });
    const file = form.get('0') as File;
    expect(file.name).toBe('program.csv');
    expect(await file.text()).toBe('program,kode_wilayah,tahun\n');
  });
  it('sends the CSRF preflight header and returns the report, or the server’s words', async () => {
    const calls: RequestInit[] = [];
    const answer = (body: unknown, status = 200) =>
      (async (_url: unknown, init?: RequestInit) => {
        calls.push(init!);
        return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
      }) as typeof fetch;
    const ok = await sendImport(new Blob(['x']), 'a.csv', options, answer({ data: { importFile: report() } }));
    expect(ok.layout).toBe('programmes');
    // The page's language (Bahasa Indonesia outside a page), so that a refusal comes in it.
    expect(calls[0]!.headers).toEqual({ 'apollo-require-preflight': 'true', 'accept-language': 'id, en;q=0.5' });
    expect(calls[0]!.method).toBe('POST');
    await expect(
      sendImport(new Blob(['x']), 'a.csv', options, answer({ errors: [{ message: 'The file is too large' }] }, 413)),
    ).rejects.toThrow('The file is too large');
    await expect(sendImport(new Blob(['x']), 'a.csv', options, answer('Bad gateway', 502))).rejects.toThrow('Bad gateway');
    // An ended session is told apart, so the panel can say so and show the signed-out state.
    const ended = { errors: [{ message: 'Your session has ended.', extensions: { code: 'UNAUTHENTICATED' } }] };
    await expect(sendImport(new Blob(['x']), 'a.csv', options, answer(ended, 401))).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Your session has ended.',
    });
    // Nobody is named in the request: the server records the signed-in account.
    for (const call of calls) {
      const sent = JSON.parse(String((call.body as FormData).get('operations')));
      expect(sent.variables).not.toHaveProperty('importedBy');
      expect(sent.query).not.toMatch(/importFile\([^)]*importedBy/);
    }
  });
  it('allows applying only after a clean preview of the same file and options', () => {
    const file = { name: 'a.csv', size: 10, lastModified: 1 };
    const signature = importSignature(file, { indicator: null, decimalComma: false })!;
    const preview = { report: report(), signature };
    expect(canApply(preview, signature)).toBe(true);
    expect(canApply(null, signature)).toBe(false);
    expect(canApply(preview, importSignature(file, { indicator: null, decimalComma: true }))).toBe(false);
    expect(canApply(preview, importSignature({ ...file, size: 11 }, { indicator: null, decimalComma: false }))).toBe(false);
    // Previewed as ordinary data, applied as a published release: preview again.
    expect(canApply(preview, importSignature(file, { indicator: null, decimalComma: false, publish: true }))).toBe(false);
    // Previewed as values to submit, applied as drafts: preview again.
    expect(canApply(preview, importSignature(file, { indicator: null, decimalComma: false, draft: true }))).toBe(false);
    const rejected = report({ status: 'REJECTED', errors: [{ line: 3, column: null, code: 'UNKNOWN_REGION', message: 'x' }] });
    expect(canApply({ report: rejected, signature }, signature)).toBe(false);
  });
  it('translates every known problem code, in both languages', () => {
    const codes = [
      'UNKNOWN_REGION',
      'AMBIGUOUS_REGION',
      'UNKNOWN_INDICATOR',
      'NOT_A_NUMBER',
      'OUT_OF_RANGE',
      'PERIOD_NOT_ALLOWED',
      'LEVEL_NOT_PUBLISHED',
      'RATIO_MISMATCH',
      'RATIO_PART_MISSING',
      'NOT_A_RATIO',
      'BAD_RATIO_PART',
      'RATIO_PARTS_NEEDED',
      'DUPLICATE',
      'VERIFIED_VALUE_CHANGE',
      'PUBLISHED_VALUE_CHANGE',
      'UNKNOWN_DOCUMENT',
      'YEAR_OUTSIDE_DOCUMENT',
      'TARGET_VALUE_AND_RANGE',
      'TARGET_WITHOUT_VALUE',
      'BAD_RANGE',
      'UNKNOWN_PROGRAMME',
      'UNKNOWN_CATEGORY',
      'NOT_A_COUNT',
      'BREAKDOWN_REQUIRED',
      'NO_BREAKDOWN',
      'INDICATOR_REQUIRED',
      'NO_HEADER',
      'MISSING_COLUMN',
      'BAD_PERIOD',
      'UNREADABLE_FILE',
      'UNKNOWN_VALUE',
      'CHANGE_WITH_FIGURES',
      'INVERTED_RANGE',
      'BAD_MONTHS',
      'OUTSIDE_PROGRAMME_REGION',
      // Notices: a cell given twice with the same content, and those beyond the listed ones.
      'REPEATED_CELL',
      'MORE_REPEATED_CELLS',
      // A region named by a former name: its values recorded under the current one.
      'FORMER_REGION_NAME',
      'BEFORE_REGION_EXISTED',
      'OUT_OF_SCOPE',
      'BAD_YEAR',
      'BAD_DATE',
      'BAD_VALUE',
      'UNSUPPORTED_FILE_TYPE',
      'UNKNOWN_DOCUMENT_KIND',
      // The activities import.
      'NOT_A_WHOLE_NUMBER',
      'BAD_STAGE',
      'BAD_IMPLEMENTER',
      'BAD_LOCATION',
      'OUTSIDE_IMPLEMENTER',
      'UNKNOWN_TARGET_GROUP',
      'REALISED_IN_PLAN',
      'DATE_WITHOUT_STAGE',
      'DATE_OUTSIDE_YEAR',
      'DATE_IN_FUTURE',
      'DUPLICATE_ROW',
    ];
    for (const code of codes) {
      const key = issueCodeKey(code);
      expect(key, code).not.toBeNull();
      expect(id[key!]).not.toBe(en[key!]);
    }
    expect(issueCodeKey('SOMETHING_NEW')).toBeNull();
    expect(id.importCodeUNKNOWN_REGION).toBe('Wilayah tidak dikenal');
  });
});

describe('after an import', () => {
  it('evicts every root field whose answer an import can change', () => {
    const schema = buildSchema(readFileSync(new URL('../../../../schema/schema.graphql', import.meta.url), 'utf8'));
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    // A stored composite result changes only when computed again;
    // accounts, tokens and decks are not data (a deck's slides read the data through their own queries).
    // The category sets (PPKS, PSKS) are reference data applied at start too.
    // The data set's kind is written when the database is loaded, never by an import.
    const untouched = [
      'dataset',
      'compositeResultSet',
      'compositeResultSets',
      'breakdownSets',
      'me',
      'accounts',
      'accessTokens',
      'decks',
      'deck',
    ];
    expect(fields.filter((f) => !untouched.includes(f)).sort()).toEqual([...FIELDS_CHANGED_BY_IMPORTS].sort());
  });
});
