import path from 'node:path';
import { damageText, english } from '../../shared/errors';
import { readRegularFile } from '../core/files/regularFile';
import { Vault } from '../core/vault/vault';
import { command, type CommandResult, type ExitCode } from './command';
import { forTerminal } from './terminalText';
import { readPassphrase } from './passphrase';

/** The options every command that unlocks the vault takes, for its `options` list. */
export const UNLOCK = ['--user', '--passphrase-file'] as const;
type UnlockOption = (typeof UNLOCK)[number];

/** Unlocks as --user NAME, or as whichever user the passphrase belongs to. */
async function unlocked(dir: string, options: Partial<Record<UnlockOption, string>>): Promise<Vault> {
  const vault = await Vault.open(dir);
  const delay = vault.unlockDelay();
  if (delay) process.stderr.write(`safehold: ${delay} s wait after failed unlocks\n`);
  const passphrase = await readPassphrase(options['--passphrase-file']);
  if (options['--user']) await vault.unlock(options['--user'], passphrase);
  else await vault.unlockAny(passphrase);
  // Damage found at unlock is told whatever the command; nothing was deleted.
  for (const warning of vault.status().warnings) process.stderr.write(`safehold: warning: ${forTerminal(english(warning))}\n`);
  return vault;
}

/** Runs a command's work on the unlocked vault, and locks it again however the work ends. */
export async function withUnlocked<X extends ExitCode>(
  dir: string,
  options: Partial<Record<UnlockOption, string>>,
  work: (vault: Vault) => CommandResult<X> | Promise<CommandResult<X>>,
): Promise<CommandResult<X>> {
  const vault = await unlocked(dir, options);
  try {
    return await work(vault);
  } finally {
    vault.lock();
  }
}

export const vaultInit = command({
  usage: 'vault init DIR --user NAME [--review-laptop]',
  summary: "create an empty vault with NAME as admin; --review-laptop makes it a reviewer's laptop for good",
  positional: { min: 1 },
  options: UNLOCK,
  flags: ['--review-laptop'],
  exits: { 0: 'created', 2: 'bad input' },
  async run({ positional: [dir], options, flags }) {
    const user = options['--user'];
    if (!user) throw new Error('--user NAME is required: the first user becomes the admin');
    const passphrase = await readPassphrase(options['--passphrase-file'], `Passphrase for ${user}: `);
    process.stderr.write('Creating the vault (measuring this computer for the key derivation)…\n');
    const { vault, recoveryCode } = await Vault.create(path.resolve(dir!), { adminName: user, passphrase });
    // Cases reach a reviewer's laptop only in bundles, and leave it only as decisions.
    if (flags['--review-laptop']) vault.makeReviewLaptop();
    vault.lock();
    return {
      code: 0,
      stdout: [
        `Vault created in ${path.resolve(dir!)} with ${user} as admin${flags['--review-laptop'] ? ", as a reviewer's laptop" : ''}.`,
        '',
        'Recovery code (shown only now; write it on paper and keep it apart from this computer):',
        '',
        `    ${recoveryCode}`,
      ].join('\n'),
    };
  },
});

export const vaultVerify = command({
  usage: 'vault verify DIR [--user NAME]',
  summary: 'check every record, the index and the audit chain',
  positional: { min: 1 },
  options: UNLOCK,
  flags: [],
  exits: { 0: 'intact', 1: 'damage found', 2: 'bad input or cannot unlock' },
  // Damage that stops the vault from opening at all is still damage.
  errors: { damaged: 1 },
  async run({ positional: [dir], options }) {
    return withUnlocked(dir!, options, (vault) => {
      const report = vault.verify();
      if (report.ok) return { code: 0, stdout: `intact: ${report.checked} case record(s), the index, the users and the audit chain` };
      return { code: 1, stdout: [`damage found in ${report.problems.length} place(s):`, ...report.problems.map((p) => `  ${english(damageText(p))}`)].join('\n') };
    });
  },
});

export const caseImport = command({
  usage: 'case import DIR CASE.json…',
  summary: 'import case files into a vault',
  positional: { min: 2, max: Number.POSITIVE_INFINITY },
  options: UNLOCK,
  flags: [],
  exits: { 0: 'imported', 2: 'bad input (none imported if any is invalid)' },
  async run({ positional: [dir, ...files], options }) {
    const contents = files.map((file) => ({ name: file, content: readRegularFile(file) }));
    return withUnlocked(dir!, options, (vault) => ({ code: 0, stdout: vault.importCases(contents).join('\n') }));
  },
});

export const caseList = command({
  usage: 'case list DIR [--json]',
  summary: 'list the cases of a vault',
  positional: { min: 1 },
  options: UNLOCK,
  flags: ['--json'],
  exits: { 0: 'listed', 2: 'bad input or cannot unlock' },
  async run({ positional: [dir], options, flags }) {
    return withUnlocked(dir!, options, (vault) => {
      const cases = vault.list().map(({ id, title, state, updatedAt }) => ({ id, title, state, updated: updatedAt }));
      if (flags['--json']) return { code: 0, stdout: JSON.stringify(cases) };
      if (!cases.length) return { code: 0, stdout: 'no cases' };
      return { code: 0, stdout: cases.map((c) => `${c.id}  ${c.state.padEnd(17)} ${c.updated}  ${c.title}`).join('\n') };
    });
  },
});
