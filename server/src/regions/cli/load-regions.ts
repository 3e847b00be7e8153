// pnpm regions:load [--level district|village] — loads kecamatan (and desa/kelurahan) into the
// configured database on demand. Provinces and kabupaten/kota load on first start.
import { databaseConfigFromEnv } from '../../config.js';
import { bootstrapDatabase } from '../../db/bootstrap.js';
import { openDatabase } from '../../db/database.js';
import { type LoadableLevel, loadRegionRegistry } from '../registry.js';

const arg = process.argv.indexOf('--level');
const level = (arg >= 0 ? process.argv[arg + 1] : 'district')?.toLowerCase();
const levels: Record<string, LoadableLevel[]> = {
  district: ['PROVINCE', 'REGENCY_CITY', 'DISTRICT'],
  village: ['PROVINCE', 'REGENCY_CITY', 'DISTRICT', 'VILLAGE'],
};
const chosen = level ? levels[level] : undefined;
if (!chosen) {
  console.error('Usage: pnpm regions:load [--level district|village]');
  process.exit(2);
}
const db = await openDatabase(databaseConfigFromEnv());
try {
  await bootstrapDatabase(db);
  const started = performance.now();
  const n = await loadRegionRegistry(db, chosen);
  console.log(`${db.description}: ${n.toLocaleString('en')} regions loaded in ${Math.round(performance.now() - started)} ms.`);
} finally {
  await db.close();
}
