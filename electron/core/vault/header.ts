import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SafeholdError, schemaIssues, textOf, type ErrorText } from '../../../shared/errors';

export const MAGIC = 'safehold-vault';
/** Format 2 authenticates the header and keeps user names and signing keys out of it; format 1 is read and upgraded at its first unlock. */
export const FORMAT_VERSION = 2;
export const HEADER_FILE = 'vault.json';

const b64 = z.string().regex(/^[A-Za-z0-9_-]+$/).max(10_000);

/** Only the shape is checked here; the accepted range is kdfPolicy's, checked before hashing. */
export const KdfSettings = z.strictObject({
  alg: z.literal('argon2id13'),
  opslimit: z.number().int().min(1).max(2 ** 32 - 1),
  memlimit: z.number().int().min(8192).max(2 ** 53),
  salt: b64,
});

export const Slot = z.strictObject({
  id: b64,
  kind: z.enum(['user', 'recovery']),
  /** Format 1 only: a hash of the user's name keyed with the clear vault id (confirmable offline), dropped on upgrade. */
  tag: b64.optional(),
  kdf: KdfSettings,
  /** AEAD under the passphrase key of { box: X25519 private key, sign: Ed25519 private key }. */
  secrets: b64,
  boxPublicKey: b64,
  /** Format 1 only: the user's signing key, the one an export names; format 2 keeps it in users.rec. */
  signPublicKey: b64.optional(),
  /** The vault key, sealed to boxPublicKey. */
  sealedVaultKey: b64,
  keyGeneration: z.number().int().min(1),
  /** Format 2: keyed BLAKE2b of this slot (headerMac.ts), so a change names the slot. */
  mac: b64.optional(),
});
export type Slot = z.infer<typeof Slot>;

/** How a message names a slot. */
export const slotPart = (slot: Pick<Slot, 'kind' | 'id'>): ErrorText => textOf(slot.kind === 'user' ? 'part.userSlot' : 'part.recoverySlot', { id: slot.id });

export const Header = z.strictObject({
  magic: z.literal(MAGIC),
  formatVersion: z.union([z.literal(1), z.literal(FORMAT_VERSION)]),
  vaultId: z.string().uuid(),
  createdAt: z.string().max(40),
  keyGeneration: z.number().int().min(1),
  /** Failed unlocks are sealed to this key, so they can be logged without the vault key. */
  auditPublicKey: b64,
  slots: z.array(Slot).min(1).max(1000),
  /** Format 2: keyed BLAKE2b of the vault fields and the list of slot ids (headerMac.ts). */
  mac: b64.optional(),
});
export type Header = z.infer<typeof Header>;

export function readHeader(dir: string): Header {
  const file = path.join(dir, HEADER_FILE);
  if (!existsSync(file)) throw new SafeholdError('vault.notVault', { folder: dir, file: HEADER_FILE });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new SafeholdError('vault.headerNotJson', { file });
  }
  const parsed = Header.safeParse(json);
  if (!parsed.success) throw new SafeholdError('vault.headerDamaged', { file, issues: schemaIssues(parsed.error) });
  return parsed.data;
}
