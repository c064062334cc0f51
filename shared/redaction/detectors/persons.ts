// Hand-written (docs/hand-written.md): NER packages missed Belarusian-spelled names.
import { foldWord } from '../fold';
import { givenNames, type Gender } from '../givenNames';
import { lookupPlace } from './places';
import { russianReadings, russianReady } from '../morphology/russian';
import { stripEnding } from '../variants';
import { memoByWord } from '../wordMemo';
import { placeOfWord } from '../russian/placeWords';
import { isSafeProperNoun } from './safeWords';
import { languageModule } from '../language/modules';
import { PRIORITY } from '../priorities';
import { isSentenceInitial } from '../sentence';
import { onlySpaces } from '../tokens';
import type { DetectionOf, OrdinaryWordJudge } from '../types';

/** Surname endings strong enough to mark a capitalised word as a surname on their own. */
const SURNAME = /(?:[ao]?vich|evich|ivich|vič|wicz|enko|enka|chuk|chyk|iuk|yuk|ski|sky|skiy|skaya|skaja|skaia|cki|ckaya|auna|euna|ovna|evna|ичч|вич|енко|ук|юк|ский|ская|цкий|цкая|ов|ова|ев|ева|ин|ина)$/iu;

/** Capitalised words that sit next to names but are not names. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'and', 'but', 'his', 'her', 'their', 'mr', 'mrs', 'ms', 'dr', 'article', 'code', 'criminal',
  'president', 'republic', 'belarus', 'belarusian', 'instagram', 'telegram', 'viber', 'court', 'street', 'district',
  'state', 'university', 'colony', 'sizo', 'kgb', 'omon', 'gubopik', 'police', 'english', 'russian', 'polish',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'how', 'much',
  'лукашенко', 'беларусь', 'жыве',
  // «День Воли», «Дзень Волі»: a day's name, though "Den" is a given name in Latin letters.
  'день', 'дзень',
]);

const WORD = /[\p{Lu}][\p{L}\p{M}'’-]*/gu;
const PLACE_PREPOSITION = /(?<![\p{L}])(?:в|во|из|под|до|около|возле|через|з|ў|каля)\s+$/iu;

/** The gender of a Cyrillic word Az.js knows only as a given name (no ordinary reading), if it is one. */
const dictionaryGivenName = memoByWord((word: string): Gender | 'unknown' | undefined => {
  if (!/^\p{Script=Cyrillic}+$/u.test(word)) return undefined;
  const readings = russianReadings(word).filter((r) => r.known);
  if (!readings.length || !readings.every((r) => r.grammemes.has('Name') || r.grammemes.has('Surn'))) return undefined;
  const names = readings.filter((r) => r.grammemes.has('Name'));
  if (!names.length) return undefined;
  return names.every((r) => r.grammemes.has('masc')) ? 'male' : names.every((r) => r.grammemes.has('femn')) ? 'female' : 'unknown';
}, russianReady);

function genderOf(fold: string): Gender | 'unknown' {
  const entry = givenNames().byFold.get(fold)?.[0];
  return entry?.gender ?? 'unknown';
}

/**
 * People the record does not list (a lawyer, a cellmate): a capitalised given name from the
 * name table, with the surname or patronymic that follows it; or a capitalised word with an
 * unmistakable surname ending.
 */
export function findUnlistedPeople(text: string, isOrdinaryHere: OrdinaryWordJudge): DetectionOf<'name'>[] {
  // exec by hand: only the words are kept, not a match array for each capitalised word of the story.
  const words: { start: number; end: number; word: string }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  WORD.lastIndex = 0;
  const out: DetectionOf<'name'>[] = [];
  // "Maryia Kalesnikava … Maryia was later transferred": a given name the story gives a public
  // figure is that figure's when it stands alone.
  const figures = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    if (onlySpaces(text, words[i]!.end, words[i + 1]!.start) && isSafeProperNoun(words[i + 1]!.word)) figures.add(foldWord(words[i]!.word));
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const fold = foldWord(w.word);
    if (NOT_NAMES.has(w.word.toLowerCase()) || fold.length < 3) continue;
    const next = words[i + 1];
    // «Герман Лагун»: a given name the table lacks but the Russian dictionary knows, before a
    // capitalised Cyrillic word, opens a full name as a table name does.
    const isGiven = givenNames().byFold.has(fold) || (!!next && onlySpaces(text, w.end, next.start) && /^\p{Lu}\p{Ll}{2,}$/u.test(next.word) && dictionaryGivenName(w.word) !== undefined);
    // «как семья Ланкевичей или Богдановичей»: a family named in the plural, unless it is a town (из Барановичей).
    const family = /^\p{Lu}\p{Ll}+вич(?:ей|ам|ами|ах)$/u.test(w.word) && !lookupPlace([w.word]);
    const isSurname = (SURNAME.test(w.word) || family) && w.word.length >= 5;
    if (!isGiven && !isSurname) continue;
    // «её заместитель Бельская.»: an adjective's form standing alone mid-sentence, with no noun after it
    // to qualify, is a surname.
    const adjectiveSurname = /^\p{Script=Cyrillic}+$/u.test(w.word) && /(?:ская|цкая|ский|цкий)$/u.test(w.word) && !isSentenceInitial(text, w.start) && /^\s*[,.;:!?)»]/u.test(text.slice(w.end, w.end + 2));
    if ((!adjectiveSurname && isOrdinaryHere(text, w.start, w.word)) || isSafeProperNoun(w.word)) continue;
    // «Новополочанин проработал»: a town's demonym ends like a surname (-ин) but is the town's word;
    // «возили в Могилев», «из Борисова»: a town after a preposition of place is the town, not a namesake.
    if (!isGiven && (placeOfWord(w.word) || (PLACE_PREPOSITION.test(text.slice(Math.max(0, w.start - 8), w.start)) && lookupPlace([w.word])))) continue;
    let end = w.end;
    let j = i + 1;
    while (j < words.length && j <= i + 2) {
      const next = words[j]!;
      const between = text.slice(end, next.start);
      // A name ends at a line's end: a caption's credit ("Photo: Pavel Krasko") runs into the next paragraph's first word.
      if (!/^[^\S\n]+$/.test(between)) break;
      // "Сергей Тихановский", "Alexander Lukashenko": a public figure, not someone of the story (asked
      // before NOT_NAMES, which holds "Лукашенко" so that it never joins a name as its surname).
      if (isSafeProperNoun(next.word)) {
        end = -1;
        break;
      }
      if (NOT_NAMES.has(next.word.toLowerCase())) break;
      // «Вадим Кулеш», «Руслан Драгун»: in Cyrillic a capitalised word right after a given name is its
      // surname even when it is also a noun (кулеш, драгун); a town there is a town.
      const cyrillicSurname = isGiven && /^\p{Lu}\p{Ll}{2,}$/u.test(next.word) && /\p{Script=Cyrillic}/u.test(next.word) && !lookupPlace([next.word]);
      // "Photo: Pavel Krasko", "Ihar Losik": in Latin letters, a capitalised word after a given name that no
      // English dictionary holds and no gazetteer knows is a transliterated surname, whatever its ending.
      const latinSurname = isGiven && /^\p{Lu}\p{Ll}{2,}$/u.test(next.word) && /^\p{Script=Latin}+$/u.test(next.word) && !languageModule('en').isOrdinaryWord(next.word) && !lookupPlace([next.word]);
      if (!cyrillicSurname && !latinSurname && (!(SURNAME.test(next.word) || givenNames().byFold.has(foldWord(next.word))) || isOrdinaryHere(text, next.start, next.word))) break;
      end = next.end;
      j++;
    }
    const gender = isGiven ? (givenNames().byFold.has(fold) ? genderOf(fold) : dictionaryGivenName(w.word)!) : /(?:a|aya|aja|ая|на)$/i.test(w.word) ? 'female' : 'unknown';
    // The first word's fold is the key: one pseudonym for every mention of the same person.
    if (end < 0 || (end === w.end && isGiven && figures.has(fold))) continue;
    out.push({ start: w.start, end, category: 'name', source: 'detector', kind: 'direct', key: fold, gender, ...(adjectiveSurname || family ? { part: 'last' as const } : {}), priority: PRIORITY.unlistedPerson });
    i = j - 1;
  }
  return [...out, ...surnamesAlone(text, words, out)];
}

/**
 * «Сергей Мороз … рассказал Мороз», «Лагун не пишет»: the Cyrillic surname of a full name the story
 * has given is that person wherever it stands alone, in any case, even where it is also an ordinary
 * word; it takes the person's key and gender.
 */
function surnamesAlone(text: string, words: readonly { start: number; end: number; word: string }[], found: readonly DetectionOf<'name'>[]): DetectionOf<'name'>[] {
  const stemOf = (word: string) => stripEnding(foldWord(word)) ?? foldWord(word);
  const families = new Map<string, { person: DetectionOf<'name'>; surname: string }>();
  for (const d of found) {
    const surname = text.slice(d.start, d.end).match(/\s(\p{Lu}[\p{Script=Cyrillic}]{2,})$/u)?.[1];
    if (surname && d.part !== 'last') families.set(stemOf(surname), { person: d, surname });
  }
  if (!families.size) return [];
  const out: DetectionOf<'name'>[] = [];
  for (const w of words) {
    // The family first: the overlap test reads every finding, and few words are a family's.
    if (!/^\p{Lu}[\p{Script=Cyrillic}]{2,}$/u.test(w.word)) continue;
    const family = families.get(stemOf(w.word));
    if (!family || found.some((d) => w.start < d.end && w.end > d.start) || givenNames().byFold.has(foldWord(w.word))) continue;
    const { person, surname } = family;
    out.push({ start: w.start, end: w.end, category: 'name', source: 'detector', kind: 'direct', key: person.key!, gender: person.gender ?? 'unknown', part: 'last', family: surname, priority: PRIORITY.unlistedPerson });
  }
  return out;
}
