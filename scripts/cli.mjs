// node scripts/cli.mjs <command> [arguments] — runs a command-line tool (pnpm run import, pnpm db:migrate,
// pnpm regions:load) on the compiled server, in this process: built first when its sources changed, as
// pnpm start does. Compiled code starts in a fraction of the time tsx needs to compile it on every run.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServerIfStale, root } from './build.mjs';

// A build that fails is a fault of the program (exit code 4, as for the commands themselves).
buildServerIfStale(4);
// server/dist/cli/run.js reads process.argv from index 2: the command and its arguments, as given here.
await import(pathToFileURL(join(root, 'server/dist/cli/run.js')).href);
