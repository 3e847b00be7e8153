import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths from this file, so the CLI (run in web/) and the staleness test (run from the root) generate the same files.
const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Typed documents for the dashboard: `graphql()` from src/gql returns a TypedDocumentNode that Apollo's hooks infer. */
const config: CodegenConfig = {
  schema: at('../schema/schema.graphql'),
  documents: [at('src/**/*.{ts,tsx}'), `!${at('src/gql/**')}`, `!${at('src/**/*.test.{ts,tsx}')}`],
  // Only `graphql(...)` from src/gql: the pages whose operations are built at run time still use Apollo's `gql`.
  pluckConfig: { modules: [], globalGqlIdentifierName: ['graphql'] },
  generates: {
    [at('src/gql/')]: {
      preset: 'client',
      // No fragment masking: the pages share selections by copying fields, not through GraphQL fragments.
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true, scalars: { Upload: 'File' } },
    },
  },
};

export default config;
