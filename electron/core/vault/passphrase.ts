import { ERROR_KEYS, SafeholdError, textOf, type ErrorKey } from '../../../shared/errors';
import { MIN_LENGTH, passphraseStrength } from '../../../shared/passphrase/strength';

/** Unicode-normalised (NFC), so a Cyrillic passphrase typed on any system derives the same key. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/**
 * Refuses a guessable passphrase (shared/passphrase/strength.ts: zxcvbn, offline), for every
 * new passphrase in the core, whatever screen or script sent it. It says what is wrong, never
 * what was typed. `names` are the user's own, which count as known words.
 */
export function checkPassphraseStrength(passphrase: string, names: string[] = []): void {
  const report = passphraseStrength(normalizePassphrase(passphrase), names);
  if (report.tooShort) {
    throw new SafeholdError('passphrase.tooShort', { minimum: MIN_LENGTH });
  }
  if (!report.acceptable) {
    const reason = `passphrase.reason.${report.warning}`;
    throw isReason(reason) ? new SafeholdError('passphrase.tooEasyBecause', { reason: textOf(reason) }) : new SafeholdError('passphrase.tooEasy');
  }
}

/** zxcvbn's warning keys, each a row of the table; the screens word the same keys in their meter. */
type ReasonKey = Extract<ErrorKey, `passphrase.reason.${string}`>;
const isReason = (key: string): key is ReasonKey => (ERROR_KEYS as readonly string[]).includes(key);
