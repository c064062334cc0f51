import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { Vault } from '../../electron/core/vault/vault';
import { ADMIN, fixture, newVault, removeTempFolders, tempFolder, TEST_KDF } from '../helpers/vault';

afterAll(removeTempFolders);

async function buildSaver(): Promise<string> {
  const outfile = path.join(tempFolder('safehold-crash-'), 'saver.cjs');
  await build({ entryPoints: ['tests/crash/saver.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, external: ['libsodium-wrappers-sumo'], logLevel: 'silent', nodePaths: [path.resolve('node_modules')] });
  return outfile;
}

/** Runs the saver until it has reported `after` saves, plus a random moment, then SIGKILLs it. */
function runAndKill(saver: string, args: string[], after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [saver, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: path.resolve('node_modules') } });
    let lastAcknowledged = 0;
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += String(chunk)));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n')) {
        const m = line.match(/^saved (\d+)$/);
        if (m) lastAcknowledged = Number(m[1]);
      }
      if (lastAcknowledged >= after && !child.killed) setTimeout(() => child.kill('SIGKILL'), Math.random() * 15);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(lastAcknowledged) : reject(new Error(`saver stopped on its own: ${errors}`))));
  });
}

describe('a process killed with SIGKILL in the middle of saves', () => {
  it('never leaves a torn record and never loses a save that had returned', async () => {
    const { vault, dir } = await newVault();
    const id = vault.createCase(fixture('own-01-lida-teacher')).id;
    vault.lock();
    const saver = await buildSaver();
    for (let round = 0; round < 12; round++) {
      const acknowledged = await runAndKill(saver, [dir, id, ADMIN.name, ADMIN.passphrase], 3 + Math.floor(Math.random() * 8));
      const v = await Vault.open(dir, { kdf: TEST_KDF });
      await v.unlock(ADMIN.name, ADMIN.passphrase);
      const record = v.get(id);
      expect(record.version, `round ${round}`).toBeGreaterThanOrEqual(acknowledged);
      expect(record.data.story?.title).toBe(`save ${record.version}`);
      const report = v.verify();
      expect(report.problems, `round ${round}`).toEqual([]);
      v.lock();
    }
  }, 120_000);
});
