// One form for every Belarusian check: a Łacinka or classical paragraph is read as the official
// Cyrillic it spells, and each character of that reading remembers where it stood, so that a
// finding on the reading marks the right words of the text.
import { foldSoftSigns } from './classical';
import { lacinkaToCyrillic } from './lacinka';
import type { ParagraphLanguage } from './language';
import { wordRuns } from '../tokens';

export interface BelarusianView {
  /** The paragraphs in Belarusian, each word in official Cyrillic; other text as it was. */
  text: string;
  /** For each character of `text`, its offset in the text the view was made from. */
  origin: Int32Array;
}

const OFFICIAL = new Map<string, string>();

/** The official Cyrillic form of one Belarusian word written in Łacinka or classical Cyrillic. */
export function officialForm(word: string, latin = /\p{Script=Latin}/u.test(word)): string {
  const key = latin ? `L${word}` : `C${word}`;
  let official = OFFICIAL.get(key);
  if (official === undefined) {
    official = foldSoftSigns(latin ? lacinkaToCyrillic(word) : word);
    if (OFFICIAL.size > 50_000) OFFICIAL.clear();
    OFFICIAL.set(key, official);
  }
  return official;
}

/** The text with its Belarusian paragraphs in official Cyrillic, offsets mapped back. */
export function belarusianView(text: string, paragraphs: readonly ParagraphLanguage[]): BelarusianView {
  const parts: string[] = [];
  let origin = new Int32Array(text.length + 64);
  let length = 0;
  const push = (offset: number) => {
    if (length === origin.length) {
      const grown = new Int32Array(origin.length * 2);
      grown.set(origin);
      origin = grown;
    }
    origin[length++] = offset;
  };
  let from = 0;
  const copy = (to: number) => {
    parts.push(text.slice(from, to));
    for (let k = from; k < to; k++) push(k);
    from = to;
  };
  for (const p of paragraphs) {
    if (p.language !== 'be' && p.language !== 'be-Latn') continue;
    const latin = p.language === 'be-Latn';
    const piece = text.slice(p.start, p.end);
    const runs = wordRuns(piece);
    for (let r = 0; r < runs.length; r += 2) {
      const start = p.start + runs[r]!;
      const word = piece.slice(runs[r]!, runs[r + 1]!);
      const official = latin && !/\p{Script=Latin}/u.test(word) ? foldSoftSigns(word) : officialForm(word, latin);
      if (official === word) continue;
      copy(start);
      parts.push(official);
      // Letters inside a word map proportionally; its first and last letters map exactly.
      for (let k = 0; k < official.length; k++) {
        push(k === official.length - 1 ? start + word.length - 1 : start + Math.floor((k * word.length) / official.length));
      }
      from = start + word.length;
    }
  }
  copy(text.length);
  return { text: parts.join(''), origin: origin.subarray(0, length) };
}

/** A span of the view as a span of the text it was made from. */
export function spanInText(view: BelarusianView, start: number, end: number): { start: number; end: number } {
  return { start: view.origin[start]!, end: view.origin[end - 1]! + 1 };
}
