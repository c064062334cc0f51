/**
 * The one door to cryptography in Safehold: every primitive comes from libsodium (its full
 * "sumo" build, which has Argon2id), and nothing else in the code base touches it. Each
 * function says what it takes and returns; all binary values are Uint8Array, and every
 * base64 string is libsodium's URL-safe variant without padding.
 */
import sodiumModule from 'libsodium-wrappers-sumo';
import { SafeholdError } from '../../../shared/errors';

type Sodium = typeof sodiumModule;
let sodium: Sodium | null = null;

/** Loads libsodium's WebAssembly once; every other function needs it done. */
export async function cryptoReady(): Promise<void> {
  if (sodium) return;
  await sodiumModule.ready;
  sodium = sodiumModule;
}

function lib(): Sodium {
  if (!sodium) throw new Error('cryptoReady() must be awaited before any crypto call');
  return sodium;
}

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;
/** XChaCha20-Poly1305: 24-byte random nonces are safe to pick at random for every message. */
export const NONCE_BYTES = 24;
export const MAC_BYTES = 16;

/** n random bytes (keys, nonces, salts only: libsodium's generator is slow for bulk data). */
export const randomBytes = (n: number): Uint8Array => lib().randombytes_buf(n);

/** A fresh 32-byte XChaCha20-Poly1305 key. */
export const newKey = (): Uint8Array => lib().crypto_aead_xchacha20poly1305_ietf_keygen();

/**
 * Encrypts and authenticates `plaintext`, binding `associatedData` (not secret, not stored).
 * Returns nonce (24 bytes) || ciphertext (plaintext length + 16-byte tag).
 */
export function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: Uint8Array): Uint8Array {
  const s = lib();
  const nonce = s.randombytes_buf(NONCE_BYTES);
  const cipher = s.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, associatedData, null, nonce, key);
  const out = new Uint8Array(NONCE_BYTES + cipher.length);
  out.set(nonce);
  out.set(cipher, NONCE_BYTES);
  return out;
}

/** Opens what `seal` made; throws a 'damaged' error if a byte, the key or the associated data differ. */
export function open(key: Uint8Array, sealed: Uint8Array, associatedData: Uint8Array, what: string): Uint8Array {
  if (sealed.length < NONCE_BYTES + MAC_BYTES) throw new SafeholdError('damaged', `${what} is truncated`);
  try {
    return lib().crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed.subarray(NONCE_BYTES), associatedData, sealed.subarray(0, NONCE_BYTES), key);
  } catch {
    throw new SafeholdError('damaged', `${what} failed its integrity check (changed, swapped or damaged)`);
  }
}

export interface KdfParams {
  /** Argon2id passes. */
  opslimit: number;
  /** Argon2id memory in bytes (at least 64 MiB in production). */
  memlimit: number;
}

/** Ed25519 key pair for signatures: publicKey 32 bytes, privateKey 64 bytes. */
export const newSigningKeyPair = () => lib().crypto_sign_keypair();
export const signDetached = (message: Uint8Array, privateKey: Uint8Array): Uint8Array => lib().crypto_sign_detached(message, privateKey);
export const verifyDetached = (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean => {
  try {
    return lib().crypto_sign_verify_detached(signature, message, publicKey);
  } catch {
    return false;
  }
};

/** X25519 key pair for sealed boxes: the vault key is sealed to each user's public key. */
export const newBoxKeyPair = () => lib().crypto_box_keypair();
/** Anonymous sealed box (X25519 + XSalsa20-Poly1305): only the private key's holder opens it. */
export const sealTo = (message: Uint8Array, publicKey: Uint8Array): Uint8Array => lib().crypto_box_seal(message, publicKey);
export function openSealed(sealed: Uint8Array, publicKey: Uint8Array, privateKey: Uint8Array, what: string): Uint8Array {
  try {
    return lib().crypto_box_seal_open(sealed, publicKey, privateKey);
  } catch {
    throw new SafeholdError('damaged', `${what} could not be opened`);
  }
}

/** BLAKE2b, 32 bytes; keyed when `key` is given. */
export const hash = (data: Uint8Array, key?: Uint8Array): Uint8Array => lib().crypto_generichash(32, data, key ?? null);

/** Overwrites a secret in memory; JavaScript strings cannot be wiped, so secrets live in buffers. */
export const wipe = (buffer: Uint8Array | null | undefined): void => {
  if (buffer) lib().memzero(buffer);
};

export const toBase64 = (bytes: Uint8Array): string => lib().to_base64(bytes, lib().base64_variants.URLSAFE_NO_PADDING);
export const fromBase64 = (text: string): Uint8Array => lib().from_base64(text, lib().base64_variants.URLSAFE_NO_PADDING);

/** Constant-time comparison of two byte strings of equal length. */
export const equalBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && lib().memcmp(a, b);

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
