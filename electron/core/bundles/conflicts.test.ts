import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactStory } from '../../../shared/redaction';
import { fixture, newVault, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { exportCard, importContact } from '../contacts/contactStore';
import { Vault } from '../vault/vault';
import { submitForReview } from '../workflow/publish';
import { requestChanges, saveRedaction } from '../workflow/steps';
import { pendingConflicts } from './conflicts';
import { receiveBundle } from './receive';
import { resolveConflict } from './resolve';
import { sendBundle } from './send';

afterAll(removeTempFolders);

const REVIEWER = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase 2026' };
const ADMIN = { name: 'Admin Ala', passphrase: 'correct horse battery staple' };

async function as(dir: string, who: { name: string; passphrase: string }) {
  const v = await Vault.open(dir, { kdf: TEST_KDF });
  await v.unlock(who.name, who.passphrase);
  return v;
}

function caseInReview(vault: Vault, name: string): string {
  const [id] = vault.importCases([{ name: `${name}.json`, content: JSON.stringify(fixture(name)) }]);
  const record = vault.get(id!);
  saveRedaction(vault, id!, record.version, { title: redactStory(record.data, record.data.story!.title!).text, text: redactStory(record.data).text, decisions: [] });
  submitForReview(vault, id!);
  return id!;
}

function editAndResubmit(vault: Vault, id: string, line: string): void {
  const current = vault.get(id);
  const back = vault.saveCase(id, current.version, current.data);
  saveRedaction(vault, id, back.version, { title: back.redaction!.title, text: `${back.redaction!.text}\n${line}`, decisions: [] });
  submitForReview(vault, id);
}

/**
 * Two cases go for review; the reviewer asks for changes on both while intake edits both and
 * sends them again: the second bundle leaves both in two versions on the reviewer's laptop.
 */
async function twoConflicts() {
  const intake = await newVault();
  const review = await newVault();
  await review.vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
  const rita = exportCard(review.vault, REVIEWER.name);
  const ala = exportCard(intake.vault, ADMIN.name);
  importContact(intake.vault, rita.text, rita.fingerprint);
  importContact(review.vault, ala.text, ala.fingerprint);
  review.vault.lock();
  const ids = [caseInReview(intake.vault, 'own-04-babruisk-metrologist'), caseInReview(intake.vault, 'own-01-lida-teacher')];
  const folder = tempFolder('safehold-stick-');
  const first = sendBundle(intake.vault, { to: [rita.fingerprint], caseIds: ids, file: path.join(folder, '1.safehold-bundle') });
  const reviewer = await as(review.dir, REVIEWER);
  receiveBundle(reviewer, first.file);
  for (const id of ids) requestChanges(reviewer, id, 'Say less about the plant.');
  reviewer.lock();
  for (const id of ids) editAndResubmit(intake.vault, id, 'Edited on intake.');
  const second = sendBundle(intake.vault, { to: [rita.fingerprint], caseIds: ids, file: path.join(folder, '2.safehold-bundle') });
  intake.vault.lock();
  return { reviewDir: review.dir, ids, second, ala: ala.fingerprint };
}

describe('the cases in two versions', () => {
  it('are listed with who sent the other version and when, across locking, until a person keeps one', async () => {
    const { reviewDir, ids, second, ala } = await twoConflicts();
    const reviewer = await as(reviewDir, REVIEWER);
    expect(pendingConflicts(reviewer)).toEqual([]);
    expect(receiveBundle(reviewer, second.file).conflicts.sort()).toEqual([...ids].sort());
    reviewer.lock();
    // Who may keep one is the intake or admin role; anyone signed in sees the list.
    const admin = await as(reviewDir, ADMIN);
    const listed = pendingConflicts(admin);
    expect(listed.map((c) => c.id).sort()).toEqual([...ids].sort());
    for (const c of listed) {
      expect(c).toMatchObject({ from: ADMIN.name, fingerprint: ala, kind: 'case', title: admin.get(c.id).data.story!.title });
      expect(Date.parse(c.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
    }
    admin.lock();

    // Locked and opened again: both still wait. Keeping one takes that case off the list, audited.
    const again = await as(reviewDir, ADMIN);
    expect(pendingConflicts(again).map((c) => c.id).sort()).toEqual([...ids].sort());
    resolveConflict(again, ids[0]!, 'here');
    expect(pendingConflicts(again).map((c) => c.id)).toEqual([ids[1]]);
    expect(again.audit().entries.at(-1)).toMatchObject({ action: 'case-edit', target: `${ids[0]}: two versions resolved, kept the one here` });
    again.lock();
    const third = await as(reviewDir, ADMIN);
    expect(pendingConflicts(third).map((c) => c.id)).toEqual([ids[1]]);
    // A case erased while in two versions is no longer listed.
    third.deleteCase(ids[1]!, third.get(ids[1]!).version);
    expect(pendingConflicts(third)).toEqual([]);
    third.lock();
  });
});
