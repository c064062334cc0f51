import { z } from 'zod';
import { SafeholdError, SafeholdErrorBase, schemaIssues } from '../../../shared/errors';
import { ROLES } from '../../../shared/workflow/roles';
import type { VaultSession } from '../vault/session';
import { readSideRecord, writeSideRecord } from '../vault/sideRecords';
import type { Vault } from '../vault/vault';
import { cardText, ContactCard, fingerprint, makeCard, parseCard, parseFingerprint } from './card';

export const Contact = z.strictObject({
  name: z.string().max(100),
  roles: z.array(z.enum(ROLES)).max(3),
  boxPublicKey: z.string().max(100),
  signPublicKey: z.string().max(100),
  fingerprint: z.string().max(40),
  addedAt: z.string().max(40),
  addedBy: z.string().max(200),
  revokedAt: z.string().max(40).optional(),
  revokedBy: z.string().max(200).optional(),
});
export type Contact = z.infer<typeof Contact>;

const ContactsFile = z.strictObject({ contacts: z.array(Contact).max(10_000) });

/** A fingerprint typed by a person that is not the card's: nothing was imported. */
export class FingerprintMismatchError extends SafeholdErrorBase {
  constructor(expected: string) {
    super('contacts.fingerprintMismatch', { expected });
  }
}

export function readContacts(s: VaultSession): Contact[] {
  const value = readSideRecord(s, 'contacts');
  if (value === null) return [];
  const parsed = ContactsFile.safeParse(value);
  if (!parsed.success) throw new SafeholdError('contacts.recordDamaged', { issues: schemaIssues(parsed.error) });
  return parsed.data.contacts;
}

/** The contact whose signing key this is, trusted or revoked; undefined for a stranger. */
export const contactBySignKey = (s: VaultSession, signPublicKey: string): Contact | undefined => readContacts(s).find((c) => c.signPublicKey === signPublicKey);

export function contactByFingerprint(s: VaultSession, fp: string): Contact | undefined {
  const wanted = parseFingerprint(fp);
  return readContacts(s).find((c) => c.fingerprint === wanted);
}

export function listContacts(vault: Vault): Contact[] {
  return readContacts(vault.session('contact.read'));
}

/** The card of a user of this vault, and the fingerprint both people compare. */
export function exportCard(vault: Vault, userName: string): { card: ContactCard; text: string; fingerprint: string } {
  vault.session('contact.read');
  const keys = vault.publicKeysOf(userName);
  const card = makeCard(keys.name, keys.roles, keys.box, keys.sign);
  return { card, text: cardText(card), fingerprint: fingerprint(card) };
}

/**
 * Trusts a card once a person compared its fingerprint with the other person's screen. The
 * typed fingerprint must be the card's: a card swapped on its way fails here.
 */
export function importContact(vault: Vault, text: string, typedFingerprint: string, where = 'contact card'): Contact {
  const s = vault.session('contact.manage');
  const card = parseCard(text, where);
  const fp = fingerprint(card);
  if (parseFingerprint(typedFingerprint) !== fp) throw new FingerprintMismatchError(fp);
  if (s.users.users.some((u) => u.signPublicKey === card.signPublicKey)) {
    throw new SafeholdError('contacts.isUser', { name: card.name });
  }
  const contacts = readContacts(s);
  const known = contacts.find((c) => c.fingerprint === fp);
  if (known?.revokedAt) throw new SafeholdError('contacts.revokedCard', { name: known.name, fingerprint: fp, date: known.revokedAt });
  if (known) throw new SafeholdError('contacts.alreadyTrusted', { name: known.name, fingerprint: fp });
  const contact: Contact = {
    name: card.name, roles: card.roles, boxPublicKey: card.boxPublicKey, signPublicKey: card.signPublicKey, fingerprint: fp,
    addedAt: new Date().toISOString(), addedBy: s.user.name,
  };
  writeSideRecord(s, 'contacts', { contacts: [...contacts, contact] });
  s.log('contact-add', fp);
  return contact;
}

/** From now on, bundles and approvals signed by this contact are refused. */
export function revokeContact(vault: Vault, typedFingerprint: string): Contact {
  const s = vault.session('contact.manage');
  const fp = parseFingerprint(typedFingerprint);
  const contacts = readContacts(s);
  const known = contacts.find((c) => c.fingerprint === fp);
  if (!known) throw new SafeholdError('contacts.notFound', { fingerprint: fp });
  if (known.revokedAt) return known;
  const revoked: Contact = { ...known, revokedAt: new Date().toISOString(), revokedBy: s.user.name };
  writeSideRecord(s, 'contacts', { contacts: contacts.map((c) => (c === known ? revoked : c)) });
  s.log('contact-revoke', fp);
  return revoked;
}
