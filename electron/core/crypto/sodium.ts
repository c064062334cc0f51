/**
 * The one door to cryptography in Safehold: every primitive comes from libsodium (its full
 * "sumo" build, which has Argon2id), and nothing else in the code base touches it. Each
 * function says what it takes and returns; all binary values are Uint8Array, and every
 * base64 string is libsodium's URL-safe variant without padding.
 *
 * Every call that touches a key or plaintext goes straight to libsodium's C functions in its
 * WebAssembly memory (wasmHeap.ts), never through the wrappers, which leave their copies of
 * arguments in that memory: each block is zeroed before it is freed, and `wipeScratch()`
 * zeroes libsodium's stack on lock. Keys live in one Uint8Array each, from creation to the
 * lock that zeroes them; only for the length of a call is a copy inside libsodium's memory.
 */
import sodiumModule from 'libsodium-wrappers-sumo';
import { SafeholdError, type ErrorText } from '../../../shared/errors';
import { wipeStack, withHeap, type HeapScope, type SodiumModule } from './wasmHeap';

type Sodium = typeof sodiumModule;
let sodium: Sodium | null = null;

/** Loads libsodium's WebAssembly once; every other function needs it done. */
export async function cryptoReady(): Promise<void> {
  if (sodium) return;
  await sodiumModule.ready;
  sodium = sodiumModule;
}

/** The Emscripten module behind the wrappers (see wasmHeap.ts). */
function wasm(): SodiumModule {
  if (!sodium) throw new Error('cryptoReady() must be awaited before any crypto call');
  return (sodium as unknown as { libsodium: SodiumModule }).libsodium;
}

const heap = <T>(work: (h: HeapScope) => T): T => withHeap(wasm(), work);

/**
 * Zeroes libsodium's scratch memory (its C stack; every heap block is zeroed as it is freed).
 * Called on lock, after the session's keys are wiped.
 */
export function wipeScratch(): void {
  if (sodium) wipeStack(wasm());
}

/** A copy of libsodium's whole WebAssembly memory, for the test that scans it after a lock. */
export const wasmMemorySnapshot = (): Uint8Array => wasm().HEAPU8.slice();

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;
/** XChaCha20-Poly1305: 24-byte random nonces are safe to pick at random for every message. */
export const NONCE_BYTES = 24;
export const MAC_BYTES = 16;

/** n random bytes (keys, nonces, salts only: libsodium's generator is slow for bulk data). */
export const randomBytes = (n: number): Uint8Array =>
  heap((h) => {
    const out = h.alloc(n);
    h.call('randombytes_buf', out, n);
    return h.read(out, n);
  });

/** A fresh 32-byte XChaCha20-Poly1305 key. */
export const newKey = (): Uint8Array => randomBytes(KEY_BYTES);

function checkKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new Error(`a key must be ${KEY_BYTES} bytes`);
}

/**
 * Encrypts and authenticates `plaintext`, binding `associatedData` (not secret, not stored).
 * Returns nonce (24 bytes) || ciphertext (plaintext length + 16-byte tag).
 */
export function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: Uint8Array): Uint8Array {
  checkKey(key);
  const total = NONCE_BYTES + plaintext.length + MAC_BYTES;
  return heap((h) => {
    const out = h.alloc(total);
    h.call('randombytes_buf', out, NONCE_BYTES);
    const m = h.input(plaintext);
    const ad = h.input(associatedData);
    const k = h.input(key);
    h.call('crypto_aead_xchacha20poly1305_ietf_encrypt', out + NONCE_BYTES, 0, m, plaintext.length, 0, ad, associatedData.length, 0, 0, out, k);
    return h.read(out, total);
  });
}

/** Opens what `seal` made; throws a 'damaged' error if a byte, the key or the associated data differ. */
export function open(key: Uint8Array, sealed: Uint8Array, associatedData: Uint8Array, what: ErrorText): Uint8Array {
  if (sealed.length < NONCE_BYTES + MAC_BYTES) throw new SafeholdError('record.truncated', { what });
  checkKey(key);
  const plainLength = sealed.length - NONCE_BYTES - MAC_BYTES;
  const plain = heap((h) => {
    const c = h.input(sealed);
    const ad = h.input(associatedData);
    const k = h.input(key);
    const m = h.alloc(plainLength);
    const failed = h.call('crypto_aead_xchacha20poly1305_ietf_decrypt', m, 0, 0, c + NONCE_BYTES, sealed.length - NONCE_BYTES, 0, ad, associatedData.length, 0, c, k);
    return failed ? null : h.read(m, plainLength);
  });
  if (!plain) throw new SafeholdError('record.integrity', { what });
  return plain;
}

export interface KdfParams {
  /** Argon2id passes. */
  opslimit: number;
  /** Argon2id memory in bytes (at least 64 MiB in production). */
  memlimit: number;
}

function keyPair(generator: string, publicBytes: number, privateBytes: number): { publicKey: Uint8Array; privateKey: Uint8Array } {
  return heap((h) => {
    const pk = h.alloc(publicBytes);
    const sk = h.alloc(privateBytes);
    h.call(generator, pk, sk);
    return { publicKey: h.read(pk, publicBytes), privateKey: h.read(sk, privateBytes) };
  });
}

/** Ed25519 key pair for signatures: publicKey 32 bytes, privateKey 64 bytes. */
export const newSigningKeyPair = () => keyPair('crypto_sign_keypair', 32, 64);
export const signDetached = (message: Uint8Array, privateKey: Uint8Array): Uint8Array =>
  heap((h) => {
    const sig = h.alloc(64);
    const m = h.input(message);
    h.call('crypto_sign_detached', sig, 0, m, message.length, 0, h.input(privateKey));
    return h.read(sig, 64);
  });
export const verifyDetached = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean => {
  if (signature.length !== 64 || publicKey.length !== 32) return false;
  return heap((h) => h.call('crypto_sign_verify_detached', h.input(signature), h.input(message), message.length, 0, h.input(publicKey)) === 0);
};

/** X25519 key pair for sealed boxes: the vault key is sealed to each user's public key. */
export const newBoxKeyPair = () => keyPair('crypto_box_keypair', 32, 32);
const SEAL_BYTES = 48;
/** Anonymous sealed box (X25519 + XSalsa20-Poly1305): only the private key's holder opens it. */
export function sealTo(message: Uint8Array, publicKey: Uint8Array): Uint8Array {
  if (publicKey.length !== 32) throw new SafeholdError('record.publicKeySize');
  return heap((h) => {
    const c = h.alloc(message.length + SEAL_BYTES);
    h.call('crypto_box_seal', c, h.input(message), message.length, 0, h.input(publicKey));
    return h.read(c, message.length + SEAL_BYTES);
  });
}
export function openSealed(sealed: Uint8Array, publicKey: Uint8Array, privateKey: Uint8Array, what: ErrorText): Uint8Array {
  if (sealed.length < SEAL_BYTES || publicKey.length !== 32 || privateKey.length !== 32) throw new SafeholdError('record.cannotOpen', { what });
  const plain = heap((h) => {
    const m = h.alloc(sealed.length - SEAL_BYTES);
    const failed = h.call('crypto_box_seal_open', m, h.input(sealed), sealed.length, 0, h.input(publicKey), h.input(privateKey));
    return failed ? null : h.read(m, sealed.length - SEAL_BYTES);
  });
  if (!plain) throw new SafeholdError('record.cannotOpen', { what });
  return plain;
}

/**
 * A subkey for one purpose (libsodium's crypto_kdf, BLAKE2b): `context` is exactly 8
 * characters naming the purpose, `id` numbers subkeys within it. Keys for different purposes
 * never coincide, so a MAC key can never open a record and the other way round.
 */
export function deriveSubkey(key: Uint8Array, id: number, context: string): Uint8Array {
  checkKey(key);
  const ctx = utf8(context);
  if (ctx.length !== 8) throw new Error('a subkey context is exactly 8 bytes');
  return heap((h) => {
    const out = h.alloc(KEY_BYTES);
    h.call('crypto_kdf_derive_from_key', out, KEY_BYTES, id, 0, h.input(ctx), h.input(key));
    return h.read(out, KEY_BYTES);
  });
}

/** The public half of an Ed25519 private key (libsodium's private key holds it). */
export const signPublicKeyOf = (privateKey: Uint8Array): Uint8Array =>
  heap((h) => {
    const pk = h.alloc(32);
    h.call('crypto_sign_ed25519_sk_to_pk', pk, h.input(privateKey));
    return h.read(pk, 32);
  });

/** BLAKE2b, 32 bytes; keyed when `key` is given (16 to 64 bytes). */
export const hash = (data: Uint8Array, key?: Uint8Array): Uint8Array =>
  heap((h) => {
    const out = h.alloc(32);
    const failed = h.call('crypto_generichash', out, 32, h.input(data), data.length, 0, key ? h.input(key) : 0, key ? key.length : 0);
    if (failed) throw new Error('BLAKE2b refused its key (16 to 64 bytes)');
    return h.read(out, 32);
  });

/** Overwrites a secret in memory; JavaScript strings cannot be wiped, so secrets live in buffers. */
export const wipe = (buffer: Uint8Array | null | undefined): void => {
  buffer?.fill(0);
};

// Base64 is done by Node, outside libsodium's memory, since keys pass through it (users.rec, slot secrets).
const BASE64URL = /^[A-Za-z0-9_-]*$/;
export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
export function fromBase64(text: string): Uint8Array {
  if (!BASE64URL.test(text) || text.length % 4 === 1) throw new SafeholdError('record.base64');
  const buffer = Buffer.from(text, 'base64url');
  const bytes = new Uint8Array(buffer.length);
  bytes.set(buffer);
  buffer.fill(0);
  return bytes;
}

/** Constant-time comparison of two byte strings of equal length. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
