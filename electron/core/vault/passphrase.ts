import { SafeholdError } from '../../../shared/errors';

/** Unicode-normalised (NFC), so a Cyrillic passphrase typed on any system derives the same key. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/**
 * The minimum: 12 characters and at least 8 different ones, or a passphrase of four or more
 * words. It says what is missing, never what was typed.
 */
export function checkPassphraseStrength(passphrase: string): void {
  const normalized = normalizePassphrase(passphrase);
  const chars = [...normalized];
  const words = normalized.trim().split(/\s+/).filter((w) => w.length >= 3);
  if (words.length >= 4 && chars.length >= 16) return;
  if (chars.length < 12) {
    throw new SafeholdError('invalid-argument', `The passphrase is too short: use at least 12 characters (it has ${chars.length}), or four or more words.`);
  }
  if (new Set(chars).size < 8) {
    throw new SafeholdError('invalid-argument', 'The passphrase repeats too few characters: use at least 8 different ones, or four or more words.');
  }
}
