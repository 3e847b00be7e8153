// pnpm training:load [--seed TEXT] [--province 75,76] [--years 2021-2025] — generates the training data set and loads
// it into its own database, through the import.
import { type Command, CommandError, EXIT, openDatabaseFor, readCommandLine, usageError } from '../../cli/command.js';
import { trainingDatabaseConfigFromEnv } from '../../config.js';
import { describeThisProcess } from '../../db/data-dir-lock.js';
import { TRAINING_LABEL_ID } from '../dataset.js';
import { TRAINING_GENERATORS } from '../generators.js';
import { DEFAULT_TRAINING_SEED, DEFAULT_TRAINING_YEARS, loadTrainingData, TrainingRefused } from '../loader.js';

export const HELP = `Usage: pnpm training:load [--seed TEXT] [--province CODES] [--years FROM-TO]

Generates the training data set (${TRAINING_LABEL_ID}) and loads it into a database of its own: the
PostgreSQL database in TRAINING_DATABASE_URL, else the embedded database in TRAINING_DATA_DIR (default
.data/training) — never DATABASE_URL or DATA_DIR. Regions and catalogues are the real ones; every figure
is generated from the seed (the same seed gives the same figures) and goes through the import. A
database that holds official data is refused. Start the platform on it with pnpm start:training.

Generators: ${TRAINING_GENERATORS.map((g) => `${g.name} (${g.description})`).join('; ')}.

Options:
  --seed TEXT        The seed (default “${DEFAULT_TRAINING_SEED}”).
  --province CODES   Only these provinces and their kabupaten/kota, e.g. 75 or 75,72 (default: all).
  --years FROM-TO    The years to generate (default ${DEFAULT_TRAINING_YEARS[0]}-${DEFAULT_TRAINING_YEARS.at(-1)}).
  -h, --help         Show this help.

Exit codes: 0 loaded; 1 refused (the database holds official data, or training data from another
seed); 2 wrong usage; 3 the database cannot be reached, or its folder is in use by another process;
4 an unexpected fault of the program.`;

const MAX_YEARS = 30;

function yearsOf(text: string): number[] {
  const match = /^\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*$/.exec(text);
  const from = Number(match?.[1]);
  const to = Number(match?.[2] ?? match?.[1]);
  if (!match || from > to || to - from >= MAX_YEARS || from < 1990 || to > 2100) {
    throw usageError(`--years must be a year or a range such as 2021-2025 (at most ${MAX_YEARS} years), not “${text}”.`);
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export const loadTrainingCommand: Command = async (args, io) => {
  const { values, help } = readCommandLine(
    args,
    { seed: { type: 'string' }, province: { type: 'string' }, years: { type: 'string' } },
    { max: 0 },
  );
  if (help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const seed = values.seed?.trim() || DEFAULT_TRAINING_SEED;
  if (seed.length > 100) throw usageError('--seed may have at most 100 characters.');
  const provinces = values.province
    ?.split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (provinces?.some((p) => !/^\d{2}$/.test(p))) {
    throw usageError(`--province takes province codes such as 75 or 75,72, not “${values.province}”.`);
  }
  const years = values.years ? yearsOf(values.years) : undefined;
  describeThisProcess({ command: 'pnpm training:load' });
  const db = await openDatabaseFor(trainingDatabaseConfigFromEnv(io.env));
  try {
    io.out(`Loading training data (${TRAINING_LABEL_ID}), seed “${seed}”, into ${db.description}…`);
    const report = await loadTrainingData(db, {
      seed,
      ...(provinces?.length ? { provinces } : {}),
      ...(years ? { years } : {}),
      log: io.out,
    });
    const values = report.files.reduce((n, f) => n + f.inserted + f.updated, 0);
    io.out(
      `Done in ${report.durationMs} ms: ${report.files.length} files, ${values} values written, ${report.derived.length} results computed. Start it with pnpm start:training.`,
    );
    return EXIT.ok;
  } catch (err) {
    if (err instanceof TrainingRefused) throw new CommandError(err.message, EXIT.failed);
    throw err;
  } finally {
    await db.close();
  }
};
