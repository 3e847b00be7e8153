import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

// src/gql is committed so the build needs no generation step; this fails when it no longer matches the schema or
// the documents. Fix: `pnpm --filter @kesra/web codegen`.
describe('generated GraphQL types (src/gql)', () => {
  it('are up to date with schema/schema.graphql and the graphql() documents, the persisted-documents manifest too', async () => {
    const files: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
    expect(files.length).toBeGreaterThan(0);
    // The manifest of persisted documents is one of them: the server reads it, so it must be as current as the types.
    expect(files.map((f) => f.filename.replace(/\\/g, '/'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/src\/gql\/persisted-documents\.json$/)]),
    );
    for (const file of files) {
      expect(readFileSync(file.filename, 'utf8'), `${file.filename} is stale: run pnpm --filter @kesra/web codegen`).toBe(
        file.content,
      );
    }
  }, 30_000);
});
