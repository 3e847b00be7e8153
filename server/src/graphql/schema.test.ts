import { describe, expect, it } from 'vitest';
import { committedSchema, printAppSchema } from './print.js';

describe('committed GraphQL schema', () => {
  it('matches the schema the server builds (run `pnpm schema:print` after an API change)', async () => {
    expect(await committedSchema()).toBe(await printAppSchema());
  });
});
