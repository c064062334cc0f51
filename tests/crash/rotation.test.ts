import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vault } from '../../electron/core/vault/vault';
import { ADMIN, fixture, newVault, removeTempFolders, tempFolder, TEST_KDF } from '../helpers/vault';

afterAll(removeTempFolders);

const REVIEWER = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase one' };
const LEAVING = { name: 'Leaving User', passphrase: 'leaving passphrase one' };
const SURVIVORS = [ADMIN, REVIEWER];

let rotator = '';
let template = '';
/** Case id → the title of its latest version. */
const titles = new Map<string, string>();

async function buildRotator(): Promise<string> {
  const outfile = path.join(tempFolder('safehold-rotator-'), 'rotator.cjs');
  await build({ entryPoints: ['tests/crash/rotator.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, external: ['libsodium-wrappers-sumo'], logLevel: 'silent', nodePaths: [path.resolve('node_modules')] });
  return outfile;
}

beforeAll(async () => {
  rotator = await buildRotator();
  const { vault, dir } = await newVault();
  await vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
  await vault.addUser(LEAVING.name, LEAVING.passphrase, ['intake']);
  for (const name of ['own-01-lida-teacher', 'own-03-hrodna-exile', 'own-04-babruisk-metrologist']) {
    const record = vault.createCase(fixture(name));
    titles.set(record.id, record.data.story?.title ?? record.data.subject.fullName);
  }
  const [first] = titles.keys();
  const edited = vault.saveCase(first!, 1, { ...(fixture('own-01-lida-teacher') as object), story: { title: 'second version', text: 'text of the second version' } });
  titles.set(edited.id, 'second version');
  vault.lock();
  template = dir;
}, 60_000);

function copyOfTemplate(): string {
  const dir = path.join(tempFolder('safehold-rotation-'), 'vault');
  cpSync(template, dir, { recursive: true });
  return dir;
}

interface Child {
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: () => void;
  waitFor: (line: string) => Promise<void>;
}

function runRotator(dir: string, killAt: number, pause?: { at: string; resumeFile: string }): Child {
  const args = [rotator, dir, ADMIN.name, ADMIN.passphrase, LEAVING.name, String(killAt), ...(pause ? [pause.at, pause.resumeFile] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: path.resolve('node_modules') } });
  let out = '';
  const waiters: { line: string; resolve: () => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out += String(chunk);
    for (const w of waiters.splice(0)) {
      if (out.split('\n').includes(w.line)) w.resolve();
      else waiters.push(w);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (out += String(chunk)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    output: () => out,
    exited,
    kill: () => child.kill('SIGKILL'),
    waitFor: (line) => new Promise<void>((resolve, reject) => {
      if (out.split('\n').includes(line)) return resolve();
      waiters.push({ line, resolve });
      void exited.then(() => reject(new Error(`the rotator ended before "${line}":\n${out}`)));
    }),
  };
}

const generation = (dir: string) => (JSON.parse(readFileSync(path.join(dir, 'vault.json'), 'utf8')) as { keyGeneration: number }).keyGeneration;

/** Every case opens, at its latest version, for every remaining user; nothing is left behind. */
async function expectEveryCaseOpens(dir: string, users: { name: string; passphrase: string }[], label: string): Promise<void> {
  for (const user of users) {
    const vault = await Vault.open(dir, { kdf: TEST_KDF });
    await vault.unlock(user.name, user.passphrase);
    expect(vault.list().map((e) => e.id).sort(), `${label}: ${user.name}'s list`).toEqual([...titles.keys()].sort());
    for (const [id, title] of titles) {
      const record = vault.get(id);
      expect(record.data.story?.title ?? record.data.subject.fullName, `${label}: case ${id}`).toBe(title);
    }
    expect(vault.verify().problems, label).toEqual([]);
    vault.lock();
    expect(existsSync(path.join(dir, 'rotation')), `${label}: staging left behind`).toBe(false);
    expect(existsSync(path.join(dir, 'tmp')) ? readdirSync(path.join(dir, 'tmp')) : [], label).toEqual([]);
  }
}

describe('a key rotation killed with SIGKILL at every step', () => {
  it('leaves a vault whose every case opens with the remaining users\' passphrases', async () => {
    const dry = runRotator(copyOfTemplate(), 0);
    expect(await dry.exited, dry.output()).toEqual({ code: 0, signal: null });
    const points = Number(/^done (\d+)$/m.exec(dry.output())?.[1]);
    // The manifest, three cases, users, audit, the sync, the commit, and the roll-forward's steps.
    expect(points).toBeGreaterThanOrEqual(14);
    const commitAt = Number(/^point (\d+) rotation: header committed$/m.exec(dry.output())?.[1]);
    for (let k = 1; k <= points; k++) {
      const dir = copyOfTemplate();
      const child = runRotator(dir, k);
      const { signal } = await child.exited;
      expect(signal, child.output()).toBe('SIGKILL');
      const point = new RegExp(`^point ${k} (.*)$`, 'm').exec(child.output())?.[1] ?? '?';
      const label = `killed at step ${k} (${point})`;
      const committed = generation(dir) === 2;
      expect(committed, label).toBe(k >= commitAt);
      await expectEveryCaseOpens(dir, k % 2 ? SURVIVORS : [...SURVIVORS].reverse(), label);
      const leaving = await Vault.open(dir, { kdf: TEST_KDF });
      if (committed) {
        await expect(leaving.unlock(LEAVING.name, LEAVING.passphrase), label).rejects.toMatchObject({ code: 'unauthorized' });
      } else {
        // Rolled back: the user is still there, and the removal can simply be done again.
        await leaving.unlock(ADMIN.name, ADMIN.passphrase);
        leaving.removeUser(LEAVING.name);
        leaving.lock();
        await expectEveryCaseOpens(dir, SURVIVORS, `${label}, then removed again`);
      }
    }
  }, 300_000);
});

describe('opening the vault while another process rotates its key', () => {
  it('never deletes the staging: open, list and unlock wait for the lock, and a stale header is read again', async () => {
    const dir = copyOfTemplate();
    const resumeFile = path.join(tempFolder('safehold-resume-'), 'go');
    const early = await Vault.open(dir, { kdf: TEST_KDF });
    const child = runRotator(dir, 0, { at: 'rotation: staged and synced', resumeFile });
    await child.waitFor('paused');
    const staged = readdirSync(path.join(dir, 'rotation', 'cases')).length;
    // What `safehold case list` does before it asks for a passphrase, and an unlock attempt.
    const during = await Vault.open(dir, { kdf: TEST_KDF });
    await expect(during.unlock(REVIEWER.name, REVIEWER.passphrase)).rejects.toMatchObject({ code: 'busy' });
    expect(readdirSync(path.join(dir, 'rotation', 'cases'))).toHaveLength(staged);
    writeFileSync(resumeFile, '');
    expect(await child.exited, child.output()).toEqual({ code: 0, signal: null });
    // `early` read the header before the rotation: its unlock must use the new one.
    await early.unlock(REVIEWER.name, REVIEWER.passphrase);
    expect(early.list()).toHaveLength(titles.size);
    early.lock();
    await expectEveryCaseOpens(dir, SURVIVORS, 'after a concurrent open');
  }, 60_000);

  it('a process killed just after the commit is rolled forward by the next unlock, not undone by an open', async () => {
    const dir = copyOfTemplate();
    const resumeFile = path.join(tempFolder('safehold-resume-'), 'go');
    const child = runRotator(dir, 0, { at: 'rotation: header committed', resumeFile });
    await child.waitFor('paused');
    const during = await Vault.open(dir, { kdf: TEST_KDF });
    await expect(during.unlock(ADMIN.name, ADMIN.passphrase)).rejects.toMatchObject({ code: 'busy' });
    expect(existsSync(path.join(dir, 'rotation', 'manifest.json'))).toBe(true);
    child.kill();
    await child.exited;
    expect(generation(dir)).toBe(2);
    await expectEveryCaseOpens(dir, SURVIVORS, 'killed after the commit, during an open');
  }, 60_000);
});
