import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { caseInReview, REVIEWER, trustingVaults, unlockedAs } from '../../../tests/helpers/laptops';
import { ADMIN, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { receiveBundle } from '../bundles/receive';
import { sendBundle } from '../bundles/send';
import { openConfBackend } from '../prefs/confBackend';
import { createPrefsStore } from '../prefs/prefsStore';
import { VaultService } from '../vault/vaultService';
import { verifyExportFolder } from '../workflow/exportFolder';
import { approve, remainingRisks } from '../workflow/publish';
import { dispatch } from './dispatch';
import { browserShell, createCoreHandlers } from './handlers';

afterAll(removeTempFolders);

function app() {
  const vaults = new VaultService({ kdf: TEST_KDF });
  const handlers = createCoreHandlers({ prefs: createPrefsStore(openConfBackend(tempFolder())), vaults, shell: browserShell, version: '1', preview: false });
  const call = (channel: string, argument?: unknown) => dispatch(handlers, channel, argument);
  return { vaults, call };
}

describe('approved publications through IPC', () => {
  it('the reviewer\'s laptop sends one, the intake laptop lists it and exports it into a new folder, checked and read back', async () => {
    const { intake, intakeDir, reviewDir, rita, ala } = await trustingVaults({ reviewLaptop: true });
    const id = caseInReview(intake);
    const stick = tempFolder('safehold-stick-');
    const forReview = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(stick, 'review.safehold-bundle') });
    intake.lock();
    const reviewer = await unlockedAs(reviewDir, REVIEWER);
    receiveBundle(reviewer, forReview.file);
    approve(reviewer, id, remainingRisks(reviewer, id).quasi.map((q) => ({ ...q, reason: 'generic enough' })));
    const ritaKey = reviewer.publicKeysOf(REVIEWER.name).sign;
    reviewer.lock();

    const atReviewer = app();
    await atReviewer.call('vault:open', { folder: reviewDir });
    await atReviewer.call('vault:unlock', { name: REVIEWER.name, passphrase: REVIEWER.passphrase });
    const out = tempFolder('safehold-stick-');
    // Only a boolean says "publication": anything else is refused before the core sees it.
    expect(await atReviewer.call('bundles:send', { to: ala, caseIds: [id], folder: out, publication: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const sent = await atReviewer.call('bundles:send', { to: ala, caseIds: [id], folder: out, publication: true });
    expect(sent).toMatchObject({ ok: true, value: { purpose: 'publication', cases: 1 } });
    await atReviewer.call('vault:lock');

    const atIntake = app();
    await atIntake.call('vault:open', { folder: intakeDir });
    await atIntake.call('vault:unlock', { name: ADMIN.name, passphrase: ADMIN.passphrase });
    expect(await atIntake.call('publications:list')).toEqual({ ok: true, value: [] });
    const file = path.join(out, readdirSync(out)[0]!);
    const received = await atIntake.call('bundles:receive', { file });
    expect(received).toMatchObject({ ok: true, value: { purpose: 'publication', added: [], updated: [], conflicts: [], ignored: [], publications: [expect.any(String)] } });
    const publicationId = (received as { value: { publications: string[] } }).value.publications[0]!;
    const listed = await atIntake.call('publications:list');
    expect(listed).toEqual({
      ok: true,
      value: [expect.objectContaining({ publicationId, reviewer: REVIEWER.name, from: REVIEWER.name, fingerprint: rita, caseRef: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) })],
    });
    // No key crosses: the reviewer's key is shown as its fingerprint only.
    expect(JSON.stringify(listed)).not.toContain(ritaKey);

    for (const bad of [{ publicationId: '../../etc', folder: tempFolder() }, { publicationId, folder: 'relative/folder' }, { publicationId, folder: tempFolder(), extra: 1 }]) {
      expect(await atIntake.call('publications:export', bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(await atIntake.call('publications:export', { publicationId: 'AAAAAAAAAAAAAAAA', folder: path.join(tempFolder(), 'x') })).toMatchObject({ ok: false, error: { key: 'publication.notReceived' } });
    const target = path.join(tempFolder(), 'published');
    const written = await atIntake.call('publications:export', { publicationId, folder: target });
    expect(written).toMatchObject({ ok: true, value: { folder: target } });
    expect(readdirSync(target).sort()).toEqual(['story.html', 'story.json', 'story.md']);
    expect(verifyExportFolder(target, [ritaKey])).toMatchObject({ problems: [], signer: 'trusted' });
    // A folder with something in it is never written over.
    expect(await atIntake.call('publications:export', { publicationId, folder: target })).toMatchObject({ ok: false });
    await atIntake.call('vault:lock');
  });
});
