import { buildSchema, execute, GraphQLError, type GraphQLSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compiledExecutor } from './compiled-execution.js';

function testSchema(): GraphQLSchema {
  const schema = buildSchema(`
    type Row { code: String! value: Float note: String broken: Int! }
    type Page { rows: [Row!]! count: Int! }
    type Query { page(first: Int = 2, level: Level, where: RowFilter): Page! fails: Int }
    input RowFilter { code: String or: [RowFilter!] not: RowFilter }
    enum Level { PROVINCE REGENCY_CITY }
    type Mutation { add(n: Int!): Int! }
  `);
  const rows = [
    { code: '75', value: 1.5, note: null },
    { code: '75.01', value: 2, note: 'n' },
    { code: '75.02', value: null, note: null },
  ];
  const query = schema.getQueryType()!.getFields();
  query.page!.resolve = (_source, { first, where }: { first: number; where?: { or?: { code: string }[] } }) => {
    const codes = where?.or?.map((w) => w.code);
    const kept = codes ? rows.filter((r) => codes.includes(r.code)) : rows;
    return { rows: kept.slice(0, first), count: kept.length };
  };
  query.fails!.resolve = () => {
    throw new GraphQLError('refused', { extensions: { code: 'BAD_USER_INPUT' } });
  };
  let total = 0;
  schema.getMutationType()!.getFields().add!.resolve = (_s, { n }: { n: number }) => {
    total += n;
    return total;
  };
  return schema;
}

/** What the executor answers for a query text, through the request context Apollo would hand it. */
async function run(schema: GraphQLSchema, text: string, variables: Record<string, unknown> = {}) {
  const document = parse(text);
  const operation = document.definitions[0] as never;
  const executor = compiledExecutor(schema);
  return executor({ document, operation, operationName: null, request: { variables }, context: {} } as never);
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('compiled execution', () => {
  it('answers the same data as graphql-js', async () => {
    const schema = testSchema();
    const text = '{ page(first: 3) { count rows { code value note } } }';
    expect(plain(await run(schema, text))).toEqual(plain(execute({ schema, document: parse(text) })));
  });

  it('gives a resolver’s error its path, locations and extensions, as graphql-js does', async () => {
    const schema = testSchema();
    const text = '{ page { count } fails }';
    const result = await run(schema, text);
    const expected = execute({ schema, document: parse(text) }) as { errors: GraphQLError[] };
    expect(result.errors?.[0]).toBeInstanceOf(GraphQLError);
    expect(plain(result)).toEqual(plain(expected));
    // A null in a non-null field: the same message, at the same place.
    const broken = '{ page { rows { code broken } } }';
    expect(plain(await run(schema, broken))).toEqual(plain(execute({ schema, document: parse(broken) })));
  });

  it('leaves variables that do not coerce to graphql-js, which words the error', async () => {
    const schema = testSchema();
    const text = 'query ($level: Level) { page(level: $level) { count } }';
    const variables = { level: 'DESA' };
    const result = await run(schema, text, variables);
    expect(plain(result)).toEqual(plain(execute({ schema, document: parse(text), variableValues: variables })));
    expect(result.errors?.[0]?.message).toMatch(/Variable "\$level" got invalid value "DESA"/);
  });

  it('answers a variable of a recursive input type (a filter’s and/or/not), which graphql-jit cannot compile', async () => {
    const schema = testSchema();
    const text = 'query ($where: RowFilter) { page(first: 3, where: $where) { count rows { code } } }';
    const variables = { where: { or: [{ code: '75.02' }, { code: '75' }], not: { not: { code: 'x' } } } };
    const result = await run(schema, text, variables);
    expect(plain(result)).toEqual(plain(execute({ schema, document: parse(text), variableValues: variables })));
    expect(result.data?.page.count).toBe(2);
  });

  it('runs mutations and introspection on graphql-js', async () => {
    const schema = testSchema();
    expect(plain(await run(schema, 'mutation { a: add(n: 1) b: add(n: 2) }'))).toEqual({ data: { a: 1, b: 3 } });
    const text = '{ __type(name: "Row") { fields { name } } }';
    expect(plain(await run(schema, text))).toEqual(plain(execute({ schema, document: parse(text) })));
  });
});
