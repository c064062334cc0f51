import { ZxcvbnFactory, type Score } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { latinKeysOf } from './keyboardLayout';

/** What zxcvbn says, as translation keys (passphraseStrength.warnings.* and .suggestions.* in the UI's languages). */
export interface StrengthReport {
  score: Score;
  acceptable: boolean;
  /** A reason the passphrase is guessable, or null. */
  warning: string | null;
  suggestions: string[];
  /** The length rule failed: fewer than MIN_LENGTH characters. */
  tooShort: boolean;
}

export const MIN_LENGTH = 12;
/**
 * zxcvbn's 4, "very unguessable": 10^10 guesses and more, years of guessing a copied disk
 * behind Argon2id at 256 MiB. Its 3 still lets through four repeated letters with spaces.
 */
export const MIN_SCORE: Score = 4;

// The library's keys are kept as they are (no English text): the renderer translates them.
const keysOnly = (group: Record<string, string>) => Object.fromEntries(Object.keys(group).map((k) => [k, k]));

let factory: ZxcvbnFactory | null = null;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: {
      warnings: keysOnly(en.translations.warnings),
      suggestions: keysOnly(en.translations.suggestions),
      timeEstimation: keysOnly(en.translations.timeEstimation),
    } as typeof en.translations,
  });
  return factory;
}

/**
 * zxcvbn (offline: its dictionaries are bundled) over the passphrase as typed and, for
 * Cyrillic, over the Latin keys the same keystrokes make: "пароль" on a Russian keyboard is
 * "gfhjkm", which every list of leaked passwords holds; and each without its spaces. The
 * weakest verdict counts. The user's own name counts as a known word.
 */
export function passphraseStrength(passphrase: string, userInputs: string[] = []): StrengthReport {
  const text = passphrase.normalize('NFC');
  const inputs = userInputs.flatMap((name) => [name, ...name.split(/\s+/)]).filter(Boolean);
  // Spaces between words cost an attacker almost nothing to guess: "aaaa bbbb cccc dddd" is judged as "aaaabbbbccccdddd" too.
  const joined = text.replace(/\s+/g, '');
  const variants = [...new Set([text, joined, latinKeysOf(text), latinKeysOf(joined)])];
  const results = variants.map((v) => estimator().check(v, inputs));
  const worst = results.reduce((a, b) => (b.guessesLog10 < a.guessesLog10 ? b : a));
  const tooShort = [...text].length < MIN_LENGTH;
  return {
    score: worst.score,
    acceptable: !tooShort && worst.score >= MIN_SCORE,
    warning: worst.feedback.warning || null,
    suggestions: worst.feedback.suggestions,
    tooShort,
  };
}
