// Hand-written (docs/hand-written.md): a checksummed code without look-alikes; randomness from libsodium.
import { SafeholdError } from '../../../shared/errors';
import { hash, randomBytes, utf8 } from '../crypto/sodium';

/** Crockford's base32: no I, L, O or U, so nothing reads as 1, 0 or a rude word. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_CHARS = 24; // 120 bits
const CHECK_CHARS = 4;

function checksum(data: string): string {
  const digest = hash(utf8(`safehold-recovery:${data}`));
  return [...digest.slice(0, CHECK_CHARS)].map((b) => ALPHABET[b % 32]).join('');
}

/** A new recovery code: 24 random characters and 4 of checksum, in groups of four. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(DATA_CHARS);
  const data = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return group(data + checksum(data));
}

const group = (code: string) => code.match(/.{1,4}/g)!.join('-');

/**
 * Reads a typed code back: case, spaces and dashes do not matter, and O/I/L are read as
 * 0/1/1. A typo is caught by the checksum before any slow key derivation runs.
 */
export function parseRecoveryCode(typed: string): string {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== DATA_CHARS + CHECK_CHARS || [...cleaned].some((c) => !ALPHABET.includes(c))) {
    throw new SafeholdError('recovery.length', { count: DATA_CHARS + CHECK_CHARS });
  }
  const data = cleaned.slice(0, DATA_CHARS);
  if (checksum(data) !== cleaned.slice(DATA_CHARS)) {
    throw new SafeholdError('recovery.typo');
  }
  return group(cleaned);
}
