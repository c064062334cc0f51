import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SafeholdError } from '../../../shared/errors';
import { describeIssues } from '../../../shared/ipc/describeIssues';
import { writeFileAtomic } from './files';

export const MAGIC = 'safehold-vault';
export const FORMAT_VERSION = 1;
export const HEADER_FILE = 'vault.json';

const b64 = z.string().regex(/^[A-Za-z0-9_-]+$/).max(10_000);

export const KdfSettings = z.strictObject({
  alg: z.literal('argon2id13'),
  opslimit: z.number().int().min(1).max(64),
  memlimit: z.number().int().min(8192).max(4 * 1024 * 1024 * 1024),
  salt: b64,
});

export const Slot = z.strictObject({
  id: b64,
  kind: z.enum(['user', 'recovery']),
  /** Keyed BLAKE2b of the user's name: finds the slot without writing the name in clear. */
  tag: b64.optional(),
  kdf: KdfSettings,
  /** AEAD under the passphrase key of { box: X25519 private key, sign: Ed25519 private key }. */
  secrets: b64,
  boxPublicKey: b64,
  signPublicKey: b64,
  /** The vault key, sealed to boxPublicKey. */
  sealedVaultKey: b64,
  keyGeneration: z.number().int().min(1),
});
export type Slot = z.infer<typeof Slot>;

export const Header = z.strictObject({
  magic: z.literal(MAGIC),
  formatVersion: z.literal(FORMAT_VERSION),
  vaultId: z.string().uuid(),
  createdAt: z.string().max(40),
  keyGeneration: z.number().int().min(1),
  /** Failed unlocks are sealed to this key, so they can be logged without the vault key. */
  auditPublicKey: b64,
  slots: z.array(Slot).min(1).max(1000),
});
export type Header = z.infer<typeof Header>;

export function readHeader(dir: string): Header {
  const file = path.join(dir, HEADER_FILE);
  if (!existsSync(file)) throw new SafeholdError('not-found', `${dir} is not a Safehold vault (no ${HEADER_FILE}).`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new SafeholdError('damaged', `${file} is damaged: it is not valid JSON.`);
  }
  const parsed = Header.safeParse(json);
  if (!parsed.success) throw new SafeholdError('damaged', `${file} is damaged: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function writeHeader(dir: string, header: Header): void {
  writeFileAtomic(dir, path.join(dir, HEADER_FILE), new TextEncoder().encode(`${JSON.stringify(Header.parse(header), null, 2)}\n`));
}
