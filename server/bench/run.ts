// pnpm bench — prints performance figures. Not a test: numbers vary with the machine.
// BENCH_IMPORT_ROWS sets the import benchmark's size (default 1,000,000), BENCH_EXPORT_ROWS the CSV export's (500,000),
// BENCH_ABUSE_EXPORT_ROWS the rows of the export run beside the dashboard's comparison (200,000), BENCH_LOAD_SECONDS the
// time of each load case (10). The scale bench's variables are in scale/bench.ts.
import './server-flags.js';
import './production-mode.js';
import 'reflect-metadata';
import { benchApi } from './api.js';
import { benchBesideAbuse } from './beside-abuse.js';
import { benchExport } from './exports.js';
import { benchDemoLoad, benchImport } from './imports.js';
import { benchLoad } from './load.js';
import { benchRegions } from './regions.js';
import { benchScale } from './scale/bench.js';

const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const exportRows = Number(process.env.BENCH_EXPORT_ROWS ?? 500_000);
const abuseExportRows = Number(process.env.BENCH_ABUSE_EXPORT_ROWS ?? 200_000);
const out = (line: string) => console.log(line);

out('── Start-up and demo data');
out(await benchDemoLoad());
out('── Regions API');
for (const kind of ['pglite', 'postgres'] as const) out(await benchRegions(kind));
out('── Dashboard operations through the API (HTTP) vs plain SQL');
for (const line of await benchApi()) out(line);
out('── Scale: kab/kota, kecamatan and desa on the synthetic data set (SCALE_DATABASE_URL) vs one SQL statement');
for (const line of await benchScale()) out(line);
out('── Load: dashboard operations at 50 and 200 concurrent clients (autocannon)');
for (const line of await benchLoad()) out(line);
out('── A dashboard query beside an abusive request (one client, back to back) vs on an idle server');
for (const kind of ['postgres', 'pglite'] as const) for (const line of await benchBesideAbuse(kind, abuseExportRows)) out(line);
out('── Import pipeline');
for (const kind of ['postgres', 'pglite'] as const) for (const line of await benchImport(kind, importRows)) out(line);
out('── CSV export (streamed)');
for (const kind of ['postgres', 'pglite'] as const) for (const line of await benchExport(kind, exportRows)) out(line);
