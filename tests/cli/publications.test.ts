import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactStory } from '../../shared/redaction';
import { receiveBundle } from '../../electron/core/bundles/receive';
import { sendBundle } from '../../electron/core/bundles/send';
import { exportCard, importContact } from '../../electron/core/contacts/contactStore';
import { Vault } from '../../electron/core/vault/vault';
import { approve, remainingRisks, submitForReview } from '../../electron/core/workflow/publish';
import { saveRedaction } from '../../electron/core/workflow/steps';
import { ADMIN, fixture, FLOOR_KDF, newVault, removeTempFolders, tempFolder } from '../helpers/vault';

// The approved-publication purpose through the command line (bundle send --publication, bundle
// receive, publication list and export, export verify), from the built bundle; the review
// before it runs in the core.
const CLI = path.resolve('dist/cli/safehold.cjs');
const REVIEWER = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase 2026' };

function run(args: string[], passphrase: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, SAFEHOLD_PASSPHRASE: passphrase }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const asAdmin = (args: string[]) => run(args, ADMIN.passphrase);
const asReviewer = (args: string[]) => run([...args, '--user', REVIEWER.name], REVIEWER.passphrase);

afterAll(removeTempFolders);

function inReview(vault: Vault, name: string): string {
  const [id] = vault.importCases([{ name: `${name}.json`, content: JSON.stringify(fixture(name)) }]);
  const record = vault.get(id!);
  saveRedaction(vault, id!, record.version, { title: redactStory(record.data, record.data.story!.title!).text, text: redactStory(record.data).text, decisions: [] });
  submitForReview(vault, id!);
  return id!;
}

describe('safehold bundle send --publication', () => {
  it('sends an approved publication from the reviewer\'s laptop; the receiver lists and exports it, export verify passes, and it is no case there', async () => {
    const intake = await newVault(FLOOR_KDF);
    const review = await newVault(FLOOR_KDF);
    const publisher = await newVault(FLOOR_KDF);
    await review.vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
    const rita = exportCard(review.vault, REVIEWER.name);
    const ala = exportCard(intake.vault, ADMIN.name);
    const pub = exportCard(publisher.vault, ADMIN.name);
    importContact(intake.vault, rita.text, rita.fingerprint);
    importContact(review.vault, ala.text, ala.fingerprint);
    importContact(review.vault, pub.text, pub.fingerprint);
    importContact(intake.vault, pub.text, pub.fingerprint);
    importContact(publisher.vault, rita.text, rita.fingerprint);
    review.vault.makeReviewLaptop();
    review.vault.lock();
    publisher.vault.lock();
    const id = inReview(intake.vault, 'own-04-babruisk-metrologist');
    const notApproved = inReview(intake.vault, 'own-01-lida-teacher');
    const stick = tempFolder('safehold-stick-');
    const file = (name: string) => path.join(stick, `${name}.safehold-bundle`);
    sendBundle(intake.vault, { to: [rita.fingerprint], caseIds: [id], file: file('review') });
    intake.vault.lock();
    const reviewer = await Vault.open(review.dir, { kdf: FLOOR_KDF });
    await reviewer.unlock(REVIEWER.name, REVIEWER.passphrase);
    receiveBundle(reviewer, file('review'));
    approve(reviewer, id, remainingRisks(reviewer, id).quasi.map((q) => ({ ...q, reason: 'generic enough' })));
    reviewer.lock();

    // A case still in review has no publication to send (exit 2, nothing written).
    const early = asAdmin(['bundle', 'send', intake.dir, '--to', pub.fingerprint, '--out', file('early'), '--publication', notApproved]);
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/Only an approved case's publication can be sent/);

    const sent = asReviewer(['bundle', 'send', review.dir, '--to', pub.fingerprint, '--out', file('publication'), '--publication', id]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/1 approved publication\(s\).*read back intact/);
    const received = asAdmin(['bundle', 'receive', publisher.dir, file('publication')]);
    expect(received.code, received.stderr).toBe(0);
    const publicationId = /approved publication {2}(\S+)/.exec(received.stdout)?.[1];
    expect(publicationId).toBeTruthy();
    expect(asAdmin(['bundle', 'receive', publisher.dir, file('publication')]).stderr).toMatch(/taken in before/);

    const listed = asAdmin(['publication', 'list', publisher.dir, '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ publicationId, from: REVIEWER.name, fingerprint: rita.fingerprint })]);
    expect(JSON.parse(asAdmin(['case', 'list', publisher.dir, '--json']).stdout)).toEqual([]);

    const folder = path.join(tempFolder(), 'publication');
    const exported = asAdmin(['publication', 'export', publisher.dir, publicationId!, '--out', folder]);
    expect(exported.code, exported.stderr).toBe(0);
    const verified = asAdmin(['export', 'verify', folder, '--vault', publisher.dir]);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/received from Rita Reviewer/);
    // About ten runs of the command line, each starting Node, libsodium and an Argon2 unlock.
  }, 600_000);
});
