// CPU time of the local PostgreSQL server's processes, read from /proc (Linux): with the server's own and the load
// client's, where a request's CPU goes on a machine that runs all three. Zero where /proc or PostgreSQL is not local.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The CPU time used so far by each process named `postgres`, in ms, by process id. */
function postgresCpuByProcess(): Map<string, number> {
  const used = new Map<string, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return used;
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      // Fields after the name: state is 3rd of the line; utime and stime are the 14th and 15th.
      const fields = stat.slice(close + 2).split(' ');
      used.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // Gone between the listing and the read.
    }
  }
  return used;
}

/**
 * Starts counting PostgreSQL's CPU; the function returned gives the ms used since by its processes, each from its own
 * first reading (a process started in between from zero). One that ended in between (a test database's connections
 * closing) is left out, its last moments uncounted, instead of taking its whole life out of the sum.
 */
export function postgresCpuSince(): () => number {
  const before = postgresCpuByProcess();
  return () => {
    const after = postgresCpuByProcess();
    let ms = 0;
    for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0);
    return ms;
  };
}
