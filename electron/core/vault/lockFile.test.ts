import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { removeTempFolders, tempFolder } from '../../../tests/helpers/vault';
import { acquireLock, LOCK_FILE } from './lockFile';
import { processStart } from './processStart';

afterEach(removeTempFolders);

const children: ChildProcess[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

/** Another live process, as one that got a dead owner's pid would be. */
async function otherProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child.pid!;
}

function lockIn(content: string, ageSeconds = 0): string {
  const dir = tempFolder('safehold-lock-');
  const file = path.join(dir, LOCK_FILE);
  writeFileSync(file, content);
  const then = Date.now() / 1000 - ageSeconds;
  utimesSync(file, then, then);
  return dir;
}

describe('the vault lock', () => {
  it('takes over a lock whose pid now belongs to a process started after the lock was made', async () => {
    const pid = await otherProcess();
    // The format of earlier versions: the bare pid, in a file made an hour before that process.
    const legacy = lockIn(String(pid), 3600);
    acquireLock(legacy)();
    const started = processStart(pid)!;
    const reused = lockIn(JSON.stringify({ pid, started: started - 3_600_000, token: 'dead owner' }));
    const release = acquireLock(reused);
    expect(JSON.parse(readFileSync(path.join(reused, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    release();
    expect(existsSync(path.join(reused, LOCK_FILE))).toBe(false);
  });

  it('refuses while the owner named in the lock still runs, in this format or the old one', async () => {
    const pid = await otherProcess();
    const live = lockIn(JSON.stringify({ pid, started: processStart(pid), token: 'live owner' }));
    expect(() => acquireLock(live)).toThrow(expect.objectContaining({ code: 'busy', message: expect.stringContaining(String(pid)) }));
    const legacy = lockIn(String(pid));
    expect(() => acquireLock(legacy)).toThrow(expect.objectContaining({ code: 'busy' }));
  });

  it('takes over a lock whose process is gone', () => {
    const dir = lockIn(JSON.stringify({ pid: 2 ** 22 + 7, started: 0, token: 'gone' }));
    acquireLock(dir)();
  });

  it('takes a lock this pid left in an earlier life', () => {
    const dir = tempFolder('safehold-lock-');
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, started: 0, token: 'an earlier process with this pid' }));
    acquireLock(dir)();
  });

  it('waits on an empty lock file just made, and takes one a crash left long ago', () => {
    expect(() => acquireLock(lockIn(''))).toThrow(expect.objectContaining({ code: 'busy' }));
    acquireLock(lockIn('', 60))();
  });

  it('never removes a lock that another process has since taken', () => {
    const dir = tempFolder('safehold-lock-');
    const release = acquireLock(dir);
    const theirs = JSON.stringify({ pid: process.pid + 1, started: 0, token: 'theirs' });
    writeFileSync(path.join(dir, LOCK_FILE), theirs);
    release();
    expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(theirs);
  });
});
