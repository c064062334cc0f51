// The Belarusian pass of the analysis: on the official-Cyrillic view of every Belarusian
// paragraph (Łacinka and classical spelling folded), the record's people, places, occupations
// and employers are matched by lemma in any case form, and dates, ages, facilities, people and
// places the record does not list are found by the lexicon.
import type { CaseFile } from '../../caseFile/schema';
import { lookupPlace, placeClass } from '../detectors/places';
import { foldWord } from '../fold';
import { lookupGivenName, type Gender } from '../givenNames';
import { PRIORITY } from '../priorities';
import { wordsOf, type PhraseIdentifier, type ProtectedIdentifiers } from '../protected';
import type { Detection, DetectionOf, PlaceClass } from '../types';
import { findBelarusianAges, findBelarusianDates, findBelarusianFacilities, isOrdinaryTownless } from './detectors';
import { languageAt, paragraphLanguages, type ParagraphLanguage } from './language';
import { belarusianView, officialForm, spanInText, type BelarusianView } from './view';
import { lacinkaToCyrillic } from './lacinka';
import { isSafeProperNoun } from '../detectors/safeWords';
import { hasPublicFigureSurname, isOrdinaryWord, isPublicFigure, nominativeCandidates, properKinds, publicFigureOf, readings } from './words';
import { matchesIn, windowsAround } from '../detectors/windows';
import { memoByWord } from '../wordMemo';
import { isCapitalised, onlySpaces, wordRuns } from '../tokens';
import { russianNameGender, unknownNameKey } from './names';

/** Classical and historical names of towns, as the official name the record and gazetteer use. */
const TOWN_ALIASES: Readonly<Record<string, string>> = {
  менск: 'Мінск', горадня: 'Гродна', гародня: 'Гродна', берасце: 'Брэст', наваградак: 'Навагрудак', маладэчна: 'Маладзечна', ворша: 'Орша', вільня: 'Вільнюс',
};

interface ViewToken {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** The word in official Cyrillic. */
  word: string;
  sentenceStart: boolean;
}

export interface BelarusianPass {
  /** The normalised text the pass was made from. */
  text: string;
  paragraphs: ParagraphLanguage[];
  view: BelarusianView | null;
  tokens: ViewToken[];
}

/** The first index whose origin is at or after `offset` (origins only grow). */
function firstAtOrAfter(origin: Int32Array, offset: number): number {
  let lo = 0;
  let hi = origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [\p{L}\p{N},] for one UTF-16 unit, without a pattern for the letters most words end in. */
function isLetterDigitOrComma(code: number, char: string): boolean {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x44f)) return true;
  return /[\p{L}\p{N},]/u.test(char);
}

/** Whether the word at `at` (its paragraph starting at `from`) opens a sentence or a line of dialogue. */
function opensSentence(text: string, from: number, at: number, first: boolean): boolean {
  // Most words follow a space after a letter, a digit or a comma: no sentence opens there.
  if (at - from >= 2 && text[at - 1] === ' ' && isLetterDigitOrComma(text.charCodeAt(at - 2), text[at - 2]!)) return false;
  // Only the paragraph's first word can have nothing but quotes and dashes before it.
  if (first && /^[\s"«„“(\-—–]*$/u.test(text.slice(from, at))) return true;
  // A quotation after a colon opens a sentence too: Karespandent: «Jakim budzie…».
  return /[.!?…]\s*["«„“]?\s*$|:\s*["«„“]\s*$|^\s*[-—–]\s*$/u.test(text.slice(Math.max(from, at - 3), at)) || /[.!?…»"]\s+$/u.test(text.slice(Math.max(from, at - 4), at));
}

/** The view and its words, built once per text; null view when no paragraph is Belarusian. */
export function belarusianPass(text: string): BelarusianPass {
  const paragraphs = paragraphLanguages(text);
  if (!paragraphs.some((p) => p.language === 'be' || p.language === 'be-Latn')) return { text, paragraphs, view: null, tokens: [] };
  const view = belarusianView(text, paragraphs);
  const tokens: ViewToken[] = [];
  for (const p of paragraphs) {
    if (p.language !== 'be' && p.language !== 'be-Latn') continue;
    const from = firstAtOrAfter(view.origin, p.start);
    const to = firstAtOrAfter(view.origin, p.end);
    let first = true;
    const piece = view.text.slice(from, to);
    const runs = wordRuns(piece);
    for (let r = 0; r < runs.length; r += 2) {
      const vs = from + runs[r]!;
      const word = piece.slice(runs[r]!, runs[r + 1]!);
      tokens.push({ start: view.origin[vs]!, end: view.origin[vs + word.length - 1]! + 1, word, sentenceStart: opensSentence(view.text, from, vs, first) });
      first = false;
    }
  }
  return { text, paragraphs, view, tokens };
}

/** Dates in Belarusian paragraphs, for the record's dates to be matched against too. */
export function belarusianDates(pass: BelarusianPass): DetectionOf<'date'>[] {
  if (!pass.view) return [];
  return findBelarusianDates(pass.view.text).flatMap((d) => {
    if (d.category !== 'date') return [];
    const span = spanInText(pass.view!, d.start, d.end);
    return [{ ...span, category: 'date', date: d.date, source: 'detector', kind: 'quasi', priority: d.alone ? PRIORITY.monthAlone : PRIORITY.date } satisfies DetectionOf<'date'>];
  });
}

/** Classical stems of town adjectives and names: Менскага трактарнага → Мінскага, горадзенскі → гродзенскі. */
const ALIAS_STEMS: readonly [RegExp, string][] = [
  [/^менск/u, 'мінск'], [/^гарадзен/u, 'гродзен'], [/^горадзен/u, 'гродзен'], [/^гародн/u, 'гродн'], [/^горадн/u, 'гродн'], [/^берасц/u, 'брэст'],
];


const FOLDS = new Map<string, ReadonlySet<string>>();

/**
 * Folds of every nominative a word may be a form of, official town names included, and for a
 * word in lower case the towns it may be the adjective of (менскай → Мінск). Worked out from the
 * word alone, so every pass and every text gets the same answer whatever was asked before.
 */
function foldsOf(word: string): ReadonlySet<string> {
  const known = FOLDS.get(word);
  if (known) return known;
  const out = new Set<string>();
  for (const c of nominativeCandidates(word)) {
    out.add(foldWord(c));
    const lower = c.toLowerCase();
    const alias = TOWN_ALIASES[lower];
    if (alias) out.add(foldWord(alias));
    for (const [stem, official] of ALIAS_STEMS) if (stem.test(lower)) out.add(foldWord(lower.replace(stem, official)));
  }
  if (!isCapitalised(word) && !isOrdinaryTownless(word.toLowerCase())) for (const f of placesOfAdjective(word)) out.add(f);
  if (FOLDS.size > 50_000) FOLDS.clear();
  FOLDS.set(word, out);
  return out;
}

/** Two folds of one word of six letters or more, one letter apart (журналістка, журналістыка). */
function close(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 6 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

const PLACE_ADJECTIVE = /^(\p{L}+?)(?:енск|інск|ынск|ск|цк|зк)(?:і|ая|ае|ія|ага|аму|ім|ай|ую|ых|імі|аю|ы|ым)$/u;

/** The towns a place adjective may come from: менскай → Менск → Мінск, брэсцкую → Брэст, гродзенскай → Гродна. */
function placesOfAdjective(word: string): Set<string> {
  const lower = word.toLowerCase();
  const m = lower.match(PLACE_ADJECTIVE);
  const out = new Set<string>();
  if (!m) return out;
  const full = lower.replace(/(?:і|ая|ае|ія|ага|аму|ім|ай|ую|ых|імі|аю|ы|ым)$/u, '');
  const stems = [m[1]!, full.replace(/(?:ск|цк)$/u, ''), full.replace(/цк$/u, 'т'), full.replace(/цк$/u, 'ц'), full.replace(/енск$/u, 'н'), full.replace(/дзенск$/u, 'дн'), full];
  for (const stem of stems) {
    for (const end of ['', 'а', 'ы', 'і', 'е', 'я', 'ь']) {
      const name = stem + end;
      out.add(foldWord(name));
      const alias = TOWN_ALIASES[name];
      if (alias) out.add(foldWord(alias));
    }
  }
  return out;
}

/** Words never a person or a place, whatever the lexicon's proper nouns say (Бог, Радыё Свабода). */
const SAFE_PROPER = new Set(['беларусь', 'бог', 'госпадзе', 'свабода', 'радыё', 'еўропа', 'расія', 'літва', 'польшча', 'украіна', 'мінск', 'лукашэнка', 'лукашэнкі', 'лукашэнку', 'лукашэнкам', 'лукашанка', 'пуцін', 'пуціна', 'пуціну']);

/**
 * A demonym: a stem, then -чанін, -чанка, -чук (менчуку, магіляўчанін, гамяльчанкі), or a stem in -н
 * with -ец, -ка (гродзенцы, жлобінец, гродзенкай).
 */
const DEMONYM = /^(\p{L}+?)(?:чанін|чанка|чанкі|чане|чан|чук|ане|анін|анка|анкі)\p{L}*$/u;
const DEMONYM_IN_N = /^(\p{L}+?н)(?:ец|цы|ца|цу|цам|цаў|цамі|цах|ка|кі|ку|кай|кам|камі|ках)$/u;
// дз is the д of the town's name before е (Гродна, гродзенцы).
const consonants = (word: string) => word.toLowerCase().replace(/[аеёіоуыэюяйўь'’]/gu, '').replace(/дз/gu, 'д');

/** The consonants of a demonym's stem (менчуку → мн), '' for a word that is none: asked of every word, once per form. */
const demonymStem = memoByWord((word: string) => {
  const m = word.toLowerCase().match(DEMONYM) ?? word.toLowerCase().match(DEMONYM_IN_N);
  return m ? consonants(m[1]!) : '';
});

/** The consonants of each Cyrillic name of a town, without -ск/-цк, that a demonym's stem may start with. */
function townConsonants(value: string, names: readonly string[]): string[] {
  return [value, ...names]
    .filter((name) => /^[\p{Script=Cyrillic}\s-]+$/u.test(name))
    .map((name) => consonants(name).replace(/(?:ск|цк)$/u, ''))
    .filter((town) => town.length >= 2);
}

/**
 * Whether a word is a demonym of the town: its stem has the town's consonants, with at most one
 * more (Мінск → мн: менчук, мінчанін; Магілёў → мгл: магіляўчанін; Віцебск → вцб: віцябляне).
 */
function isDemonymOf(word: string, towns: readonly string[]): boolean {
  if (!towns.length) return false;
  const stem = demonymStem(word);
  return towns.some((town) => stem.startsWith(town) && stem.length - town.length <= 1);
}

/**
 * Statuses rather than jobs, as protected.ts and recordOccupations.ts keep them for English and
 * Russian (CONTRACT.md: "pensioner" never blocks): what thousands are identifies nobody.
 */
const EVERYDAY = new Set(['студэнт', 'студэнтка', 'пенсіянер', 'пенсіянерка', 'школьнік', 'школьніца', 'работнік', 'работніца', 'актывіст', 'актывістка', 'валанцёр', 'валанцёрка'].map(foldWord));

/** What follows a preposition in a job title says where the work is done (прадавец у інтэрнэт-краме), not what it is. */
const TITLE_PREPOSITIONS = new Set(['у', 'ў', 'в', 'на']);

/** The occupation and employer words of everyone in the record, each with its nominative's fold. */
function occupationWords(caseFile: CaseFile): OccupationWord[] {
  const people = [caseFile.subject, ...(caseFile.relatives ?? [])];
  const out: OccupationWord[] = [];
  for (const person of people) {
    const gender = person.gender === 'male' || person.gender === 'female' ? person.gender : 'unknown';
    for (const value of [person.occupation, person.employer]) {
      if (!value) continue;
      const isTitle = value === person.occupation;
      for (const title of isTitle ? value.split(/[,;/]/u) : [value]) {
        const nouns: string[] = [];
        for (const word of title.match(/[\p{L}\p{M}’'ʼ]+/gu) ?? []) {
          const official = officialForm(word);
          if (isTitle && TITLE_PREPOSITIONS.has(official.toLowerCase())) break;
          // Adjectives (польскай мовы, старшы) qualify a job; only its nouns identify it.
          if (word.length < 5 || /^\p{Lu}/u.test(word) || /(?:ы|і|ая|ай|ой|ую|ага|ых|ія|ае)$/u.test(official)) continue;
          nouns.push(foldWord(official));
        }
        if (isTitle && nouns.length && EVERYDAY.has(nouns[0]!)) continue;
        for (const fold of nouns) out.push({ value, fold, gender });
      }
    }
  }
  return out;
}

/** The record's employers of two or three words, joined into the stem their people's name is made from (Наша Ніва → нашанів). */
function employerCompounds(caseFile: CaseFile): { employer: string; value: string }[] {
  const out: { employer: string; value: string }[] = [];
  for (const person of [caseFile.subject, ...(caseFile.relatives ?? [])]) {
    const words = person.employer?.match(/[\p{L}\p{M}’'ʼ]+/gu) ?? [];
    if (words.length < 2 || words.length > 3 || words.some((w) => /^\p{Lu}{2,}$/u.test(w))) continue;
    const joined = words.map((w) => officialForm(w).toLowerCase()).join('').replace(/ў/gu, 'в').replace(/[аяоеыіуюэ]$/u, '');
    if (joined.length >= 6) out.push({ employer: person.employer!, value: joined });
  }
  return out;
}

/** A span widened over the hyphenated word it is part of: jutub-błohierku, YouTube-блогерка. */
function hyphenated(text: string, start: number, end: number): { start: number; end: number } {
  while (start > 1 && text[start - 1] === '-' && /\p{L}/u.test(text[start - 2]!)) {
    start -= 2;
    while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  }
  while (end < text.length - 1 && text[end] === '-' && /\p{L}/u.test(text[end + 1]!)) {
    end += 2;
    while (end < text.length && /\p{L}/u.test(text[end]!)) end++;
  }
  return { start, end };
}

function phraseDetection(phrase: PhraseIdentifier, start: number, end: number): Detection {
  const base = { start, end, source: 'record', kind: phrase.kind, identifier: phrase.value, priority: PRIORITY.recordPhrase } as const;
  if (phrase.category === 'occupation') return { ...base, category: 'occupation' };
  if (phrase.category === 'facility') return { ...base, category: 'facility' };
  if (phrase.category === 'org') return { ...base, category: 'org' };
  return { ...base, category: 'place' };
}

function holdsAny(set: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  for (const word of words) if (set.has(word)) return true;
  return false;
}

interface OccupationWord {
  value: string;
  fold: string;
  gender: Gender | 'unknown';
}

/** belarusianRecordDetections' answers about one word; null is "none", undefined "not asked yet". */
interface WordAnswers {
  hit?: ReturnType<ProtectedIdentifiers['names']['match']>;
  place?: { place: ProtectedIdentifiers['places'][number]; named: boolean } | null;
  phrase?: PhraseIdentifier | null;
  job?: OccupationWord | null;
}

/** Record values matched by lemma, in Belarusian paragraphs only. */
const LACINKA_LETTER = /[ŭłćśźńčšžŬŁĆŚŹŃČŠŽ]/u;

export function belarusianRecordDetections(ids: ProtectedIdentifiers, pass: BelarusianPass, caseFile: CaseFile): Detection[] {
  const out: Detection[] = [];
  if (!pass.view) return out;
  const occupations = occupationWords(caseFile);
  const towns = ids.places.map((place) => townConsonants(place.value, place.place?.names ?? []));
  // The view is Cyrillic, and the fold keeps š, ž, č apart from ш, ж, ч: a value written in Łacinka
  // (Naša Niva) is read in Cyrillic (Наша Ніва), as the text is.
  const phrases = ids.phrases.map((phrase) => (LACINKA_LETTER.test(phrase.value) ? { ...phrase, words: wordsOf(lacinkaToCyrillic(phrase.value)) } : phrase));
  // What each word is, asked once per form: a story repeats its words, and every answer here depends on the word alone.
  const answers = new Map<string, WordAnswers>();
  for (const t of pass.tokens) {
    let answer = answers.get(t.word);
    if (!answer) {
      answer = {};
      answers.set(t.word, answer);
    }
    const capital = isCapitalised(t.word);
    const ordinary = isOrdinaryWord(t.word);
    const proper = properKinds(t.word);
    // An ordinary word opening a sentence (Калі, Яна) is not a name unless the lexicon says it can be.
    const mayBeName = capital && !(ordinary && t.sentenceStart && !proper.some((k) => k === 'g' || k === 's' || k === 'p'));
    if (capital) {
      // A guessed nominative is no word of the text: only an exact or declined hit on it counts (Маці → Маця is one edit from Маня).
      if (answer.hit === undefined) answer.hit = ids.names.match(t.word) ?? nominativeCandidates(t.word).map((c) => ids.names.match(c)).find((h) => h !== null && h.tier !== 'fuzzy') ?? null;
      const hit = answer.hit;
      // «Косцю пасадзілі»: a record person's given name or diminutive opening a sentence is that person, though it is also a word (косць).
      if (hit && (mayBeName || (hit.tier !== 'fuzzy' && (hit.part === 'first' || hit.part === 'nick')))) {
        out.push({ start: t.start, end: t.end, category: 'name', source: 'record', kind: 'direct', identifier: hit.person.display, personId: hit.person.id, tier: hit.tier === 'exact' ? 'declined' : hit.tier, part: hit.part, priority: PRIORITY.recordName });
        continue;
      }
    }
    if (answer.place === undefined) {
      const folds = foldsOf(t.word);
      const named = ids.places.find((p) => holdsAny(p.folds, folds));
      const place = named ?? ids.places.find((_, k) => isDemonymOf(t.word, towns[k]!));
      answer.place = place ? { place, named: !!named } : null;
    }
    const place = answer.place?.place;
    const named = answer.place?.named;
    if (place) {
      const known = place.place;
      out.push({ start: t.start, end: t.end, category: 'place', source: 'record', kind: 'quasi', identifier: place.value, ...(known ? { place: placeClass(known) } : {}), ...(named ? {} : { demonym: true }), priority: PRIORITY.recordPlace });
    }
    if (answer.phrase === undefined) {
      const folds = foldsOf(t.word);
      answer.phrase = phrases.find((phrase) => phrase.category !== 'address' && phrase.words.length === 1 && folds.has(phrase.words[0]!)) ?? null;
    }
    if (answer.phrase) out.push(phraseDetection(answer.phrase, t.start, t.end));
    // A person's occupation, however common, in any case form: касіркі, žurnalistkaj, dyzajnierku.
    if (!answer.phrase && (!capital || (t.sentenceStart && ordinary))) {
      if (answer.job === undefined) {
        const folds = foldsOf(t.word);
        answer.job = occupations.find((o) => [...folds].some((f) => close(f, o.fold))) ?? null;
      }
      const job = answer.job;
      if (job) {
        const span = hyphenated(pass.text, t.start, t.end);
        out.push({ ...span, category: 'occupation', source: 'record', kind: 'quasi', identifier: job.value, gender: job.gender, priority: PRIORITY.recordPhrase });
      }
    }
  }
  // «нашаніўцы», «našaniŭcy»: the people of an employer of two or three words are named by one word made of them all.
  for (const stem of employerCompounds(caseFile)) {
    for (const t of pass.tokens) {
      const lower = officialForm(t.word).toLowerCase();
      if (lower.length > stem.value.length && lower.replace(/ў/gu, 'в').startsWith(stem.value) && /(?:ец|цы|цаў|цам|цамі|ца|цу)$/u.test(lower)) {
        out.push({ start: t.start, end: t.end, category: 'org', source: 'record', kind: 'quasi', identifier: stem.employer, priority: PRIORITY.recordPhrase });
      }
    }
  }
  // Phrases of several words (валшчык лесу, Маскоўскі раён): each word by its lemma, in order.
  for (const phrase of phrases) {
    if (phrase.category === 'address' || phrase.words.length < 2) continue;
    for (let i = 0; i + phrase.words.length <= pass.tokens.length; i++) {
      const matches = phrase.words.every((w, k) => {
        const t = pass.tokens[i + k]!;
        return foldWord(t.word) === w || foldsOf(t.word).has(w);
      });
      if (!matches) continue;
      out.push(phraseDetection(phrase, pass.tokens[i]!.start, pass.tokens[i + phrase.words.length - 1]!.end));
    }
  }
  return out;
}

/**
 * A university by the colloquial compound of its kind (педуніверсітэт, медуніверсітэт, тэхінстытут):
 * one of a few in the country, as its abbreviation is; a plain універсітэт has no prefix.
 */
const COLLOQUIAL_UNIVERSITY = String.raw`\p{Ll}{2,8}(?:універсітэ[тц]|інстыту[тц])\p{L}*`;

/** Universities and the large plants a person is known by: a student of БДУ, a worker of МТЗ. */
const ABBREVIATION = String.raw`(?:БДУ|БНТУ|БДУІР|БДПУ|БДЭУ|БДМУ|БДТУ|БДУКіМ|БДАМ|ГрДУ|ГДУ|ВДУ|ПДУ|МДУ|МДЛУ|БрДУ|БарДУ|МТЗ|МАЗ|БелАЗ|БМЗ)`;
/**
 * A university by its abbreviation, with the person it is named after (БДПУ ім. М. Танка: the
 * poet's name gives the university away as well), and a faculty named by its subject (на
 * гістарычным факультэце), which narrows a student down to a few hundred people.
 */
const UNIVERSITIES = new RegExp(String.raw`(?<![\p{L}])(?:\p{Ll}+(?:ы|і|ым|ім|ага|аму)\s+факультэ[тц]\p{L}*(?:\s+${ABBREVIATION})?|${ABBREVIATION}|${COLLOQUIAL_UNIVERSITY})(?:\s+(?:імя|ім\.)\s*(?:\p{Lu}\.\s*){0,2}\p{Lu}\p{Ll}+)?(?![\p{L}])`, 'gu');
/** What each university holds, found by a plain pattern: UNIVERSITIES, tried at every letter of the view otherwise, runs only around it. */
const UNIVERSITY_ANCHOR = new RegExp(String.raw`факультэ|ніверсітэ|нстыту|${ABBREVIATION}`, 'g');

const PLACE_PREPOSITIONS = new Set(['у', 'ў', 'з', 'са', 'каля', 'пад', 'ля', 'вёсцы', 'вёска', 'вёскі', 'пасёлку', 'пасёлак', 'аграгарадку', 'аграгарадок', 'мястэчку']);

/** The class of the town a place adjective comes from, if the gazetteer or the lexicon knows it; once per form, as the pass asks it several times of each. */
const townOfAdjective: (lower: string) => PlaceClass | undefined = memoByWord((lower) => {
  for (const fold of placesOfAdjective(lower)) {
    // Classical names (менскі, гарадзенскі from Менск, Горадня) are their official towns'.
    const place = lookupPlace([TOWN_ALIASES[fold] ?? fold]);
    if (place) return placeClass(place);
  }
  return undefined;
});

/** The town class of a word that is a place adjective of some town, not of a people or a country; asked of every lower-case word of the view, once per form. */
const townOfLowerAdjective = memoByWord((word: string) => {
  const lower = word.toLowerCase();
  return PLACE_ADJECTIVE.test(lower) && !isOrdinaryTownless(lower) ? townOfAdjective(lower) : undefined;
});

function classOfLemma(lemma: string): PlaceClass {
  const place = lookupPlace([lemma]);
  return place ? placeClass(place) : 'town';
}

/**
 * Whether the token at `i` is a public figure's surname, or the given name right before one
 * (Сьвятланы Ціханоўскай, Volhi Čuprys): context every story may name, not a person to protect.
 */
function publicFigureAt(tokens: readonly ViewToken[], i: number, text: string): boolean {
  if (!tokens[i]) return false;
  let memo = PUBLIC_FIGURE_AT.get(tokens);
  if (!memo || memo.text !== text) {
    memo = { text, answers: new Uint8Array(tokens.length) };
    PUBLIC_FIGURE_AT.set(tokens, memo);
  }
  if (!memo.answers[i]) memo.answers[i] = isPublicFigureAt(tokens, i, text) ? YES : NO;
  return memo.answers[i] === YES;
}

/**
 * Each token's answer, once per pass: the generic pass asks it of every capitalised word, the
 * surnames' second round and the veto of the same ones again.
 */
const PUBLIC_FIGURE_AT = new WeakMap<readonly ViewToken[], { text: string; answers: Uint8Array }>();
const YES = 1;
const NO = 2;

/** Whether a word is a given name in some case (Сьвятланы, Volhi): asked of the word before each capitalised one, once per form. */
const isGivenName = memoByWord((w: string) => readings(w).some((r) => r.kind === 'g') || nominativeCandidates(w).some((c) => lookupGivenName(c).length > 0));

function isPublicFigureAt(tokens: readonly ViewToken[], i: number, text: string): boolean {
  const t = tokens[i]!;
  if (!isCapitalised(t.word)) return false;
  const adjacent = (a: ViewToken | undefined, b: ViewToken | undefined) => a !== undefined && b !== undefined && isCapitalised(a.word) && onlySpaces(text, a.end, b.start);
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (adjacent(t, next) && isPublicFigure(next!.word, t.word)) return true;
  if (adjacent(prev, t) && isPublicFigure(t.word, prev!.word)) return true;
  return !(adjacent(prev, t) && isGivenName(prev!.word)) && isPublicFigure(t.word, undefined, namedFigures(tokens, text));
}

const NAMED_FIGURES = new WeakMap<readonly ViewToken[], ReadonlySet<RegExp>>();

/** The public figures the text names with a given name they go by: their surname alone is theirs from then on. */
function namedFigures(tokens: readonly ViewToken[], text: string): ReadonlySet<RegExp> {
  const known = NAMED_FIGURES.get(tokens);
  if (known) return known;
  const out = new Set<RegExp>();
  for (let i = 1; i < tokens.length; i++) {
    const figure = publicFigureOf(tokens[i]!.word);
    const prev = tokens[i - 1]!;
    if (figure && isCapitalised(prev.word) && onlySpaces(text, prev.end, tokens[i]!.start) && isPublicFigure(tokens[i]!.word, prev.word)) out.add(figure);
  }
  NAMED_FIGURES.set(tokens, out);
  return out;
}

/** Ages, facilities, and the people and places the record does not list, in Belarusian paragraphs. */
export function belarusianGenericDetections(pass: BelarusianPass): Detection[] {
  const view = pass.view;
  if (!view) return [];
  const out: Detection[] = [];
  for (const a of findBelarusianAges(view.text)) {
    if (a.category !== 'age') continue;
    const span = spanInText(view, a.start, a.end);
    out.push({ ...span, category: 'age', age: a.age, form: /гад/.test(view.text.slice(a.start, a.end)) && /\d\s+\p{L}/u.test(view.text.slice(a.start, a.end)) ? 'ru-years' : 'year-old', source: 'detector', kind: 'quasi', priority: PRIORITY.age });
  }
  for (const f of findBelarusianFacilities(view.text)) {
    if (f.category !== 'facility') continue;
    out.push({ ...spanInText(view, f.start, f.end), category: 'facility', facility: f.facility, source: 'detector', kind: 'quasi', priority: PRIORITY.facility });
  }
  for (const m of matchesIn(UNIVERSITIES, view.text, windowsAround(view.text, UNIVERSITY_ANCHOR, 80))) {
    const span = spanInText(view, m.index!, m.index! + m[0].length);
    out.push({ ...span, category: 'org', source: 'detector', kind: 'quasi', institution: /^(?:МТЗ|МАЗ|БелАЗ|БМЗ)$/u.test(m[0]) ? 'enterprise' : 'university', priority: PRIORITY.institution });
  }
  const people = new Map<string, string>();
  const isGiven = (w: string | undefined) => w !== undefined && isCapitalised(w) && readings(w).some((r) => r.kind === 'g');
  const adjacent = (a: ViewToken | undefined, b: ViewToken | undefined) => a !== undefined && b !== undefined && onlySpaces(pass.text, a.end, b.start);
  for (let i = 0; i < pass.tokens.length; i++) {
    const t = pass.tokens[i]!;
    const prev = pass.tokens[i - 1];
    const next = pass.tokens[i + 1];
    if (!isCapitalised(t.word)) {
      // "з homielskaha fłahštoka": a lower-case adjective of a town other than the capital.
      const town = townOfLowerAdjective(t.word);
      if (town && town !== 'capital') out.push({ start: t.start, end: t.end, category: 'place', source: 'detector', kind: 'quasi', place: town, priority: PRIORITY.place });
      continue;
    }
    const lower = t.word.toLowerCase();
    // "Гомельскі праваабаронца …" opening a sentence: the capital is the sentence's, not a name's, where a common noun follows.
    if (t.sentenceStart && PLACE_ADJECTIVE.test(lower) && !isOrdinaryTownless(lower) && next && adjacent(t, next) && !isCapitalised(next.word)) {
      const town = townOfAdjective(lower);
      if (town && town !== 'capital') {
        out.push({ start: t.start, end: t.end, category: 'place', source: 'detector', kind: 'quasi', place: town, priority: PRIORITY.place });
        continue;
      }
    }
    if (t.word.length < 3 || /^\p{Lu}+$/u.test(t.word) || SAFE_PROPER.has(lower)) continue;
    // «Дзень Волі», «Dzień Voli», «да Дня Перамогі»: the word after a day is the holiday's name, not a person's.
    if (prev && adjacent(prev, t) && /^(?:дзень|дня|дню|днём|дні)$/iu.test(prev.word)) continue;
    // Platforms and countries (у Telegram) name no one; a public figure's surname is left to the check of the given name before it.
    if (publicFigureAt(pass.tokens, i, pass.text) || (isSafeProperNoun(pass.text.slice(t.start, t.end)) && !hasPublicFigureSurname(t.word))) continue;
    const all = readings(t.word);
    const ordinary = all.some((r) => r.kind === 'w');
    // A capitalised word right after a given name is that person's surname, even if it is also a word (Хмара, Бурак).
    // "Полацкага раёну", "Бярозаўскія Малечы": a place adjective naming a district or before a place name.
    // "Эўрапейскай Беларусі": an adjective the lexicon knows as a word, of no town, names a movement or a body.
    if (!t.sentenceStart && PLACE_ADJECTIVE.test(lower) && !isOrdinaryTownless(lower) && next && adjacent(t, next)
      && (/^(?:раён|вобласц|сельсавет)/u.test(next.word) || (isCapitalised(next.word) && !readings(next.word).some((r) => r.kind === 'w')))
      && !(ordinary && !townOfAdjective(lower) && isCapitalised(next.word))) {
      const district = /^(?:раён|вобласц|сельсавет)/u.test(next.word);
      out.push({ start: t.start, end: district ? next.end : t.end, category: 'place', source: 'detector', kind: 'quasi', place: townOfAdjective(lower) ?? 'town', priority: PRIORITY.place });
      continue;
    }
    if (!t.sentenceStart && isGiven(prev?.word) && adjacent(prev, t) && !all.some((r) => r.kind === 'g' || r.kind === 'l')) {
      // One person, one pseudonym, first name only: the surname joins its given name's span (Кацярыне Лабанцы → Ганне).
      const given = out.at(-1);
      if (given?.category === 'name' && given.end === prev!.end && given.key) {
        given.end = t.end;
        for (const f of foldsOf(t.word)) people.set(f, given.key);
        people.set(surnameKey(t.word), given.key);
        continue;
      }
      const key = unknownNameKey(t.word);
      people.set(foldWord(t.word), key);
      // A given name that is also a word (Галіна "branch", Вера "faith") opening the sentence was passed over:
      // before a surname it is the person's, and tells her gender.
      const opening = prev!.sentenceStart && isOrdinaryWord(prev!.word);
      const givenLemma = opening ? readings(prev!.word).find((r) => r.kind === 'g')?.lemma : undefined;
      const gender = givenLemma ? (/[ая]$/u.test(givenLemma) ? 'female' : 'male') : 'unknown';
      out.push({ start: opening ? prev!.start : t.start, end: t.end, category: 'name', source: 'detector', kind: 'direct', key, gender, priority: PRIORITY.unlistedPerson });
      continue;
    }
    // A diminutive (Толя, Толі, з Толем; the lexicon has none, and толь is a word): by the curated table.
    const diminutive = (!t.sentenceStart || !ordinary) && !all.some((r) => r.kind === 'l' || r.kind === 'g')
      ? nominativeCandidates(t.word).find((c) => isCapitalised(c) && lookupGivenName(c).length > 0) : undefined;
    if (diminutive) {
      const entry = lookupGivenName(diminutive)[0]!;
      const key = foldWord(entry.forms[0]!);
      people.set(foldWord(t.word), key);
      out.push({ start: t.start, end: t.end, category: 'name', source: 'detector', kind: 'direct', key, gender: entry.gender, priority: PRIORITY.unlistedPerson });
      continue;
    }
    if (ordinary && t.sentenceStart) continue;
    // «Зарына Лагун сказала»: a given name the lexicon lacks but the Russian dictionary knows, before a capitalised word: one person.
    const nameGender = all.length > 0 && all.every((r) => r.kind === 'n') && next && adjacent(t, next) && isCapitalised(next.word) && !readings(next.word).some((r) => r.kind === 'g' || r.kind === 'l')
      && !publicFigureAt(pass.tokens, i + 1, pass.text) ? russianNameGender(t.word) : undefined;
    if (nameGender && next) {
      const key = unknownNameKey(t.word);
      people.set(foldWord(t.word), key);
      people.set(surnameKey(next.word), key);
      for (const f of foldsOf(next.word)) people.set(f, key);
      out.push({ start: t.start, end: next.end, category: 'name', source: 'detector', kind: 'direct', key, gender: nameGender, priority: PRIORITY.unlistedPerson });
      i++;
      continue;
    }
    const person = all.find((r) => r.kind === 'g' || r.kind === 's' || r.kind === 'p');
    const place = all.find((r) => r.kind === 'l');
    if (person && !ordinary && !SAFE_PROPER.has(person.lemma.toLowerCase())) {
      // The curated table knows men's names in -а (Мікіта, Ілля, Кузьма); the ending tells the rest.
      const tableGender = person.kind === 'g' ? lookupGivenName(person.lemma)[0]?.gender : undefined;
      const gender = tableGender ?? (/[ая]$/.test(person.lemma) && person.kind === 'g' ? 'female' : person.kind === 'g' ? 'male' : 'unknown');
      // One key for a name and its diminutives (Анатоль, Толя): one person, one pseudonym.
      const key = foldWord((person.kind === 'g' ? lookupGivenName(person.lemma)[0]?.forms[0] : undefined) ?? person.lemma);
      people.set(key, key);
      out.push({ start: t.start, end: t.end, category: 'name', source: 'detector', kind: 'direct', key, gender, priority: PRIORITY.unlistedPerson });
    } else if (place && !ordinary && !SAFE_PROPER.has(place.lemma.toLowerCase())) {
      const cls = classOfLemma(TOWN_ALIASES[place.lemma.toLowerCase()] ?? place.lemma);
      if (cls === 'capital') continue;
      out.push({ start: t.start, end: t.end, category: 'place', source: 'detector', kind: 'quasi', place: cls, priority: PRIORITY.place });
    } else if (!t.sentenceStart && PLACE_ADJECTIVE.test(lower) && !ordinary) {
      // "Бярозаўскія Малечы", "Партызанскага раёну": a capitalised adjective no dictionary knows names a place.
      const district = next && adjacent(t, next) && /^раён/u.test(next.word);
      if (!district && townOfAdjective(lower) === 'capital') continue;
      out.push({ start: t.start, end: district ? next.end : t.end, category: 'place', source: 'detector', kind: 'quasi', place: townOfAdjective(lower) ?? 'town', priority: PRIORITY.place });
    } else if (!all.length) {
      const prep = prev && adjacent(prev, t) ? prev.word.toLowerCase() : '';
      const known = [...foldsOf(t.word)].map((f) => people.get(f)).find((k) => k !== undefined) ?? people.get(surnameKey(t.word));
      if (known) {
        out.push({ start: t.start, end: t.end, category: 'name', source: 'detector', kind: 'direct', key: known, gender: 'unknown', priority: PRIORITY.unlistedPerson });
      } else if (PLACE_PREPOSITIONS.has(prep) && /^\p{Lu}\p{Ll}/u.test(t.word) && !((prep === 'з' || prep === 'са') && /(?:ам|ем|ём|ом|ым|ім|ай|ой|яй|аю|ою)$/u.test(lower))) {
        // Unknown to the lexicon after a place preposition: most often a village (an office's
        // initials with a case ending, у РАУСа, у ГУБАЗіКу, are not one).
        out.push({ start: t.start, end: t.end, category: 'place', source: 'detector', kind: 'quasi', place: 'village', priority: PRIORITY.placeAfterPreposition });
      } else if (!t.sentenceStart && isGiven(next?.word) && adjacent(t, next)) {
        const key = unknownNameKey(t.word);
        people.set(foldWord(t.word), key);
        out.push({ start: t.start, end: t.end, category: 'name', source: 'detector', kind: 'direct', key, gender: 'unknown', priority: PRIORITY.unlistedPerson });
      }
    }
  }
  // A surname found once is found again in its other cases (Лагуша, Лагушы).
  const covered = new Set(out.map((d) => d.start));
  // The people are all known by now: each form's key is looked up once.
  const keys = new Map<string, string | undefined>();
  for (let i = 0; i < pass.tokens.length; i++) {
    const t = pass.tokens[i]!;
    if (!people.size) break;
    if (!isCapitalised(t.word) || covered.has(t.start) || publicFigureAt(pass.tokens, i, pass.text)) continue;
    if (!keys.has(t.word)) keys.set(t.word, [...foldsOf(t.word)].map((f) => people.get(f)).find((k) => k !== undefined) ?? people.get(surnameKey(t.word)));
    const key = keys.get(t.word);
    if (key) out.push({ start: t.start, end: t.end, category: 'name', source: 'detector', kind: 'direct', key, gender: 'unknown', priority: PRIORITY.unlistedPerson });
  }
  genderUnknownNames(pass.tokens, out);
  return out;
}

/** One key for a surname in every case (Лагун, Лагуна, Лагуну), apart from the folds of given names. */
const surnameKey = (word: string) => `surname:${unknownNameKey(word)}`;

/** Whether a word is a past-tense verb of one gender: its other gender's form is in the lexicon too (напісаў, напісала). */
function pastGender(word: string | undefined): Gender | undefined {
  if (!word || !/^\p{Ll}{3,}$/u.test(word)) return undefined;
  if (/ў$/u.test(word) && readings(`${word.slice(0, -1)}ла`).length) return 'male';
  if (/ла$/u.test(word) && readings(`${word.slice(0, -2)}ў`).length) return 'female';
  return undefined;
}

/**
 * The gender of each person the lexicon does not know, for all their mentions alike: from the
 * past-tense verbs next to them (Арсень напісаў, сказала Зарына), else from the Russian
 * dictionary's name, else masculine when a mention is a bare stem (Арсень: no feminine name
 * ends so). A person's name in -а/-я, a genitive or a man's, is otherwise not taken for a woman's.
 */
function genderUnknownNames(tokens: readonly ViewToken[], out: Detection[]): void {
  const votes = new Map<string, { male: number; female: number; words: string[] }>();
  const unknown = out.filter((d): d is DetectionOf<'name'> => d.category === 'name' && d.gender === 'unknown' && d.key !== undefined);
  // A mention whose gender is known (its given name told it) speaks for the person's other mentions.
  for (const d of out) {
    if (d.category !== 'name' || d.key === undefined || (d.gender !== 'male' && d.gender !== 'female')) continue;
    const vote = votes.get(d.key) ?? { male: 0, female: 0, words: [] };
    vote[d.gender] += 2;
    votes.set(d.key, vote);
  }
  for (const d of unknown) {
    const i = tokenAt(tokens, d.start);
    if (i < 0) continue;
    const vote = votes.get(d.key!) ?? { male: 0, female: 0, words: [] };
    const t = tokens[i]!;
    vote.words.push(t.word);
    let j = i + 1;
    while (tokens[j] && tokens[j]!.start < d.end) j++;
    for (const near of [tokens[j]?.sentenceStart ? undefined : tokens[j]?.word, t.sentenceStart ? undefined : tokens[i - 1]?.word]) {
      const g = pastGender(near);
      if (g) vote[g]++;
    }
    votes.set(d.key!, vote);
  }
  // Once per person, not per mention: a name found hundreds of times would read all its mentions each time.
  const genders = new Map<string, Gender | undefined>();
  for (const [key, vote] of votes) {
    genders.set(key, vote.male > vote.female ? 'male' : vote.female > vote.male ? 'female'
      : firstGender(vote.words) ?? (vote.words.some((w) => /[бвгджзклмнпрстфхцчшўйь]$/u.test(w)) ? 'male' : undefined));
  }
  for (const d of unknown) {
    const gender = genders.get(d.key!);
    if (gender) d.gender = gender;
  }
}

function firstGender(words: readonly string[]): Gender | undefined {
  for (const w of words) {
    const gender = russianNameGender(w);
    if (gender) return gender;
  }
  return undefined;
}

/** The index of the last token starting at `start`, or -1 (the tokens' starts only grow, as the view's origins do). */
function tokenAt(tokens: readonly ViewToken[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && tokens[lo - 1]!.start === start ? lo - 1 : -1;
}

/** What a place of detention is called in Belarusian, official Cyrillic, or its abbreviation. */
const FACILITY_WORD = /калоні|калёні|турм|СІЗА|СІЗО|ізалятар|Акрэсці|Валадар|ЦІП|ІЧУ|ЛТП|ПК|ІК|ВК|ПУАТ|ІВС|СИЗО|ИК|ЛТП|\d/u;

/**
 * A public office or a propagandist's trade before a name (прапагандыста Рыгора Азаронка, міністр ...):
 * a public figure the story names as context, in that mention and when it gives the surname alone.
 * A judge, a prosecutor or an officer is a party to the case and stays found.
 */
const PUBLIC_ROLE = /^(?:прапагандыст|тэлевядуч|міністр|генпракурор|прэс-сакратар|амбасадар|спікер)\p{L}*$/u;
/** The start of a surname, before an ending or a fleeting vowel (Азаронак, Азаронка). */
const surnameStem = (word: string) => (word.length >= 5 ? word.toLowerCase().slice(0, 5) : '');

export function dropPublicByRole(detections: Detection[], pass: BelarusianPass): Detection[] {
  if (!pass.view) return detections;
  const byRole = publicByRole(detections, pass);
  if (!byRole.size) return detections;
  return detections.filter((d) => {
    if (d.source === 'record' || (d.category !== 'name' && d.category !== 'suspect')) return true;
    return !byRole.has(surnameStem(lastViewWord(d, pass)));
  });
}

/** The last word of a span as the view reads it (Łacinka Azaronka → Азаронка). */
function lastViewWord(d: Detection, pass: BelarusianPass): string {
  let last = tokenAt(pass.tokens, d.start);
  if (last < 0) return '';
  while (pass.tokens[last + 1] && pass.tokens[last + 1]!.end <= d.end) last++;
  return pass.tokens[last]!.word;
}

function publicByRole(detections: readonly Detection[], pass: BelarusianPass): Set<string> {
  const stems = new Set<string>();
  for (const d of detections) {
    if (d.source === 'record' || (d.category !== 'name' && d.category !== 'suspect')) continue;
    const first = tokenAt(pass.tokens, d.start);
    const role = pass.tokens[first - 1];
    if (first < 1 || !role || !/^\s+$/u.test(pass.text.slice(role.end, d.start)) || !PUBLIC_ROLE.test(role.word.toLowerCase())) continue;
    const stem = surnameStem(lastViewWord(d, pass));
    if (stem) stems.add(stem);
  }
  return stems;
}

/**
 * Drops what the language-blind detectors found in a Belarusian paragraph that the lexicon
 * knows for an ordinary word (Яна "she" opening a sentence, a place adjective), a public figure
 * (Лукашэнка), or a court taken for a place of detention. Findings from the record are never dropped.
 */
export function vetoOrdinaryWords(detections: Detection[], pass: BelarusianPass): Detection[] {
  if (!pass.view) return detections;
  // «Рыгора Лагуна … Лагун піша»: a word the story has given as someone's surname is theirs alone too, though also a word (лагуна).
  const fullNames = new Set(detections.filter((d) => d.category === 'name' && d.key && /\s/u.test(pass.text.slice(d.start, d.end))).map((d) => (d as DetectionOf<'name'>).key));
  const inBelarusian = (at: number) => {
    const language = languageAt(pass.paragraphs, at);
    return language === 'be' || language === 'be-Latn';
  };
  return detections.filter((d) => {
    // A record name reached only by one edit (Белая → Былая) is the ordinary word the lexicon knows.
    if (d.source === 'record' && !(d.category === 'name' && d.tier === 'fuzzy')) return true;
    // A court or a polling station is no place of detention, in any language's detector.
    if (d.category === 'facility' && inBelarusian(d.start) && !FACILITY_WORD.test(officialForm(pass.text.slice(d.start, d.end)))) return false;
    if (d.category !== 'name' && d.category !== 'suspect' && d.category !== 'place') return true;
    const first = tokenAt(pass.tokens, d.start);
    if (first < 0) return true;
    const t = pass.tokens[first]!;
    // A public figure, alone or with the given name before: Сьвятланы Ціханоўскай, Mikałaja Statkieviča.
    let last = first;
    while (pass.tokens[last + 1] && pass.tokens[last + 1]!.end <= d.end) last++;
    if (pass.tokens[last]!.end === d.end && pass.tokens.slice(first, last + 1).every((_, k) => publicFigureAt(pass.tokens, first + k, pass.text))) return false;
    if (d.category === 'name' && d.key && fullNames.has(d.key)) return true;
    if (t.end !== d.end) return true;
    if (SAFE_PROPER.has(t.word.toLowerCase()) || readings(t.word).some((r) => SAFE_PROPER.has(r.lemma.toLowerCase()))) return false;
    // A word opening a sentence that the lexicon knows only as an ordinary word (Сёння "today", not Сянно) is no town,
    // nor is one that qualifies the ordinary word after it (з Новага году), nor a noun that heads a name with a
    // plural genitive after it, a word the lexicon may not hold (у Маршах недармаедаў, на Марш пенсіянераў).
    if (d.category === 'place') {
      const onlyOrdinary = isOrdinaryWord(t.word) && !readings(t.word).some((r) => r.kind === 'l') && !townOfAdjective(t.word.toLowerCase());
      const next = pass.tokens[first + 1];
      const qualifies = d.source !== 'record' && next !== undefined && /^\s+$/u.test(pass.text.slice(t.end, next.start)) && !isCapitalised(next.word)
        && (isOrdinaryWord(next.word) || /(?:аў|яў|оў|ёў)$/u.test(next.word)) && !/^(?:раён|вобласц|сельсавет|вёс|пасёл)/u.test(next.word);
      return !(onlyOrdinary && (t.sentenceStart || qualifies));
    }
    // A word the lexicon knows only as an ordinary word (Яна "she", віцебская, Васкрасенскі) names no one.
    const all = readings(t.word);
    const person = all.some((r) => r.kind === 'g' || r.kind === 's' || r.kind === 'p');
    const ordinary = all.some((r) => r.kind === 'w');
    // The record's own names are dropped only where an ordinary word opens a sentence.
    if (d.source === 'record') return !(ordinary && t.sentenceStart && !person && !(d.category === 'name' && (d.part === 'first' || d.part === 'nick')));
    return !(ordinary && (t.sentenceStart || !person));
  });
}

/**
 * Towns named three or more at once (у Горадні, Магілёве і Жодзіне: where the closed prisons are)
 * where none is a place of the record: general knowledge about the country, not a person's trail.
 * A list that holds a record place (Гомелі, Мінску і Маладзечне, the record's Гомель) is the
 * person's own and stays found.
 */
export function dropTownLists(generic: Detection[], record: readonly Detection[], pass: BelarusianPass): Detection[] {
  if (!pass.view) return generic;
  const tokens = pass.tokens;
  const isPlace = (d: Detection) => d.category === 'place' || d.category === 'suspect';
  const covering = (list: readonly Detection[], t: ViewToken) => list.find((d) => isPlace(d) && d.start <= t.start && d.end >= t.end);
  const general: ViewToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!.word)) continue;
    const items = [tokens[i]!];
    let j = i + 1;
    let closed = false;
    while (j < tokens.length && isCapitalised(tokens[j]!.word) && /^\s*,\s*$/u.test(pass.text.slice(items.at(-1)!.end, tokens[j]!.start))) items.push(tokens[j++]!);
    const and = tokens[j];
    const last = tokens[j + 1];
    if (items.length >= 2 && and && last && /^(?:і|ды)$/u.test(and.word) && isCapitalised(last.word)
      && /^\s+$/u.test(pass.text.slice(items.at(-1)!.end, and.start)) && /^\s+$/u.test(pass.text.slice(and.end, last.start))) {
      items.push(last);
      closed = true;
    }
    if (closed && items.length >= 3 && items.every((t) => covering(generic, t) || covering(record, t)) && !items.some((t) => covering(record, t))) general.push(...items);
    i = j;
  }
  if (!general.length) return generic;
  return generic.filter((d) => !(isPlace(d) && general.some((t) => d.start <= t.start && d.end >= t.end)));
}
