import { checkLeaks } from '../../shared/redaction';
import { cryptoReady } from '../core/crypto/sodium';
import { Vault } from '../core/vault/vault';
import { verifyExportFolder } from '../core/workflow/exportFolder';
import { caseByRef } from '../core/workflow/steps';
import { readPassphrase, takeOption } from './passphrase';
import type { CommandResult } from './result';

/**
 * `export verify DIR [--public-key KEY] [--vault VAULT [--user NAME]]`: the signature, the
 * payload hash, every file against it, and with the vault at hand a fresh leak check against
 * the case the export came from.
 */
export async function exportVerify(args: string[]): Promise<CommandResult> {
  const key = takeOption(args, '--public-key');
  const vaultOption = takeOption(key.rest, '--vault');
  const user = takeOption(vaultOption.rest, '--user');
  const rest = takeOption(user.rest, '--passphrase-file').rest;
  const unknown = rest.find((a) => a.startsWith('--'));
  if (unknown) throw new Error(`unknown option ${unknown}`);
  if (rest.length !== 1) throw new Error('usage: export verify DIR [--public-key KEY] [--vault VAULT [--user NAME]]');
  await cryptoReady();
  let trusted: string[] | undefined = key.value ? [key.value] : undefined;
  const problems: string[] = [];
  let vault: Vault | null = null;
  if (vaultOption.value) {
    vault = await Vault.open(vaultOption.value);
    const passphrase = await readPassphrase(args);
    if (user.value) await vault.unlock(user.value, passphrase);
    else await vault.unlockAny(passphrase);
    trusted = [...(trusted ?? []), ...vault.reviewerKeys()];
  }
  try {
    const check = verifyExportFolder(rest[0]!, trusted);
    problems.push(...check.problems);
    if (vault) {
      const ref = String(check.story.approval.statement.caseRef ?? '');
      const record = caseByRef(vault, ref);
      if (!record) problems.push('the case this export came from is not in the vault');
      else {
        const hits = checkLeaks(record.data, `${check.story.title}\n\n${check.story.text}`).direct.map((h) => h.text);
        if (hits.length) problems.push(`the leak check found: ${[...new Set(hits)].join(', ')}`);
      }
    }
  } finally {
    vault?.lock();
  }
  if (problems.length) return { code: 1, stdout: ['invalid:', ...problems.map((p) => `  ${p}`)].join('\n') };
  return { code: 0, stdout: `valid: the approval signature, the content hash and every file match${vault ? ', and the leak check finds nothing' : ''}` };
}
