// pnpm --filter @kesra/server exec tsx --expose-gc bench/export-only.ts [rows] [postgres|pglite] — just the export benchmark.
import './production-mode.js';
import 'reflect-metadata';
import { benchExport } from './exports.js';

const rows = Number(process.argv[2] ?? 500_000);
const kinds = (process.argv[3] ? [process.argv[3]] : ['postgres', 'pglite']) as ('postgres' | 'pglite')[];
for (const kind of kinds) for (const line of await benchExport(kind, rows)) console.log(line);
process.exit(0);
