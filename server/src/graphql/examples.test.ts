import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type GraphQLSchema, parse, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from './schema.js';

// The explorer's example library (web/src/explorer/examples): validated against the schema the server
// builds, so an API change that breaks an example fails here rather than in front of an analyst.
const EXAMPLES_DIR = fileURLToPath(new URL('../../../web/src/explorer/examples/', import.meta.url));
const files = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

describe('explorer examples', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s has a title line and an explanation', (file) => {
    const [title, ...rest] = readFileSync(`${EXAMPLES_DIR}${file}`, 'utf8').split(/\r?\n/);
    expect(title, 'first line: "# Title"').toMatch(/^# \S/);
    const end = rest.findIndex((line) => !line.startsWith('#'));
    const explanation = end === -1 ? rest : rest.slice(0, end);
    expect(
      explanation.some((line) => /^# \S/.test(line)),
      'at least one "# explanation" line after the title',
    ).toBe(true);
  });

  it.each(files)('%s parses and validates against the server schema', (file) => {
    const document = parse(readFileSync(`${EXAMPLES_DIR}${file}`, 'utf8'));
    expect(document.definitions.some((d) => d.kind === 'OperationDefinition')).toBe(true);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
