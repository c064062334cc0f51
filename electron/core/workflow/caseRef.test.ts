import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactStory } from '../../../shared/redaction';
import { fixture, newVault, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { Vault } from '../vault/vault';
import { legacyCaseRef } from './approval';
import { approve, exportCase, remainingRisks, submitForReview } from './publish';
import { saveRedaction } from './steps';

afterAll(removeTempFolders);

const REVIEWER = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase 2026' };

describe('a seized vault does not tie its cases to a publication', () => {
  it('publishes a case reference no one can recompute from the vault id and the file names', async () => {
    const { dir, vault: admin } = await newVault();
    await admin.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
    const data = fixture('own-01-lida-teacher') as Parameters<typeof redactStory>[0];
    const { id } = admin.createCase(data);
    saveRedaction(admin, id, admin.get(id).version, { title: redactStory(data, data.story!.title!).text, text: redactStory(data).text, decisions: [] });
    submitForReview(admin, id);
    admin.lock();
    const reviewer = await Vault.open(dir, { kdf: TEST_KDF });
    await reviewer.unlock(REVIEWER.name, REVIEWER.passphrase);
    approve(reviewer, id, remainingRisks(reviewer, id).quasi.map((q) => ({ ...q, reason: 'generic enough' })));
    const folder = path.join(tempFolder('safehold-export-'), 'out');
    exportCase(reviewer, id, folder);
    reviewer.lock();
    const story = JSON.parse(readFileSync(path.join(folder, 'story.json'), 'utf8')) as { approval: { statement: { caseRef: string }; reviewerPublicKey: string } };
    const vaultId = admin.vaultId;
    expect(story.approval.statement.caseRef).not.toBe(legacyCaseRef(vaultId, id));
    expect(readFileSync(path.join(dir, 'vault.json'), 'utf8')).not.toContain(story.approval.reviewerPublicKey);
  });

});
