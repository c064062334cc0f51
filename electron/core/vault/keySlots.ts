import { SafeholdError, textOf, type ErrorText } from '../../../shared/errors';
import { deriveKey } from '../crypto/kdf';
import { checkKdfSettings, type KdfRange } from '../crypto/kdfPolicy';
import {
  fromBase64, fromUtf8, hash, newBoxKeyPair, newSigningKeyPair, open, openSealed, randomBytes, SALT_BYTES, seal, sealTo,
  signPublicKeyOf, toBase64, utf8, wipe, type KdfParams,
} from '../crypto/sodium';
import { associatedData } from './associatedData';
import { slotPart, type Header, type Slot } from './header';
import { normalizePassphrase } from './passphrase';

const slotAd = (vaultId: string, slotId: string) => associatedData(vaultId, 'slot', slotId);

/**
 * The slot tag of a user name in a format-1 header: keyed with the clear vault id only, so
 * anyone with the disk could confirm a guessed name. Read to find format-1 slots; never written.
 */
export function legacyUserTag(vaultId: string, name: string): string {
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
    kdf: { alg: 'argon2id13', opslimit: input.kdf.opslimit, memlimit: input.kdf.memlimit, salt: toBase64(salt) },
    secrets: toBase64(seal(kek, secrets, slotAd(input.vaultId, id))),
    boxPublicKey: toBase64(box.publicKey),
    sealedVaultKey: toBase64(sealTo(input.vaultKey, box.publicKey)),
    keyGeneration: input.generation,
  };
  wipe(kek);
  wipe(secrets);
  wipe(box.privateKey);
  wipe(sign.privateKey);
  return { slot, signPublicKey: sign.publicKey };
}

/**
 * Opens a slot with its passphrase; a wrong one fails as 'unauthorized', never as damage.
 * Argon2 settings outside `range` are refused before any hashing (kdfPolicy.ts).
 */
export async function unlockSlot(vaultId: string, slot: Slot, secret: string, range: KdfRange): Promise<SlotKeys> {
  checkKdfSettings(slot.kdf, range, slotPart(slot));
  const kek = await passphraseKey(secret, fromBase64(slot.kdf.salt), slot.kdf);
  let secrets: Uint8Array;
  try {
    secrets = open(kek, fromBase64(slot.secrets), slotAd(vaultId, slot.id), textOf('part.keySlot'));
  } catch {
    throw new SafeholdError('vault.wrongPassphrase');
  } finally {
    wipe(kek);
  }
  const parsed = JSON.parse(fromUtf8(secrets)) as { box: string; sign: string };
  wipe(secrets);
  const boxPrivateKey = fromBase64(parsed.box);
  const vaultKey = openSealed(fromBase64(slot.sealedVaultKey), fromBase64(slot.boxPublicKey), boxPrivateKey, textOf('part.slotVaultKey'));
  const signPrivateKey = fromBase64(parsed.sign);
  return { vaultKey, boxPrivateKey, signPrivateKey, signPublicKey: signPublicKeyOf(signPrivateKey) };
}

/**
 * Finds the user slot `passphrase` opens. A format-1 header names its slots by a tag of the
 * user name; format 2 has no tags, so every user slot is tried in turn, as disk-encryption
 * key slots are. The user name is checked against the users record by the caller.
 */
export async function openUserSlot(header: Header, name: string, passphrase: string, range: KdfRange, skip: Set<string> = new Set()): Promise<{ slot: Slot; keys: SlotKeys }> {
  const users = header.slots.filter((s) => s.kind === 'user' && !skip.has(s.id));
  const tag = legacyUserTag(header.vaultId, name);
  const tagged = users.find((s) => s.tag === tag);
  const candidates = tagged ? [tagged] : users.filter((s) => s.tag === undefined);
  // A slot whose settings were tampered with is passed over, so it cannot lock the others out; it is named if nothing opens.
  const damaged: ErrorText[] = [];
  for (const slot of candidates) {
    try {
      return { slot, keys: await unlockSlot(header.vaultId, slot, passphrase, range) };
    } catch (error) {
      if (error instanceof SafeholdError && error.code === 'damaged') damaged.push(error.text);
      else if (!(error instanceof SafeholdError && error.code === 'unauthorized')) throw error;
    }
  }
  if (damaged.length) throw new SafeholdError('vault.slotsDamaged', { problems: damaged });
  throw new SafeholdError('vault.wrongPassphrase');
}

/** Re-encrypts one slot's private keys under a new passphrase; nothing else changes. */
export async function rewrapSlot(vaultId: string, slot: Slot, keys: SlotKeys, newSecret: string, kdf: KdfParams): Promise<Slot> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await passphraseKey(newSecret, salt, kdf);
  const secrets = utf8(JSON.stringify({ box: toBase64(keys.boxPrivateKey), sign: toBase64(keys.signPrivateKey) }));
  const { tag: _tag, signPublicKey: _sign, ...rest } = slot;
  const next: Slot = {
    ...rest,
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
