import type { DocumentNode } from 'graphql';

/**
 * The hash GraphQL Code Generator wrote into a document (`__meta__.hash`, "sha256:<hex>": see codegen.ts), as
 * Apollo's persisted-query protocol sends it: the bare hex digest of the document's text in
 * src/gql/persisted-documents.json. Nothing is hashed in the browser; a document without a hash was not written
 * with `graphql()` and cannot be sent.
 */
export function persistedHash(document: DocumentNode): string {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(hash)) {
    const name = document.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? 'anonymous';
    throw new Error(`The operation ${name} has no persisted-document hash: write it with graphql() and run codegen.`);
  }
  return hash.slice('sha256:'.length);
}
