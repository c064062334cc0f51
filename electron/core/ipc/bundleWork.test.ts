import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactStory } from '../../../shared/redaction';
import { fixture, newVault, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { sendSteps } from '../bundles/send';
import type { BundleStep } from '../bundles/steps';
import { exportCard, importContact } from '../contacts/contactStore';
import { openConfBackend } from '../prefs/confBackend';
import { createPrefsStore } from '../prefs/prefsStore';
import { VaultService } from '../vault/vaultService';
import { submitForReview } from '../workflow/publish';
import { saveRedaction } from '../workflow/steps';
import { dispatch } from './dispatch';
import { browserShell, createCoreHandlers } from './handlers';

afterAll(removeTempFolders);

const REVIEWER = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase 2026' };
const CASES = 4;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An intake laptop seals CASES cases for a reviewer's laptop; returns that laptop and the bundle, and the steps the send took. */
async function bundleOfCases() {
  const intake = await newVault();
  const review = await newVault();
  await review.vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
  const rita = exportCard(review.vault, REVIEWER.name);
  const ala = exportCard(intake.vault, 'Admin Ala');
  importContact(intake.vault, rita.text, rita.fingerprint);
  importContact(review.vault, ala.text, ala.fingerprint);
  review.vault.lock();
  const ids = intake.vault.importCases(Array.from({ length: CASES }, (_, i) => ({ name: `${i}.json`, content: JSON.stringify(fixture('own-04-babruisk-metrologist')) })));
  for (const id of ids) {
    const record = intake.vault.get(id);
    saveRedaction(intake.vault, id, record.version, { title: redactStory(record.data, record.data.story!.title!).text, text: redactStory(record.data).text, decisions: [] });
    submitForReview(intake.vault, id);
  }
  const steps: BundleStep[] = [];
  const sending = sendSteps(intake.vault, { to: [rita.fingerprint], caseIds: ids, file: path.join(tempFolder('safehold-stick-'), 'b.safehold-bundle') });
  let next = sending.next();
  for (; !next.done; next = sending.next()) steps.push(next.value);
  intake.vault.lock();
  return { reviewDir: review.dir, file: next.value.file, sendSteps: steps };
}

async function reviewerApp(reviewDir: string) {
  const vaults = new VaultService({ kdf: TEST_KDF });
  const handlers = createCoreHandlers({ prefs: createPrefsStore(openConfBackend(tempFolder())), vaults, shell: browserShell, version: '1', preview: false });
  expect((await dispatch(handlers, 'vault:open', { folder: reviewDir })).ok).toBe(true);
  expect((await dispatch(handlers, 'vault:unlock', REVIEWER)).ok).toBe(true);
  return { vaults, handlers };
}

describe('a bundle sent or taken in by the app', () => {
  it('reports each case sealed, then checked and merged, while other requests get their turn; what writes waits', async () => {
    const { reviewDir, file, sendSteps: sent } = await bundleOfCases();
    expect(sent).toEqual([...Array.from({ length: CASES }, (_, i) => ({ stage: 'seal', done: i + 1, total: CASES })), { stage: 'write', done: CASES, total: CASES }]);

    const { handlers } = await reviewerApp(reviewDir);
    expect(await dispatch(handlers, 'bundles:progress', undefined)).toEqual({ ok: true, value: null });
    let settled = false;
    const receiving = dispatch(handlers, 'bundles:receive', { file }).finally(() => (settled = true));
    const seen: unknown[] = [];
    let refused: unknown = null;
    while (!settled) {
      const progress = await dispatch(handlers, 'bundles:progress', undefined);
      if (progress.ok && progress.value) {
        seen.push(progress.value);
        refused ??= await dispatch(handlers, 'cases:create', { data: fixture('own-01-lida-teacher') });
      }
      await nextTurn();
    }
    expect((await receiving).ok).toBe(true);
    expect(seen).toContainEqual({ stage: 'check', done: 1, total: CASES });
    expect(seen).toContainEqual({ stage: 'merge', done: CASES, total: CASES });
    expect(refused).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringMatching(/wait until it is done/) } });
    expect(await dispatch(handlers, 'bundles:progress', undefined)).toEqual({ ok: true, value: null });
    const page = await dispatch(handlers, 'cases:page', { sort: 'updatedAt', descending: true, state: null, query: '', language: 'en', offset: 0, limit: 50 });
    expect(page).toMatchObject({ ok: true, value: { count: CASES } });
  });

  it('stops when the vault is locked in the middle of the merge, and the next unlock finishes it', async () => {
    const { reviewDir, file } = await bundleOfCases();
    const { handlers } = await reviewerApp(reviewDir);
    let settled = false;
    const receiving = dispatch(handlers, 'bundles:receive', { file }).finally(() => (settled = true));
    let merging = false;
    while (!settled && !merging) {
      const progress = await dispatch(handlers, 'bundles:progress', undefined);
      merging = progress.ok && (progress.value as BundleStep | null)?.stage === 'merge' && (progress.value as BundleStep).done < CASES;
      if (!merging) await nextTurn();
    }
    expect(merging).toBe(true);
    expect((await dispatch(handlers, 'vault:lock', undefined)).ok).toBe(true);
    expect(await receiving).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringMatching(/finished when the vault is next unlocked/) } });
    expect((await dispatch(handlers, 'vault:unlock', REVIEWER)).ok).toBe(true);
    const page = await dispatch(handlers, 'cases:page', { sort: 'updatedAt', descending: true, state: null, query: '', language: 'en', offset: 0, limit: 50 });
    expect(page).toMatchObject({ ok: true, value: { count: CASES } });
    // Taken in whole: a copy of it is a replay.
    expect(await dispatch(handlers, 'bundles:receive', { file })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/taken in before/) } });
  });
});
