import { textOf } from '../../../shared/errors';
import { equalBytes, newKey, open, randomBytes, seal, sealTo, utf8, wipe } from '../crypto/sodium';
import { ByteReader, ByteWriter } from '../vault/framing';
import { BundleRefused } from './refusal';

/**
 * The outer layer of a `.safehold-bundle` (docs/bundle-format.md): RECIPIENT_SLOTS sealed
 * boxes, each holding the file key for one recipient or random bytes, then the body sealed
 * with XChaCha20-Poly1305 under the file key. No magic, no count, no length field: without a
 * recipient's private key the file is random bytes of a size bucket.
 */
export const RECIPIENT_SLOTS = 8;
const SLOT_TAG = utf8('SHK1');
/** crypto_box_seal adds an ephemeral public key (32) and a MAC (16). */
export const SLOT_BYTES = SLOT_TAG.length + 32 + 48;
const HEADER_BYTES = RECIPIENT_SLOTS * SLOT_BYTES;
const BODY_OVERHEAD = 24 + 16;
export const MIN_BUNDLE_BYTES = 64 * 1024;
export const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;
const SIGNATURE_BYTES = 64;

/**
 * Padmé (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication
 * with PURBs", 2019): sizes rounded up so only O(log log n) bits of the length show, at most
 * 12% more bytes; below MIN_BUNDLE_BYTES every bundle is the same size.
 */
export function bucketSize(length: number): number {
  const n = Math.max(length, MIN_BUNDLE_BYTES);
  const e = Math.floor(Math.log2(n));
  const s = Math.floor(Math.log2(e)) + 1;
  const step = 2 ** (e - s);
  return Math.ceil(n / step) * step;
}

export const isBucketSize = (length: number): boolean => length >= MIN_BUNDLE_BYTES && length <= MAX_BUNDLE_BYTES && bucketSize(length) === length;

/** Seals signed content and its signature to up to RECIPIENT_SLOTS X25519 public keys. */
export function sealBundle(signed: Uint8Array, signature: Uint8Array, recipients: Uint8Array[]): Uint8Array {
  if (recipients.length < 1 || recipients.length > RECIPIENT_SLOTS) throw new RangeError(`a bundle has 1 to ${RECIPIENT_SLOTS} recipients`);
  const fileKey = newKey();
  try {
    const keyMessage = new ByteWriter().bytes(SLOT_TAG).bytes(fileKey).finish();
    const slots = new ByteWriter();
    // The recipients' slots go to random places among random ones, so their order says nothing either.
    const order = shuffle([...recipients.map((key) => sealTo(keyMessage, key)), ...Array.from({ length: RECIPIENT_SLOTS - recipients.length }, () => randomBytes(SLOT_BYTES))]);
    for (const slot of order) slots.bytes(slot);
    wipe(keyMessage);
    const header = slots.finish();
    const inner = 4 + signed.length + SIGNATURE_BYTES;
    const total = bucketSize(HEADER_BYTES + BODY_OVERHEAD + inner);
    if (total > MAX_BUNDLE_BYTES) throw new RangeError('the bundle would be larger than 1 GiB: send fewer cases at a time');
    const plain = new Uint8Array(total - HEADER_BYTES - BODY_OVERHEAD);
    plain.set(new ByteWriter().prefixed(signed).bytes(signature).finish());
    const body = seal(fileKey, plain, header);
    return new ByteWriter().bytes(header).bytes(body).finish();
  } finally {
    wipe(fileKey);
  }
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomBytes(4).reduce((n, b) => n * 256 + b, 0) % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Opens a bundle with `openSlot` (the session's X25519 key): the signed content and its
 * signature, not yet verified. Refuses a file of no bucket size, one with no slot for this
 * key, and one whose body fails authentication.
 */
export function openBundle(bytes: Uint8Array, openSlot: (sealed: Uint8Array) => Uint8Array | null): { signed: Uint8Array; signature: Uint8Array } {
  if (!isBucketSize(bytes.length)) throw new BundleRefused('damaged', 'bundle.notBundle');
  const header = bytes.subarray(0, HEADER_BYTES);
  let fileKey: Uint8Array | null = null;
  for (let i = 0; i < RECIPIENT_SLOTS && !fileKey; i++) {
    const message = openSlot(header.subarray(i * SLOT_BYTES, (i + 1) * SLOT_BYTES));
    if (message && message.length === SLOT_TAG.length + 32 && equalBytes(message.subarray(0, SLOT_TAG.length), SLOT_TAG)) fileKey = message.slice(SLOT_TAG.length);
    if (message) wipe(message);
  }
  if (!fileKey) throw new BundleRefused('not-for-this-vault', 'bundle.notForYou');
  let plain: Uint8Array;
  try {
    plain = open(fileKey, bytes.subarray(HEADER_BYTES), header, textOf('part.bundle'));
  } catch {
    throw new BundleRefused('damaged', 'bundle.tampered');
  } finally {
    wipe(fileKey);
  }
  try {
    const reader = new ByteReader(plain, textOf('part.bundle'));
    const signed = reader.prefixed().slice();
    const signature = reader.bytes(SIGNATURE_BYTES).slice();
    if (reader.rest().some((b) => b !== 0)) throw new Error('padding');
    return { signed, signature };
  } catch {
    throw new BundleRefused('damaged', 'bundle.malformedInside');
  }
}
