import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseInReview, editAndResubmit, REVIEWER, trustingVaults, unlockedAs } from '../../../tests/helpers/laptops';
import { removeTempFolders, tempFolder } from '../../../tests/helpers/vault';
import { verifyExportFolder } from '../workflow/exportFolder';
import { approve, exportCase, remainingRisks } from '../workflow/publish';
import { contentHash, contentOf } from '../vault/caseHash';
import { openSigned } from './open';
import { readFileSync } from 'node:fs';
import { receiveBundle } from './receive';
import { sendBundle } from './send';
import type { Vault } from '../vault/vault';

afterAll(removeTempFolders);

const accepted = (vault: Vault, id: string) => remainingRisks(vault, id).quasi.map((q) => ({ ...q, reason: 'generic enough' }));

/**
 * On the reviewer's laptop: approve, then export the publication (or send it first) and send the
 * decision back in the order given. The intake laptop takes the decision in, then edits the case
 * and sends it again; the reviewer's laptop must see that resend as built on its version
 * (updated), not as changed on both sides.
 */
async function roundTrip(order: 'export-first' | 'decision-first' | 'publication-first') {
  const { intake, reviewDir, rita, ala } = await trustingVaults({ reviewLaptop: true });
  const id = caseInReview(intake);
  const folder = tempFolder('safehold-stick-');
  const forReview = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(folder, 'review.safehold-bundle') });
  let reviewer = await unlockedAs(reviewDir, REVIEWER);
  receiveBundle(reviewer, forReview.file);
  approve(reviewer, id, accepted(reviewer, id));
  const approvedHash = contentHash(contentOf(reviewer.get(id)));
  const published = path.join(tempFolder(), 'published');
  const exportIt = () => exportCase(reviewer, id, published);
  const sendDecision = () => sendBundle(reviewer, { to: [ala], caseIds: [id], file: path.join(folder, 'decision.safehold-bundle') });
  let decision;
  if (order === 'export-first') {
    exportIt();
    decision = sendDecision();
  } else if (order === 'publication-first') {
    // Sending the publication gives the case its publication id, as an export does.
    sendBundle(reviewer, { to: [ala], caseIds: [id], file: path.join(folder, 'publication.safehold-bundle'), publication: true });
    decision = sendDecision();
    exportIt();
  } else {
    decision = sendDecision();
    exportIt();
  }
  expect(decision.purpose).toBe('decision');
  const ritaKey = reviewer.publicKeysOf(REVIEWER.name).sign;
  reviewer.lock();
  expect(verifyExportFolder(published, [ritaKey]).problems).toEqual([]);

  const inside = openSigned(intake.session(), new Uint8Array(readFileSync(decision.file))).content;
  // Still a decision only: the reviewer's laptop sends no record onward, exported or not.
  expect(inside).toMatchObject({ purpose: 'decision', cases: [], publications: [] });
  expect(inside.decisions).toHaveLength(1);
  expect(inside.decisions[0]).toMatchObject({ caseId: id, outcome: 'approved' });
  expect(Object.keys(inside.decisions[0]!).sort()).toEqual(['approval', 'caseId', 'home', 'outcome', 'resultHash', 'reviewedHash']);

  expect(receiveBundle(intake, decision.file)).toMatchObject({ updated: [id], conflicts: [] });
  expect(intake.get(id)).toMatchObject({ state: 'approved', approval: { reviewer: REVIEWER.name } });
  editAndResubmit(intake, id, 'A line added after the approval.');
  const resend = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(folder, 'resend.safehold-bundle') });
  reviewer = await unlockedAs(reviewDir, REVIEWER);
  const again = receiveBundle(reviewer, resend.file);
  const state = reviewer.get(id).state;
  reviewer.lock();
  return { resultHash: inside.decisions[0]!.resultHash, approvedHash, again, state, id };
}

describe('a reviewer who exported the publication', () => {
  it('sends the decision back all the same, and the intake laptop takes it in (export first, then the decision)', async () => {
    const { again, state, id } = await roundTrip('export-first');
    expect(again).toMatchObject({ updated: [id], conflicts: [] });
    expect(state).toBe('in-review');
  });

  it('names the approved version as the result whichever came first, and a resend after either is built on the reviewer\'s version', async () => {
    for (const order of ['decision-first', 'export-first', 'publication-first'] as const) {
      const round = await roundTrip(order);
      // Exporting changes nothing a reviewer decided: the decision says the same in both orders.
      expect(round.resultHash, order).toBe(round.approvedHash);
      expect(round.again, order).toMatchObject({ updated: [round.id], conflicts: [] });
      expect(round.state, order).toBe('in-review');
    }
  });
});
