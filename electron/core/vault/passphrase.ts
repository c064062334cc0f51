import { SafeholdError } from '../../../shared/errors';
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
    throw new SafeholdError('invalid-argument', `The passphrase is too short: use at least ${MIN_LENGTH} characters, best four or more words no one would put together.`);
  }
  if (!report.acceptable) {
    const why = report.warning ? ` (${WARNINGS[report.warning] ?? report.warning})` : '';
    throw new SafeholdError('invalid-argument', `The passphrase is too easy to guess${why}: use four or more words no one would put together, not a known phrase, name, date or keyboard pattern.`);
  }
}

// zxcvbn's warning keys, worded for the command line and the core's errors; the screens translate the same keys.
const WARNINGS: Record<string, string> = {
  straightRow: 'a row of keys',
  keyPattern: 'a keyboard pattern',
  simpleRepeat: 'repeated characters',
  extendedRepeat: 'a repeated group of characters',
  sequences: 'a sequence such as abc or 123',
  recentYears: 'a recent year',
  dates: 'a date',
  topTen: 'one of the ten most used passwords',
  topHundred: 'one of the hundred most used passwords',
  common: 'a commonly used password',
  similarToCommon: 'close to a commonly used password',
  wordByItself: 'a single word',
  namesByThemselves: 'a name on its own',
  commonNames: 'a common name',
  userInputs: 'your own name',
};
