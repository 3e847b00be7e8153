// Issue 13's proof: every way the platform was seen to fall over, and its family of variants, replayed against a
// running production server on each database. Each is refused with a 4xx and a sentence, or processed correctly;
// afterwards the guarded tables are unchanged, the server's memory stayed under the ceiling the README states,
// and it still answers an ordinary dashboard request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AbuseCase, cases } from './cases.js';
import { type AbuseTarget, assertServing, type DatabaseKind, type Fingerprint, peakRssMiB, startTarget } from './target.js';

/** The README's memory ceiling for the server process (peak resident memory, MiB). */
export const MEMORY_CEILING_MIB = 1024;

for (const kind of ['pglite', 'postgres'] as DatabaseKind[]) {
  describe(`abuse [${kind}]`, () => {
    let target: AbuseTarget;
    let before: Fingerprint;
    beforeAll(async () => {
      target = await startTarget(kind);
      before = await target.fingerprint();
    }, 240_000);
    afterAll(async () => {
      await target?.close();
    });

    const run = (c: AbuseCase) =>
      it(
        c.name,
        async () => {
          await c.run(target.baseUrl);
          await assertServing(target.baseUrl);
        },
        c.timeoutMs ?? 60_000,
      );
    for (const c of cases()) run(c);

    it('left the guarded tables as they were, stayed under the memory ceiling and still serves', async () => {
      const peak = peakRssMiB(target.server.pid);
      expect(peak, `peak resident memory ${peak.toFixed(0)} MiB`).toBeLessThan(MEMORY_CEILING_MIB);
      await assertServing(target.baseUrl);
      expect(await target.fingerprint()).toEqual(before);
    }, 120_000);
  });
}
