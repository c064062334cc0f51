import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { SafeholdError } from '../../../shared/errors';
import { processStart } from './processStart';

export const LOCK_FILE = 'vault.lock';

/** What the lock file holds: who took it, when that process started, and a token of this taking. */
interface LockOwner {
  pid: number;
  /** The owner's start time (processStart), null where the system cannot say. */
  started: number | null;
  token: string;
}

/** btime and ps round to the second; two readings of one process never differ by more. */
const SAME_START_MS = 2000;
/** A lock file still empty this long after it was made was left by a crash between create and write. */
const EMPTY_LOCK_GRACE_MS = 10_000;

function readOwner(file: string): { owner: LockOwner | null; legacyPid: number | null; modified: number } {
  const modified = statSync(file).mtimeMs;
  const text = readFileSync(file, 'utf8').trim();
  // Versions before this one wrote the bare pid.
  if (/^\d+$/.test(text)) return { owner: null, legacyPid: Number(text), modified };
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.token === 'string') return { owner: { pid: value.pid, started: value.started ?? null, token: value.token }, legacyPid: null, modified };
  } catch {
    // An empty or torn lock file: judged by its age below.
  }
  return { owner: null, legacyPid: null, modified };
}

/**
 * Whether the lock's owner still runs. A pid alone cannot say: after the owner died (a crash,
 * a power cut) the system may give its number to any new process, and a lock naming it would
 * then block the vault for as long as that unrelated process lives. So the lock also records
 * when its owner started, and the owner is alive only if a process with that pid exists and
 * started at that same moment; a pid reused by a later process has a later start. A lock from
 * an older version holds the pid only: its owner must have started before the lock was made.
 * Where the start time cannot be read (Windows), a process with that pid counts as the owner.
 */
function ownerAlive(file: string): { alive: boolean; pid: number | null } {
  const { owner, legacyPid, modified } = readOwner(file);
  const pid = owner?.pid ?? legacyPid;
  // This process's own lock is taken over, as before: the callers in one process take turns.
  if (pid === process.pid) return { alive: false, pid };
  if (pid === null) return { alive: Date.now() - modified < EMPTY_LOCK_GRACE_MS, pid: null };
  const start = processStart(pid);
  if (start === null) return { alive: false, pid };
  if (start === undefined) return { alive: pidExists(pid), pid };
  if (owner) return { alive: owner.started === null || Math.abs(start - owner.started) <= SAME_START_MS, pid };
  return { alive: start <= modified + SAME_START_MS, pid };
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process writes a vault at a time: the lock file is created exclusively and names its
 * owner (pid, start time, a random token); a lock whose owner no longer runs is stale and taken
 * over. Returns the release, which removes the file only while it is still this taking's.
 */
export function acquireLock(vaultDir: string): () => void {
  const file = path.resolve(vaultDir, LOCK_FILE);
  const token = randomBytes(16).toString('hex');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, started: processStart(process.pid) ?? null, token } satisfies LockOwner));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return () => release(file, token);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const { alive, pid } = ownerAlive(file);
      if (alive) {
        throw pid ? new SafeholdError('vault.openElsewhere', { pid }) : new SafeholdError('vault.openElsewhereNoPid');
      }
      rmSync(file, { force: true });
    }
  }
  throw new SafeholdError('vault.cannotLock');
}

function release(file: string, token: string): void {
  try {
    if (readOwner(file).owner?.token !== token) return;
  } catch {
    return;
  }
  rmSync(file, { force: true });
}
