import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's PostgreSQL server programs, the newest version installed (CI installs them: see .ci/run). */
export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? debianPostgresBin();

function debianPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return join(root, versions[0] ?? '15', 'bin');
}

/** Why the replica tests cannot run here, or undefined when they can. */
export function clusterUnavailable(): string | undefined {
  for (const program of ['initdb', 'pg_ctl', 'pg_basebackup']) {
    if (!existsSync(join(POSTGRES_BIN, program))) {
      return `PostgreSQL's ${program} is not in ${POSTGRES_BIN} (install Debian's postgresql, or set POSTGRES_BIN)`;
    }
  }
  if (userInfo().uid === 0) {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    } catch {
      return 'PostgreSQL refuses to run as root and there is no `postgres` user to run it as';
    }
  }
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A primary and one streaming replica on free ports in a temporary folder, for tests. PostgreSQL refuses to run as
 * root: as root the servers run as the `postgres` user.
 */
export class TestCluster {
  private constructor(
    private readonly dir: string,
    readonly primaryPort: number,
    readonly replicaPort: number,
  ) {}

  get primaryUrl(): string {
    return `postgresql://postgres@127.0.0.1:${this.primaryPort}/postgres`;
  }
  get replicaUrl(): string {
    return `postgresql://postgres@127.0.0.1:${this.replicaPort}/postgres`;
  }

  static async start(): Promise<TestCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'kesra-replicas-'));
    if (userInfo().uid === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: group } = await run('id', ['-g', 'postgres']);
      chownSync(dir, Number(stdout.trim()), Number(group.trim()));
    }
    const cluster = new TestCluster(dir, await freePort(), await freePort());
    try {
      await cluster.pg('initdb', [
        '-D',
        cluster.data('primary'),
        '-U',
        'postgres',
        '-A',
        'trust',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
      ]);
      await cluster.startServer('primary', cluster.primaryPort);
      await cluster.pg('pg_basebackup', [
        '-h',
        '127.0.0.1',
        '-p',
        String(cluster.primaryPort),
        '-U',
        'postgres',
        '-D',
        cluster.data('replica'),
        '-R',
        '-X',
        'stream',
        '-c',
        'fast',
        '--no-sync',
      ]);
      await cluster.startReplica();
      return cluster;
    } catch (err) {
      await cluster.stop();
      throw err;
    }
  }

  /** Starts the replica (again, after `stopReplica`). */
  startReplica(): Promise<void> {
    return this.startServer('replica', this.replicaPort);
  }

  /** Stops the replica at once, as a crash or a network cut would. */
  async stopReplica(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.data('replica'), '-m', 'immediate', '-w', 'stop']);
  }

  /** Stops the primary at once. */
  async stopPrimary(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.data('primary'), '-m', 'immediate', '-w', 'stop']);
  }

  async stop(): Promise<void> {
    for (const name of ['replica', 'primary']) {
      if (existsSync(join(this.data(name), 'postmaster.pid'))) {
        await this.pg('pg_ctl', ['-D', this.data(name), '-m', 'immediate', '-w', 'stop']).catch(() => {});
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private data(name: string): string {
    return join(this.dir, name);
  }

  private startServer(name: string, port: number): Promise<void> {
    const options = [
      `-p ${port}`,
      `-k ${this.dir}`,
      "-c listen_addresses='127.0.0.1'",
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c shared_buffers=32MB',
      '-c max_connections=60',
      // Replay waits for a reader's conflicting statement rather than cancelling it mid-request.
      '-c hot_standby_feedback=on',
    ].join(' ');
    return this.pg('pg_ctl', [
      '-D',
      this.data(name),
      '-o',
      options,
      '-l',
      join(this.dir, `${name}.log`),
      '-w',
      '-t',
      '30',
      'start',
    ]).then(() => {});
  }

  private async pg(program: string, args: string[]): Promise<void> {
    const path = join(POSTGRES_BIN, program);
    const asRoot = userInfo().uid === 0;
    try {
      await run(asRoot ? 'runuser' : path, asRoot ? ['-u', 'postgres', '--', path, ...args] : args, {
        cwd: this.dir,
        timeout: 60_000,
      });
    } catch (err) {
      const e = err as Error & { stderr?: string };
      throw new Error(`${program} failed: ${e.stderr || e.message}`);
    }
  }
}
