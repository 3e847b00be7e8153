import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type DocumentNode, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from './gql/graphql';
import { persistedHash } from './persisted';

const manifest: Record<string, string> = JSON.parse(
  readFileSync(new URL('./gql/persisted-documents.json', import.meta.url), 'utf8'),
);

/** The operations the dashboard can send: every generated document that defines one. */
const operations = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    typeof entry[1] === 'object' &&
    entry[1] !== null &&
    (entry[1] as DocumentNode).kind === Kind.DOCUMENT &&
    (entry[1] as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
);

describe('persisted documents (src/gql/persisted-documents.json)', () => {
  it('keys each document by the sha256 of exactly its text', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(10);
    for (const [key, text] of Object.entries(manifest)) {
      expect(key).toBe(`sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`);
    }
  });

  it('holds every operation the dashboard sends, and nothing else', () => {
    expect(operations.length).toBe(Object.keys(manifest).length);
    for (const [name, document] of operations) {
      const hash = persistedHash(document);
      const text = manifest[`sha256:${hash}`];
      expect(text, name).toBeDefined();
      // The same operation, asking for the __typename Apollo's cache normalises by.
      const operation = parse(text!).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      const own = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(operation && 'name' in operation ? operation.name?.value : null, name).toBe(
        own && 'name' in own ? own.name?.value : undefined,
      );
      expect(text, name).toContain('__typename');
    }
  });

  it('sends the bare hex digest, and refuses a document without a hash rather than hashing it', () => {
    const [, document] = operations[0]!;
    expect(persistedHash(document)).toMatch(/^[0-9a-f]{64}$/);
    expect(() => persistedHash(parse('query Stray { me { seesUnverified } }'))).toThrow(/Stray has no persisted-document hash/);
  });
});
