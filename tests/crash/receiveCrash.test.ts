import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { sendBundle } from '../../electron/core/bundles/send';
import { redactAndSubmit, REVIEWER, trustingVaults, unlockedAs } from '../helpers/laptops';
import { fixture, removeTempFolders, tempFolder } from '../helpers/vault';

afterAll(removeTempFolders);

const CASES = 8;

async function buildReceiver(): Promise<string> {
  const outfile = path.join(tempFolder('safehold-crash-'), 'receiver.cjs');
  await build({ entryPoints: ['tests/crash/receiver.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, external: ['libsodium-wrappers-sumo'], logLevel: 'silent', nodePaths: [path.resolve('node_modules')] });
  return outfile;
}

/** Runs the receiver and SIGKILLs it after `after` case files (0: as soon as it is unlocked); resolves with the files it reported. */
function runAndKill(receiver: string, args: string[], after: number): Promise<{ wrote: number; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [receiver, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: path.resolve('node_modules') } });
    let wrote = 0;
    let finished = false;
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += String(chunk)));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n')) {
        const m = line.match(/^wrote (\d+)$/);
        if (m) wrote = Number(m[1]);
        if (line === 'received') finished = true;
      }
      if (wrote >= after && !child.killed) setTimeout(() => child.kill('SIGKILL'), Math.random() * 10);
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' || finished ? resolve({ wrote, finished }) : reject(new Error(`receiver stopped on its own: ${errors}`))));
  });
}

describe('a process killed with SIGKILL while it merges a bundle', () => {
  it('leaves the vault as it was, or fully updated at the next unlock', async () => {
    const { intake, reviewDir, rita } = await trustingVaults();
    const data = fixture('own-01-lida-teacher') as { story: { title: string } };
    const ids = intake.importCases(Array.from({ length: CASES }, (_, i) => ({ name: `${i}.json`, content: JSON.stringify(data) })));
    for (const id of ids) redactAndSubmit(intake, id);
    const { file } = sendBundle(intake, { to: [rita], caseIds: ids, file: path.join(tempFolder('safehold-stick-'), 'all.safehold-bundle') });
    intake.lock();
    const receiver = await buildReceiver();
    for (let round = 0; round < 8; round++) {
      const dir = path.join(tempFolder(), 'vault');
      cpSync(reviewDir, dir, { recursive: true });
      const { wrote } = await runAndKill(receiver, [dir, file, REVIEWER.name, REVIEWER.passphrase], round % 2 ? Math.floor(Math.random() * CASES) : 0);
      const v = await unlockedAs(dir, REVIEWER);
      const held = v.list().length;
      expect([0, CASES], `round ${round}: ${held} of ${CASES} cases`).toContain(held);
      // Once a case file was written the merge had begun: the unlock finished it.
      if (wrote > 0) expect(held, `round ${round}`).toBe(CASES);
      for (const entry of v.list()) expect(v.get(entry.id).state).toBe('in-review');
      expect(v.verify().problems, `round ${round}`).toEqual([]);
      v.lock();
    }
  }, 240_000);
});
