// Hand-written (docs/hand-written.md): no library knows Belarusian villages.
import { PRIORITY } from '../priorities';
import { isCapitalised, type Token } from '../tokens';
import type { DetectionOf, OrdinaryWordJudge } from '../types';
import { isWorldCity, lookupPlace, placeClass } from './places';
import { isSafeProperNoun } from './safeWords';

const place = (start: number, end: number, cls: DetectionOf<'place'>['place'], priority: number): DetectionOf<'place'> => ({
  start, end, category: 'place', source: 'detector', kind: 'quasi', ...(cls ? { place: cls } : {}), priority,
});

const DAY = /^(?:день|дня|дню|днём|днем|дне|дзень|дні)$/iu;

/** Capitalised words (or two of them) that the gazetteer knows, in any script and Russian case. */
export function findGazetteerPlaces(text: string, tokens: Token[]): DetectionOf<'place'>[] {
  const out: DetectionOf<'place'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalised(t.word) || t.word.length < 3) continue;
    // «День Победы», «ко Дню Воли», «Дзень Волі»: the word after a day's name is the holiday's, not a village.
    if (i > 0 && DAY.test(tokens[i - 1]!.word) && text.slice(tokens[i - 1]!.end, t.start) === ' ') continue;
    const two = tokens[i + 1] && text.slice(t.end, tokens[i + 1]!.start) === ' ' ? lookupPlace([t.word, tokens[i + 1]!.word]) : null;
    const found = two ?? lookupPlace([t.word]);
    if (found) out.push(place(t.start, two ? tokens[i + 1]!.end : t.end, placeClass(found), PRIORITY.place));
  }
  return withoutAlternatives(text, out);
}

/**
 * "it is unclear in which prison she is – in Mahiliou, Zhodzina, or Hrodna": three or more places
 * offered as alternatives assert none of them, and the list (the country's closed prisons) is public.
 * A place the record holds is still found by the record's own detector.
 */
function withoutAlternatives(text: string, found: DetectionOf<'place'>[]): DetectionOf<'place'>[] {
  const drop = new Set<number>();
  for (let i = 0; i < found.length;) {
    let j = i;
    let or = false;
    for (; j + 1 < found.length; j++) {
      const gap = text.slice(found[j]!.end, found[j + 1]!.start);
      if (/^,\s*$/.test(gap)) continue;
      if (/^,?\s+or\s+$/.test(gap)) { or = true; j++; }
      break;
    }
    if (or && j - i >= 2) for (let k = i; k <= j; k++) drop.add(k);
    i = j + 1;
  }
  return found.filter((_, k) => !drop.has(k));
}

const ADJECTIVE_ENDING = /(?:ого|его|ому|ему|ой|ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ым|им)$/u;

/**
 * A capitalised word after "in", "near" or "from" that no list knows is most often a village;
 * in Russian and Belarusian only proper nouns are capitalised mid-sentence, so after "в",
 * "под", "из" an unknown one is too. "The village of X" names one outright.
 */
export function findVillages(text: string, isOrdinaryHere: OrdinaryWordJudge): DetectionOf<'place'>[] {
  const out: DetectionOf<'place'>[] = [];
  for (const m of text.matchAll(/(?<=[a-z,]\s+(?:in|near|from|outside)\s+)(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-])(?!\s+\p{Lu})/gu)) {
    const word = m[1]!;
    // "in Afghanistan": a country names no village, nor does "in London", a city of the world.
    if (isSafeProperNoun(word) || lookupPlace([word]) || isWorldCity(word)) continue;
    out.push(place(m.index!, m.index! + word.length, 'village', PRIORITY.placeAfterPreposition));
  }
  for (const m of text.matchAll(/(?<=[\p{L}\p{N},]\s+(?:в|во|под|из|около|возле|у|ў|каля|з)\s+)(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-])/gu)) {
    const word = m[1]!;
    // «из Следственного комитета», «в Следственном комитете»: an adjective the dictionary knows is
    // no village, nor is one before the noun it qualifies; «в День Воли» names a day.
    const nounAfter = /^\s+\p{Ll}/u.test(text.slice(m.index! + word.length, m.index! + word.length + 3));
    const adjective = (ADJECTIVE_ENDING.test(word) || (nounAfter && /(?:ом|ем)$/u.test(word))) && isOrdinaryHere(text, m.index!, word);
    if (isSafeProperNoun(word) || lookupPlace([word]) || adjective || /^(?:день|дзень)$/iu.test(word)) continue;
    out.push(place(m.index!, m.index! + word.length, 'village', PRIORITY.placeAfterPreposition));
  }
  for (const m of text.matchAll(/(?<![\p{L}])(?:the\s+)?(?:village|town|settlement|hamlet|agrotown|деревн[а-яё]+|вёск[а-яё]+|посёлк[а-яё]+)(?:\s+of)?\s+(\p{Lu}[\p{L}'’-]+)/gu)) {
    out.push(place(m.index!, m.index! + m[0].length, 'village', PRIORITY.villageNamed));
  }
  // "the police officer of the city of Ropot": a town the gazetteer does not know, not a person.
  for (const m of text.matchAll(/(?<![\p{L}])(?:the\s+)?city\s+of\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/gu)) {
    const word = m[1]!;
    if (isSafeProperNoun(word) || lookupPlace([word]) || isWorldCity(word)) continue;
    out.push(place(m.index!, m.index! + m[0].length, 'town', PRIORITY.villageNamed));
  }
  return out;
}
