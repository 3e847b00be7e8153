// pnpm --filter @kesra/server build && pnpm --filter @kesra/server exec tsx bench/beside-abuse-only.ts [postgres|pglite] [export rows]
// — just the dashboard's comparison beside abusive requests (beside-abuse.ts).
import './server-flags.js';
import './production-mode.js';
import 'reflect-metadata';
import { benchBesideAbuse } from './beside-abuse.js';

const kinds = (process.argv[2] ? [process.argv[2]] : ['postgres', 'pglite']) as ('postgres' | 'pglite')[];
const rows = Number(process.argv[3] ?? process.env.BENCH_ABUSE_EXPORT_ROWS ?? 200_000);
for (const kind of kinds) for (const line of await benchBesideAbuse(kind, rows)) console.log(line);
process.exit(0);
