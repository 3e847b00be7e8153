import { assertObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from './schema.js';

describe('fields read as properties', () => {
  it('leaves plain fields to graphql-js and keeps the field resolvers', async () => {
    const schema = await buildAppSchema();
    const observation = assertObjectType(schema.getType('Observation')).getFields();
    for (const name of ['indicatorCode', 'regionCode', 'period', 'value', 'status', 'updatedAt']) {
      expect(observation[name]!.resolve, name).toBeUndefined();
    }
    expect(observation.region!.resolve).toBeTypeOf('function');
    // A list field keeps the resolver that checks the request's time budget (budget.ts).
    expect(assertObjectType(schema.getType('ObservationConnection')).getFields().edges!.resolve).toBeTypeOf('function');
  });
});
