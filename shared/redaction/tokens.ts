import { foldWord } from './fold';
import { allMatches } from './matches';

/** A word or a number of the normalised text, with its fold. */
export interface Token {
  start: number;
  end: number;
  word: string;
  fold: string;
}

const TOKEN = /[\p{L}\p{M}]+|\d+(?:-\d+)?/gu;

export function tokenize(text: string): Token[] {
  return allMatches(TOKEN, text).map((m) => ({
    start: m.index, end: m.index + m[0].length, word: m[0], fold: /^\d/.test(m[0]) ? m[0] : foldWord(m[0]),
  }));
}
