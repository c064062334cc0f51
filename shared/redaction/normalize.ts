// Hand-written (docs/hand-written.md): normalising while keeping a map to the original offsets.
import unhomoglyph from 'unhomoglyph';

export interface NormalizedText {
  /** NFKC text without invisible characters, with broken and spaced-out words joined. */
  text: string;
  /** For each character of `text`, its offset in the original. */
  origin: Int32Array;
  original: string;
}

/** Zero-width characters, soft hyphen, word joiner, BOM and other default-ignorables. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const INVISIBLE_ANYWHERE = /\p{Default_Ignorable_Code_Point}/u;

/** Offsets into the original, appended one at a time or a run at a time, in a typed array that grows. */
class Offsets {
  private data: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  private room(more: number) {
    if (this.length + more <= this.data.length) return;
    const grown = new Int32Array(Math.max(this.data.length * 2, this.length + more));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  push(offset: number) {
    this.room(1);
    this.data[this.length++] = offset;
  }

  /** from, from + 1, … to - 1. */
  pushRun(from: number, to: number) {
    this.room(to - from);
    for (let k = from; k < to; k++) this.data[this.length++] = k;
  }

  /** The entries from..to of another list of offsets; 0 for any past its end, as a missing entry reads. */
  pushSlice(source: Int32Array, from: number, to: number) {
    this.room(to - from);
    if (from < source.length) this.data.set(source.subarray(from, Math.min(to, source.length)), this.length);
    this.length += to - from;
  }

  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

function rebuild(source: NormalizedText, drop: Set<number>): NormalizedText {
  const kept: string[] = [];
  const origin = new Offsets(source.text.length);
  let from = 0;
  for (const at of [...drop].sort((a, b) => a - b)) {
    if (at > from) {
      kept.push(source.text.slice(from, at));
      origin.pushSlice(source.origin, from, at);
    }
    from = at + 1;
  }
  kept.push(source.text.slice(from));
  if (from < source.text.length) origin.pushSlice(source.origin, from, source.text.length);
  return { text: kept.join(''), origin: origin.done(), original: source.original };
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

/** Rewrites only the words that hold both Latin and Cyrillic letters; one pass, no regex per word. */
function unmixWords(text: string): string {
  let out = '';
  let last = 0;
  let start = -1;
  let latin = false;
  let cyrillic = false;
  for (let k = 0; k <= text.length; k++) {
    const code = k < text.length ? text.charCodeAt(k) : 32;
    const isLatin = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
    const isCyrillic = code >= 0x400 && code <= 0x52f;
    const isLetter = isLatin || isCyrillic || (code > 127 && /\p{L}|\p{M}/u.test(text[k]!));
    if (isLetter) {
      if (start < 0) {
        start = k;
        latin = false;
        cyrillic = false;
      }
      latin ||= isLatin;
      cyrillic ||= isCyrillic;
    } else if (start >= 0) {
      if (latin && cyrillic) {
        out += text.slice(last, start) + unmixScripts(text.slice(start, k)).word;
        last = k;
      }
      start = -1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

const isWordChar = (c: string) => /[A-Za-z0-9]/.test(c) || (c > '\u007f' && /[\p{L}\p{N}]/u.test(c));
const isLetter = (c: string) => /[A-Za-z]/.test(c) || (c > '\u007f' && /\p{L}/u.test(c));

/**
 * Each UTF-16 unit's class, worked out on first sight: spacedOutRuns asks it of every character of
 * a 200 KB story, where a one-character string and a Unicode pattern per character cost ~5 ms.
 */
const SEEN = 1;
const LETTER = 2;
const WORD_CHAR = 4;
const CLASSES = new Uint8Array(0x10000);
function classAt(text: string, k: number): number {
  if (k < 0 || k >= text.length) return 0;
  const code = text.charCodeAt(k);
  let known = CLASSES[code]!;
  if (!known) {
    const char = String.fromCharCode(code);
    known = SEEN | (isLetter(char) ? LETTER : 0) | (isWordChar(char) ? WORD_CHAR : 0);
    CLASSES[code] = known;
  }
  return known;
}
/** [A-Za-z0-9], or a letter or digit beyond ASCII, for one UTF-16 unit (a lone surrogate is neither). */
export function isWordCharCode(code: number): boolean {
  let known = CLASSES[code]!;
  if (!known) {
    const char = String.fromCharCode(code);
    known = SEEN | (isLetter(char) ? LETTER : 0) | (isWordChar(char) ? WORD_CHAR : 0);
    CLASSES[code] = known;
  }
  return (known & WORD_CHAR) !== 0;
}
const letterAt = (text: string, k: number) => (classAt(text, k) & LETTER) !== 0;
const wordCharAt = (text: string, k: number) => (classAt(text, k) & WORD_CHAR) !== 0;
/** ' ', '.', '·', '_', '-' */
const spacerAt = (text: string, k: number) => {
  const code = text.charCodeAt(k);
  return code === 32 || code === 46 || code === 0xb7 || code === 95 || code === 45;
};

/** Runs of four or more single letters, each separated by one spacer: [start, end) pairs. */
function spacedOutRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (!spacerAt(text, i + 1) || !letterAt(text, i) || wordCharAt(text, i - 1) || !letterAt(text, i + 2)) continue;
    let end = i + 1;
    let letters = 1;
    while (spacerAt(text, end) && letterAt(text, end + 1) && !wordCharAt(text, end + 2)) {
      end += 2;
      letters++;
    }
    if (letters >= 4) runs.push([i, end]);
    i = end;
  }
  return runs;
}

/** Whether a stretch of text is already normal: nothing invisible, nothing NFKC would change. */
const isNormal = (piece: string) => !INVISIBLE_ANYWHERE.test(piece) && piece.normalize('NFKC') === piece;

export function normalizeText(original: string): NormalizedText {
  let text = original;
  let origin: Int32Array;
  if (isNormal(original)) {
    origin = new Int32Array(original.length);
    for (let k = 0; k < original.length; k++) origin[k] = k;
  } else {
    const parts: string[] = [];
    const offsets = new Offsets(original.length + 64);
    // Most lines need no per-character work; a line that does is read character by character.
    for (let from = 0; from < original.length;) {
      const newline = original.indexOf('\n', from);
      const to = newline < 0 ? original.length : newline + 1;
      const line = original.slice(from, to);
      if (isNormal(line)) {
        parts.push(line);
        offsets.pushRun(from, to);
      } else {
        let i = from;
        // ASCII characters are copied a run at a time, not one string each.
        let ascii = from;
        for (const char of line) {
          if (char < '\u007f') {
            i++;
            continue;
          }
          if (ascii < i) {
            parts.push(original.slice(ascii, i));
            offsets.pushRun(ascii, i);
          }
          if (!INVISIBLE.test(char)) {
            // One offset per UTF-16 unit: an emoji is two units, and the map must stay as long as the text.
            const normal = char.normalize('NFKC');
            parts.push(normal);
            for (let unit = 0; unit < normal.length; unit++) offsets.push(i);
          }
          i += char.length;
          ascii = i;
        }
        if (ascii < i) {
          parts.push(original.slice(ascii, i));
          offsets.pushRun(ascii, i);
        }
      }
      from = to;
    }
    text = parts.join('');
    origin = offsets.done();
  }
  let result: NormalizedText = { text, origin, original };

  // A word broken over a line with a hyphen: "Kova-\nlets".
  const drop = new Set<number>();
  for (let at = result.text.indexOf('-'); at >= 0; at = result.text.indexOf('-', at + 1)) {
    let end = at + 1;
    while (result.text[end] === ' ' || result.text[end] === '\t') end++;
    if (result.text[end] === '\r') end++;
    if (result.text[end] !== '\n') continue;
    end++;
    while (result.text[end] === ' ' || result.text[end] === '\t') end++;
    if (!letterAt(result.text, at - 1) || !letterAt(result.text, end)) continue;
    for (let k = at; k < end; k++) drop.add(k);
  }
  // Letters spaced or dotted out: "K o v a l e t s", "K.o.v.a.l.e.t.s".
  for (const [start, end] of spacedOutRuns(result.text)) {
    for (let k = start + 1; k < end; k += 2) drop.add(k);
  }
  if (drop.size) result = rebuild(result, drop);

  // Mixed-script words are rewritten in place, one UTF-16 unit for one, so offsets hold.
  return { ...result, text: unmixWords(result.text) };
}

/** Words that mix Latin and Cyrillic letters: almost never innocent in a story, so they are flagged. */
export function mixedScriptWords(original: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of original.matchAll(/[\p{L}\p{M}\p{Default_Ignorable_Code_Point}]+/gu)) {
    if (unmixScripts(m[0]).mixed) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out;
}

/** Maps a span of the normalised text back to the original text. */
export function originalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  const from = n.origin[start] ?? n.original.length;
  const lastChar = n.origin[end - 1] ?? from;
  const codeUnit = n.original.codePointAt(lastChar)! > 0xffff ? 2 : 1;
  return [from, lastChar + codeUnit];
}
