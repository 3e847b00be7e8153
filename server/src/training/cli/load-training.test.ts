import { describe, expect, it } from 'vitest';
import { EXIT, runCommand } from '../../cli/command.js';
import { trainingDatabaseConfigFromEnv } from '../../config.js';
import { loadTrainingCommand } from './load-training.js';

// What the command checks before it opens a database, and which database it opens: never the official one.

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(loadTrainingCommand, args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env,
    cwd: process.cwd(),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('pnpm training:load', () => {
  it('explains itself, its generators included', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.out).toContain('DATA LATIHAN — bukan data resmi');
    expect(help.out).toContain('programme-figures');
  });

  it('refuses wrong options with a sentence before opening any database', async () => {
    expect(await run(['--years', '2025-2021'])).toMatchObject({
      code: EXIT.usage,
      err: expect.stringContaining('--years must be a year or a range such as 2021-2025'),
    });
    expect(await run(['--province', 'Gorontalo'])).toMatchObject({
      code: EXIT.usage,
      err: expect.stringContaining('--province takes province codes such as 75'),
    });
    expect((await run(['--seed', 'x'.repeat(101)])).code).toBe(EXIT.usage);
  });

  it('opens the training database, never DATABASE_URL or DATA_DIR', () => {
    const official = { DATABASE_URL: 'postgresql://resmi/kesra', DATA_DIR: '/data/resmi' };
    expect(trainingDatabaseConfigFromEnv(official)).toMatchObject({
      kind: 'pglite',
      dataDir: expect.stringMatching(/\.data\/training$/),
    });
    expect(trainingDatabaseConfigFromEnv({ ...official, TRAINING_DATABASE_URL: 'postgresql://latihan/kesra' })).toEqual({
      kind: 'postgres',
      url: 'postgresql://latihan/kesra',
    });
    expect(trainingDatabaseConfigFromEnv({ ...official, TRAINING_DATA_DIR: '/tmp/latihan' })).toEqual({
      kind: 'pglite',
      dataDir: '/tmp/latihan',
    });
  });
});
