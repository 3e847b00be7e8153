// pnpm regions:load [--level district|village] — loads kecamatan (and desa/kelurahan) into the
// configured database on demand. Provinces and kabupaten/kota load on first start.
import { type Command, EXIT, openDatabaseFor, readCommandLine, usageError } from '../../cli/command.js';
import { databaseConfigFromEnv } from '../../config.js';
import { bootstrapDatabase } from '../../db/bootstrap.js';
import { describeThisProcess } from '../../db/data-dir-lock.js';
import { type LoadableLevel, loadRegionRegistry } from '../registry.js';

export const HELP = `Usage: pnpm regions:load [--level district|village]

Loads the lower levels of the Kemendagri region registry into the database (provinces and
kabupaten/kota load on the first start): the PostgreSQL server in DATABASE_URL, else the embedded
database in DATA_DIR (default .data/pglite), which no other process may have open (stop the server
first).

Options:
  --level district   kecamatan (7,285 regions; the default)
  --level village    kecamatan and desa/kelurahan (83,763 more)
  -h, --help         Show this help.

Exit codes: 0 loaded; 2 wrong usage; 3 the database cannot be reached, or its folder is in use by
another process; 4 an unexpected fault of the program.`;

const LEVELS: Record<string, LoadableLevel[]> = {
  district: ['PROVINCE', 'REGENCY_CITY', 'DISTRICT'],
  village: ['PROVINCE', 'REGENCY_CITY', 'DISTRICT', 'VILLAGE'],
};

export const loadRegionsCommand: Command = async (args, io) => {
  const { values, help } = readCommandLine(args, { level: { type: 'string' } }, { max: 0 });
  if (help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const level = (values.level ?? 'district').trim().toLowerCase();
  const chosen = LEVELS[level];
  if (!chosen) throw usageError(`--level must be district or village, not “${values.level}”.`);
  describeThisProcess({ command: 'pnpm regions:load' });
  const db = await openDatabaseFor(databaseConfigFromEnv(io.env));
  try {
    await bootstrapDatabase(db);
    const started = performance.now();
    const n = await loadRegionRegistry(db, chosen);
    io.out(`${db.description}: ${n.toLocaleString('en')} regions loaded in ${Math.round(performance.now() - started)} ms.`);
    return EXIT.ok;
  } finally {
    await db.close();
  }
};
