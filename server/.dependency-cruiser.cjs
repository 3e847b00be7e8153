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
      comment:
        'No runtime import cycle in server/src. The four that were there (xlsx reading, training generators, region ' +
        'history and registry, database and replicas) were broken by moving what both sides used into a module below them.',
      severity: 'error',
      from: { path: '^src/' },
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
