import { SafeholdError } from '../../../shared/errors';
import { deriveKey } from '../crypto/kdf';
import {
  fromBase64, fromUtf8, hash, newBoxKeyPair, newSigningKeyPair, open, openSealed, randomBytes, SALT_BYTES, seal, sealTo,
  toBase64, utf8, wipe, type KdfParams,
} from '../crypto/sodium';
import { associatedData } from './associatedData';
import type { Slot } from './header';
import { normalizePassphrase } from './passphrase';

const slotAd = (vaultId: string, slotId: string) => associatedData(vaultId, 'slot', slotId);

/** The slot tag of a user name: keyed with the vault id, so tags differ between vaults. */
export function userTag(vaultId: string, name: string): string {
  return toBase64(hash(utf8(name.normalize('NFC').trim().toLowerCase()), hash(utf8(`safehold-user-tag|${vaultId}`))));
}

export interface SlotKeys {
  vaultKey: Uint8Array;
  boxPrivateKey: Uint8Array;
  signPrivateKey: Uint8Array;
  signPublicKey: Uint8Array;
}

async function passphraseKey(secret: string, salt: Uint8Array, kdf: KdfParams): Promise<Uint8Array> {
  const bytes = utf8(normalizePassphrase(secret));
  try {
    return await deriveKey(bytes, salt, kdf);
  } finally {
    wipe(bytes);
  }
}

interface NewSlot {
  vaultId: string;
  kind: Slot['kind'];
  tag?: string;
  secret: string;
  kdf: KdfParams;
  vaultKey: Uint8Array;
  generation: number;
}

/**
 * A new key slot: fresh X25519 and Ed25519 key pairs whose private halves are encrypted under
 * a key derived from the passphrase, and the vault key sealed to the X25519 public key. An
 * admin can later seal a new vault key to every slot without knowing anyone's passphrase.
 */
export async function createSlot(input: NewSlot): Promise<{ slot: Slot; signPublicKey: Uint8Array }> {
  const id = toBase64(randomBytes(9));
  const salt = randomBytes(SALT_BYTES);
  const box = newBoxKeyPair();
  const sign = newSigningKeyPair();
  const kek = await passphraseKey(input.secret, salt, input.kdf);
  const secrets = utf8(JSON.stringify({ box: toBase64(box.privateKey), sign: toBase64(sign.privateKey) }));
  const slot: Slot = {
    id,
    kind: input.kind,
    ...(input.tag ? { tag: input.tag } : {}),
    kdf: { alg: 'argon2id13', opslimit: input.kdf.opslimit, memlimit: input.kdf.memlimit, salt: toBase64(salt) },
    secrets: toBase64(seal(kek, secrets, slotAd(input.vaultId, id))),
    boxPublicKey: toBase64(box.publicKey),
    signPublicKey: toBase64(sign.publicKey),
    sealedVaultKey: toBase64(sealTo(input.vaultKey, box.publicKey)),
    keyGeneration: input.generation,
  };
  wipe(kek);
  wipe(secrets);
  wipe(box.privateKey);
  wipe(sign.privateKey);
  return { slot, signPublicKey: sign.publicKey };
}

/** Opens a slot with its passphrase; a wrong one fails as 'unauthorized', never as damage. */
export async function unlockSlot(vaultId: string, slot: Slot, secret: string): Promise<SlotKeys> {
  const kek = await passphraseKey(secret, fromBase64(slot.kdf.salt), slot.kdf);
  let secrets: Uint8Array;
  try {
    secrets = open(kek, fromBase64(slot.secrets), slotAd(vaultId, slot.id), 'key slot');
  } catch {
    throw new SafeholdError('unauthorized', 'The name or the passphrase is not right.');
  } finally {
    wipe(kek);
  }
  const parsed = JSON.parse(fromUtf8(secrets)) as { box: string; sign: string };
  wipe(secrets);
  const boxPrivateKey = fromBase64(parsed.box);
  const vaultKey = openSealed(fromBase64(slot.sealedVaultKey), fromBase64(slot.boxPublicKey), boxPrivateKey, 'the vault key of this slot');
  return { vaultKey, boxPrivateKey, signPrivateKey: fromBase64(parsed.sign), signPublicKey: fromBase64(slot.signPublicKey) };
}

/** Re-encrypts one slot's private keys under a new passphrase; nothing else changes. */
export async function rewrapSlot(vaultId: string, slot: Slot, keys: SlotKeys, newSecret: string, kdf: KdfParams): Promise<Slot> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await passphraseKey(newSecret, salt, kdf);
  const secrets = utf8(JSON.stringify({ box: toBase64(keys.boxPrivateKey), sign: toBase64(keys.signPrivateKey) }));
  const next: Slot = {
    ...slot,
    kdf: { alg: 'argon2id13', opslimit: kdf.opslimit, memlimit: kdf.memlimit, salt: toBase64(salt) },
    secrets: toBase64(seal(kek, secrets, slotAd(vaultId, slot.id))),
  };
  wipe(kek);
  wipe(secrets);
  return next;
}

/** Seals a new vault key to a slot (key rotation): needs no passphrase. */
export function resealSlot(slot: Slot, vaultKey: Uint8Array, generation: number): Slot {
  return { ...slot, sealedVaultKey: toBase64(sealTo(vaultKey, fromBase64(slot.boxPublicKey))), keyGeneration: generation };
}
