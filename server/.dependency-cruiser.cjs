// Which way server/src's imports may point, checked by `pnpm lint` (pnpm --filter @kesra/server lint:deps).
//
// Layers, lowest first: db/ and the feature folders' rules (periods.ts, values.ts, region-codes.ts: no imports);
// messages/ (the language of a request's messages, refusals with their sentences, suggestions) and reference/
// (reference data held between requests, lookups of the codes, regions and periods a client typed); the feature
// folders (loaders, services, resolvers); at the top graphql/ (schema, context assembly, HTTP, plugins, cost and
// limits), app.ts and main.ts, and the other edges that build a request's context as /graphql does
// (exports/*.router.ts) or start commands (cli/run.ts).
//
// The graph is the one Node.js loads: type-only imports are erased when TypeScript compiles
// (tsPreCompilationDeps: false), so a resolver or service may name graphql/context.ts's Context type, which
// is assembled at the top from every feature's loaders, without depending on graphql/ at run time.

/** The top and the tests: they may import graphql/ at run time. */
const TOP = [
  '^src/graphql/',
  '^src/app\\.ts$',
  '^src/main\\.ts$',
  '^src/cli/run\\.ts$',
  '^src/exports/[^/]+\\.router\\.ts$',
  '^src/test-support/',
  '\\.test\\.ts$',
];

/**
 * Runtime cycles that were there before the untangling and are outside it (2026-12-05): each group is a cycle
 * of its own folder's modules. They are reported as warnings until they are broken; a new cycle anywhere else,
 * or one that runs through these files and any other, fails.
 */
const KNOWN_CYCLES = [
  '^src/imports/(read-table|read-xlsx|xlsx-parts|xlsx-workbook)\\.ts$',
  '^src/training/generators\\.ts$',
  '^src/training/generators/(iks-inputs|programme-figures)\\.ts$',
  '^src/regions/(region-history|registry)\\.ts$',
  '^src/db/database\\.ts$',
  '^src/replicas/replicas\\.ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'graphql-is-the-top',
      comment:
        'Only the top (graphql/, app.ts, main.ts, cli/run.ts, exports/*.router.ts) and the tests import graphql/ at run ' +
        'time. Features use messages/ and reference/; the Context type may be imported with `import type`.',
      severity: 'error',
      from: { pathNot: TOP },
      to: { path: '^src/graphql/' },
    },
    {
      name: 'messages-at-the-bottom',
      comment: 'messages/ is imported by every layer, so it imports nothing of the server but itself.',
      severity: 'error',
      from: { path: '^src/messages/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/', pathNot: '^src/messages/' },
    },
    {
      name: 'reference-uses-rules',
      comment:
        'reference/ sits below the features: of a feature folder it uses only rules (periods.ts, values.ts, region-codes.ts), ' +
        "never a feature's loaders, services, resolvers or routers (their record types by `import type` only).",
      severity: 'error',
      from: { path: '^src/reference/', pathNot: '\\.test\\.ts$' },
      to: { path: '\\.(loaders|service|resolver|graphql|router)\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'No runtime import cycle in server/src (the known ones below are warnings until broken).',
      severity: 'error',
      from: { path: '^src/', pathNot: KNOWN_CYCLES },
      to: { circular: true },
    },
    {
      name: 'known-circular',
      comment: 'A runtime cycle that was there before the layering was checked: break it, then remove it from KNOWN_CYCLES.',
      severity: 'warn',
      from: { path: KNOWN_CYCLES },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: false,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
