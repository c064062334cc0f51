import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactStory } from '../../../shared/redaction';
import { fixture, newVault, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { exportCard, importContact, listContacts } from '../contacts/contactStore';
import { fromBase64, randomBytes, toBase64 } from '../crypto/sodium';
import { Vault } from '../vault/vault';
import { verifyExportFolder } from '../workflow/exportFolder';
import { approve, exportCase, remainingRisks, submitForReview } from '../workflow/publish';
import { saveRedaction } from '../workflow/steps';
import { sealBundle } from './container';
import { BUNDLE_FORMAT, signContent, type BundleContent } from './content';
import { openSigned } from './open';
import { exportReceivedPublication, listPublications } from './publications';
import { publicationOf } from '../workflow/publish';
import { receiveBundle } from './receive';
import { BundleRefused } from './refusal';
import { sendBundle } from './send';

afterAll(removeTempFolders);

const REVIEWER = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase 2026' };
const PUBLISHER = { name: 'Pavel Publisher', passphrase: 'publisher passphrase 2026' };

async function as(dir: string, who: { name: string; passphrase: string }) {
  const v = await Vault.open(dir, { kdf: TEST_KDF });
  await v.unlock(who.name, who.passphrase);
  return v;
}

const stick = () => tempFolder('safehold-stick-');

function refusal(work: () => unknown): BundleRefused {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(BundleRefused);
    return error as BundleRefused;
  }
  throw new Error('not refused');
}

/**
 * Intake, a reviewer's laptop and a third vault that publishes: intake sends a case for review,
 * the reviewer approves it; the publishing vault knows the intake admin, and the reviewer's
 * laptop knows the publisher.
 */
async function threeLaptops() {
  const intake = await newVault();
  const review = await newVault();
  const publisher = await newVault();
  await review.vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
  await publisher.vault.addUser(PUBLISHER.name, PUBLISHER.passphrase, ['admin']);
  const rita = exportCard(review.vault, REVIEWER.name);
  const ala = exportCard(intake.vault, 'Admin Ala');
  const pavel = exportCard(publisher.vault, PUBLISHER.name);
  importContact(intake.vault, rita.text, rita.fingerprint);
  importContact(review.vault, ala.text, ala.fingerprint);
  importContact(review.vault, pavel.text, pavel.fingerprint);
  importContact(intake.vault, pavel.text, pavel.fingerprint);
  importContact(publisher.vault, ala.text, ala.fingerprint);
  review.vault.makeReviewLaptop();
  review.vault.lock();
  publisher.vault.lock();

  const [id] = intake.vault.importCases([{ name: 'own-04.json', content: JSON.stringify(fixture('own-04-babruisk-metrologist')) }]);
  const record = intake.vault.get(id!);
  saveRedaction(intake.vault, id!, record.version, { title: redactStory(record.data, record.data.story!.title!).text, text: redactStory(record.data).text, decisions: [] });
  submitForReview(intake.vault, id!);
  const folder = stick();
  const forReview = sendBundle(intake.vault, { to: [rita.fingerprint], caseIds: [id!], file: path.join(folder, 'r.safehold-bundle') });
  const reviewer = await as(review.dir, REVIEWER);
  receiveBundle(reviewer, forReview.file);
  return { intake: intake.vault, reviewDir: review.dir, publisherDir: publisher.dir, reviewer, id: id!, folder, rita: rita.fingerprint, ritaCard: rita.text, ala: ala.fingerprint, pavel: pavel.fingerprint };
}

describe('an approved publication in a bundle', () => {
  it('goes from the reviewer\'s laptop as export would write it, never the record; the receiver lists and exports it, and it verifies', async () => {
    const { reviewer, publisherDir, id, folder, rita, ritaCard, pavel } = await threeLaptops();
    // Only an approved case's publication leaves.
    expect(() => sendBundle(reviewer, { to: [pavel], caseIds: [id], file: path.join(folder, 'early.safehold-bundle'), publication: true })).toThrow(
      /Only an approved case's publication can be sent/,
    );
    approve(reviewer, id, remainingRisks(reviewer, id).quasi.map((q) => ({ ...q, reason: 'generic enough' })));
    const record = reviewer.get(id);
    const sent = sendBundle(reviewer, { to: [pavel], caseIds: [id], file: path.join(folder, 'p.safehold-bundle'), publication: true });
    expect(sent).toMatchObject({ purpose: 'publication', cases: 1 });
    const publicationId = reviewer.get(id).publicationId!;
    expect(publicationId).toBeTruthy();
    // What export writes of the same case later is the same publication, byte for byte.
    const atReviewer = path.join(tempFolder(), 'at-reviewer');
    exportCase(reviewer, id, atReviewer);
    const ritaKey = reviewer.publicKeysOf(REVIEWER.name).sign;
    reviewer.lock();

    // The publisher trusts the reviewer as a reviewer contact.
    const publisher = await as(publisherDir, PUBLISHER);
    importContact(publisher, ritaCard, rita);
    const inside = openSigned(publisher.session(), new Uint8Array(readFileSync(sent.file))).content;
    expect(inside).toMatchObject({ purpose: 'publication', cases: [], decisions: [] });
    // Exactly what export writes, nothing of the record: story.json's fields.
    expect(JSON.parse(readFileSync(path.join(atReviewer, 'story.json'), 'utf8'))).toEqual(inside.publications[0]);
    const json = JSON.stringify(inside);
    for (const secret of [record.data.subject.fullName, ...(record.data.subject.otherNames ?? []), record.data.story!.text.slice(0, 40)]) expect(json).not.toContain(secret);

    const report = receiveBundle(publisher, sent.file);
    expect(report).toMatchObject({ purpose: 'publication', added: [], updated: [], conflicts: [], publications: [publicationId] });
    // It never becomes a case record.
    expect(publisher.list()).toEqual([]);
    expect(listPublications(publisher)).toEqual([expect.objectContaining({ publicationId, title: inside.publications[0]!.title, from: REVIEWER.name, fingerprint: rita })]);
    const out = path.join(tempFolder(), 'published');
    exportReceivedPublication(publisher, publicationId, out);
    expect(verifyExportFolder(out, [ritaKey])).toMatchObject({ problems: [], signer: 'trusted' });
    for (const name of ['story.json', 'story.md', 'story.html']) expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(readFileSync(path.join(atReviewer, name), 'utf8'));
    expect(publisher.audit().entries.filter((e) => e.action === 'case-export').map((e) => e.target)).toEqual([`publication ${publicationId} (received in bundle ${sent.bundleId})`]);
    // A copy of the bundle is a replay.
    expect(refusal(() => receiveBundle(publisher, sent.file)).reason).toBe('replayed');
    publisher.lock();
    // Three vaults, each with Argon2 unlocks: slow on a loaded machine.
  }, 180_000);

  it('is refused when its reviewer is not trusted here, when it was changed after approval, and when it is already here; nothing changes', async () => {
    const { intake, reviewer, publisherDir, id, folder, rita, ritaCard, ala, pavel } = await threeLaptops();
    approve(reviewer, id, remainingRisks(reviewer, id).quasi.map((q) => ({ ...q, reason: 'generic enough' })));
    const decision = sendBundle(reviewer, { to: [ala], caseIds: [id], file: path.join(folder, 'd.safehold-bundle') });
    const fromReviewer = sendBundle(reviewer, { to: [pavel], caseIds: [id], file: path.join(folder, 'p1.safehold-bundle'), publication: true });
    reviewer.lock();
    receiveBundle(intake, decision.file);
    // The intake laptop, holding the approval that came back, sends the publication too.
    const fromIntake = sendBundle(intake, { to: [pavel], caseIds: [id], file: path.join(folder, 'p2.safehold-bundle'), publication: true });
    const intakeId = intake.get(id).publicationId!;
    // A trusted sender that adds a line to the approved text.
    const s = intake.session();
    const story = publicationOf(s, intake.get(id));
    const content: BundleContent = {
      format: BUNDLE_FORMAT, bundleId: toBase64(randomBytes(16)), createdAt: new Date().toISOString(), purpose: 'publication',
      sender: { name: s.user.name, roles: s.user.roles, vaultId: s.vaultId, boxPublicKey: s.publicKeys.box, signPublicKey: s.publicKeys.sign },
      recipients: [listContacts(intake).find((c) => c.fingerprint === pavel)!.boxPublicKey],
      cases: [], decisions: [], publications: [{ ...story, text: `${story.text}\nCall us on +375 29 123 45 67.` }],
    };
    const { signed, signature } = signContent(content, (m) => s.sign(m));
    const forged = path.join(folder, 'forged.safehold-bundle');
    writeFileSync(forged, sealBundle(signed, signature, content.recipients.map(fromBase64)));
    intake.lock();

    const publisher = await as(publisherDir, PUBLISHER);
    // The reviewer is no contact of the publisher yet: nothing vouches for the approval.
    const untrusted = refusal(() => receiveBundle(publisher, fromIntake.file));
    expect(untrusted.reason).toBe('invalid-publication');
    expect(untrusted.message).toMatch(/not a reviewer of this vault nor a trusted reviewer contact/);
    expect(listPublications(publisher)).toEqual([]);
    importContact(publisher, ritaCard, rita);
    const changed = refusal(() => receiveBundle(publisher, forged));
    expect(changed.reason).toBe('invalid-publication');
    expect(changed.message).toMatch(/differ from what the reviewer approved/);
    expect(listPublications(publisher)).toEqual([]);

    expect(receiveBundle(publisher, fromIntake.file).publications).toEqual([intakeId]);
    // The same approval from the reviewer's laptop is the same publication: already here.
    const again = refusal(() => receiveBundle(publisher, fromReviewer.file));
    expect(again.reason).toBe('rollback');
    expect(listPublications(publisher).map((p) => p.publicationId)).toEqual([intakeId]);
    expect(publisher.list()).toEqual([]);
    const refused = publisher.audit().entries.filter((e) => e.action === 'bundle-refused').map((e) => e.target);
    expect(refused).toEqual([`${fromIntake.bundleId}: invalid-publication`, `${content.bundleId}: invalid-publication`, `${fromReviewer.bundleId}: rollback`]);
    publisher.lock();
    // Three vaults, each with Argon2 unlocks: slow on a loaded machine.
  }, 180_000);
});
