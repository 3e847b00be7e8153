// The cases of the abuse suite, by family. Each family starts from what issue 13 saw and generates its variants:
// the fix must hold for the class of input, not for the one example.
import { expect } from 'vitest';
import { type GraphQLAnswer, graphql, post, upload } from './target.js';
import { hugeCellWorkbook, manyRowsWorkbook, workbook } from './xlsx.js';

export interface AbuseCase {
  name: string;
  run(baseUrl: string): Promise<void>;
  timeoutMs?: number;
}

/** Longest answer a refusal may have: errors must never echo what was sent. */
const MAX_REFUSAL_BYTES = 8_000;

/** Refused before or while running: a 4xx, an error that is a sentence, nothing internal, no echo of the input. */
export function expectRefused(answer: GraphQLAnswer, pattern?: RegExp): void {
  const context = `${answer.status} ${JSON.stringify(answer.body).slice(0, 600)}`;
  expect(answer.status, context).toBeGreaterThanOrEqual(400);
  expect(answer.status, context).toBeLessThan(500);
  const message = answer.body.errors?.[0]?.message ?? '';
  expect(message.length, context).toBeGreaterThan(15);
  expect(answer.body.errors?.[0]?.extensions?.code, context).not.toBe('INTERNAL_SERVER_ERROR');
  // No internal error and no stack trace ("at fn (file.js:1:2)").
  expect(message, context).not.toMatch(/internal (server )?error|RangeError|Maximum call stack|\bat \S+ \(\S+:\d+:\d+\)/i);
  expect(answer.bytes, context).toBeLessThan(MAX_REFUSAL_BYTES);
  if (pattern) expect(message, context).toMatch(pattern);
}

interface ReportError {
  line: number | null;
  column: string | null;
  code: string;
  message: string;
}

/**
 * An import that must not apply: refused as a request (4xx), or answered with a REJECTED report whose every
 * error says where (the line, when `lines` are given) and what.
 */
export function expectImportRejected(answer: GraphQLAnswer, lines?: number[]): ReportError[] {
  if (answer.status >= 400) {
    expectRefused(answer);
    return [];
  }
  const context = JSON.stringify(answer.body).slice(0, 800);
  expect(answer.body.errors, context).toBeUndefined();
  const report = (answer.body.data?.importFile ?? { status: 'none', errors: [] }) as { status: string; errors: ReportError[] };
  expect(report.status, context).toBe('REJECTED');
  expect(report.errors.length, context).toBeGreaterThan(0);
  for (const e of report.errors) {
    expect(e.message.length, context).toBeGreaterThan(10);
    expect(e.message.length, context).toBeLessThan(1000);
    expect(e.code, context).not.toBe('INTERNAL_SERVER_ERROR');
  }
  if (lines) expect(report.errors.map((e) => e.line).sort(), context).toEqual([...lines].sort());
  return report.errors;
}

const repeat = (n: number, f: (i: number) => string, sep = ' ') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

// biome-ignore format: one line per island group
const PROVINCES = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53',
  '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '94', '95', '96', '97',
];

/** Malformed or pathological documents: each is 400 (never 500), however it is built. */
function documentCases(): AbuseCase[] {
  const documents: Record<string, string> = {
    'a fragment spreading itself, without fields': 'query { ...A } fragment A on Query { ...A }',
    'a fragment spreading itself, with a field': 'query { ...A } fragment A on Query { __typename ...A }',
    'a fragment cycle through a list field':
      'query { regions(limit: 1) { ...A } } fragment A on Region { code children { ...A } }',
    'an unknown fragment': 'query { ...Missing }',
    'an empty document': '',
    'an unclosed selection': 'query {',
    'closing braces only': '}}}}',
    'an unterminated string': 'query { regions(search: "bone) { code } }',
    'a variable without a type': 'query ($a: ) { __typename }',
    'a field that does not exist': 'query { nothing }',
    '100,000 opening braces': '{'.repeat(100_000),
    'selections nested 5,000 deep': `query { ${'regions(limit: 1) { children { '.repeat(2_500)}code${' }'.repeat(5_000)} }`,
    'inline fragments nested 10,000 deep': `query { ${'... on Query { '.repeat(10_000)}__typename${' }'.repeat(10_000)} }`,
    'a list literal nested 10,000 deep in an argument': `query { regions(search: ${'['.repeat(10_000)}"a"${']'.repeat(10_000)}) { code } }`,
    'an object literal nested 5,000 deep in an argument': `query { observations(filter: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}) { totalCount } }`,
    'a 100,000-character field name': `query { ${'a'.repeat(100_000)} }`,
    '2,000 directives on one field': `query { __typename ${repeat(2_000, () => '@include(if: true)')} }`,
    '5,000 variables': `query (${repeat(5_000, (i) => `$v${i}: Int`)}) { __typename }`,
    'two operations and no name chosen': 'query A { __typename } query B { __typename }',
  };
  for (const n of [2, 3, 10, 100]) {
    documents[`a fragment cycle of ${n}`] =
      `query { ...F0 } ${repeat(n, (i) => `fragment F${i} on Query { ...F${(i + 1) % n} }`)}`;
  }
  const fragmentFan = `query { ...F0 } ${repeat(30, (i) => `fragment F${i} on Query { ${i === 29 ? '__typename' : `...F${i + 1} ...F${i + 1}`} }`)}`;
  documents['fragments fanning out to 2^30 spreads'] = fragmentFan;
  return Object.entries(documents).map(([name, query]) => ({
    name: `document: ${name}`,
    run: async (baseUrl) => expectRefused(await graphql(baseUrl, query)),
  }));
}

/** Requests shaped wrongly at the HTTP level. */
function bodyCases(): AbuseCase[] {
  const bodies: Record<string, [string | Uint8Array<ArrayBuffer>, string]> = {
    'a body that is not JSON': ['{"query": ', 'application/json'],
    'a query that is a number': ['{"query": 5}', 'application/json'],
    'a query that is null': ['{"query": null}', 'application/json'],
    'variables that are a string': ['{"query": "{ __typename }", "variables": "x"}', 'application/json'],
    'a batch of 10,000 operations': [
      JSON.stringify(Array.from({ length: 10_000 }, () => ({ query: '{ __typename }' }))),
      'application/json',
    ],
    'a 3 MB body': [JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(3_000_000) } }), 'application/json'],
    'bytes that are not UTF-8': [new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]), 'application/json'],
    'an unknown charset': ['{"query": "{ __typename }"}', 'application/json; charset=klingon'],
  };
  return Object.entries(bodies).map(([name, [body, type]]) => ({
    name: `body: ${name}`,
    run: async (baseUrl) =>
      expectRefused(await post(baseUrl, typeof body === 'string' ? body : new Blob([body]), { 'content-type': type })),
  }));
}

/** Valid queries that ask for far more work than the cost budget should let through. */
function costCases(): AbuseCase[] {
  const provinces = JSON.stringify(PROVINCES);
  const queries: Record<string, string> = {
    '1,000 aliases of series over 38 provinces': `query { ${repeat(
      1_000,
      (i) => `s${i}: series(indicatorCode: "poverty_rate_p0", regionCodes: ${provinces}) { regionCode points { period value } }`,
    )} }`,
    // 100 aliases ran 14 s on 500,000 values; on the demo data's 3,456 it takes 1,000 to ask for the same scanning.
    '1,000 aliases of observations { totalCount }': `query { ${repeat(1_000, (i) => `o${i}: observations(first: 1) { totalCount }`)} }`,
    '200 aliases of the comparison of all kabupaten/kota': `query { ${repeat(
      200,
      (i) =>
        `c${i}: comparison(indicatorCode: "poverty_rate_p0", level: REGENCY_CITY) { rows { regionCode value peers { code name } } }`,
    )} }`,
    'every region with its children, 100 times': `query { ${repeat(100, (i) => `r${i}: regions(limit: 1000) { code children { code children { code } } }`)} }`,
  };
  return Object.entries(queries).map(([name, query]) => ({
    name: `cost: ${name}`,
    run: async (baseUrl) => expectRefused(await graphql(baseUrl, query), /cost|expensive|mahal|limit|batas/i),
  }));
}

/** Strings and lists of a size no analyst types: refused quickly and never quoted back whole. */
function sizeCases(): AbuseCase[] {
  const long = 'bone '.repeat(400_000); // 2 MB less a little: under the body limit
  const variants: Record<string, [string, Record<string, unknown> | undefined]> = {
    'a 1.9 MB search string inline': [
      `query { regions(search: ${JSON.stringify(long.slice(0, 1_900_000))}) { code } }`,
      undefined,
    ],
    'a 1.9 MB search string as a variable': [
      'query ($s: String) { regions(search: $s) { code } }',
      { s: long.slice(0, 1_900_000) },
    ],
    'a 1 MB indicator code': ['query ($i: String!) { indicator(code: $i) { code } }', { i: 'x'.repeat(1_000_000) }],
    'a 1 MB period': [
      'query ($p: String) { comparison(indicatorCode: "poverty_rate_p0", parentCode: "75", period: $p) { rows { value } } }',
      { p: '2025'.repeat(250_000) },
    ],
    '100,000 region codes': [
      'query ($r: [String!]!) { series(indicatorCode: "poverty_rate_p0", regionCodes: $r) { regionCode } }',
      { r: Array.from({ length: 100_000 }, (_, i) => `75.${i}`) },
    ],
  };
  const cases: AbuseCase[] = Object.entries(variants).map(([name, [query, variables]]) => ({
    name: `size: ${name}`,
    run: async (baseUrl) => expectRefused(await graphql(baseUrl, query, variables)),
  }));
  cases.push({
    name: 'size: twelve 1.9 MB searches at once do not hold /health',
    run: async (baseUrl) => {
      const searches = Array.from({ length: 12 }, () =>
        graphql(baseUrl, 'query ($s: String) { regions(search: $s) { code } }', { s: long.slice(0, 1_900_000) }),
      );
      const health = await fetch(`${baseUrl}/health`);
      expect(health.status).toBe(200);
      for (const answer of await Promise.all(searches)) expectRefused(answer);
    },
  });
  return cases;
}

const LONG_HEADER = 'kode_wilayah,indikator,periode,nilai,sumber,url_sumber,catatan';
const longCsv = (...rows: string[]) => [LONG_HEADER, ...rows].join('\n');
const row = (value: string, extra: { source?: string; url?: string; note?: string } = {}) =>
  `75.01,poverty_rate_p0,2025,${value},${extra.source ?? 'BPS'},${extra.url ?? ''},${extra.note ?? ''}`;

/** Files whose cells a column cannot hold, or that are not what they claim: row errors with their line, nothing written. */
function importCases(): AbuseCase[] {
  const numbers = ['1e309', '-1e309', '1e20', '9'.repeat(400), '1e-400', '0.123456789012', 'NaN', 'Infinity', '0x10', '1_000'];
  const cases: AbuseCase[] = numbers.map((n) => ({
    name: `import: the number ${n.length > 20 ? `${n.slice(0, 8)}… (${n.length} digits)` : n}`,
    run: async (baseUrl) => {
      const errors = expectImportRejected(
        await upload(baseUrl, 'angka.csv', longCsv(row('14.5'), row(n).replace('75.01', '75.02'))),
        [3],
      );
      expect(errors[0]?.column).toBe('nilai');
    },
  }));
  const texts: Record<string, string> = {
    'a NUL byte in a note': longCsv(row('14.5', { note: 'a\u0000b' })),
    'a NUL byte in a region code': longCsv(row('14.5').replace('75.01', '75.0\u00001')),
    'a javascript: source link': longCsv(row('14.5', { url: 'javascript:alert(1)' })),
    'a data: source link': longCsv(row('14.5', { url: '"data:text/html;base64,PHNjcmlwdD4="' })),
    'a file: source link': longCsv(row('14.5', { url: 'file:///etc/passwd' })),
  };
  for (const [name, csv] of Object.entries(texts)) {
    cases.push({
      name: `import: ${name}`,
      run: async (baseUrl) => void expectImportRejected(await upload(baseUrl, 'teks.csv', csv), [2]),
    });
  }
  cases.push({
    name: 'import: invalid UTF-8 in a file that is otherwise UTF-8',
    run: async (baseUrl) => {
      const good = Buffer.from(
        longCsv(row('14.5', { note: 'Kabupaten Pohuwato — revisi' }), row('16.4', { note: 'catatan' }).replace('75.01', '75.02')),
      );
      const bad = Buffer.concat([
        good,
        Buffer.from('\n75.03,poverty_rate_p0,2025,17.1,BPS,,caf'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\n'),
      ]);
      expectImportRejected(await upload(baseUrl, 'utf8.csv', bad), [4]);
    },
  });
  cases.push({
    name: 'import: a file over the upload limit is refused with the limit',
    timeoutMs: 120_000,
    run: async (baseUrl) => {
      const big = Buffer.alloc(55 * 1024 * 1024, 'a');
      expectRefused(await upload(baseUrl, 'besar.csv', big), /50\s?MB/i);
    },
  });
  const workbooks: Record<string, () => Buffer> = {
    'a workbook whose sheet inflates to 1 GB (5 million rows)': () => manyRowsWorkbook(5_000_000),
    'a workbook with one 60 MB cell': () => hugeCellWorkbook(60_000_000),
    'a workbook with 5 million cells in one row': () =>
      workbook({ head: '<row>', body: '<c t="inlineStr"><is><t>x</t></is></c>', times: 5_000_000, tail: '</row>' }),
    'bytes that are not a workbook': () => Buffer.from('PK\u0003\u0004 not really a zip'.repeat(100)),
  };
  for (const [name, make] of Object.entries(workbooks)) {
    cases.push({
      name: `import: ${name}`,
      timeoutMs: 120_000,
      run: async (baseUrl) => void expectImportRejected(await upload(baseUrl, 'bom.xlsx', make())),
    });
  }
  cases.push({
    name: 'import: a small generated workbook is read (the generator makes real workbooks)',
    run: async (baseUrl) => {
      const answer = await upload(baseUrl, 'kecil.xlsx', manyRowsWorkbook(1), { dryRun: true });
      expect(answer.body.errors, JSON.stringify(answer.body)).toBeUndefined();
      expect(answer.body.data?.importFile).toMatchObject({ status: 'DRY_RUN' });
    },
  });
  cases.push({
    name: 'import: a header-only file writes no batch',
    run: async (baseUrl) => {
      const answer = await upload(baseUrl, 'kosong.csv', LONG_HEADER);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body.data?.importFile ?? null, JSON.stringify(answer.body)).not.toMatchObject({
        importBatchId: expect.any(Number),
      });
    },
  });
  return cases;
}

/** Exports of everything, and clients that leave halfway. */
function exportCases(): AbuseCase[] {
  return [
    {
      name: 'export: every observation, unfiltered, streams and ends',
      run: async (baseUrl) => {
        const res = await fetch(`${baseUrl}/export/observations.csv`);
        expect(res.status).toBe(200);
        const text = await res.text();
        expect(text.split('\n').length).toBeGreaterThan(1000);
      },
    },
    {
      name: 'export: ten clients that hang up after the first bytes',
      run: async (baseUrl) => {
        await Promise.all(
          Array.from({ length: 10 }, async () => {
            const controller = new AbortController();
            const res = await fetch(`${baseUrl}/export/observations.csv`, { signal: controller.signal });
            const reader = res.body?.getReader();
            await reader?.read();
            controller.abort();
            await reader?.cancel().catch(() => {});
          }),
        );
      },
    },
    ...[
      Array.from({ length: 1_000 }, () => 'indicator=x').join('&'),
      `indicator=poverty_rate_p0&region=${Array.from({ length: 2_000 }, (_, i) => `75.${i}`).join(',')}`,
      'indicator=poverty_rate_p0&level=ALL',
      'indicator=poverty_rate_p0&from=2025&to=2019x',
    ].map(
      (query): AbuseCase => ({
        name: `export: observations.csv?${query.slice(0, 30)}…`,
        run: async (baseUrl) => {
          const res = await fetch(`${baseUrl}/export/observations.csv?${query}`);
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect((await res.text()).length).toBeLessThan(MAX_REFUSAL_BYTES);
        },
      }),
    ),
  ];
}

export function cases(): AbuseCase[] {
  return [...documentCases(), ...bodyCases(), ...costCases(), ...sizeCases(), ...importCases(), ...exportCases()];
}
