import { z } from 'zod';
import { SafeholdError, schemaIssues } from '../../../shared/errors';
import { ROLES, type Role } from '../../../shared/workflow/roles';
import { fromBase64, hash, utf8 } from '../crypto/sodium';

export const CARD_FORMAT = 'safehold-contact/1';

/** A 32-byte public key in libsodium's URL-safe base64 without padding. */
const PublicKey = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'expected a 32-byte public key in URL-safe base64');

/**
 * What one user hands to another vault: a name to show, the roles their own vault gives them,
 * and their two public keys. Nothing in it is secret; the fingerprint proves it was not swapped.
 */
export const ContactCard = z.strictObject({
  format: z.literal(CARD_FORMAT),
  name: z.string().trim().min(1).max(100).regex(/^[\p{L}\p{N} ._'-]+$/u, 'may hold letters, digits, spaces and . _ \' - only'),
  roles: z.array(z.enum(ROLES)).min(1).max(3),
  /** X25519: bundles are sealed to it. */
  boxPublicKey: PublicKey,
  /** Ed25519: bundles and approvals are signed with its private half. */
  signPublicKey: PublicKey,
});
export type ContactCard = z.infer<typeof ContactCard>;

const FINGERPRINT_GROUPS = 6;

/**
 * 30 digits in six groups of five, as Signal's safety numbers: easy to read aloud in any of
 * the three languages, about 100 bits of BLAKE2b over both keys (a forged card with the same
 * digits would need a second preimage of that). Each group is five bytes of the hash mod 100000.
 */
export function fingerprint(card: Pick<ContactCard, 'boxPublicKey' | 'signPublicKey'>): string {
  const digest = hash(new Uint8Array([...utf8('safehold-contact-fingerprint/1|'), ...fromBase64(card.boxPublicKey), ...fromBase64(card.signPublicKey)]));
  const groups: string[] = [];
  for (let g = 0; g < FINGERPRINT_GROUPS; g++) {
    let n = 0;
    for (let i = 0; i < 5; i++) n = n * 256 + digest[g * 5 + i]!;
    groups.push(String(n % 100_000).padStart(5, '0'));
  }
  return groups.join(' ');
}

/** A fingerprint as a person typed it (spaces, dashes or none) in its one written form, or null. */
export function normalizeFingerprint(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{30}$/.test(digits)) return null;
  return (digits.match(/\d{5}/g) ?? []).join(' ');
}

export function parseFingerprint(text: string): string {
  const fp = normalizeFingerprint(text);
  if (!fp) throw new SafeholdError('contacts.fingerprintFormat');
  return fp;
}

export function makeCard(name: string, roles: Role[], boxPublicKey: string, signPublicKey: string): ContactCard {
  return ContactCard.parse({ format: CARD_FORMAT, name, roles, boxPublicKey, signPublicKey });
}

/** The card as a file: plain JSON, so a person can read what they are about to trust. */
export const cardText = (card: ContactCard): string => `${JSON.stringify(card, null, 2)}\n`;

export function parseCard(text: string, where: string): ContactCard {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new SafeholdError('contacts.notJson', { where });
  }
  const parsed = ContactCard.safeParse(json);
  if (!parsed.success) throw new SafeholdError('contacts.invalidCard', { where, issues: schemaIssues(parsed.error) });
  return parsed.data;
}
