import { readerTexts } from '../../shared/publication/payload';
import { checkLeaks } from '../../shared/redaction';
import { cryptoReady } from '../core/crypto/sodium';
import { Vault } from '../core/vault/vault';
import { fingerprintForPeople } from '../core/workflow/approval';
import { storyPayload, verifyExportFolder } from '../core/workflow/exportFolder';
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
  let signer: string;
  let signerFingerprint: string;
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
    signer = check.signer;
    signerFingerprint = fingerprintForPeople(check.story.approval.reviewerPublicKey);
    if (vault) {
      const ref = String(check.story.approval.statement.caseRef ?? '');
      const record = caseByRef(vault, ref);
      if (!record) problems.push('the case this export came from is not in the vault');
      else {
        // Everything a reader sees: title, story, every need's amount, currency and purpose, the total.
        const hits = readerTexts(storyPayload(check.story)).flatMap((text) => checkLeaks(record.data, text).direct.map((h) => h.text));
        if (hits.length) problems.push(`the leak check found: ${[...new Set(hits)].join(', ')}`);
      }
    }
  } finally {
    vault?.lock();
  }
  if (problems.length) return { code: 1, stdout: ['invalid:', ...problems.map((p) => `  ${p}`)].join('\n') };
  // A key that story.json carries proves only that someone signed: a forger signs with their own.
  if (signer === 'unknown') {
    return {
      code: 1,
      stdout: [
        'signature valid, signer unknown: the files match a signature, but nothing says who made it.',
        `  signing key fingerprint: ${signerFingerprint}`,
        '  Check it against a reviewer of the vault (safehold vault reviewers VAULT) with --public-key KEY or --vault VAULT.',
      ].join('\n'),
    };
  }
  return { code: 0, stdout: `valid: the approval signature, the content hash and every file match${vault ? ', and the leak check finds nothing' : ''}` };
}

/** `vault reviewers DIR [--json]`: the reviewers' public keys with fingerprints, for the publishing side to pin. */
export async function vaultReviewers(args: string[]): Promise<CommandResult> {
  const json = args.includes('--json');
  const user = takeOption(args, '--user');
  const rest = takeOption(user.rest, '--passphrase-file').rest.filter((a) => a !== '--json');
  const unknown = rest.find((a) => a.startsWith('--'));
  if (unknown) throw new Error(`unknown option ${unknown}`);
  if (rest.length !== 1) throw new Error('usage: vault reviewers DIR [--json] [--user NAME]');
  const vault = await Vault.open(rest[0]!);
  const passphrase = await readPassphrase(args);
  if (user.value) await vault.unlock(user.value, passphrase);
  else await vault.unlockAny(passphrase);
  try {
    const reviewers = vault.reviewers().map((r) => ({ name: r.name, fingerprint: fingerprintForPeople(r.publicKey), publicKey: r.publicKey }));
    if (json) return { code: 0, stdout: JSON.stringify(reviewers) };
    if (!reviewers.length) return { code: 0, stdout: 'this vault has no reviewer' };
    return { code: 0, stdout: reviewers.map((r) => `${r.name}\n  fingerprint: ${r.fingerprint}\n  public key:  ${r.publicKey}`).join('\n') };
  } finally {
    vault.lock();
  }
}
