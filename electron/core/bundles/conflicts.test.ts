import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseInReview, editAndResubmit, REVIEWER, trustingVaults, unlockedAs } from '../../../tests/helpers/laptops';
import { ADMIN, removeTempFolders, tempFolder } from '../../../tests/helpers/vault';
import { requestChanges } from '../workflow/steps';
import { pendingConflicts } from './conflicts';
import { receiveBundle } from './receive';
import { resolveConflict } from './resolve';
import { sendBundle } from './send';

afterAll(removeTempFolders);

/**
 * Two cases go for review; the reviewer asks for changes on both while intake edits both and
 * sends them again: the second bundle leaves both in two versions on the reviewer's laptop.
 */
async function twoConflicts() {
  const { intake, reviewDir, rita, ala } = await trustingVaults();
  const ids = [caseInReview(intake, 'own-04-babruisk-metrologist'), caseInReview(intake, 'own-01-lida-teacher')];
  const folder = tempFolder('safehold-stick-');
  const first = sendBundle(intake, { to: [rita], caseIds: ids, file: path.join(folder, '1.safehold-bundle') });
  const reviewer = await unlockedAs(reviewDir, REVIEWER);
  receiveBundle(reviewer, first.file);
  for (const id of ids) requestChanges(reviewer, id, 'Say less about the plant.');
  reviewer.lock();
  for (const id of ids) editAndResubmit(intake, id, 'Edited on intake.');
  const second = sendBundle(intake, { to: [rita], caseIds: ids, file: path.join(folder, '2.safehold-bundle') });
  intake.lock();
  return { reviewDir, ids, second, ala };
}

describe('the cases in two versions', () => {
  it('are listed with who sent the other version and when, across locking, until a person keeps one', async () => {
    const { reviewDir, ids, second, ala } = await twoConflicts();
    const reviewer = await unlockedAs(reviewDir, REVIEWER);
    expect(pendingConflicts(reviewer)).toEqual([]);
    expect(receiveBundle(reviewer, second.file).conflicts.sort()).toEqual([...ids].sort());
    reviewer.lock();
    // Who may keep one is the intake or admin role; anyone signed in sees the list.
    const admin = await unlockedAs(reviewDir, ADMIN);
    const listed = pendingConflicts(admin);
    expect(listed.map((c) => c.id).sort()).toEqual([...ids].sort());
    for (const c of listed) {
      expect(c).toMatchObject({ from: ADMIN.name, fingerprint: ala, kind: 'case', title: admin.get(c.id).data.story!.title });
      expect(Date.parse(c.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
    }
    admin.lock();

    // Locked and opened again: both still wait. Keeping one takes that case off the list, audited.
    const again = await unlockedAs(reviewDir, ADMIN);
    expect(pendingConflicts(again).map((c) => c.id).sort()).toEqual([...ids].sort());
    resolveConflict(again, ids[0]!, 'here');
    expect(pendingConflicts(again).map((c) => c.id)).toEqual([ids[1]]);
    expect(again.audit().entries.at(-1)).toMatchObject({ action: 'case-edit', target: `${ids[0]}: two versions resolved, kept the one here` });
    again.lock();
    const third = await unlockedAs(reviewDir, ADMIN);
    expect(pendingConflicts(third).map((c) => c.id)).toEqual([ids[1]]);
    // A case erased while in two versions is no longer listed.
    third.deleteCase(ids[1]!, third.get(ids[1]!).version);
    expect(pendingConflicts(third)).toEqual([]);
    third.lock();
  });
});
