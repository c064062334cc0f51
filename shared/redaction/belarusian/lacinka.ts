// Hand-written (docs/hand-written.md): no package converts Łacinka both ways, letter for letter.

const VOWELS = new Set('аеёіоуыэюяи');
/** я е ё ю: "ja" at a word's start, after a vowel, a soft sign or an apostrophe; "ia" after a consonant; bare after л. */
const IOTATED: Readonly<Record<string, string>> = { я: 'a', е: 'e', ё: 'o', ю: 'u' };
const SOFT: Readonly<Record<string, string>> = { з: 'ź', с: 'ś', ц: 'ć', н: 'ń' };
const PLAIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', ж: 'ž', з: 'z', й: 'j', к: 'k', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'ŭ', ф: 'f', х: 'ch', ц: 'c', ч: 'č', ш: 'š',
  ы: 'y', э: 'e', і: 'i',
};
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
/** The soft sign after a consonant Łacinka has no letter for (Belarusian writes none there). */
const SOFT_SIGN_LATIN = 'ʹ';

const isLetter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();
const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();

/** A chunk converted from an upper-case letter: all capitals inside a word written in capitals. */
function withCase(chunk: string, source: string, i: number, upper: boolean): string {
  if (!upper || !chunk) return chunk;
  const capsWord = isUpper(source[i + 1]) || isUpper(source[i - 1]);
  return capsWord ? chunk.toUpperCase() : chunk[0]!.toUpperCase() + chunk.slice(1);
}

/** Belarusian Cyrillic (official or classical) to Łacinka; anything not Belarusian Cyrillic is left as it is. */
export function cyrillicToLacinka(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = lower[i]!;
    const next = lower[i + 1];
    const upper = isUpper(text[i]);
    let chunk: string;
    if (IOTATED[c] !== undefined) {
      const prev = lower[i - 1];
      const iotated = !isLetter(prev) || VOWELS.has(prev!) || prev === 'ь' || APOSTROPHES.has(prev!);
      chunk = prev === 'л' ? IOTATED[c]! : (iotated ? 'j' : 'i') + IOTATED[c]!;
    } else if (c === 'і') {
      chunk = APOSTROPHES.has(lower[i - 1] ?? '') && isLetter(lower[i - 2]) ? 'ji' : 'i';
    } else if (APOSTROPHES.has(c)) {
      // The apostrophe between a consonant and я, е, ё, ю, і is carried by the j.
      const carried = isLetter(lower[i - 1]) && next !== undefined && (IOTATED[next] !== undefined || next === 'і');
      out += carried ? '' : text[i];
      continue;
    } else if (c === 'л') {
      const soft = next === 'ь' || next === 'і' || (next !== undefined && IOTATED[next] !== undefined);
      chunk = soft ? 'l' : 'ł';
      if (next === 'ь') {
        out += withCase(chunk, text, i, upper);
        i++;
        continue;
      }
    } else if (SOFT[c] !== undefined && next === 'ь') {
      out += withCase(SOFT[c]!, text, i, upper);
      i++;
      continue;
    } else if (c === 'ь') {
      chunk = SOFT_SIGN_LATIN;
    } else if (PLAIN[c] !== undefined) {
      chunk = PLAIN[c]!;
    } else {
      out += text[i];
      continue;
    }
    out += withCase(chunk, text, i, upper);
  }
  return out;
}

const LATIN_VOWELS = new Set('aeiouy');
const IOTATED_CYRILLIC: Readonly<Record<string, string>> = { a: 'я', e: 'е', o: 'ё', u: 'ю' };
const LATIN_SOFT: Readonly<Record<string, string>> = { ź: 'зь', ś: 'сь', ć: 'ць', ń: 'нь' };
const LATIN_PLAIN: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', h: 'г', g: 'ґ', d: 'д', ž: 'ж', z: 'з', j: 'й', k: 'к', ł: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', ŭ: 'ў', ǔ: 'ў', f: 'ф', c: 'ц', č: 'ч',
  š: 'ш', y: 'ы', e: 'э', i: 'і', [SOFT_SIGN_LATIN]: 'ь',
};
const isLatinConsonant = (c: string | undefined) =>
  c !== undefined && isLetter(c) && !LATIN_VOWELS.has(c) && c !== 'j' && /\p{Script=Latin}/u.test(c);

/**
 * Łacinka to Belarusian Cyrillic. The canonical spelling converts back exactly; common
 * variants are read too ("ji" after a vowel, "lia" for "la", ǔ for ŭ).
 */
export function lacinkaToCyrillic(text: string, apostrophe = '’'): string {
  const lower = text.normalize('NFC').toLowerCase();
  const source = text.normalize('NFC');
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!;
    const next = lower[i + 1];
    const prev = lower[i - 1];
    const upper = isUpper(source[i]);
    let chunk: string;
    let width = 1;
    if (c === 'c' && next === 'h') {
      chunk = 'х';
      width = 2;
    } else if (c === 'l') {
      if (next !== undefined && IOTATED_CYRILLIC[next] !== undefined) {
        chunk = 'л' + IOTATED_CYRILLIC[next];
        width = 2;
      } else if (next === 'i' && lower[i + 2] !== undefined && IOTATED_CYRILLIC[lower[i + 2]!] !== undefined) {
        chunk = 'л' + IOTATED_CYRILLIC[lower[i + 2]!];
        width = 3;
      } else if (next === 'i') {
        chunk = 'лі';
        width = 2;
      } else chunk = 'ль';
    } else if (c === 'j' && next !== undefined && (IOTATED_CYRILLIC[next] !== undefined || next === 'i')) {
      const vowel = next === 'i' ? 'і' : IOTATED_CYRILLIC[next]!;
      const afterConsonant = isLatinConsonant(prev) && !/[ьЬ]$/.test(out);
      chunk = (afterConsonant ? apostrophe : '') + vowel;
      width = 2;
    } else if (c === 'i' && isLatinConsonant(prev) && next !== undefined && IOTATED_CYRILLIC[next] !== undefined) {
      chunk = IOTATED_CYRILLIC[next]!;
      width = 2;
    } else if (LATIN_SOFT[c] !== undefined) {
      chunk = LATIN_SOFT[c]!;
    } else if (LATIN_PLAIN[c] !== undefined) {
      chunk = LATIN_PLAIN[c]!;
    } else {
      out += source[i];
      continue;
    }
    if (upper) {
      const capsWord = isUpper(source[i + width]) || isUpper(source[i - 1]) || (width > 1 && isUpper(source[i + 1]));
      const lead = chunk.startsWith(apostrophe) ? apostrophe : '';
      const body = chunk.slice(lead.length);
      chunk = lead + (capsWord ? body.toUpperCase() : body[0]!.toUpperCase() + body.slice(1));
    }
    out += chunk;
    i += width - 1;
  }
  return out;
}
