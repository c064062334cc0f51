import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newVault, removeTempFolders } from '../../../tests/helpers/vault';
import { fingerprint, normalizeFingerprint, parseCard } from './card';
import { exportCard, FingerprintMismatchError, importContact, listContacts, revokeContact } from './contactStore';

afterAll(removeTempFolders);

async function twoVaults() {
  const intake = await newVault();
  const review = await newVault();
  await review.vault.addUser('Rita Reviewer', 'reviewer passphrase 2026', ['reviewer']);
  return { intake, review };
}

describe('contacts', () => {
  it('exports a card with both public keys and a fingerprint of six groups of five digits', async () => {
    const { review } = await twoVaults();
    const { card, text, fingerprint: fp } = exportCard(review.vault, 'Rita Reviewer');
    expect(card).toMatchObject({ format: 'safehold-contact/1', name: 'Rita Reviewer', roles: ['reviewer'] });
    expect(fp).toMatch(/^\d{5}( \d{5}){5}$/);
    expect(parseCard(text, 'card')).toEqual(card);
    expect(fingerprint(card)).toBe(fp);
    // A changed key changes the fingerprint.
    expect(fingerprint({ ...card, boxPublicKey: card.signPublicKey })).not.toBe(fp);
    expect(normalizeFingerprint(fp.replace(/ /g, '-'))).toBe(fp);
    expect(normalizeFingerprint(fp.slice(1))).toBeNull();
  });

  it('imports a card only with its own fingerprint, stores it encrypted, lists and revokes it', async () => {
    const { intake, review } = await twoVaults();
    const { text, fingerprint: fp } = exportCard(review.vault, 'Rita Reviewer');
    const other = exportCard(intake.vault, 'Admin Ala').fingerprint;
    expect(() => importContact(intake.vault, text, other)).toThrow(FingerprintMismatchError);
    expect(listContacts(intake.vault)).toEqual([]);
    const contact = importContact(intake.vault, text, fp.replace(/ /g, ''));
    expect(contact).toMatchObject({ name: 'Rita Reviewer', fingerprint: fp, roles: ['reviewer'] });
    expect(() => importContact(intake.vault, text, fp)).toThrow(/already a trusted contact/);
    const stored = readFileSync(path.join(intake.dir, 'contacts.rec'));
    expect(stored.includes(Buffer.from('Rita'))).toBe(false);
    expect(stored.includes(Buffer.from(contact.signPublicKey))).toBe(false);
    const revoked = revokeContact(intake.vault, fp);
    expect(revoked.revokedAt).toBeTruthy();
    expect(listContacts(intake.vault)).toEqual([revoked]);
    expect(() => importContact(intake.vault, text, fp)).toThrow(/revoked/);
    const audit = intake.vault.audit().entries.map((e) => `${e.action} ${e.target}`);
    expect(audit).toEqual(expect.arrayContaining([`contact-add ${fp}`, `contact-revoke ${fp}`]));
  });

  it('refuses a user of the same vault, a damaged card, and a non-admin', async () => {
    const { intake, review } = await twoVaults();
    const own = exportCard(intake.vault, 'Admin Ala');
    expect(() => importContact(intake.vault, own.text, own.fingerprint)).toThrow(/user of this vault/);
    const { text, fingerprint: fp } = exportCard(review.vault, 'Rita Reviewer');
    expect(() => importContact(intake.vault, text.replace('"reviewer"', '"owner"'), fp)).toThrow(/roles/);
    expect(() => importContact(intake.vault, '{', fp)).toThrow(/not valid JSON/);
    review.vault.lock();
    await review.vault.unlock('Rita Reviewer', 'reviewer passphrase 2026');
    expect(() => importContact(review.vault, own.text, own.fingerprint)).toThrow(/admin role/);
  });

  it('keeps the contacts through a key rotation, and verify checks them', async () => {
    const { intake, review } = await twoVaults();
    const { text, fingerprint: fp } = exportCard(review.vault, 'Rita Reviewer');
    importContact(intake.vault, text, fp);
    await intake.vault.addUser('Ivan Intake', 'intake passphrase 2026', ['intake']);
    intake.vault.removeUser('Ivan Intake');
    expect(listContacts(intake.vault).map((c) => c.fingerprint)).toEqual([fp]);
    expect(intake.vault.verify().ok).toBe(true);
  });
});
