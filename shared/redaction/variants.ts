// Hand-written (docs/hand-written.md): nothing generates a Belarusian person's spellings.
import type { CaseFile, Person } from '../caseFile/schema';
import { declensions, type GrammaticalCase, type NamePart } from './declension';
import { foldWord, isCyrillic } from './fold';
import { givenNames, lookupGivenName, type Gender } from './givenNames';
import type { PartKind } from './types';

export type { PartKind } from './types';


export interface PersonMatcher {
  /** 'subject' or 'relative-N'. */
  id: string;
  relation: string;
  gender: Gender | 'unknown';
  /** The name as the record gives it first, for people reading a finding. */
  display: string;
  /** Every fold that names this person, with the part of the name it is. */
  forms: Map<string, PartKind>;
  /** Russian case forms: matched in Cyrillic words only, since English never declines names. */
  declined: Map<string, PartKind>;
  /** The other gender's form of the surname, weaker than any form a person really has. */
  generated: Map<string, PartKind>;
  /** Which grammatical cases each declined fold can be (Сергея: genitive, accusative), so a pseudonym can take the same case. */
  caseOf: Map<string, GrammaticalCase[]>;
}

export interface NameHit {
  person: PersonMatcher;
  part: PartKind;
  tier: 'exact' | 'declined' | 'fuzzy';
  /** The fold of the record's form that the word matched. */
  matched: string;
}

const PATRONYMIC = /(vich|vna|vič|auna|euna|ichna|ична|вич|вна|ўна|аўна|еўна|іч|ич)$/i;
const FEMININE_PATRONYMIC = /(?:vna|auna|euna|ichna|ична|вна|ўна)$/i;
const FEMALE_RELATIONS = /^(wife|mother|daughter|sister|grandmother|aunt|niece|partner-f|girlfriend|stepmother|stepdaughter|mother-in-law|sister-in-law|daughter-in-law|granddaughter|жена|супруга|мать|мама|дочь|дочка|сестра|бабушка|тётя|тетя|племянница|внучка|невестка|свекровь|тёща|теща|жонка|маці|дачка|сястра|бабуля|цётка|унучка)$/i;
const MALE_RELATIONS = /^(husband|father|son|brother|grandfather|uncle|nephew|boyfriend|stepfather|stepson|father-in-law|brother-in-law|son-in-law|grandson|муж|супруг|отец|папа|сын|брат|дедушка|дед|дядя|племянник|внук|зять|тесть|свёкор|свекор|бацька|дзед|дзядзька|унук)$/i;

/** Endings of Russian and Belarusian case forms, in fold space, longest first. */
const ENDINGS = ['ogo', 'ego', 'omu', 'emu', 'ami', 'imi', 'oiu', 'eiu', 'om', 'em', 'oi', 'ei', 'ou', 'im', 'ih', 'am', 'ah', 'ia', 'iu', 'a', 'u', 'e', 'i', 'o'];

export function stripEnding(fold: string): string | null {
  for (const ending of ENDINGS) {
    if (fold.endsWith(ending) && fold.length - ending.length >= 3) return fold.slice(0, -ending.length);
  }
  return null;
}

/** Stems of a nominative form; "-ec" also loses its fleeting vowel (Ковалец → Ковальца). */
export function stemsOf(fold: string): string[] {
  const stem = stripEnding(fold) ?? fold;
  const out = [stem];
  const fleeting = stem.match(/^(.{3,})e([ckn])$/);
  if (fleeting) out.push(`${fleeting[1]}${fleeting[2]}`);
  return out;
}

/**
 * Belarusian writes an о only under stress: where a case ending takes the stress, a surname's
 * last о becomes а (Воўк, Ваўка, Ваўку; Кароль, Караля), so that stem is the surname's too.
 */
function akanneStems(fold: string): string[] {
  // ў folds to u: the о of Воўк (vouk) stands before a consonant.
  const m = fold.match(/^(.*[^aeiouy])o(u?[^aeiouy]+)$/);
  return m ? [`${m[1]}a${m[2]}`] : [];
}

/** The other gender's form of a surname: Lazouskaya/Lazouski, Shapovalova/Shapovalov, Hlebava/Hlebau. */
function genderedSurnames(fold: string): string[] {
  const pairs: [RegExp, string][] = [
    [/aia$/, 'i'], [/ai$/, 'i'], [/i$/, 'aia'], [/ova$/, 'ov'], [/ov$/, 'ova'], [/eva$/, 'ev'], [/ev$/, 'eva'],
    [/ina$/, 'in'], [/in$/, 'ina'], [/ava$/, 'au'], [/au$/, 'ava'], [/ova$/, 'ou'], [/ou$/, 'ova'], [/skaia$/, 'ski'],
  ];
  return pairs.filter(([p]) => p.test(fold)).map(([p, r]) => fold.replace(p, r));
}

function genderOf(person: Person & { relation?: string }): Gender | 'unknown' {
  if (person.gender === 'male' || person.gender === 'female') return person.gender;
  if (person.relation && FEMALE_RELATIONS.test(person.relation)) return 'female';
  if (person.relation && MALE_RELATIONS.test(person.relation)) return 'male';
  const entry = person.fullName.split(/\s+/).map((w) => lookupGivenName(w)[0]).find((e) => e);
  return entry?.gender ?? 'unknown';
}

/** Endings East Slavic surnames have and given names seldom do (Заблоцкий, Стасюк, Ковалёва, Лагуненко, Hlebau). */
const SURNAME_ENDING = /(?:[сц]к(?:ий|ая|і|ая)|ов|ова|ев|ева|ёв|ёва|аў|ава|ын|ына|ин|ина|ич|іч|ук|юк|енко|енка|ski|sky|skaya|ov|ova|ev|eva|au|ava|vich|uk|iuk|enka|enko)$/iu;

function partsOf(name: string): [string, PartKind][] {
  const words = name.match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  if (words.length === 1) return [[words[0]!, PATRONYMIC.test(words[0]!) ? 'middle' : 'nick']];
  // "Рябцев Глеб Андреевич": the official order puts the surname first, the patronymic last.
  if (words.length === 3 && PATRONYMIC.test(words[2]!) && !PATRONYMIC.test(words[1]!)) return [[words[0]!, 'last'], [words[1]!, 'first'], [words[2]!, 'middle']];
  // "Taras Lahvinovich", "Алла Синкевич": after a given name alone, -vich/-ич is a Belarusian
  // surname (a man's patronymic never stands there without his surname in a record); only a
  // woman's patronymic ending ("Анна Владиславовна") says the second word is not the family name.
  // "Горбунов Ростислав", "Руденя Ирина": the official order without a patronymic, told by the
  // given name standing second.
  if (words.length === 2 && lookupGivenName(words[1]!).length && !lookupGivenName(words[0]!).length) return [[words[0]!, 'last'], [words[1]!, 'first']];
  // "Заблоцкий Эрик", "Стасюк Лилия", given names the table lacks: a surname's ending first, none second.
  if (words.length === 2 && !lookupGivenName(words[0]!).length && SURNAME_ENDING.test(words[0]!) && !SURNAME_ENDING.test(words[1]!)) return [[words[0]!, 'last'], [words[1]!, 'first']];
  if (words.length === 2) return [[words[0]!, 'first'], [words[1]!, FEMININE_PATRONYMIC.test(words[1]!) ? 'middle' : 'last']];
  return words.map((word, i) => {
    if (i === 0) return [word, 'first'];
    if (i === words.length - 1 && !PATRONYMIC.test(word)) return [word, 'last'];
    return [word, PATRONYMIC.test(word) ? 'middle' : i === words.length - 1 ? 'middle' : 'last'];
  });
}

export const POSSESSIVE = /^\p{Lu}\p{Ll}+(?:ин|ина|ину|ино|ины|иной|иным|иных|иному|иного)$/u;

/** «Олин свитер», «Сашину куртку»: the possessive adjectives of a given name in -а/-я, in every form. */
function possessives(name: string): string[] {
  const m = name.match(/^(\p{Lu}\p{Ll}+?)(ия|а|я)$/u);
  if (!m) return [];
  const stem = m[2] === 'ия' ? `${m[1]}ь` : m[1]!;
  return ['ин', 'ина', 'ину', 'ино', 'ины', 'иной', 'иным', 'иных', 'иному', 'иного'].map((e) => stem + e);
}

function buildMatcher(id: string, relation: string, person: Person & { relation?: string }): PersonMatcher {
  const gender = genderOf(person);
  const forms = new Map<string, PartKind>();
  const declined = new Map<string, PartKind>();
  const addTo = (target: Map<string, PartKind>) => (word: string, kind: PartKind) => {
    const pieces = word.split(/[-'’ʼ]/);
    // A piece of a split word is matched alone, as a token: the tail of Дар'я (я, ja) is the pronoun "I".
    const shortest = pieces.length > 1 ? 3 : 2;
    for (const piece of pieces) {
      const fold = foldWord(piece);
      if (fold.length >= shortest && !target.has(fold)) target.set(fold, kind);
    }
  };
  const add = addTo(forms);
  // The other gender's surname is only a guess: a relative who really bears it wins.
  const generated = new Map<string, PartKind>();
  const caseOf = new Map<string, GrammaticalCase[]>();
  const addDeclinedForm = addTo(declined);
  const addDeclined = ([grammaticalCase, form]: [GrammaticalCase, string], kind: PartKind) => {
    addDeclinedForm(form, kind);
    const fold = foldWord(form);
    const cases = caseOf.get(fold) ?? [];
    if (!cases.includes(grammaticalCase)) caseOf.set(fold, [...cases, grammaticalCase]);
  };
  const lvovichGender = gender === 'unknown' ? 'androgynous' : gender;
  for (const name of [person.fullName, ...(person.otherNames ?? [])]) {
    for (const [word, kind] of partsOf(name)) {
      add(word, kind);
      if (kind === 'first' || kind === 'nick') {
        const entries = lookupGivenName(word).filter((e) => gender === 'unknown' || e.gender === gender);
        for (const entry of entries) {
          for (const form of entry.forms) {
            add(form, kind);
            for (const d of declensions(form, 'first', lvovichGender)) addDeclined(d, kind);
            for (const p of possessives(form)) addDeclinedForm(p, kind);
          }
        }
      }
      const part: NamePart = kind === 'nick' ? 'first' : kind;
      if (isCyrillic(word) || kind !== 'first') {
        for (const d of declensions(word, part, lvovichGender)) addDeclined(d, kind);
      }
      if (kind === 'first' || kind === 'nick') for (const p of possessives(word)) addDeclinedForm(p, kind);
      if (kind === 'last') for (const other of genderedSurnames(foldWord(word))) if (!forms.has(other)) generated.set(other, 'last');
    }
  }
  return { id, relation, gender, display: person.fullName, forms, declined, generated, caseOf };
}

export function buildPersonMatchers(caseFile: CaseFile): PersonMatcher[] {
  return [
    buildMatcher('subject', 'subject', caseFile.subject),
    ...(caseFile.relatives ?? []).map((r, i) => buildMatcher(`relative-${i}`, r.relation, r)),
  ];
}

/** Single-deletion neighbours: two words within one edit share one of them. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export interface NameIndex {
  people: PersonMatcher[];
  match(word: string): NameHit | null;
}

interface Entry {
  person: PersonMatcher;
  part: PartKind;
  fold: string;
}

/**
 * Finds which person, if any, a word of the text names. Exact folds first; then a Cyrillic
 * case form by its stem; then, for words of five letters or more only, one edit away from a
 * form of five letters or more, so that typos and one-letter variants are caught while
 * short everyday words are never taken for names.
 */
export function buildNameIndex(people: PersonMatcher[]): NameIndex {
  const exact = new Map<string, Entry>();
  const declinedForms = new Map<string, Entry>();
  const stems = new Map<string, Entry>();
  const near = new Map<string, Entry>();
  const nearStems = new Map<string, Entry>();
  for (const person of people) {
    for (const [fold, part] of person.forms) {
      const entry = { person, part, fold };
      if (!exact.has(fold)) exact.set(fold, entry);
      for (const stem of part === 'last' ? [...stemsOf(fold), ...akanneStems(fold)] : stemsOf(fold)) {
        if (!stems.has(stem)) stems.set(stem, entry);
        if (stem.length >= 5) for (const d of deletions(stem)) if (!nearStems.has(d)) nearStems.set(d, entry);
      }
      if (fold.length >= 5) for (const d of deletions(fold)) if (!near.has(d)) near.set(d, entry);
    }
    for (const [fold, part] of person.declined) if (!declinedForms.has(fold)) declinedForms.set(fold, { person, part, fold });
  }
  for (const person of people) {
    for (const [fold, part] of person.generated) {
      const entry = { person, part, fold };
      if (!exact.has(fold)) exact.set(fold, entry);
      for (const stem of stemsOf(fold)) if (!stems.has(stem)) stems.set(stem, entry);
    }
  }

  // Stories repeat their words; each distinct word is looked up once per record.
  const memo = new Map<string, NameHit | null>();
  const match = (word: string): NameHit | null => {
    const known = memo.get(word);
    if (known !== undefined) return known;
    const hit = lookup(word);
    if (memo.size > 50_000) memo.clear();
    memo.set(word, hit);
    return hit;
  };

  const lookup = (word: string): NameHit | null => {
    const fold = foldWord(word);
    if (fold.length < 2) return null;
    const capitalised = /^\p{Lu}/u.test(word);
    // Lower-case short words are everyday words far more often than names ("mark", "над").
    if (!capitalised && fold.length < 6) return null;
    const hit = exact.get(fold);
    if (hit) return { person: hit.person, part: hit.part, tier: 'exact', matched: hit.fold };
    if (isCyrillic(word)) {
      const form = declinedForms.get(fold);
      if (form) return { person: form.person, part: form.part, tier: 'declined', matched: form.fold };
      const stem = stripEnding(fold);
      const declined = stem ? stems.get(stem) : undefined;
      if (declined) return { person: declined.person, part: declined.part, tier: 'declined', matched: declined.fold };
      // A case form with a changed stem consonant (Яначка → Яначцы): one edit on the stem.
      if (stem && stem.length >= 5 && !givenNames().byFold.has(fold)) {
        const close = deletions(stem).map((d) => nearStems.get(d)).find((e) => e !== undefined);
        if (close) return { person: close.person, part: close.part, tier: 'fuzzy', matched: close.fold };
      }
    }
    // English plural or possessive without an apostrophe: "the Zhuks", "Kovaletses".
    if (!isCyrillic(word) && /s$/i.test(word)) {
      const plural = exact.get(fold.replace(/e?s$/, '')) ?? exact.get(fold.slice(0, -1));
      if (plural && plural.part === 'last') return { person: plural.person, part: plural.part, tier: 'declined', matched: plural.fold };
    }
    // A different given name that the table knows (Alexandra, Antonina) is not a typo of this one.
    if (givenNames().byFold.has(fold)) return null;
    if (fold.length >= 5) {
      for (const d of deletions(fold)) {
        const close = near.get(d);
        if (close && Math.abs(close.fold.length - fold.length) <= 1) {
          return { person: close.person, part: close.part, tier: 'fuzzy', matched: close.fold };
        }
      }
    }
    return null;
  };

  return { people, match };
}
