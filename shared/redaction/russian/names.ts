// A Russian pseudonym is a whole name: a given name per person, a surname per family and a
// patronymic, each put into the case, gender and number of the word it replaces (Az.js).
// Which part each word of a span is comes from the record, else from the dictionary's tags.
import { declineFirstName, declineMiddleName, type GrammaticalCase } from '../declension';
import { foldWord } from '../fold';
import { russianReadings } from '../morphology/russian';
import type { PseudonymPicker } from '../replacementTypes';
import type { PartKind } from '../types';
import { stemsOf, stripEnding, type PersonMatcher } from '../variants';
import { formOf, inflectWord, prepositionCases, type RussianCase, type RussianForm, type RussianGender } from './grammar';

export interface NameWord {
  word: string;
  /** The text between this word and the next (a space, a hyphen). */
  after: string;
}

/** Words of a span with what separates them, so a hyphenated surname can be told from two names. */
export function nameWords(span: string): NameWord[] {
  const out: NameWord[] = [];
  for (const m of span.matchAll(/([\p{L}\p{M}'’]+)([^\p{L}\p{M}'’]*)/gu)) out.push({ word: m[1]!, after: m[2]! });
  return out;
}

const PART_TAG: Readonly<Record<PartKind, string>> = { first: 'Name', nick: 'Name', middle: 'Patr', last: 'Surn' };

/** Which record person a word names, and as which part of the name. */
export function recordPart(people: readonly PersonMatcher[], word: string): { person: PersonMatcher; part: PartKind } | undefined {
  const fold = foldWord(word);
  for (const map of ['forms', 'declined', 'generated'] as const) {
    for (const person of people) {
      const part = person[map].get(fold);
      if (part) return { person, part };
    }
  }
  // A case form neither the record nor lvovich spells (Кулешом where lvovich writes Кулешем) is
  // still that surname by its stem, as the name index matched it.
  const stem = stripEnding(fold);
  if (!stem) return undefined;
  for (const person of people) {
    for (const [form, part] of person.forms) if (part === 'last' && stemsOf(form).includes(stem)) return { person, part };
  }
  return undefined;
}

/** What the dictionary says a capitalised word of a name is, if it says anything. */
export function dictionaryPart(word: string): PartKind | undefined {
  const readings = russianReadings(word);
  const has = (tag: string) => readings.some((r) => r.grammemes.has(tag));
  // Many Belarusian surnames end like a patronymic (Гриневич): only one the dictionary itself knows is one.
  if (readings.some((r) => r.known && r.grammemes.has('Patr'))) return 'middle';
  if (readings.some((r) => r.known && r.grammemes.has('Name'))) return 'first';
  if (has('Surn')) return 'last';
  return undefined;
}

/** The masculine fold of a surname, so a husband, a wife and their children share one family. */
export function familyKey(word: string): string {
  // The lemma of a surname is its masculine singular: Рябцева, Рябцевы → рябцев.
  const lemma = russianReadings(word).find((r) => r.grammemes.has('Surn'))?.lemma;
  const fold = foldWord(lemma ?? word);
  return fold.replace(/^(.{3,}(?:ov|ev|in|yn))a$/, '$1').replace(/^(.{3,})(?:sk|tsk|ck)aia$/, '$1ski').replace(/^(.{3,}sk)ii$/, '$1i');
}

export function genderOfWord(word: string): 'male' | 'female' | undefined {
  const all = russianReadings(word).filter((r) => r.known && (r.grammemes.has('Name') || r.grammemes.has('Surn') || r.grammemes.has('Patr')));
  // A given name outweighs a surname spelled alike (Герман); an undeclined surname (Fixd) is one
  // form read in six cases, so each lemma and gender counts once, by its likeliest reading.
  const names = all.filter((r) => r.grammemes.has('Name'));
  const readings = names.length ? names : all;
  const weight = (g: string) => {
    const best = new Map<string, number>();
    for (const r of readings) if (r.grammemes.has(g)) best.set(r.lemma, Math.max(best.get(r.lemma) ?? 0, r.score));
    return [...best.values()].reduce((a, b) => a + b, 0);
  };
  const femn = weight('femn');
  const masc = weight('masc');
  if (femn > masc) return 'female';
  if (masc > femn) return 'male';
  if (/(?:ова|ева|ина|ская|цкая)$/u.test(word.toLowerCase())) return 'female';
  return undefined;
}

const PATRONYMICS = ['Андреевич', 'Павлович', 'Олегович', 'Викторович', 'Романович', 'Борисович', 'Степанович', 'Игоревич', 'Глебович'];

/** A patronymic for a person: one of a fixed set, chosen by the person's given-name pseudonym. */
export function patronymicFor(givenPseudonym: string, gender: 'male' | 'female'): string {
  let h = 0;
  for (const c of givenPseudonym) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const male = PATRONYMICS[h % PATRONYMICS.length]!;
  return gender === 'female' ? male.replace(/ич$/, 'на') : male;
}

const LVOVICH_CASE: Readonly<Record<string, GrammaticalCase>> = { gent: 'genitive', datv: 'dative', accs: 'accusative', ablt: 'instrumental', loct: 'prepositional' };

/** A pseudonym part in a form; a given name Az.js cannot inflect is declined by lvovich. */
export function declinePart(pseudonym: string, part: PartKind, form: RussianForm, gender: 'male' | 'female'): string {
  const g: RussianGender = gender === 'female' ? 'femn' : 'masc';
  if (part === 'last') {
    const grammemes = form.number === 'plur' ? [form.case, 'plur'] : [form.case, 'sing', g];
    return inflectWord(pseudonym, grammemes, { tag: 'Surn', gender: 'masc', nominative: true }) ?? pseudonym;
  }
  if (part === 'middle') {
    const lvovich = LVOVICH_CASE[form.case];
    return lvovich ? declineMiddleName(pseudonym, lvovich, gender) : pseudonym;
  }
  if (form.case === 'nomn') return pseudonym;
  const az = inflectWord(pseudonym, [form.case, 'sing'], { tag: 'Name', gender: g, nominative: true });
  if (az) return az;
  const lvovich = LVOVICH_CASE[form.case];
  return lvovich ? declineFirstName(pseudonym, lvovich, gender) : pseudonym;
}

export interface NameContext {
  people: readonly PersonMatcher[];
  pick: PseudonymPicker;
  /** The key of the person the detection was made for, when the record does not name the word. */
  personKey: string;
  gender: 'male' | 'female' | 'unknown';
  preposition: string | undefined;
  /** The word before the span, lower case ("семьи", "супруги"). */
  previousWord: string;
  /** What the span's first word is when the record does not say (a surname after a given name). */
  firstPart?: PartKind;
  /** A surname alone: its form in the person's full name earlier in the story. */
  family?: string;
}

/**
 * The cases a Russian form can be by its ending against its nominative: an -а/-я noun's (Серёжей
 * instrumental, Лагуне dative or prepositional) or a consonant noun's (Лагуну dative).
 */
function casesAgainstNominative(lower: string, nominativeInA: boolean): RussianCase[] | undefined {
  if (nominativeInA) {
    if (/(?:ой|ей|ою|ею)$/u.test(lower)) return ['ablt'];
    if (/[иы]$/u.test(lower)) return ['gent'];
    if (/е$/u.test(lower)) return ['datv', 'loct'];
    if (/[ую]$/u.test(lower)) return ['accs'];
    return undefined;
  }
  if (/(?:ом|ем|ём)$/u.test(lower)) return ['ablt'];
  if (/[ая]$/u.test(lower)) return ['gent', 'accs'];
  if (/[ую]$/u.test(lower)) return ['datv'];
  if (/е$/u.test(lower)) return ['loct'];
  return undefined;
}

/**
 * The cases of a surname alone against its form in the full name (Лагун: Лагуна is a genitive or
 * accusative, Лагуну a dative), for a surname the dictionary reads as an ordinary word (лагуна).
 */
function surnameCases(family: string, word: string): RussianCase[] | undefined {
  const lower = word.toLowerCase();
  const nominative = family.toLowerCase();
  if (lower === nominative) return ['nomn'];
  if (!lower.startsWith(nominative.replace(/[ая]$/u, ''))) return undefined;
  return casesAgainstNominative(lower, /[ая]$/u.test(nominative));
}

const CASE_OF: Readonly<Record<GrammaticalCase, RussianCase>> = { genitive: 'gent', dative: 'datv', accusative: 'accs', instrumental: 'ablt', prepositional: 'loct' };
/** Prepositions after which an -е form of a name is the prepositional, not the dative (о Тёме). */
const AT_PREPOSITION = /^(?:о|об|обо|при|в|во|на)$/u;

const FAMILY_WORDS = /^(?:семь[яиеюёй]|семьей|семьёй|супруг[иаовм]*|братья|братьев|братьям|сестры|сестёр|сестер)$/u;

/** The span's words each replaced by the part of the pseudonym it is, in its own form. */
export function russianNamePseudonym(span: string, ctx: NameContext): string {
  const words = nameWords(span);
  let out = '';
  let previousPart: PartKind | undefined;
  let firstForm: RussianForm | undefined;
  let firstPerson: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const { word, after } = words[i]!;
    const known = recordPart(ctx.people, word);
    const part: PartKind = known?.part ?? (i === 0 ? ctx.firstPart : undefined) ?? dictionaryPart(word) ?? (i === 0 ? 'first' : 'last');
    // "Шишки-Ковальской": a double surname becomes one surname.
    if (part === 'last' && previousPart === 'last' && /-\s*$/.test(out)) {
      out = out.replace(/-\s*$/, '') + after;
      continue;
    }
    const personKey = known?.person.id ?? ctx.personKey;
    const personGender = known?.person.gender ?? ctx.gender;
    const gender = personGender !== 'unknown' ? personGender : genderOfWord(word) ?? (i > 0 && words[0] ? genderOfWord(words[0].word) : undefined) ?? 'male';
    const g: RussianGender = gender === 'female' ? 'femn' : 'masc';
    const family = part === 'last' && i === 0 && FAMILY_WORDS.test(ctx.previousWord);
    // The parts of one person's name agree: "Глеб Рябцев" is in the case of "Глеб", whatever
    // the dictionary guesses for an unknown surname on its own.
    const samePerson = i > 0 && (!known || known.person.id === firstPerson);
    let form = samePerson && firstForm ? firstForm : formOf(word, i === 0 ? ctx.preposition : undefined, { prefer: PART_TAG[part], ...(family ? {} : { gender: g }) });
    // «Тёму», «Диму»: a record's name the dictionary does not know as one (Az.js reads «Тёму» as a
    // dative of «тём») takes the case its own declension gives that form (lvovich, variants.ts).
    const declined = known && !(samePerson && firstForm) && !family && !russianReadings(word).some((r) => r.known && r.grammemes.has(PART_TAG[part])) ? known.person.caseOf.get(foldWord(word))?.[0] : undefined;
    if (declined) form = { case: declined === 'dative' && AT_PREPOSITION.test(i === 0 ? (ctx.preposition ?? '') : '') ? 'loct' : CASE_OF[declined], number: 'sing' };
    // «семьи Ковальчук», «супруги Иванов»: a family named by its surname is plural.
    if (family) form = { case: form?.case === 'nomn' && /^супруг/u.test(ctx.previousWord) ? 'nomn' : 'gent', number: 'plur' };
    // «Серёжа написал», «с Серёжей»: a given name of the record's table is read by its own
    // paradigm, whatever Az.js guesses for a word it does not know (the genitive of «серёж»).
    const recordPerson = known?.person ?? (i === 0 ? ctx.people.find((p) => p.id === ctx.personKey) : undefined);
    if (recordPerson && (part === 'first' || part === 'nick')) form = recordNameForm(recordPerson, word, form, i === 0 ? ctx.preposition : undefined);
    const familyCases = i === 0 && ctx.family && !known && !russianReadings(word).some((r) => r.known && r.grammemes.has('Surn')) ? surnameCases(ctx.family, word) : undefined;
    if (familyCases) {
      const allowed = prepositionCases(i === 0 ? ctx.preposition : undefined);
      form = { case: familyCases.find((c) => allowed?.includes(c)) ?? familyCases[0]!, number: 'sing' };
    }
    form ??= { case: 'nomn', number: 'sing' };
    firstForm ??= form;
    if (i === 0) firstPerson = known?.person.id ?? ctx.personKey;
    let pseudonym: string;
    if (part === 'last') pseudonym = ctx.pick(`surname:${known ? familyKey(recordSurname(known.person) ?? word) : familyKey((i === 0 ? ctx.family : undefined) ?? word)}`, 'surname').cyrillic;
    else if (part === 'middle') pseudonym = patronymicFor(ctx.pick(personKey, gender).cyrillic, gender);
    else pseudonym = ctx.pick(personKey, gender).cyrillic;
    out += declinePart(pseudonym, part, form, gender) + after;
    previousPart = part;
  }
  return out;
}

const RUSSIAN_CASE: Readonly<Record<GrammaticalCase, RussianCase>> = { genitive: 'gent', dative: 'datv', accusative: 'accs', instrumental: 'ablt', prepositional: 'loct' };

/**
 * The cases a form of a record person's given name can be, read from its ending against the
 * nominative it shares a stem with (Серёжей: instrumental of an -а name), for the forms lvovich
 * does not give (it declines Серёжа as Серёжой).
 */
function casesByEnding(person: PersonMatcher, word: string): RussianCase[] | undefined {
  const fold = foldWord(word);
  let nominative: string | undefined;
  for (const [form, part] of person.forms) {
    if (part !== 'first' && part !== 'nick') continue;
    const stem = stripEnding(form) ?? form;
    if (fold.startsWith(stem) && fold !== form && (!nominative || stem.length > (stripEnding(nominative) ?? nominative).length)) nominative = form;
  }
  if (!nominative) return undefined;
  return casesAgainstNominative(word.toLowerCase(), nominative.endsWith('a'));
}

/**
 * The form of a record person's given name: a form of the table is a nominative; a declined
 * one is in one of the cases its paradigm gives it, the one the dictionary or preposition
 * prefers when several fit (Сергея: genitive or accusative).
 */
function recordNameForm(person: PersonMatcher, word: string, guess: RussianForm | undefined, preposition: string | undefined): RussianForm | undefined {
  const fold = foldWord(word);
  const nominative = person.forms.has(fold) && !preposition;
  if (nominative && (guess?.case === 'nomn' || !person.caseOf.has(fold))) return { case: 'nomn', number: 'sing' };
  const cases = person.caseOf.get(fold)?.map((c) => RUSSIAN_CASE[c]) ?? casesByEnding(person, word);
  if (!cases) return guess;
  if (guess && guess.number === 'sing' && cases.includes(guess.case)) return guess;
  const allowed = prepositionCases(preposition);
  return { case: cases.find((c) => allowed?.includes(c)) ?? cases[0]!, number: 'sing' };
}

/** The record's own spelling of a person's surname (its first 'last' form). */
function recordSurname(person: PersonMatcher): string | undefined {
  const words = person.display.match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  const cyrillic = words.filter((w) => /\p{Script=Cyrillic}/u.test(w));
  const fold = [...person.forms].find(([, part]) => part === 'last')?.[0];
  return cyrillic.find((w) => foldWord(w) === fold) ?? fold;
}
