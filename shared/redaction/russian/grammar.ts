// Russian agreement through Az.js (OpenCorpora): which case, number and gender a replaced word
// was in, read from its dictionary readings and the preposition before it, and the replacement
// put into the same form. Only the preposition table and the choice between readings are ours.
import { russianReadings, type RussianReading } from '../morphology/russian';
import { wordBeforeSpaces } from '../tokens';

export type RussianCase = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
export type RussianNumber = 'sing' | 'plur';
export type RussianGender = 'masc' | 'femn' | 'neut';

export interface RussianForm {
  case: RussianCase;
  number: RussianNumber;
  gender?: RussianGender;
}

const CASES: readonly RussianCase[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** The cases each preposition governs; the first is the likelier one before a name or a place. */
const PREPOSITION_CASES: Readonly<Record<string, readonly RussianCase[]>> = {
  в: ['loct', 'accs'], во: ['loct', 'accs'], на: ['loct', 'accs'], о: ['loct', 'accs'], об: ['loct', 'accs'], обо: ['loct'], при: ['loct'],
  из: ['gent'], изо: ['gent'], от: ['gent'], ото: ['gent'], до: ['gent'], у: ['gent'], около: ['gent'], возле: ['gent'], для: ['gent'],
  без: ['gent'], после: ['gent'], кроме: ['gent'], среди: ['gent'], вокруг: ['gent'], против: ['gent'], 'из-за': ['gent'],
  'из-под': ['gent'], мимо: ['gent'], вблизи: ['gent'], недалеко: ['gent'], вместо: ['gent'], напротив: ['gent'], посреди: ['gent'],
  к: ['datv'], ко: ['datv'], по: ['datv', 'loct', 'accs'], благодаря: ['datv'], согласно: ['datv'], вопреки: ['datv'],
  с: ['ablt', 'gent'], со: ['ablt', 'gent'], за: ['ablt', 'accs'], под: ['ablt', 'accs'], подо: ['ablt'], над: ['ablt'], перед: ['ablt'], между: ['ablt'],
  через: ['accs'], про: ['accs'], сквозь: ['accs'],
};

/** The preposition the text ends with (the one right before a span), lower case, if any. */
export function prepositionBefore(before: string): { word: string; length: number } | undefined {
  const m = wordBeforeSpaces(before, true);
  if (!m) return undefined;
  const word = m.word.toLowerCase();
  return PREPOSITION_CASES[word] ? { word, length: m.length } : undefined;
}

export function prepositionCases(preposition: string | undefined): readonly RussianCase[] | undefined {
  return preposition ? PREPOSITION_CASES[preposition] : undefined;
}

const caseOfReading = (r: RussianReading): RussianCase | undefined => CASES.find((c) => r.grammemes.has(c));

/** A reading's case, with the second genitive and locative (чаю, в лесу) counted as the first. */
function readingCase(r: RussianReading): RussianCase | undefined {
  if (r.grammemes.has('gen2')) return 'gent';
  if (r.grammemes.has('loc2')) return 'loct';
  if (r.grammemes.has('acc2')) return 'accs';
  return caseOfReading(r);
}

export interface ReadingFilter {
  /** Only readings of this part of speech (NOUN, ADJF…). */
  pos?: readonly string[];
  /** Readings with this grammeme are preferred (Name, Surn, Geox). */
  prefer?: string;
  gender?: RussianGender;
}

/**
 * The form a word stands in: the best of its readings that the preposition before it allows,
 * preferring the kind of word it is known to be and the gender of the person it names.
 */
export function formOf(word: string, preposition: string | undefined, filter: ReadingFilter = {}): RussianForm | undefined {
  const allowed = prepositionCases(preposition);
  const readings = russianReadings(word).filter((r) => !filter.pos || filter.pos.includes(r.pos));
  let best: { r: RussianReading; c: RussianCase; score: number } | undefined;
  for (const r of readings) {
    const c = readingCase(r);
    if (!c) continue;
    let score = r.score;
    if (allowed) score += allowed.includes(c) ? (c === allowed[0] ? 2.5 : 2) : -5;
    // Without a preposition a name or a place is most often the subject or a genitive.
    else if (c === 'nomn' || c === 'gent') score += 0.2;
    if (filter.prefer && r.grammemes.has(filter.prefer)) score += 1;
    if (filter.gender && (r.grammemes.has(filter.gender) || r.grammemes.has('Ms-f'))) score += 1;
    else if (filter.gender && (r.grammemes.has('masc') || r.grammemes.has('femn'))) score -= 1;
    if (r.known) score += 0.3;
    if (!best || score > best.score) best = { r, c, score };
  }
  if (!best) return allowed ? { case: allowed[0]!, number: 'sing' } : undefined;
  const gender = (['masc', 'femn', 'neut'] as const).find((g) => best.r.grammemes.has(g));
  return { case: best.c, number: best.r.grammemes.has('plur') ? 'plur' : 'sing', ...(gender ? { gender } : {}) };
}

/** The word written with the capitals of `model`: first letter, or every letter of an acronym. */
export function withCapitals(word: string, model: string): string {
  if (/^\p{Lu}{2,}$/u.test(model) && word.length > 1) return word.toUpperCase();
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * A word of a replacement put into a form: the first reading of it that has the wanted
 * grammeme (Name for a given name, Surn for a surname) is inflected; null when none can be.
 */
export function inflectWord(word: string, grammemes: string[], reading?: { pos?: string; tag?: string; gender?: RussianGender; nominative?: boolean }): string | null {
  const readings = russianReadings(word).filter((r) => r.known || !reading?.tag);
  const nominative = readings.find((r) => (!reading?.pos || r.pos === reading.pos) && (!reading?.tag || r.grammemes.has(reading.tag)) && (!reading?.gender || r.grammemes.has(reading.gender)) && r.grammemes.has('nomn') && r.grammemes.has('sing'));
  // A pseudonym is a nominative: «Кирилла» typed as one is not read as the genitive of Кирилл.
  const pick = nominative ?? (reading?.nominative ? undefined : readings.find((r) => (!reading?.pos || r.pos === reading.pos) && (!reading?.tag || r.grammemes.has(reading.tag))));
  if (!pick) return null;
  const form = pick.inflect(grammemes);
  return form ? withCapitals(form.replace(/ё/g, word.includes('ё') ? 'ё' : 'е'), word) : null;
}

/**
 * A noun phrase of the replacement in a form: the head noun takes the case and number; an
 * adjective before it agrees in gender (and, in the accusative, animacy); words after the head
 * ("город за границей") and acronyms (СИЗО) stay as they are.
 */
export function inflectPhrase(phrase: string, form: Pick<RussianForm, 'case' | 'number'>): string {
  const words = phrase.split(' ');
  const headIndex = words.findIndex((w) => !/^\p{Lu}+$/u.test(w) && russianReadings(w).some((r) => r.known && r.pos === 'NOUN' && r.grammemes.has('nomn')));
  if (headIndex < 0) return phrase;
  const head = russianReadings(words[headIndex]!).find((r) => r.known && r.pos === 'NOUN' && r.grammemes.has('nomn'))!;
  const gender = (['masc', 'femn', 'neut'] as const).find((g) => head.grammemes.has(g)) ?? 'masc';
  const animacy = head.grammemes.has('anim') ? 'anim' : 'inan';
  const number = head.grammemes.has('Sgtm') ? 'sing' : form.number;
  return words
    .map((w, i) => {
      if (i > headIndex || /^\p{Lu}+$/u.test(w)) return w;
      if (i === headIndex) return inflectWord(w, [form.case, number], { pos: 'NOUN' }) ?? w;
      const agreement = number === 'plur' ? [form.case, 'plur'] : [form.case, 'sing', gender];
      if (form.case === 'accs' && (number === 'plur' || gender === 'masc')) agreement.push(animacy);
      return inflectWord(w, agreement, { pos: 'ADJF' }) ?? w;
    })
    .join(' ');
}
