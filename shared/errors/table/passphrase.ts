import type { Table } from './entry';

/** A new passphrase the core refuses, and zxcvbn's reason why (its warning keys, after `passphrase.reason.`). */
export const PASSPHRASE = {
  'passphrase.tooShort': { code: 'invalid-argument', en: 'The passphrase is too short: use at least {{minimum}} characters, best four or more words no one would put together.' },
  'passphrase.tooEasy': { code: 'invalid-argument', en: 'The passphrase is too easy to guess: use four or more words no one would put together, not a known phrase, name, date or keyboard pattern.' },
  'passphrase.tooEasyBecause': { code: 'invalid-argument', en: 'The passphrase is too easy to guess ({{reason}}): use four or more words no one would put together, not a known phrase, name, date or keyboard pattern.' },
  'passphrase.reason.straightRow': { en: 'a row of keys' },
  'passphrase.reason.keyPattern': { en: 'a keyboard pattern' },
  'passphrase.reason.simpleRepeat': { en: 'repeated characters' },
  'passphrase.reason.extendedRepeat': { en: 'a repeated group of characters' },
  'passphrase.reason.sequences': { en: 'a sequence such as abc or 123' },
  'passphrase.reason.recentYears': { en: 'a recent year' },
  'passphrase.reason.dates': { en: 'a date' },
  'passphrase.reason.topTen': { en: 'one of the ten most used passwords' },
  'passphrase.reason.topHundred': { en: 'one of the hundred most used passwords' },
  'passphrase.reason.common': { en: 'a commonly used password' },
  'passphrase.reason.similarToCommon': { en: 'close to a commonly used password' },
  'passphrase.reason.wordByItself': { en: 'a single word' },
  'passphrase.reason.namesByThemselves': { en: 'a name on its own' },
  'passphrase.reason.commonNames': { en: 'a common name' },
  'passphrase.reason.userInputs': { en: 'your own name' },
} as const satisfies Table;
