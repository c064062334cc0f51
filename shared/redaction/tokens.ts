import { foldWord } from './fold';

/** A word or a number of the normalised text, with its fold. */
export interface Token {
  start: number;
  end: number;
  word: string;
  fold: string;
}

const TOKEN = /[\p{L}\p{M}]+|\d+(?:-\d+)?/gu;

export function tokenize(text: string): Token[] {
  // exec by hand, not allMatches: a 200 KB story has 30,000 tokens, and only the tokens are kept.
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const code = word.charCodeAt(0);
    out.push({ start: m.index, end: m.index + word.length, word, fold: code >= 0x30 && code <= 0x39 ? word : foldWord(word) });
  }
  TOKEN.lastIndex = 0;
  return out;
}

const CAPITALISED = /^\p{Lu}/u;

/** /^\p{Lu}/u.test(word), asked of every word by several detectors: the basic Latin and Cyrillic letters by their codes. */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f)) return true;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x44f)) return false;
  return CAPITALISED.test(word);
}
