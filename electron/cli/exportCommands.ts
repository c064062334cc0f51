import { english, textOf, type ErrorText } from '../../shared/errors';
import { readerTexts } from '../../shared/publication/payload';
import { checkLeaks } from '../../shared/redaction';
import { receivedPublicationOf } from '../core/bundles/publications';
import { listContacts } from '../core/contacts/contactStore';
import { requireRussianMorphology } from '../core/morphology/nodeDictionaries';
import { cryptoReady } from '../core/crypto/sodium';
import { Vault } from '../core/vault/vault';
import { fingerprintForPeople } from '../core/workflow/approval';
import { storyPayload, verifyExportFolder } from '../core/workflow/exportFolder';
import { caseByRef } from '../core/workflow/steps';
import { command } from './command';
import { readPassphrase } from './passphrase';
import { UNLOCK, withUnlocked } from './vaultCommands';

/**
 * The signature, the payload hash, every file against it, and with the vault at hand a fresh
 * leak check against the case the export came from.
 */
export const exportVerify = command({
  usage: 'export verify DIR [--public-key KEY | --vault VAULT [--user NAME]]',
  summary: 'verify a publication export folder and who approved it',
  positional: { min: 1 },
  options: ['--public-key', '--vault', ...UNLOCK],
  flags: [],
  exits: { 0: 'valid and trusted', 1: 'invalid or untrusted', 2: 'bad input or cannot unlock the vault' },
  // Two answers (CONTRACT.md): a folder that is no valid export is invalid; a wrong passphrase is bad input.
  errors: { otherwise: 1, unauthorized: 2 },
  async run({ positional: [folder], options }) {
    await cryptoReady();
    let trusted: string[] | undefined = options['--public-key'] ? [options['--public-key']] : undefined;
    const problems: ErrorText[] = [];
    let signer: string;
    let signerFingerprint: string;
    let vault: Vault | null = null;
    let receivedFrom: string | null = null;
    if (options['--vault']) {
      vault = await Vault.open(options['--vault']);
      const passphrase = await readPassphrase(options['--passphrase-file']);
      if (options['--user']) await vault.unlock(options['--user'], passphrase);
      else await vault.unlockAny(passphrase);
      // Reviewers of the vault, and reviewers on other laptops it trusts as contacts (their approvals come back in bundles).
      trusted = [...(trusted ?? []), ...vault.reviewerKeys(), ...listContacts(vault).filter((c) => !c.revokedAt && c.roles.includes('reviewer')).map((c) => c.signPublicKey)];
    }
    try {
      const check = verifyExportFolder(folder!, trusted);
      problems.push(...check.problems);
      signer = check.signer;
      signerFingerprint = fingerprintForPeople(check.story.approval.reviewerPublicKey);
      if (vault) {
        const ref = String(check.story.approval.statement.caseRef ?? '');
        const found = caseByRef(vault, ref);
        // Received as a publication: its record stays where it was approved, whose leak check ran before it was sent.
        const received = 'problem' in found ? receivedPublicationOf(vault, check.story) : null;
        if (received) receivedFrom = received.from;
        else if ('problem' in found) problems.push(found.problem);
        else {
          // Everything a reader sees: title, story, every need's amount, currency and purpose, the total.
          const texts = readerTexts(storyPayload(check.story));
          requireRussianMorphology(...texts);
          const hits = texts.flatMap((text) => checkLeaks(found.record.data, text).direct.map((h) => h.text));
          if (hits.length) problems.push(textOf('exportCheck.leaks', { found: [...new Set(hits)] }));
        }
      }
    } finally {
      vault?.lock();
    }
    if (problems.length) return { code: 1, stdout: ['invalid:', ...problems.map((p) => `  ${english(p)}`)].join('\n') };
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
    const leakCheck = !vault ? '' : receivedFrom !== null
      ? `; a publication received from ${receivedFrom}: its case record is not in this vault, so the leak check was the sending vault's`
      : ', and the leak check finds nothing';
    return { code: 0, stdout: `valid: the approval signature, the content hash and every file match${leakCheck}` };
  },
});

/** The reviewers' public keys with fingerprints, for the publishing side to pin. */
export const vaultReviewers = command({
  usage: 'vault reviewers DIR [--json]',
  summary: "print the reviewers' public keys and fingerprints, for the publishing side",
  positional: { min: 1 },
  options: UNLOCK,
  flags: ['--json'],
  exits: { 0: 'listed', 2: 'bad input or cannot unlock' },
  async run({ positional: [dir], options, flags }) {
    return withUnlocked(dir!, options, (vault) => {
      const reviewers = vault.reviewers().map((r) => ({ name: r.name, fingerprint: fingerprintForPeople(r.publicKey), publicKey: r.publicKey }));
      if (flags['--json']) return { code: 0, stdout: JSON.stringify(reviewers) };
      if (!reviewers.length) return { code: 0, stdout: 'this vault has no reviewer' };
      return { code: 0, stdout: reviewers.map((r) => `${r.name}\n  fingerprint: ${r.fingerprint}\n  public key:  ${r.publicKey}`).join('\n') };
    });
  },
});
