import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useProductionApi } from '../test-support/graphql.js';

/** A small seeded generator, so that a failing document can be found again from the seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const long = 'a'.repeat(10_000);

/** Malformed or hostile documents of every family the hardening issue names. */
function families(): [string, string][] {
  const cases: [string, string][] = [
    ['a fragment spreading itself', '{ ...F } fragment F on Query { ...F }'],
    ['a fragment cycle without fields', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
    [
      'a fragment cycle through fields',
      '{ region(code: "ID") { ...A } } fragment A on Region { children { ...B } } fragment B on Region { ...A }',
    ],
    [
      'a long fragment chain',
      `{ ...F0 } ${Array.from({ length: 1500 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} }`).join(' ')} fragment F1500 on Query { __typename }`,
    ],
    ['a cycle in an inline fragment', '{ ... on Query { ...F } } fragment F on Query { ... on Query { ...F } }'],
    ['an unknown fragment', '{ ...Nowhere }'],
    ['a self-spread in an unused fragment', '{ __typename } fragment F on Query { ...F }'],
    ['a 10k-character field name', `{ ${long} }`],
    ['a 10k-character alias', `{ ${long}: __typename }`],
    ['a 10k-character fragment name', `{ ...${long} }`],
    ['a 10k-character variable name', `query ($${long}: String) { __typename }`],
    ['a 10k-character argument name', `{ region(${long}: "x") { name } }`],
    ['a 10k-character type condition', `{ ... on ${long} { __typename } }`],
    ['a 10k-character enum value', `{ regions(level: ${long.toUpperCase()}) { code } }`],
    ['a 10k-character directive', `{ __typename @${long} }`],
    ['deep nesting of fields', `{ region(code: "ID") { ${'children { '.repeat(3000)}code${' }'.repeat(3000)} } }`],
    ['deep nesting of unknown fields', `{ ${'a { '.repeat(20_000)}b${' }'.repeat(20_000)} }`],
    ['deep nesting of inline fragments', `{ ${'... on Query { '.repeat(5000)}__typename${' }'.repeat(5000)} }`],
    ['deeply nested list literals', `{ regions(search: ${'['.repeat(20_000)}"x"${']'.repeat(20_000)}) { code } }`],
    [
      'deeply nested object literals',
      `{ observations(filter: ${'{ level: '.repeat(10_000)}PROVINCE${' }'.repeat(10_000)}) { totalCount } }`,
    ],
    [
      'a huge list literal',
      `{ series(indicatorCode: "poverty_rate_p0", regionCodes: [${'"75", '.repeat(100_000)}]) { regionCode } }`,
    ],
    ['many aliases', `{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`],
    [
      'many aliases of one field with arguments',
      `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: region(code: "${i}") { name }`).join(' ')} }`,
    ],
    ['many directives', `{ __typename ${'@skip(if: false) '.repeat(20_000)} }`],
    ['many unknown directives', `{ __typename ${'@x '.repeat(20_000)} }`],
    ['many operations', Array.from({ length: 10_000 }, (_, i) => `query Q${i} { __typename }`).join(' ')],
    [
      'many fragments',
      `{ __typename } ${Array.from({ length: 10_000 }, (_, i) => `fragment F${i} on Query { __typename }`).join(' ')}`,
    ],
    ['many variables', `query (${Array.from({ length: 10_000 }, (_, i) => `$v${i}: String`).join(' ')}) { __typename }`],
    ['a string of a megabyte', `{ regions(search: "${'x'.repeat(1_000_000)}") { code } }`],
    ['a block string of a megabyte', `{ regions(search: """${'x'.repeat(1_000_000)}""") { code } }`],
    ['an unterminated string', '{ regions(search: "abc) { code } }'],
    ['only braces', '{'.repeat(100_000)],
    ['only closing braces', '}'.repeat(100_000)],
    ['an empty document', ''],
    ['a comment only', '# nothing'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65_000))],
    ['a subscription', 'subscription { x }'],
    ['two anonymous operations', '{ __typename } { __typename }'],
    ['two named operations and no name chosen', 'query A { __typename } query B { __typename }'],
  ];
  // Random damage to a real query: characters deleted, doubled or swapped, with a seeded generator.
  const base = readFileSync(
    fileURLToPath(new URL('../../../web/src/explorer/examples/05-perbandingan-kabupaten-kota.graphql', import.meta.url)),
    'utf8',
  );
  const next = random(13);
  for (let i = 0; i < 60; i++) {
    const chars = [...base];
    for (let k = 0; k < 1 + Math.floor(next() * 8); k++) {
      const at = Math.floor(next() * chars.length);
      const op = next();
      if (op < 0.4) chars.splice(at, 1);
      else if (op < 0.7) chars.splice(at, 0, chars[at] ?? '{');
      else chars.splice(at, 0, '{}[]()...$@!:"#'[Math.floor(next() * 15)]!);
    }
    cases.push([`a damaged query #${i}`, chars.join('')]);
  }
  return cases;
}

describe('malformed and hostile documents', () => {
  const api = useProductionApi();

  it.each(families())('answers %s with a 4xx or a result, never 500, promptly and briefly', async (_name, query) => {
    const started = performance.now();
    const res = await request(api().http).post('/graphql').set('content-type', 'application/json').send({ query });
    expect(res.status, res.text.slice(0, 500)).toBeLessThan(500);
    expect(performance.now() - started).toBeLessThan(5000);
    // An answer never echoes a large part of the document back.
    expect(res.text.length).toBeLessThan(20_000);
    if (res.status >= 400) {
      expect(res.body.errors?.length).toBeGreaterThan(0);
      for (const e of res.body.errors) expect(e.message.length).toBeLessThan(2000);
    }
  });

  it('still answers an ordinary query afterwards', async () => {
    const res = await request(api().http).post('/graphql').send({ query: '{ region(code: "75") { name } }' });
    expect(res.body).toEqual({ data: { region: { name: 'Gorontalo' } } });
  });
});
