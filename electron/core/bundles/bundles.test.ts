import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseInReview, editAndResubmit, REVIEWER, trustingVaults, unlockedAs } from '../../../tests/helpers/laptops';
import { ADMIN, fixture, newVault, removeTempFolders, tempFolder } from '../../../tests/helpers/vault';
import { exportCard, importContact, listContacts, revokeContact } from '../contacts/contactStore';
import { Vault } from '../vault/vault';
import { caseRef, legacyCaseRef, signStatement } from '../workflow/approval';
import { verifyExportFolder } from '../workflow/exportFolder';
import { approve, exportCase, remainingRisks, submitForReview } from '../workflow/publish';
import { requestChanges, saveRedaction } from '../workflow/steps';
import { fromBase64, randomBytes, toBase64 } from '../crypto/sodium';
import { contentHash, contentOf } from '../vault/caseHash';
import { writeCase } from '../vault/caseStore';
import { ApprovalStatement } from '../../../shared/publication/payload';
import { bucketSize, MIN_BUNDLE_BYTES, sealBundle } from './container';
import { BUNDLE_FORMAT, signContent, type BundleContent } from './content';
import { inspectBundle, receiveBundle } from './receive';
import { BundleRefused } from './refusal';
import { resolveConflict } from './resolve';
import { sendBundle } from './send';

afterAll(removeTempFolders);

const stick = () => tempFolder('safehold-stick-');
const snapshot = (vault: Vault) => vault.list().map((e) => `${e.id}@${e.version}:${e.state}`).sort();

describe('a bundle', () => {
  it('carries cases for review and decisions back: request changes, edit and resend, approve, export and verify on the intake laptop', async () => {
    const { intake, intakeDir, reviewDir, rita, ala } = await trustingVaults({ reviewLaptop: true });
    const id = caseInReview(intake);
    const folder = stick();
    const first = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(folder, 'a.safehold-bundle') });
    expect(first).toMatchObject({ purpose: 'review', cases: 1, bytes: MIN_BUNDLE_BYTES });
    expect(readdirSync(folder)).toEqual(['a.safehold-bundle']);

    let reviewer = await unlockedAs(reviewDir, REVIEWER);
    expect(inspectBundle(reviewer, first.file)).toEqual({ forThisVault: true, signer: { name: 'Admin Ala', fingerprint: ala, status: 'trusted' }, problem: null });
    expect(receiveBundle(reviewer, first.file)).toMatchObject({ purpose: 'review', added: [id], updated: [], conflicts: [] });
    expect(reviewer.get(id).state).toBe('in-review');
    requestChanges(reviewer, id, 'Say less about the town.');
    const back = sendBundle(reviewer, { to: [ala], caseIds: [id], file: path.join(folder, 'b.safehold-bundle') });
    expect(back.purpose).toBe('decision');
    reviewer.lock();

    expect(receiveBundle(intake, back.file)).toMatchObject({ purpose: 'decision', updated: [id] });
    const returned = intake.get(id);
    expect(returned).toMatchObject({ state: 'changes-requested', reviewComment: 'Say less about the town.' });
    saveRedaction(intake, id, returned.version, { title: returned.redaction!.title, text: `${returned.redaction!.text}\nThank you.`, decisions: [] });
    submitForReview(intake, id);
    const resend = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(folder, 'c.safehold-bundle') });

    reviewer = await unlockedAs(reviewDir, REVIEWER);
    expect(receiveBundle(reviewer, resend.file)).toMatchObject({ updated: [id], conflicts: [] });
    expect(reviewer.get(id).redaction!.text).toMatch(/Thank you\.$/);
    approve(reviewer, id, remainingRisks(reviewer, id).quasi.map((q) => ({ ...q, reason: 'generic enough' })));
    const approval = sendBundle(reviewer, { to: [ala], caseIds: [id], file: path.join(folder, 'd.safehold-bundle') });
    reviewer.lock();

    expect(receiveBundle(intake, approval.file)).toMatchObject({ updated: [id] });
    expect(intake.get(id)).toMatchObject({ state: 'approved', approval: { reviewer: REVIEWER.name } });
    // The reviewer signed the intake vault's keyed reference, which the review bundle carried.
    expect(intake.get(id).approval!.statement.caseRef).toBe(caseRef(intake.session().users.caseRefKey!, id));
    const out = path.join(tempFolder(), 'publication');
    exportCase(intake, id, out);
    const contacts = exportCard(intake, 'Admin Ala');
    expect(contacts.fingerprint).toBe(ala);
    const ritaKey = (await unlockedAs(reviewDir, REVIEWER)).publicKeysOf(REVIEWER.name).sign;
    const check = verifyExportFolder(out, [ritaKey]);
    expect(check.problems).toEqual([]);
    expect(check.signer).not.toBe('unknown');
    // Each side's audit names the bundles by id only.
    const audit = intake.audit().entries.filter((e) => e.action.startsWith('bundle-')).map((e) => `${e.action} ${e.target}`);
    expect(audit).toEqual([`bundle-send ${first.bundleId}`, `bundle-receive ${back.bundleId}`, `bundle-send ${resend.bundleId}`, `bundle-receive ${approval.bundleId}`]);
    expect(existsSync(path.join(intakeDir, 'pending.rec'))).toBe(false);
  });

  it('holds nothing readable: no case text, name or key in the file, its size a bucket', async () => {
    const { intake, rita } = await trustingVaults({ reviewLaptop: true });
    const id = caseInReview(intake);
    const record = intake.get(id);
    const { file } = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(stick(), 'x.safehold-bundle') });
    const bytes = readFileSync(file);
    for (const text of [record.data.subject.fullName, record.data.story!.text.slice(0, 30), 'Admin Ala', 'Rita', 'review', 'safehold', id]) {
      expect(bytes.includes(Buffer.from(text)), text).toBe(false);
    }
    expect(bytes.length).toBe(bucketSize(bytes.length));
    expect(bucketSize(MIN_BUNDLE_BYTES + 1)).toBeGreaterThan(MIN_BUNDLE_BYTES);
    expect(bucketSize(10_000_001) / 10_000_001).toBeLessThan(1.12);
  });

  it('refuses a flipped byte, a truncated file, a stranger, a revoked sender, another recipient, a replay and a rollback, and changes nothing', async () => {
    const { intake, reviewDir, rita, ala } = await trustingVaults({ reviewLaptop: true });
    const id = caseInReview(intake);
    const folder = stick();
    const older = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(folder, 'old.safehold-bundle') });
    editAndResubmit(intake, id, 'More.');
    const newer = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(folder, 'new.safehold-bundle') });
    const bytes = readFileSync(newer.file);
    const variant = (name: string, change: (b: Buffer) => Buffer) => {
      const file = path.join(folder, name);
      writeFileSync(file, change(Buffer.from(bytes)));
      return file;
    };
    const flippedBody = variant('flip-body', (b) => ((b[b.length - 100]! ^= 1), b));
    const flippedSlots = variant('flip-slots', (b) => (b.fill(b[5]! ^ 0xff, 5, 6 + 84 * 8), b));
    const truncated = variant('truncated', (b) => b.subarray(0, b.length - 1));

    const reviewer = await unlockedAs(reviewDir, REVIEWER);
    const before = snapshot(reviewer);
    const refused = (file: string, reason: string, message: RegExp) => {
      let error: unknown;
      try {
        receiveBundle(reviewer, file);
      } catch (e) {
        error = e;
      }
      expect(error, file).toBeInstanceOf(BundleRefused);
      expect((error as BundleRefused).reason).toBe(reason);
      expect((error as Error).message).toMatch(message);
      expect(snapshot(reviewer)).toEqual(before);
    };
    refused(flippedBody, 'damaged', /damaged or was changed/);
    refused(flippedSlots, 'not-for-this-vault', /not addressed to you/);
    refused(truncated, 'damaged', /cut short/);
    expect(inspectBundle(reviewer, truncated).forThisVault).toBe(false);

    // The newer version first; the older one afterwards is a rollback.
    expect(receiveBundle(reviewer, newer.file).added).toEqual([id]);
    const merged = snapshot(reviewer);
    const refusedNow = (file: string, reason: string, message: RegExp) => {
      expect(() => receiveBundle(reviewer, file)).toThrow(message);
      try {
        receiveBundle(reviewer, file);
      } catch (e) {
        expect((e as BundleRefused).reason).toBe(reason);
      }
      expect(snapshot(reviewer)).toEqual(merged);
    };
    refusedNow(newer.file, 'replayed', /taken in before/);
    refusedNow(older.file, 'rollback', /older than the one here/);
    reviewer.lock();

    // Revoked: the reviewer's admin revokes the intake admin's card.
    const adminB = await unlockedAs(reviewDir, ADMIN);
    revokeContact(adminB, ala);
    adminB.lock();
    const third = caseInReview(intake, 'own-01-lida-teacher');
    const fromRevoked = sendBundle(intake, { to: [rita], caseIds: [third], file: path.join(folder, 'revoked.safehold-bundle') });
    const reviewerAgain = await unlockedAs(reviewDir, REVIEWER);
    expect(() => receiveBundle(reviewerAgain, fromRevoked.file)).toThrow(new RegExp(`revoked.*`));
    expect(() => receiveBundle(reviewerAgain, fromRevoked.file)).toThrow(ala);
    expect(inspectBundle(reviewerAgain, fromRevoked.file).signer).toEqual({ name: 'Admin Ala', fingerprint: ala, status: 'revoked' });
    reviewerAgain.lock();

    // A stranger: a vault that never imported the sender's card; and a bundle for someone else.
    const stranger = await newVault();
    await stranger.vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
    const card = exportCard(stranger.vault, REVIEWER.name);
    importContact(intake, card.text, card.fingerprint);
    const forStranger = sendBundle(intake, { to: [card.fingerprint], caseIds: [third], file: path.join(folder, 'stranger.safehold-bundle') });
    stranger.vault.lock();
    const strangerReviewer = await unlockedAs(stranger.dir, REVIEWER);
    expect(() => receiveBundle(strangerReviewer, forStranger.file)).toThrow(new RegExp(`not a trusted contact.*${ala}`));
    expect(inspectBundle(strangerReviewer, forStranger.file)).toMatchObject({ forThisVault: true, signer: { status: 'unknown', fingerprint: ala } });
    expect(strangerReviewer.list()).toEqual([]);
    strangerReviewer.lock();
    const wrong = await unlockedAs(reviewDir, REVIEWER);
    expect(() => receiveBundle(wrong, forStranger.file)).toThrow(/not addressed to you/);
    expect(inspectBundle(wrong, forStranger.file)).toMatchObject({ forThisVault: false, signer: null });
    wrong.lock();
    const auditor = await unlockedAs(reviewDir, ADMIN);
    const refusals = auditor.audit().entries.filter((e) => e.action === 'bundle-refused').map((e) => e.target);
    auditor.lock();
    expect(refusals).toContain(`${newer.bundleId}: replayed`);
    expect(refusals).toContain('unreadable bundle: not-for-this-vault');
  });

  it('refuses a trusted sender\'s bundle that slips an approved case in as a case for review', async () => {
    const { intake, reviewDir, rita } = await trustingVaults({ reviewLaptop: true });
    const id = caseInReview(intake);
    const s = intake.session();
    const ritaCard = listContacts(intake).find((c) => c.fingerprint === rita)!;
    const content: BundleContent = {
      format: BUNDLE_FORMAT, bundleId: toBase64(randomBytes(16)), createdAt: new Date().toISOString(), purpose: 'review',
      sender: { name: s.user.name, roles: s.user.roles, vaultId: s.vaultId, boxPublicKey: s.publicKeys.box, signPublicKey: s.publicKeys.sign },
      recipients: [ritaCard.boxPublicKey],
      cases: [{ id, home: s.vaultId, lineage: [], caseRef: caseRef(s.users.caseRefKey!, id), record: { ...contentOf(intake.get(id)), state: 'approved' } }],
      decisions: [], publications: [],
    };
    const { signed, signature } = signContent(content, (m) => s.sign(m));
    const file = path.join(stick(), 'forged.safehold-bundle');
    writeFileSync(file, sealBundle(signed, signature, [fromBase64(ritaCard.boxPublicKey)]));
    const reviewer = await unlockedAs(reviewDir, REVIEWER);
    expect(() => receiveBundle(reviewer, file)).toThrow(/cases in review only/);
    expect(reviewer.list()).toEqual([]);
    reviewer.lock();
  });

  it('keeps a case changed on both sides in both versions, never overwritten', async () => {
    const { intake, reviewDir, rita, ala } = await trustingVaults({ reviewLaptop: true });
    const id = caseInReview(intake);
    const folder = stick();
    const first = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(folder, '1.safehold-bundle') });
    const reviewer = await unlockedAs(reviewDir, REVIEWER);
    receiveBundle(reviewer, first.file);
    requestChanges(reviewer, id, 'The date is too exact.');
    const mine = reviewer.get(id);
    // Meanwhile the intake laptop changed the case too and sends it again.
    editAndResubmit(intake, id, 'Edited on intake.');
    const second = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(folder, '2.safehold-bundle') });
    expect(receiveBundle(reviewer, second.file)).toMatchObject({ conflicts: [id], updated: [], added: [] });
    const kept = reviewer.get(id);
    expect(kept).toMatchObject({ state: 'changes-requested', reviewComment: mine.reviewComment, redaction: mine.redaction });
    expect(kept.conflict).toMatchObject({ bundleId: second.bundleId, from: 'Admin Ala' });
    expect(kept.conflict!.theirs!.redaction!.text).toMatch(/Edited on intake\.$/);
    // A person chooses; both versions count as seen, so a copy of either arriving again is a rollback.
    expect(() => resolveConflict(reviewer, id, 'theirs')).toThrow(/intake or admin role/);
    reviewer.lock();
    const admin = await unlockedAs(reviewDir, ADMIN);
    const resolved = resolveConflict(admin, id, 'theirs');
    expect(resolved.conflict).toBeUndefined();
    expect(resolved).toMatchObject({ state: 'in-review', redaction: { text: expect.stringMatching(/Edited on intake\.$/) } });
    expect(() => resolveConflict(admin, id, 'here')).toThrow(/nothing to choose/);
    expect(resolved.sync!.lineage).toContain(contentHash(kept.conflict!.theirs!));
    // A reviewer's laptop never sends a case's record onward, nor takes one in but by a bundle.
    expect(admin.reviewLaptop).toBe(true);
    expect(() => sendBundle(admin, { to: [ala], caseIds: [id], file: path.join(folder, '3.safehold-bundle') })).toThrow(/reviewer's laptop/);
    expect(() => admin.importCases([{ name: 'x.json', content: JSON.stringify(fixture('own-01-lida-teacher')) }])).toThrow(/reviewer's laptop/);
    expect(() => admin.exportCaseFile(id)).toThrow(/reviewer's laptop/);
    admin.lock();
  });

  it('takes back only an approval over the keyed case reference the review bundle carried, never the recomputable one of format 1', async () => {
    const { intake, reviewDir, rita, ala } = await trustingVaults({ reviewLaptop: true });
    const id = caseInReview(intake);
    const folder = stick();
    const forReview = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(folder, 'r.safehold-bundle') });
    const reviewer = await unlockedAs(reviewDir, REVIEWER);
    receiveBundle(reviewer, forReview.file);
    const home = intake.vaultId;
    // The reviewer's laptop holds the reference its home vault keyed, and nothing that could recompute it.
    expect(reviewer.get(id).sync).toMatchObject({ home, caseRef: caseRef(intake.session().users.caseRefKey!, id) });
    approve(reviewer, id, remainingRisks(reviewer, id).quasi.map((q) => ({ ...q, reason: 'generic enough' })));
    const approved = reviewer.get(id);

    // The same approval, signed by the same reviewer over the format-1 reference (what the reviewer's laptop signed before).
    const s = reviewer.session();
    const statement = ApprovalStatement.parse({ ...approved.approval!.statement, caseRef: legacyCaseRef(home, id) });
    const legacy = { ...approved.approval!, statement, signature: signStatement(statement, (m) => s.sign(m)) };
    const decision = {
      caseId: id, home, reviewedHash: reviewer.get(id).sync!.lineage.at(-1)!, resultHash: contentHash(contentOf(approved)), outcome: 'approved' as const, approval: legacy,
    };
    const content: BundleContent = {
      format: BUNDLE_FORMAT, bundleId: toBase64(randomBytes(16)), createdAt: new Date().toISOString(), purpose: 'decision',
      sender: { name: s.user.name, roles: s.user.roles, vaultId: s.vaultId, boxPublicKey: s.publicKeys.box, signPublicKey: s.publicKeys.sign },
      recipients: [listContacts(reviewer).find((c) => c.fingerprint === ala)!.boxPublicKey],
      cases: [], decisions: [decision], publications: [],
    };
    const { signed, signature } = signContent(content, (m) => s.sign(m));
    const forged = path.join(folder, 'format-1.safehold-bundle');
    writeFileSync(forged, sealBundle(signed, signature, content.recipients.map(fromBase64)));
    const genuine = sendBundle(reviewer, { to: [ala], caseIds: [id], file: path.join(folder, 'd.safehold-bundle') });
    reviewer.lock();

    const before = snapshot(intake);
    expect(() => receiveBundle(intake, forged)).toThrow(/case reference of vault format 1/);
    expect(snapshot(intake)).toEqual(before);
    expect(receiveBundle(intake, genuine.file).updated).toEqual([id]);
    exportCase(intake, id, path.join(tempFolder(), 'keyed'));

    // An approval over the format-1 reference in a case with a bundle lineage is not exported either.
    const current = intake.get(id);
    writeCase(intake.session(), { ...current, state: 'approved', version: current.version + 1, approval: legacy });
    expect(() => exportCase(intake, id, path.join(tempFolder(), 'legacy'))).toThrow(/case reference of vault format 1/);
  });

  it('never brings back a case deleted here: an older decision or a resend is not taken in, and says so', async () => {
    const { intake, reviewDir, rita, ala } = await trustingVaults({ reviewLaptop: true });
    const id = caseInReview(intake);
    const kept = caseInReview(intake, 'own-01-lida-teacher');
    const folder = stick();
    const first = sendBundle(intake, { to: [rita], caseIds: [id, kept], file: path.join(folder, '1.safehold-bundle') });
    editAndResubmit(intake, id, 'Sent again.');
    const resend = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(folder, '2.safehold-bundle') });

    let reviewer = await unlockedAs(reviewDir, REVIEWER);
    receiveBundle(reviewer, first.file);
    requestChanges(reviewer, id, 'Too exact.');
    requestChanges(reviewer, kept, 'Shorter.');
    const decisions = sendBundle(reviewer, { to: [ala], caseIds: [id, kept], file: path.join(folder, 'd.safehold-bundle') });
    reviewer.lock();

    // The reviewer's admin deletes the case on that laptop; the intake laptop's resend does not bring it back.
    const adminB = await unlockedAs(reviewDir, ADMIN);
    adminB.deleteCase(id, adminB.get(id).version);
    adminB.lock();
    reviewer = await unlockedAs(reviewDir, REVIEWER);
    const report = receiveBundle(reviewer, resend.file);
    expect(report).toMatchObject({ added: [], updated: [], conflicts: [], ignored: [{ id, deletedAt: expect.any(String) }] });
    expect(reviewer.list().map((e) => e.id)).toEqual([kept]);
    expect(() => reviewer.get(id)).toThrow();
    reviewer.lock();

    // The intake laptop deletes it too; the older decision on it is left out, the one on the other case is taken.
    intake.deleteCase(id, intake.get(id).version);
    const back = receiveBundle(intake, decisions.file);
    expect(back.ignored.map((c) => c.id)).toEqual([id]);
    expect(back.updated).toEqual([kept]);
    expect(intake.list().map((e) => e.id)).toEqual([kept]);
    expect(intake.get(kept).state).toBe('changes-requested');
    // What the audit keeps of it is the id of the deletion, as before.
    expect(intake.audit().entries.filter((e) => e.action === 'case-delete').map((e) => e.target)).toEqual([id]);
  });
});
