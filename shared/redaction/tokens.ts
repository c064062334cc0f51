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

const SPACE = /\s/u;
const LETTER = /\p{L}/u;

/** The length of the letter (one code point) ending at `end`, 0 if none ends there; a hyphen counts as one if asked. */
function letterEndingAt(text: string, end: number, hyphens: boolean): number {
  const code = text.charCodeAt(end - 1);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x44f) || (hyphens && code === 0x2d)) return 1;
  if (code >= 0xdc00 && code <= 0xdfff && end >= 2) {
    const lead = text.charCodeAt(end - 2);
    if (lead >= 0xd800 && lead <= 0xdbff) return LETTER.test(text.slice(end - 2, end)) ? 2 : 0;
  }
  return LETTER.test(text[end - 1]!) ? 1 : 0;
}

/**
 * The word right before the spaces a text ends with: what /(?<!\p{L})(\p{L}+)(\s+)$/u matches
 * (`length` is its whole match), or with `hyphens` the [\p{L}-]+ run that
 * /(?:^|[^\p{L}-])([\p{L}-]+)(\s+)$/u captures (`length` from the run on), read backwards from the
 * end. The patterns try every position of the text; each replacement asks one of the 40
 * characters before its span.
 */
export function wordBeforeSpaces(text: string, hyphens = false): { word: string; length: number } | null {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || SPACE.test(text[end - 1]!))) end--;
  if (end === text.length) return null;
  let start = end;
  for (let step = letterEndingAt(text, start, hyphens); start > 0 && step > 0; step = start > 0 ? letterEndingAt(text, start, hyphens) : 0) start -= step;
  return start < end ? { word: text.slice(start, end), length: text.length - start } : null;
}

/** For each UTF-16 unit outside the surrogates: 1 once seen in [\p{L}\p{M}’'ʼ], 2 once seen outside it. */
const WORD_UNITS = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{M}’'ʼ]$/u;

/** The length of the word character (one code point) at `at`, 0 if there is none. */
function wordCharAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdfff) {
    const next = text.charCodeAt(at + 1);
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(text.slice(at, at + 2)) ? 2 : 0;
    return 0;
  }
  let known = WORD_UNITS[code]!;
  if (!known) {
    known = WORD_CHAR.test(text[at]!) ? 1 : 2;
    WORD_UNITS[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * The [start, end) of every run of [\p{L}\p{M}’'ʼ] in a text, flat: what matchAll(/[\p{L}\p{M}’'ʼ]+/gu)
 * finds, without a match array per word (the Belarusian view and pass read every word of the story).
 */
export function wordRuns(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length;) {
    let step = wordCharAt(text, i);
    if (!step) {
      i++;
      continue;
    }
    const start = i;
    while (step) {
      i += step;
      step = i < text.length ? wordCharAt(text, i) : 0;
    }
    out.push(start, i);
  }
  return out;
}

const SPACES = /^\s+$/;

/** /^\s+$/.test(text.slice(from, to)), a one-space gap answered without a slice: asked of the gap between every two words by several detectors. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return true;
  return SPACES.test(text.slice(from, to));
}
