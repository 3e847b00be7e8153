import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GraphQLNamedType, isListType, isNonNullType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, EXIT, runCommand } from '../../cli/command.js';
import { migrateCommand } from '../../db/cli/migrate.js';
import { openDatabase } from '../../db/database.js';
import { buildAppSchema } from '../../graphql/schema.js';
import { loadRegionsCommand } from '../../regions/cli/load-regions.js';
import { type ServerProcess, spawnServer, startServer } from '../../test-support/server-process.js';
import { importCommand } from './import.js';
import { REPORT_FIELDS } from './report-fields.js';

const work = mkdtempSync(join(tmpdir(), 'kesra-import-cli-'));
const dataDir = join(work, 'data');
const env = { DATA_DIR: dataDir, DATABASE_URL: '', DEMO_DATA: 'off' };

function file(name: string, content: string): string {
  writeFileSync(join(work, name), content);
  return name;
}
const ONE_ROW = file('p0.csv', 'kode_wilayah,indikator,periode,nilai\n75.01,poverty_rate_p0,2025,14.89\n');
const CHANGED_ROW = file('p0-revised.csv', 'kode_wilayah,indikator,periode,nilai\n75.01,poverty_rate_p0,2025,14.91\n');
const BAD_ROW = file('bad.csv', 'kode_wilayah,indikator,periode,nilai\n75.01,poverty_rate_p0,2025,enam belas\n');

/** Runs a command in this process as the terminal would, capturing what it prints. */
async function run(command: Command, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(command, args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { ...process.env, ...env },
    cwd: work,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const importing = (...args: string[]) => run(importCommand, ...args);

const withoutDuration = (json: string) => ({ ...JSON.parse(json), durationMs: 0 });

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pnpm run import: usage', () => {
  it('prints help with -h and --help, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await importing(flag);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toMatch(/^Usage: pnpm run import <file> \[options\]/);
      expect(r.out).toMatch(/--dry-run/);
      expect(r.out).toMatch(/Exit codes: 0 imported/);
    }
  });

  it('says what is wrong in a sentence, without a stack trace, and exits 2', async () => {
    const cases: [string[], RegExp][] = [
      [[ONE_ROW, '--bogus'], /^Unknown option --bogus\./],
      [[ONE_ROW, '--indicator'], /^Option --indicator needs a value/],
      [[ONE_ROW, '--dry-run=yes'], /^Option --dry-run takes no value\./],
      [[], /^Name the file to import/],
      [[ONE_ROW, 'second.csv'], /^Too many arguments: “second.csv”/],
      [['missing.csv'], /^There is no file .*missing\.csv\./],
      [['.'], /is a folder; name a CSV or XLSX file\./],
      [[ONE_ROW, '--reason', ' '], /^Option --reason needs a value that is not empty\./],
    ];
    for (const [args, message] of cases) {
      const r = await importing(...args);
      expect(r.code, args.join(' ')).toBe(EXIT.usage);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/Run the command with --help/);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toBe('');
    }
  });

  it('prints help for every other command', async () => {
    for (const command of [migrateCommand, loadRegionsCommand]) {
      const r = await run(command, '--help');
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toMatch(/^Usage: pnpm /);
      expect(r.out).toMatch(/Exit codes: 0 /);
    }
    expect((await run(loadRegionsCommand, '--level', 'kota')).err).toMatch(/--level must be district or village, not “kota”/);
    expect((await run(migrateCommand, 'now')).code).toBe(EXIT.usage);
  });
});

describe('pnpm run import as a process', () => {
  it('exits as soon as its report is out, though the database engines leave timers running', async () => {
    // A fresh folder: the migrations run through the Wasm schema engine, which leaves a 10 s timer, as PGlite does.
    const folder = join(work, 'fresh');
    const serverDir = fileURLToPath(new URL('../../..', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'import', join(work, ONE_ROW), '--dry-run'], {
      cwd: serverDir,
      env: { ...process.env, ...env, DATA_DIR: folder },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let reported = 0;
    child.stdout.on('data', (d) => {
      output += d;
      if (!reported && /Dry run/.test(output)) reported = Date.now();
    });
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(output).toMatch(/Dry run: nothing was written/);
    expect(code).toBe(EXIT.ok);
    expect(Date.now() - reported).toBeLessThan(3000);
  });
});

describe('pnpm run import: the report is the API’s', () => {
  it('has every field of the GraphQL type ImportReport, so that a report through a server is complete', async () => {
    const schema = await buildAppSchema();
    const shapeOf = (type: GraphQLNamedType): unknown =>
      isObjectType(type)
        ? Object.fromEntries(
            Object.values(type.getFields()).map((f) => {
              let t = f.type;
              while (isNonNullType(t) || isListType(t)) t = t.ofType;
              return [f.name, isObjectType(t) ? shapeOf(t) : true];
            }),
          )
        : true;
    expect(REPORT_FIELDS).toEqual(shapeOf(schema.getType('ImportReport')!));
  });
});

describe('pnpm run import on an embedded data folder', () => {
  let server: (ServerProcess & { url: string }) | undefined;
  let throughServer: string;
  beforeAll(() => rmSync(dataDir, { recursive: true, force: true }));
  afterAll(() => {
    server?.child.kill('SIGKILL');
  });

  it('imports in this process when no other process has the folder', async () => {
    const r = await importing(ONE_ROW);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Applied as import #1 /);
    expect(r.code).toBe(EXIT.ok);
    const rejected = await importing(BAD_ROW);
    expect(rejected.code).toBe(EXIT.failed);
    expect(rejected.out).toMatch(/Rejected: nothing was written/);
  });

  it('sends the file to a server running on the folder, which then holds the values', async () => {
    server = await startServer(dataDir);
    const applied = await importing(CHANGED_ROW, '--reason', 'Rilis BPS Juli 2025');
    expect(applied.err).toMatch(/\(pid \d+\) has the database open: sending the file to it at http:\/\/127\.0\.0\.1:\d+\//);
    expect(applied.out).toMatch(/Applied as import #\d+ /);
    expect(applied.out).toMatch(/1 records: 0 new, 1 changed/);
    expect(applied.code).toBe(EXIT.ok);
    // The server's own database has the value: sending the same file again changes nothing.
    const again = await importing(CHANGED_ROW, '--dry-run', '--json');
    expect(again.code).toBe(EXIT.ok);
    throughServer = again.out;
    expect(JSON.parse(throughServer)).toMatchObject({ status: 'DRY_RUN', counts: { records: 1, unchanged: 1 } });
    const rejected = await importing(BAD_ROW);
    expect(rejected.code).toBe(EXIT.failed);
    expect(rejected.out).toMatch(/line 2, column “nilai”/);
  });

  it('refuses other commands and a second server while the server has the folder, saying what to do', async () => {
    const sentence =
      /is in use by .*\(pid \d+, serving http:\/\/127\.0\.0\.1:\d+\/\).*Stop that process, or set DATA_DIR to another folder\./;
    for (const command of [migrateCommand, loadRegionsCommand]) {
      const r = await run(command);
      expect(r.code).toBe(EXIT.database);
      expect(r.err).toMatch(sentence);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    const second = spawnServer(dataDir);
    expect(await second.exited).toBe(3);
    expect(second.output()).toMatch(/Could not start: /);
    expect(second.output()).toMatch(sentence);
  });

  it('imports in this process again once the server is killed (kill -9), with the same report', async () => {
    server!.child.kill('SIGKILL');
    await server!.exited;
    const local = await importing(CHANGED_ROW, '--dry-run', '--json');
    expect(local.err).toBe('');
    expect(local.code).toBe(EXIT.ok);
    expect(withoutDuration(local.out)).toEqual(withoutDuration(throughServer));
  });

  it('keeps a server from starting while an import holds the folder', async () => {
    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const refused = spawnServer(dataDir);
      expect(await refused.exited).toBe(3);
      expect(refused.output()).toMatch(/is in use by pnpm run import \(pid \d+\)/);
      expect(refused.output()).toMatch(/Stop that process, or set DATA_DIR to another folder\./);
    } finally {
      await db.close();
    }
  });
});
