// CPU time of the local PostgreSQL server's processes, read from /proc (Linux): with the server's own and the load
// client's, where a request's CPU goes on a machine that runs all three. Zero where /proc or PostgreSQL is not local.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The CPU time used so far by every process named `postgres`, in ms (processes that ended since are not counted). */
export function postgresCpuMs(): number {
  let ticks = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      // Fields after the name: state is 3rd of the line; utime and stime are the 14th and 15th.
      const fields = stat.slice(close + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone between the listing and the read.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
