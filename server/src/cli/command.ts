// What every command-line tool of the platform shares: help text, options read strictly, errors said as
// sentences (a stack trace only for a fault of the program itself), the same exit codes, and an exit as
// soon as the work is done.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type DatabaseConfig, describeDatabase } from '../config.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import type { Database } from '../db/database.js';

/** Exit codes of every command (README: "Exit codes"). */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** The work was refused: an import rejected (rows with errors, nothing written), a stale schema, a failed migration. */
  failed: 1,
  /** Wrong usage: an unknown option, a missing argument, a file that cannot be read. */
  usage: 2,
  /** The database cannot be reached, or its folder is in use by another process. */
  database: 3,
  /** A fault of the program (a bug): the message and, with KESRA_DEBUG=1, the stack trace. */
  internal: 4,
} as const;

/** An error to tell the person at the terminal, with the exit code that goes with it. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

export const usageError = (message: string) => new CommandError(message, EXIT.usage);

/** Where a command writes and what it reads of its surroundings; tests pass their own. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** The folder the person typed the command in (pnpm runs scripts from the package folder). */
  cwd: string;
}

export type Command = (args: string[], io: CommandIO) => Promise<number>;

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/**
 * Reads the command line strictly; -h/--help is added to every command. An unknown option, a missing
 * value or a surplus argument is a usage error said as a sentence.
 */
export function readCommandLine<const O extends Options>(args: string[], options: O, positionals: { max: number }) {
  try {
    const parsed = parseArgs({
      args,
      options: { ...options, ...HELP_OPTION } as O & typeof HELP_OPTION,
      allowPositionals: true as const,
      strict: true as const,
    });
    const help = (parsed.values as { help?: boolean }).help === true;
    if (!help && parsed.positionals.length > positionals.max) {
      const extra = parsed.positionals.slice(positionals.max);
      throw usageError(
        positionals.max === 0
          ? `This command takes no arguments, but was given ${extra.map((a) => `“${a}”`).join(', ')}.`
          : `Too many arguments: ${extra.map((a) => `“${a}”`).join(', ')} (at most ${positionals.max}).`,
      );
    }
    return { values: parsed.values, positionals: parsed.positionals, help };
  } catch (err) {
    if (err instanceof CommandError) throw err;
    throw usageError(parseArgsMessage(err as Error & { code?: string }));
  }
}

function parseArgsMessage(err: Error & { code?: string }): string {
  const option = /'([^' ]+)/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${option}.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(err.message)
        ? `Option ${option} takes no value.`
        : `Option ${option} needs a value, e.g. ${option} VALUE.`;
    default:
      return err.message;
  }
}

/**
 * Opens the configured database for a command: a folder in use by another process, or a server that
 * cannot be reached, is a sentence and exit code 3 rather than a stack trace.
 */
export async function openDatabaseFor(config: DatabaseConfig): Promise<Database> {
  try {
    // Loaded on demand: PGlite, Prisma and pg take most of a second to load, which a command that ends
    // up sending its work to a running server does without.
    const { openDatabase } = await import('../db/database.js');
    return await openDatabase(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) throw err;
    const message = (err as Error).message;
    throw new CommandError(
      /^Cannot /.test(message) ? message : `Cannot open ${describeDatabase(config)}: ${message}`,
      EXIT.database,
    );
  }
}

/** Turns any error into what the person sees, and the exit code. */
export function reportError(err: unknown, io: CommandIO): number {
  if (err instanceof CommandError) {
    io.err(err.message);
    if (err.exitCode === EXIT.usage) io.err('Run the command with --help to see how to use it.');
    return err.exitCode;
  }
  if (err instanceof DataDirLockedError) {
    io.err(err.message);
    return EXIT.database;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  io.err(`Unexpected error: ${e.message}`);
  if (io.env.KESRA_DEBUG) io.err(e.stack ?? '');
  else io.err('This is a fault of the program, not of your input; run again with KESRA_DEBUG=1 to see where it happened.');
  return EXIT.internal;
}

/** Runs a command with `command(args, io)` semantics and catches what it throws; returns the exit code. */
export async function runCommand(command: Command, args: string[], io: CommandIO): Promise<number> {
  try {
    return await command(args, io);
  } catch (err) {
    return reportError(err, io);
  }
}

export function processIO(): CommandIO {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
}

/**
 * Runs a command as this process's work and exits with its code.
 * The exit is explicit: PGlite's and the Wasm schema engine's timers (10 s each) outlive a closed
 * database and would hold the process that long after its work is done. Every command closes what it
 * opened before returning, and standard output and error are written synchronously to files, pipes and
 * terminals on Linux (and waited for where they are not), so nothing is cut short.
 */
export async function main(command: Command, args: string[]): Promise<never> {
  const code = await runCommand(command, args, processIO());
  // Where output is asynchronous (pipes on macOS), wait until what was written has gone out.
  await Promise.all([process.stdout, process.stderr].map((s) => new Promise((resolve) => s.write('', resolve))));
  process.exit(code);
}
