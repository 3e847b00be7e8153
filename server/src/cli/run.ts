// The one entry point of the platform's command-line tools:
//   node server/dist/cli/run.js <command> [arguments]   (scripts/cli.mjs builds it first when stale)
//   tsx server/src/cli/run.ts <command> [arguments]     (the developer tools that run on the sources)
// Each command is loaded only when asked for, so a command pays for its own modules alone.
import { type Command, EXIT, main } from './command.js';

const COMMANDS: Record<string, () => Promise<Command>> = {
  import: async () => (await import('../imports/cli/import.js')).importCommand,
  'db:migrate': async () => (await import('../db/cli/migrate.js')).migrateCommand,
  'db:migration:create': async () => (await import('../db/cli/create-migration.js')).createMigrationCommand,
  'regions:load': async () => (await import('../regions/cli/load-regions.js')).loadRegionsCommand,
  'schema:print': async () => (await import('../graphql/cli/print-schema.js')).printSchemaCommand,
  'users:create-admin': async () => (await import('../accounts/cli/create-admin.js')).createAdminCommand,
  'training:load': async () => (await import('../training/cli/load-training.js')).loadTrainingCommand,
  'seed:build': async () => (await import('../seed/cli/build-demo-seed.js')).buildDemoSeedCommand,
};

const [name, ...args] = process.argv.slice(2);
const load = name ? COMMANDS[name] : undefined;
if (!load) {
  process.stderr.write(`Unknown command “${name ?? ''}”. Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
  process.exit(EXIT.usage);
}
await main(await load(), args);
