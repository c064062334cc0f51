// Hand-written: no library normalises text while keeping a map back to the original offsets,
// which every finding needs so that the editor can highlight and replace the exact span.
import unhomoglyph from 'unhomoglyph';

export interface NormalizedText {
  /** NFKC text without invisible characters, with broken and spaced-out words joined. */
  text: string;
  /** For each character of `text`, its offset in the original. */
  origin: number[];
  original: string;
}

/** Zero-width characters, soft hyphen, word joiner, BOM and other default-ignorables. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

function rebuild(source: NormalizedText, drop: Set<number>): NormalizedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < source.text.length; i++) {
    if (drop.has(i)) continue;
    text += source.text[i];
    origin.push(source.origin[i]!);
  }
  return { text, origin, original: source.original };
}

/** Latin letters that look like Cyrillic ones, for Latin letters hidden in a Cyrillic word. */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х', k: 'к', i: 'і', A: 'А', B: 'В', E: 'Е',
  K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', Y: 'У', I: 'І',
};

/**
 * Rewrites a word that mixes scripts into its main script, so that a Cyrillic о inside
 * "Kоvalets" reads as Latin (through the UTS #39 confusables of unhomoglyph) and a Latin o
 * inside "Кoвалец" as Cyrillic.
 */
export function unmixScripts(word: string): { word: string; mixed: boolean } {
  const latin = (word.match(/\p{Script=Latin}/gu) ?? []).length;
  const cyrillic = (word.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  if (!latin || !cyrillic) return { word, mixed: false };
  let out = '';
  for (const char of word) {
    if (latin >= cyrillic && /\p{Script=Cyrillic}/u.test(char)) {
      const skeleton = unhomoglyph(char);
      out += skeleton.length === 1 ? skeleton : char;
    } else if (cyrillic > latin && /\p{Script=Latin}/u.test(char)) {
      out += LATIN_TO_CYRILLIC[char] ?? char;
    } else out += char;
  }
  return { word: out, mixed: true };
}

export function normalizeText(original: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const char of original) {
    if (!INVISIBLE.test(char)) {
      const nfkc = char.normalize('NFKC');
      for (const part of nfkc) {
        text += part;
        origin.push(i);
      }
    }
    i += char.length;
  }
  let result: NormalizedText = { text, origin, original };

  // A word broken over a line with a hyphen: "Kova-\nlets".
  const drop = new Set<number>();
  for (const m of result.text.matchAll(/(?<=\p{L})-[ \t]*\r?\n[ \t]*(?=\p{L})/gu)) {
    for (let k = m.index; k < m.index + m[0].length; k++) drop.add(k);
  }
  // Letters spaced or dotted out: "K o v a l e t s", "K.o.v.a.l.e.t.s".
  for (const m of result.text.matchAll(/(?<![\p{L}\p{N}])\p{L}(?:[ .·_-]\p{L}){3,}(?![\p{L}\p{N}])/gu)) {
    for (let k = m.index + 1; k < m.index + m[0].length; k += 2) drop.add(k);
  }
  if (drop.size) result = rebuild(result, drop);

  // Mixed-script words are rewritten in place, one UTF-16 unit for one, so offsets hold.
  return { ...result, text: result.text.replace(/[\p{L}\p{M}]+/gu, (word) => unmixScripts(word).word) };
}

/** Maps a span of the normalised text back to the original text. */
export function originalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  const from = n.origin[start] ?? n.original.length;
  const lastChar = n.origin[end - 1] ?? from;
  const codeUnit = n.original.codePointAt(lastChar)! > 0xffff ? 2 : 1;
  return [from, lastChar + codeUnit];
}
