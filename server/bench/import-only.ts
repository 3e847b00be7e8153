// pnpm --filter @kesra/server exec tsx bench/import-only.ts [rows] [postgres|pglite] — just the import benchmark.
import 'reflect-metadata';
import { benchImport } from './imports.js';

const rows = Number(process.argv[2] ?? 200_000);
const kinds = (process.argv[3] ? [process.argv[3]] : ['postgres', 'pglite']) as ('postgres' | 'pglite')[];
for (const kind of kinds) for (const line of await benchImport(kind, rows)) console.log(line);
