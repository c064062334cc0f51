import { utf8 } from '../crypto/sodium';

export type SealedKind = 'case' | 'users' | 'index' | 'journal' | 'audit' | 'backup' | 'slot' | 'side' | 'head';

/**
 * The one place associated data is built (docs/vault-format.md): what every AEAD value is
 * bound to, never stored. `safehold/1|vaultId|kind|id` and, for everything but a slot,
 * `|version|keyGeneration`: a value copied to another name, another vault, another
 * version or another key generation fails to open.
 */
export function associatedData(vaultId: string, kind: SealedKind, id: string | number, version?: number, generation?: number): Uint8Array {
  const parts = [`safehold/1`, vaultId, kind, String(id)];
  if (version !== undefined) parts.push(String(version), String(generation ?? ''));
  return utf8(parts.join('|'));
}
