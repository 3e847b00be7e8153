import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// Paths from this file, so the CLI (run in web/) and the staleness test (run from the root) generate the same files.
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Typed documents for the dashboard: `graphql()` from src/gql returns a TypedDocumentNode that Apollo's hooks infer. */
const config: CodegenConfig = {
  schema: at('../schema/schema.graphql'),
  documents: [at('src/**/*.{ts,tsx}'), `!${at('src/gql/**')}`, `!${at('src/**/*.test.{ts,tsx}')}`],
  // Every operation is written with `graphql(...)` from src/gql; nothing else is scanned.
  pluckConfig: { modules: [], globalGqlIdentifierName: ['graphql'] },
  generates: {
    [at('src/gql/')]: {
      preset: 'client',
      // No fragment masking: models read fragment fields (SeriesFields, ProgressFields…) straight from the result.
      // Persisted documents: every document carries the sha256 of its text (`__meta__.hash`, "sha256:<hex>"), and
      // persisted-documents.json maps each hash to that text. The client sends only the hash; the server knows the
      // manifest, and anonymous visitors may run nothing else.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      // The server runs the manifest's text, not what Apollo Client would print: it must already ask for the
      // __typename that Apollo's cache normalises by (Region by code, Indicator by code…).
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true, scalars: { Upload: 'File' } },
    },
  },
};

export default config;
