import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SafeholdError } from '../../../shared/errors';
import { exportCard, listContacts, type Contact } from '../contacts/contactStore';
import type { Vault } from '../vault/vault';

/** What the renderer sees of a contact: no key, only what a person compares and decides on. */
export const contactView = (c: Contact) => ({ name: c.name, roles: c.roles, fingerprint: c.fingerprint, status: c.revokedAt ? ('revoked' as const) : ('trusted' as const), addedAt: c.addedAt });

export const contactViews = (vault: Vault) => listContacts(vault).map(contactView);

/** Writes the signed-in user's card into a folder (a stick) under a name that says only what it is. */
export function writeOwnCard(vault: Vault, folder: string): { file: string; fingerprint: string } {
  if (!existsSync(folder)) throw new SafeholdError('folder.missing', { folder });
  const { text, fingerprint } = exportCard(vault, vault.status().user?.name ?? '');
  const file = path.join(folder, `contact-card-${fingerprint.slice(0, 5)}.json`);
  writeFileSync(file, text, { mode: 0o644 });
  return { file, fingerprint };
}
