import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Linux reports a process's start in clock ticks since boot; USER_HZ, the tick that /proc
 * exposes, is 100 on every architecture Linux runs on (the kernel's own HZ may differ).
 */
const USER_HZ = 100;

function linuxStart(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: fields are counted after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[19]);
  const bootLine = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
  if (!bootLine || !Number.isFinite(ticks)) return null;
  return Number(bootLine[1]) * 1000 + (ticks * 1000) / USER_HZ;
}

/** macOS and the BSDs: `ps` gives the start to the second, in local time. */
function psStart(pid: number): number | null {
  try {
    const out = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const time = Date.parse(out);
    return Number.isNaN(time) ? null : time;
  } catch {
    // ps exits 1 when there is no such process.
    return null;
  }
}

/**
 * When the process `pid` started (ms since 1970), null when there is no such process, or
 * undefined where this system cannot say (Windows, which has no /proc and no ps; there the
 * caller falls back to whether the pid exists). Measured the same way for every process, so
 * two readings of one process agree to within the second that btime or ps rounds to.
 */
export function processStart(pid: number): number | null | undefined {
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  if (process.platform === 'linux') return linuxStart(pid);
  if (process.platform === 'win32') return undefined;
  return psStart(pid);
}
