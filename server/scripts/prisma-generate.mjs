// Runs `prisma generate` without Prisma's native schema engine.
// Prisma 7's CLI insists on locating a schema-engine binary at start-up and downloads one from a
// host that is unreachable on our networks. Generation itself only uses the Wasm schema parser,
// so any existing executable satisfies the check; migrations use the Wasm engine (src/db/migrations.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const standIn = ['/usr/bin/true', '/bin/true'].find((p) => existsSync(p)) ?? process.execPath;

const result = spawnSync('pnpm', ['exec', 'prisma', 'generate', '--schema', resolve(root, 'prisma/schema.prisma')], {
  cwd: resolve(root, 'server'),
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? standIn,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
