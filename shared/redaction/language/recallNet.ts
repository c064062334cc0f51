// Hand-written (docs/hand-written.md): no model knows Belarusian names in three scripts.
import { languageOfWord, wordLanguage } from './detect';
import { languageModule } from './modules';
import { PRIORITY } from '../priorities';
import { isCapitalised, onlySpaces, type Token } from '../tokens';
import type { DetectionOf } from '../types';
import { isWorldCity, lookupPlace } from '../detectors/places';
import { isCountryWord, isSafeProperNoun } from '../detectors/safeWords';
import { isSentenceInitial } from '../sentence';

/** Words after which an unknown capitalised word is a place rather than a person, by language. */
const PLACE_BEFORE: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['in', 'near', 'from', 'outside']),
  ru: new Set(['в', 'во', 'из', 'под', 'около', 'возле', 'город', 'городе', 'деревне', 'деревня', 'посёлке', 'поселке', 'агрогородке']),
  be: new Set(['у', 'ў', 'з', 'са', 'каля', 'пад', 'горад', 'горадзе', 'вёсцы', 'вёска']),
  'be-Latn': new Set(['u', 'ŭ', 'z', 'ź', 'kala', 'pad', 'horad', 'horadzie', 'vioscy', 'vioska']),
};

/** Words naming what kind of body the capitalised word before them is: "Liverpool FC", "Anfield stadium". */
const BODY_AFTER = /^\s+(?:FC|F\.C\.|AFC|SC|Club|club|Bank|bank|Party|party|Foundation|foundation|Fund|fund|Stadium|stadium|Arena|arena|University|Institute|Association|Union|Council|Platform|Campaign|campaign|Ltd|LLC|Inc|OJSC|JSC)(?![\p{L}\p{N}])/u;
/** Words after which a capitalised word is a medium's name: "Radio Racyja", "TV channel Dozhd". */
const MEDIUM_BEFORE = new Set(['radio', 'tv', 'television', 'channel', 'newspaper', 'magazine', 'portal', 'website', 'радыё', 'радио', 'radyjo']);

/** Letters no romanisation of a Belarusian or Russian name uses: "Beate Müller-Gemeke" is a German's name. */
const FOREIGN_LETTERS = /[äöüßÄÖÜ]/u;
/** Nouns after which "the X" is a family or a case named after someone: "the Lapko brothers", "the Vetsier case". */
const PERSON_GROUP_AFTER = /^\s+(?:family|families|case|cases|brothers|sisters|couple|spouses|household|children|sons|daughters|twins|trial|affair)(?![\p{L}])/u;

/**
 * Whether the capitalised word is a body, a movement or a country's institution that English names
 * with "the" ("the German Bundestag", "the Libereco campaign", "The Taliban’s return"): English puts
 * no article before a person's name, save before a family or a case named after them (and their
 * plural: "the Zhuks").
 */
function namedWithThe(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (/s$/.test(t.word) || PERSON_GROUP_AFTER.test(text.slice(t.end, t.end + 16))) return false;
  const joined = (k: number) => k >= 0 && /^[^\S\n]+$/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  let k = i - 1;
  // "the German Bundestag": a nationality or country between the article and the name.
  if (joined(k) && isSafeProperNoun(tokens[k]!.word) && /^\p{Lu}/u.test(tokens[k]!.word)) k--;
  return joined(k) && /^the$/i.test(tokens[k]!.word);
}

/**
 * "Citizen of Belarus", "Hero of Belarus", "Ombudsman of Lithuania": a word before "of" and a
 * country is a title or a status, and English names no person so.
 */
function titleOfCountry(text: string, end: number): boolean {
  const country = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u.exec(text.slice(end, end + 40))?.[1];
  return !!country && isCountryWord(country);
}

/** Whether the word, or a capitalised word joined to it by a space or a hyphen, has letters no Belarusian name has. */
function inForeignName(text: string, tokens: Token[], i: number): boolean {
  const linked = (a: number, b: number) => a >= 0 && b < tokens.length && /^(?:[^\S\n]|-)$/u.test(text.slice(tokens[a]!.end, tokens[b]!.start)) && /^\p{Lu}/u.test(tokens[a]!.word) && /^\p{Lu}/u.test(tokens[b]!.word);
  let first = i;
  while (linked(first - 1, first)) first--;
  for (let k = first; k < tokens.length && (k === first || linked(k - 1, k)); k++) if (FOREIGN_LETTERS.test(tokens[k]!.word)) return true;
  return false;
}

/**
 * Whether the word stands inside a short quoted title whose words are all capitalised
 * (“Finding Nemo”, "Real Belarus"): a film, a channel or a book, not a person.
 */
function inQuotedTitle(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  const open = before.search(/["“«„][^"“”«»„\n]*$/u);
  if (open < 0) return false;
  const close = text.slice(end, end + 40).search(/["”»“]/u);
  if (close < 0) return false;
  const inside = before.slice(open + 1) + text.slice(start, end + close);
  const words = inside.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  // An English title has an English word in it; "Rabochy Rukh" in quotes names a group and its case.
  return words.length >= 2 && words.length <= 5 && !/[\n.!?,]/.test(inside) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|in|on|for|a|an|to)$/.test(w))
    && words.some((w) => w !== word && languageModule('en').isOrdinaryWord(w));
}

/** Words that join the last two names of a list, in the story languages. */
const LIST_AND = new Set(['и', 'і', 'i', 'and', 'ды', 'da']);

/**
 * Whether the word is one of a list of single capitalised words ("в Островце, Ивье и Кореличах",
 * "u Hrodnie, Lidzie i Ščučynie") that opens after a word of place or holds a town the gazetteer
 * knows: a round-up names its towns so, and lists no person by a bare given name or surname among them.
 */
function inPlaceList(text: string, tokens: Token[], i: number, placeBefore: (word: string) => boolean): boolean {
  const gap = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start);
  /** The list item before item k: the word before a comma, or before "and" between spaces. */
  const previousItem = (k: number): number => {
    if (k < 1) return -1;
    if (/^\s*,\s*$/u.test(gap(k - 1, k))) return /^\p{Lu}\p{Ll}/u.test(tokens[k - 1]!.word) ? k - 1 : -1;
    if (k >= 2 && LIST_AND.has(tokens[k - 1]!.word.toLowerCase()) && /^\s+$/u.test(gap(k - 1, k)) && /^\s+$/u.test(gap(k - 2, k - 1))) return /^\p{Lu}\p{Ll}/u.test(tokens[k - 2]!.word) ? k - 2 : -1;
    return -1;
  };
  const items = [i];
  for (let k = previousItem(i); k >= 0 && items.length < 12; k = previousItem(k)) items.unshift(k);
  for (let k = i + 1; k < tokens.length && items.length < 12; k++) {
    if (previousItem(k) === items[items.length - 1]) items.push(k);
    else if (!LIST_AND.has(tokens[k]!.word.toLowerCase())) break;
  }
  if (items.length < 2) return false;
  // A list of two-word names ("Иван Петров, Олег Сидоров") is people's: only single words count.
  const last = items[items.length - 1]!;
  if (last + 1 < tokens.length && /^[^\S\n]+$/u.test(gap(last, last + 1)) && /^\p{Lu}/u.test(tokens[last + 1]!.word)) return false;
  const head = tokens[items[0]! - 1];
  if (head && /^\s+$/u.test(gap(items[0]! - 1, items[0]!)) && placeBefore(head.word.toLowerCase())) return true;
  return items.some((k) => k !== i && (lookupPlace([tokens[k]!.word]) || isWorldCity(tokens[k]!.word)));
}

/**
 * Capitalised words that no list knows: in mid-sentence any that is not an ordinary word of its
 * language; at a sentence's start only those the language's dictionary does not know at all.
 */
export function findSuspects(text: string, tokens: Token[]): DetectionOf<'suspect'>[] {
  const out: DetectionOf<'suspect'>[] = [];
  // "Maryia Kalesnikava … Maryia was later transferred": a word the story puts before a public
  // figure's surname is that figure's first name wherever it stands alone.
  const figures = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (onlySpaces(text, tokens[i]!.end, tokens[i + 1]!.start) && isSafeProperNoun(tokens[i + 1]!.word)) figures.add(tokens[i]!.word);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Acronyms and words with capitals inside (КаАП, BelAZ) are left to the detectors that know them.
    if (!isCapitalised(t.word) || !/^\p{Lu}\p{Ll}+$/u.test(t.word) || t.word.length < 3) continue;
    if (isSafeProperNoun(t.word) || lookupPlace([t.word]) || isWorldCity(t.word)) continue;
    if (inForeignName(text, tokens, i)) continue;
    // «Муры», "Kapiernik": a quoted name is a title or a venue, not a person.
    if (/["«“„']$/.test(text.slice(Math.max(0, t.start - 1), t.start)) && /^["»”“']/.test(text.slice(t.end, t.end + 1))) continue;
    // "Светланы Тихановской": a first name before a public figure's surname is that figure's.
    const next = tokens[i + 1];
    const joined = !!next && onlySpaces(text, t.end, next.start);
    if (joined && isSafeProperNoun(next.word)) continue;
    if (figures.has(t.word) && !(joined && /^\p{Lu}/u.test(next.word))) continue;
    if (inQuotedTitle(text, t.start, t.end) || BODY_AFTER.test(text.slice(t.end, t.end + 14))) continue;
    // "Belarusbank", "Priorbank": a bank by its name's own ending.
    if (/\p{Ll}bank$/u.test(t.word)) continue;
    const before = tokens[i - 1];
    if (before && onlySpaces(text, before.end, t.start) && MEDIUM_BEFORE.has(before.word.toLowerCase())) continue;
    // "Tut.by", "Onliner.by": a site's domain names a publisher, not a person.
    if (/^\.(?:by|com|org|net|info|eu|ru|ua|pl|lt|io|me)(?![\p{L}\p{N}])/u.test(text.slice(t.end, t.end + 6))) continue;
    // "Заўв. рэд.", "Zaŭv. red.": a word cut short by a full stop before a lower-case word is an abbreviation.
    if (/^\.\s?\p{Ll}/u.test(text.slice(t.end, t.end + 3))) continue;
    // "the Criminal Code", «Крымінальнага кодэкса»: the name of a law.
    if (/^\s*(?:\p{L}+\s+){0,2}(?:code|кодекс|кодэкс|kodeks)/iu.test(text.slice(t.end, t.end + 40))) continue;
    const language = wordLanguage(text, t.start, t.word);
    const lexicon = languageModule(language);
    // Without a lexicon nothing can be told from an ordinary word, and capitalised ordinary words
    // (names of courts, holidays, laws) would become names: the net waits for the language's lexicon.
    if (!lexicon.hasLexicon) continue;
    const initial = isSentenceInitial(text, t.start);
    const kinds = lexicon.properKinds(t.word);
    if (lexicon.isOrdinaryWord(t.word) && !kinds.length) continue;
    // At a sentence's start only what the dictionary calls a name or a place is suspect in Russian.
    if (initial && language === 'ru' && !kinds.length) continue;
    // …or what is far more often an ordinary word, unless a capitalised word follows (Роман Петров).
    const following = tokens[i + 1];
    const nameFollows = !!following && onlySpaces(text, t.end, following.start) && /^\p{Lu}/u.test(following.word);
    if (initial && !nameFollows && lexicon.mostlyOrdinary?.(t.word)) continue;
    // English capitalises ordinary words in titles ("Supreme Court", "Railroad"): only unknown ones are suspect.
    if (language === 'en' && lexicon.isOrdinaryWord(t.word)) continue;
    if (language === 'en' && (namedWithThe(text, tokens, i) || titleOfCountry(text, t.end))) continue;
    const previous = tokens[i - 1] && text.slice(tokens[i - 1]!.end, t.start).trim() === '' ? tokens[i - 1]!.word.toLowerCase() : '';
    const known = kinds.length > 0;
    const afterPlaceWord = PLACE_BEFORE[language]!.has(previous) || PLACE_BEFORE[languageOfWord(previous || t.word)]!.has(previous);
    const listed = inPlaceList(text, tokens, i, (w) => PLACE_BEFORE[language]!.has(w) || PLACE_BEFORE[languageOfWord(w)]!.has(w));
    const place = listed || (kinds.includes('place') ? !kinds.some((k) => k !== 'place') || afterPlaceWord : !known && afterPlaceWord);
    const where = initial ? 'opens a sentence but is not a word of the dictionary' : 'is capitalised in mid-sentence';
    const what = known ? `the dictionary knows it as a ${kinds[0]}` : 'no list of safe words knows it';
    out.push({
      start: t.start, end: t.end, category: 'suspect', source: 'detector', kind: 'quasi',
      guess: place ? 'place' : 'name',
      confidence: known ? 0.9 : initial ? 0.6 : 0.75,
      reason: `“${t.word}” ${where}, and ${what}: probably a ${place ? 'place' : 'person'}.`,
      priority: PRIORITY.suspect,
    });
  }
  return out;
}
