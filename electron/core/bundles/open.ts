import { fingerprint } from '../contacts/card';
import { contactBySignKey, type Contact } from '../contacts/contactStore';
import type { VaultSession } from '../vault/session';
import { openBundle } from './container';
import { verifyContent, type BundleContent } from './content';
import { BundleRefused } from './refusal';

export interface Signer {
  name: string;
  fingerprint: string;
  status: 'trusted' | 'revoked' | 'unknown';
}

/**
 * Opens a bundle addressed to the signed-in user and checks who signed it: the content is
 * returned only when it authenticates, its signature matches and it names this user among
 * its recipients. `signer` says who signed, known to this vault or not.
 */
export function openSigned(s: VaultSession, bytes: Uint8Array): { content: BundleContent; signer: Signer; contact: Contact | undefined } {
  const { signed, signature } = openBundle(bytes, (sealed) => s.openSealedToMe(sealed));
  const content = verifyContent(signed, signature);
  if (!content.recipients.includes(s.publicKeys.box)) {
    throw new BundleRefused('not-for-this-vault', 'bundle.resealed');
  }
  const fp = fingerprint(content.sender);
  const known = contactBySignKey(s, content.sender.signPublicKey);
  // A card is both keys: the same signing key with another sealing key is someone else's card.
  const contact = known && known.boxPublicKey === content.sender.boxPublicKey ? known : undefined;
  const status = !contact ? 'unknown' : contact.revokedAt ? 'revoked' : 'trusted';
  return { content, contact, signer: { name: contact?.name ?? content.sender.name, fingerprint: fp, status } };
}

/** The same, refusing a sender who is not a trusted contact: the fingerprint is in the message, to compare. */
export function openTrusted(s: VaultSession, bytes: Uint8Array): { content: BundleContent; contact: Contact } {
  const { content, contact, signer } = openSigned(s, bytes);
  if (!contact) {
    throw new BundleRefused('unknown-sender', 'bundle.unknownSender', { name: content.sender.name, fingerprint: signer.fingerprint });
  }
  if (contact.revokedAt) {
    throw new BundleRefused('revoked-sender', 'bundle.revokedSender', { name: contact.name, fingerprint: signer.fingerprint, date: contact.revokedAt });
  }
  return { content, contact };
}
