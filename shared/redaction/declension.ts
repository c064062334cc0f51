// Declension is lvovich's; only the rough reading of a romanised surname back into Cyrillic,
// which lvovich needs and no package offers, is written here.
import { inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import { isCyrillic } from './fold';

export type NamePart = 'first' | 'middle' | 'last';
type Gender = 'male' | 'female' | 'androgynous';

export const CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
export type GrammaticalCase = (typeof CASES)[number];

// A rough Latin→Cyrillic reading of a romanised surname, only so that lvovich can decline it
// (Kovalets → Ковалец → Ковальца). Hand-written (docs/hand-written.md): no package reverses a romanisation.
const LATIN_TO_CYRILLIC: readonly [RegExp, string][] = [
  [/shch|sch/g, 'щ'], [/kh/g, 'х'], [/zh/g, 'ж'], [/ch/g, 'ч'], [/sh/g, 'ш'], [/ts|tz/g, 'ц'],
  [/(?:ya|ia|ja)/g, 'я'], [/(?:yu|iu|ju)/g, 'ю'], [/(?:yo|io|jo)/g, 'ё'], [/ye|je/g, 'е'],
  [/([aeiou])[yij](?![aeiou])/g, '$1й'], [/au$/g, 'аў'], [/ou$/g, 'оў'],
];
const LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', v: 'в', g: 'г', h: 'г', d: 'д', e: 'е', z: 'з', i: 'и', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', c: 'ц', y: 'ы', w: 'в', j: 'й',
  x: 'кс', ŭ: 'ў', q: 'к',
};

export function readAsCyrillic(latin: string): string {
  let word = latin.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  for (const [pattern, replacement] of LATIN_TO_CYRILLIC) word = word.replace(pattern, replacement);
  const out = [...word].map((c) => LETTERS[c] ?? c).join('');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The Russian case forms of one part of a name (lvovich), in Cyrillic, with their case. */
export function declensions(word: string, part: NamePart, gender: Gender): [GrammaticalCase, string][] {
  const cyrillic = isCyrillic(word) ? word : readAsCyrillic(word);
  const incline = part === 'first' ? inclineFirstname : part === 'middle' ? inclineMiddlename : inclineLastname;
  const forms: [GrammaticalCase, string][] = [];
  for (const c of CASES) {
    try {
      const form = incline(cyrillic, c, gender);
      if (form && form !== cyrillic) forms.push([c, form]);
    } catch {
      // lvovich refuses some foreign names; the stem match in variants.ts still covers them.
    }
  }
  return forms;
}

/** A Russian first name put in the case a matched word was in: the pseudonym then fits the sentence. */
export function declineFirstName(name: string, grammaticalCase: GrammaticalCase, gender: 'male' | 'female'): string {
  try {
    return inclineFirstname(name, grammaticalCase, gender) || name;
  } catch {
    return name;
  }
}

/** A patronymic put in a case (lvovich): Az.js inflects a patronymic's reading as its father's name. */
export function declineMiddleName(name: string, grammaticalCase: GrammaticalCase, gender: 'male' | 'female'): string {
  try {
    return inclineMiddlename(name, grammaticalCase, gender) || name;
  } catch {
    return name;
  }
}
