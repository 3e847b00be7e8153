import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { useProductionApi } from '../test-support/graphql.js';
import { MAX_COST } from './limits.js';

describe('query limits', () => {
  const api = useProductionApi();

  it('answers a fragment that spreads itself, or a cycle of fragments, with HTTP 400 naming the cycle', async () => {
    for (const query of [
      '{ ...F } fragment F on Query { ...F }',
      '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    ]) {
      const res = await post(query);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toMatch(/Cannot spread fragment "[AF]" within itself/);
    }
  });

  it('counts fragments and inline fragments as no level, and fields inside them as levels', async () => {
    const nine = `{ region(code: "ID") { ...F } } fragment F on Region { ${'children { ... on Region { '.repeat(8)}code${' } }'.repeat(8)} }`;
    expect((await api().execute(nine)).errors).toBeUndefined();
    const eleven = `{ region(code: "ID") { ...F } } fragment F on Region { ${'children { ...G '.repeat(1)}} } fragment G on Region { ${'children { '.repeat(9)}code${' }'.repeat(9)} }`;
    expect((await api().execute(eleven)).errors?.[0]?.message).toMatch(/nests deeper than 10 levels/);
  });

  it('refuses queries nested deeper than 10 levels, saying so', async () => {
    const deep = `{ region(code: "ID") { ${'children { '.repeat(10)}code${' }'.repeat(10)} } }`;
    const result = await api().execute(deep);
    expect(result.errors?.[0]?.message).toMatch(/nests deeper than 10 levels, the limit\. Ask for fewer levels/);
  });

  it('refuses queries over the cost budget before running them, and names the cost', async () => {
    const costly = '{ regions(limit: 5000) { code name children { code name children { code name } } } }';
    const result = await api().execute(costly);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maxCost: MAX_COST } });
    expect(result.errors?.[0]?.message).toMatch(new RegExp(`too expensive: cost \\d+ is above the limit of ${MAX_COST}\\.`));
  });

  // Over HTTP, as an analyst's tool sees them: refused requests are 400, never 500 ("internal error").
  const post = (query: string, variables?: Record<string, unknown>) =>
    request(api().http).post('/graphql').set('content-type', 'application/json').send({ query, variables });

  it('answers an over-budget query with HTTP 400', async () => {
    const res = await post(
      '{ regions(level: REGENCY_CITY) { code ancestors { code children { code ancestors { code name } } } } }',
    );
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maxCost: MAX_COST } });
  });

  it('says which variable is wrong, with HTTP 400, when a variable has the wrong type or is missing', async () => {
    const wrongType = await post('query ($n: Int!) { observations(first: $n) { totalCount } }', { n: '10' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(wrongType.body.errors[0].message).toMatch(/Variable "\$n" got invalid value "10"; Int cannot represent/);
    const missing = await post('query ($c: String!) { region(code: $c) { name } }');
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].message).toMatch(/Variable "\$c" of required type "String!" was not provided/);
    const badEnum = await post('query ($l: RegionLevel) { regions(level: $l) { code } }', { l: 'PROVINSI' });
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.errors[0].message).toMatch(
      /^Variable "\$l": "PROVINSI" is not a value of RegionLevel: write one of NATIONAL, /,
    );
  });

  it('costs the same query anew for other variables', async () => {
    const q = 'query ($n: Int!) { regions(limit: $n) { code name children { code name children { code name } } } }';
    for (const n of [5, 5000, 5, 5000]) {
      const result = await api().execute(q, { n });
      if (n === 5) expect(result.errors).toBeUndefined();
      else expect(result.errors?.[0]?.message).toMatch(/too expensive/);
    }
  });

  it('lets the explorer introspect the schema and ordinary dashboard queries through', async () => {
    expect((await api().execute(getIntrospectionQuery())).errors).toBeUndefined();
    expect((await api().execute('{ regions(level: PROVINCE) { code children { code name } } }')).errors).toBeUndefined();
  });
});
