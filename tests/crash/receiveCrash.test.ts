import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { redactStory } from '../../shared/redaction';
import { exportCard, importContact } from '../../electron/core/contacts/contactStore';
import { sendBundle } from '../../electron/core/bundles/send';
import { Vault } from '../../electron/core/vault/vault';
import { submitForReview } from '../../electron/core/workflow/publish';
import { saveRedaction } from '../../electron/core/workflow/steps';
import { fixture, newVault, removeTempFolders, tempFolder, TEST_KDF } from '../helpers/vault';

afterAll(removeTempFolders);

const REVIEWER = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase 2026' };
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
    const intake = await newVault();
    const review = await newVault();
    await review.vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
    const rita = exportCard(review.vault, REVIEWER.name);
    const ala = exportCard(intake.vault, 'Admin Ala');
    importContact(intake.vault, rita.text, rita.fingerprint);
    importContact(review.vault, ala.text, ala.fingerprint);
    review.vault.lock();
    const data = fixture('own-01-lida-teacher') as { story: { title: string } };
    const ids = intake.vault.importCases(Array.from({ length: CASES }, (_, i) => ({ name: `${i}.json`, content: JSON.stringify(data) })));
    for (const id of ids) {
      const record = intake.vault.get(id);
      saveRedaction(intake.vault, id, record.version, { title: redactStory(record.data, record.data.story!.title!).text, text: redactStory(record.data).text, decisions: [] });
      submitForReview(intake.vault, id);
    }
    const { file } = sendBundle(intake.vault, { to: [rita.fingerprint], caseIds: ids, file: path.join(tempFolder('safehold-stick-'), 'all.safehold-bundle') });
    intake.vault.lock();
    const receiver = await buildReceiver();
    for (let round = 0; round < 8; round++) {
      const dir = path.join(tempFolder(), 'vault');
      cpSync(review.dir, dir, { recursive: true });
      const { wrote } = await runAndKill(receiver, [dir, file, REVIEWER.name, REVIEWER.passphrase], round % 2 ? Math.floor(Math.random() * CASES) : 0);
      const v = await Vault.open(dir, { kdf: TEST_KDF });
      await v.unlock(REVIEWER.name, REVIEWER.passphrase);
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
