// Child process of the rotation crash tests: removes a user (a key rotation) and, through the
// vault's crash hook, either SIGKILLs itself at the k-th crash point or pauses at a named one
// until the parent creates a file. Says how many points it passed when it finishes.
import { existsSync, writeSync } from 'node:fs';
import { setCrashHook } from '../../electron/core/vault/crashPoints';
import { Vault } from '../../electron/core/vault/vault';

const [dir, admin, passphrase, leaving, killAt, pauseAt, resumeFile] = process.argv.slice(2) as [string, string, string, string, string, string?, string?];

function waitFor(file: string): void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(file)) Atomics.wait(cell, 0, 0, 10);
}

async function main() {
  let passed = 0;
  setCrashHook((point) => {
    passed++;
    writeSync(1, `point ${passed} ${point}\n`);
    if (passed === Number(killAt)) process.kill(process.pid, 'SIGKILL');
    if (pauseAt && point === pauseAt && resumeFile) {
      writeSync(1, 'paused\n');
      waitFor(resumeFile);
    }
  });
  const vault = await Vault.open(dir, { kdf: { opslimit: 1, memlimit: 8192 } });
  await vault.unlock(admin, passphrase);
  vault.removeUser(leaving);
  vault.lock();
  writeSync(1, `done ${passed}\n`);
}

main().catch((error: unknown) => {
  writeSync(2, `${(error as Error).stack ?? String(error)}\n`);
  process.exit(2);
});
