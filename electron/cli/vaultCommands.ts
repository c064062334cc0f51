import path from 'node:path';
import { readRegularFile } from '../core/files/regularFile';
import { Vault } from '../core/vault/vault';
import { readPassphrase, takeOption } from './passphrase';
import type { CommandResult } from './result';

function positional(args: string[], count: number, usage: string): string[] {
  const { rest } = takeOption(args, '--passphrase-file');
  const values = rest.filter((a) => !a.startsWith('--'));
  const unknown = rest.find((a) => a.startsWith('--') && a !== '--json');
  if (unknown) throw new Error(`unknown option ${unknown}; usage: ${usage}`);
  if (count >= 0 && values.length !== count) throw new Error(`usage: ${usage}`);
  return values;
}

/** Unlocks as --user NAME, or as whichever user the passphrase belongs to. */
async function unlocked(dir: string, args: string[]): Promise<Vault> {
  const vault = await Vault.open(dir);
  const { value: user } = takeOption(args, '--user');
  const delay = vault.unlockDelay();
  if (delay) process.stderr.write(`safehold: ${delay} s wait after failed unlocks\n`);
  const passphrase = await readPassphrase(args);
  if (user) await vault.unlock(user, passphrase);
  else await vault.unlockAny(passphrase);
  return vault;
}

const withoutUser = (args: string[]) => takeOption(args, '--user').rest;

export async function vaultInit(args: string[]): Promise<CommandResult> {
  const { value: user, rest } = takeOption(args, '--user');
  const [dir] = positional(rest, 1, 'vault init DIR --user NAME');
  if (!user) throw new Error('--user NAME is required: the first user becomes the admin');
  const passphrase = await readPassphrase(args, `Passphrase for ${user}: `);
  process.stderr.write('Creating the vault (measuring this computer for the key derivation)…\n');
  const { vault, recoveryCode } = await Vault.create(path.resolve(dir!), { adminName: user, passphrase });
  vault.lock();
  return {
    code: 0,
    stdout: [
      `Vault created in ${path.resolve(dir!)} with ${user} as admin.`,
      '',
      'Recovery code (shown only now; write it on paper and keep it apart from this computer):',
      '',
      `    ${recoveryCode}`,
    ].join('\n'),
  };
}

export async function vaultVerify(args: string[]): Promise<CommandResult> {
  const [dir] = positional(withoutUser(args), 1, 'vault verify DIR [--user NAME]');
  const vault = await unlocked(dir!, args);
  try {
    const report = vault.verify();
    if (report.ok) return { code: 0, stdout: `intact: ${report.checked} case record(s), the index, the users and the audit chain` };
    return { code: 1, stdout: [`damage found in ${report.problems.length} place(s):`, ...report.problems.map((p) => `  ${p.record}: ${p.message}`)].join('\n') };
  } finally {
    vault.lock();
  }
}

export async function caseImport(args: string[]): Promise<CommandResult> {
  const [dir, ...files] = positional(withoutUser(args), -1, 'case import DIR CASE.json…');
  if (!dir || !files.length) throw new Error('usage: case import DIR CASE.json…');
  const contents = files.map((file) => ({ name: file, content: readRegularFile(file) }));
  const vault = await unlocked(dir, args);
  try {
    return { code: 0, stdout: vault.importCases(contents).join('\n') };
  } finally {
    vault.lock();
  }
}

export async function caseList(args: string[]): Promise<CommandResult> {
  const json = args.includes('--json');
  const [dir] = positional(withoutUser(args), 1, 'case list DIR [--json]');
  const vault = await unlocked(dir!, args);
  try {
    const cases = vault.list().map(({ id, title, state, updatedAt }) => ({ id, title, state, updated: updatedAt }));
    if (json) return { code: 0, stdout: JSON.stringify(cases) };
    if (!cases.length) return { code: 0, stdout: 'no cases' };
    return { code: 0, stdout: cases.map((c) => `${c.id}  ${c.state.padEnd(17)} ${c.updated}  ${c.title}`).join('\n') };
  } finally {
    vault.lock();
  }
}
