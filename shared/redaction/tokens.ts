import { foldWord } from './fold';

/** A word or a number of the normalised text, with its fold. */
export interface Token {
  start: number;
  end: number;
  word: string;
  fold: string;
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}]+|\d+(?:-\d+)?/gu)].map((m) => ({
    start: m.index!, end: m.index! + m[0].length, word: m[0], fold: /^\d/.test(m[0]) ? m[0] : foldWord(m[0]),
  }));
}
