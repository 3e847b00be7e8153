import { describe, expect, it } from 'vitest';
import { jsonQueryLength } from './json-query-length.js';

const measure = (text: string) => jsonQueryLength(Buffer.from(text, 'utf8'));

describe('the query length of a JSON body, read from its bytes', () => {
  it('is what JSON.parse would give, escapes and characters beyond ASCII included', () => {
    const bodies = [
      JSON.stringify({ query: '{ __typename }' }),
      JSON.stringify({ variables: { codes: ['75', '"q"', { query: 'x'.repeat(50) }], n: [1, -2.5e3, true, null] }, query: 'ab' }),
      JSON.stringify({ query: 'line\nbreak\t"quoted" \\ back \u0001 ctrl' }),
      JSON.stringify({ query: 'Gorontalo – Sulawesi 😀 ü 中' }),
      JSON.stringify({ query: 'ends in a backslash \\', variables: { s: 'x\\"y\\' } }),
      JSON.stringify({ query: `ü \\ "${'b'.repeat(25_000)}` }),
      '{"query":"\\u0041\\ud83d\\ude00\\/"}',
      ' \n{ "operationName" : null , "query" : "{ a }" , "extensions" : {} } \n',
      '{"query":"first","query":"the last one counts"}',
      `{"query":"${'a'.repeat(30_000)}","variables":{"codes":["11","12"]}}`,
    ];
    for (const body of bodies)
      expect(measure(body), body.slice(0, 80)).toBe((JSON.parse(body) as { query: string }).query.length);
  });

  it('leaves to JSON.parse what is not an object with a string query', () => {
    for (const body of [
      '',
      '[]',
      '"query"',
      '{}',
      '{"variables":{}}',
      '{"query":null}',
      '{"query":"a","query":7}',
      '{"query":"unterminated',
      '{"query":"a" "variables":{}}',
      '{"query":"a",',
      '{"query" "a"}',
      '{"variables":{"a":[1,2}',
      '{"\\u0071uery":"escaped key"}',
    ]) {
      expect(measure(body), body).toBeNull();
    }
  });
});
