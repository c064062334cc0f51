// The places themselves are GeoNames data (build/gazetteer.mjs); only the look-up by folded
// name, in any script and Russian case, is written here.
import placesData from '../data/places.json' with { type: 'json' };
import worldCitiesData from '../data/worldCities.json' with { type: 'json' };
import { foldWord } from '../fold';
import { lookupGivenName } from '../givenNames';
import { russianReadings, russianReady } from '../morphology/russian';
import { stripEnding } from '../variants';
import { memoByWord } from '../wordMemo';

export interface Place {
  country: string;
  population: number;
  names: string[];
}

interface Gazetteer {
  byFold: Map<string, Place>;
  /** Names that are more often something else (NOT_PLACES): a place only where the record says it is one. */
  ambiguous: Map<string, Place>;
  /** Cyrillic names of four letters or more whose fold is shorter (Ивье → ive): looked up from Cyrillic words only. */
  shortCyrillic: Map<string, Place>;
  maxWords: number;
}

let gazetteer: Gazetteer | null = null;

/** Words that are also place names somewhere but are far more often something else. */
const NOT_PLACES = new Set(['mir', 'most', 'lida', 'vera', 'bor', 'mar', 'pole', 'gorki', 'ross', 'luna', 'mama', 'nova', 'polish', 'kola', 'tut', 'gora', 'march', 'article', 'august', 'may', 'mai', 'sun', 'star']);

const foldPhrase = (phrase: string) => (phrase.match(/[\p{L}\p{M}]+/gu) ?? []).map(foldWord).join(' ');

/** GeoNames places of Belarus and its neighbours, by the fold of every alternate name. */
export function places(): Gazetteer {
  if (gazetteer) return gazetteer;
  const byFold = new Map<string, Place>();
  const shortCyrillic = new Map<string, Place>();
  const ambiguous = new Map<string, Place>();
  let maxWords = 1;
  const keep = (map: Map<string, Place>, fold: string, place: Place) => {
    const existing = map.get(fold);
    if (!existing || existing.population < place.population) map.set(fold, place);
  };
  for (const p of placesData.places) {
    const place: Place = { country: p.c, population: p.p, names: p.n };
    for (const name of p.n) {
      const fold = foldPhrase(name);
      if (NOT_PLACES.has(fold)) {
        keep(ambiguous, fold, place);
        continue;
      }
      // Short folds are mostly codes and romanisations (MOW, Iue); a Cyrillic name of four letters is a name.
      if (fold.length < 4) {
        if (fold.length === 3 && name.length >= 4 && /^\p{Script=Cyrillic}+$/u.test(name)) keep(shortCyrillic, fold, place);
        continue;
      }
      keep(byFold, fold, place);
      maxWords = Math.max(maxWords, fold.split(' ').length);
    }
  }
  gazetteer = { byFold, ambiguous, shortCyrillic, maxWords: Math.min(maxWords, 3) };
  return gazetteer;
}

/** The place a capitalised word (or a Russian case form of it) names, if any. */
const LOOKUPS = new Map<string, Place | null>();

export function lookupPlace(words: string[]): Place | null {
  const key = words.join(' ');
  let found = LOOKUPS.get(key);
  if (found === undefined) {
    found = findPlace(words);
    if (LOOKUPS.size > 20_000) LOOKUPS.clear();
    LOOKUPS.set(key, found);
  }
  // «О Марине», «Марине передали»: a Cyrillic given name the dictionary knows, and knows as no
  // place, is the person, not a town abroad the gazetteer spells alike (Mar'ina).
  if (found && found.country !== 'BY' && words.length === 1 && givenNameNoPlace(words[0]!)) return null;
  return found;
}

const givenNameNoPlace = memoByWord((word) => {
  if (!/^\p{Script=Cyrillic}+$/u.test(word)) return false;
  const readings = russianReadings(word).filter((r) => r.known);
  return readings.some((r) => r.grammemes.has('Name')) && !readings.some((r) => r.grammemes.has('Geox'));
}, russianReady);

/** Plural case endings of towns named in the plural (Кореличах, Барановичах: х folds to g), which names never take. */
const PLURAL_ENDINGS = ['iag', 'ag'];

/**
 * The nominatives a Cyrillic case form can come from: its stem with each ending a town's name
 * takes, and with the vowel that -ок/-ец/-ак names lose in every other case
 * (Новогрудке → Новогрудок, Островце → Островец, Навагрудку → Навагрудак).
 */
function nominativesOf(fold: string): string[] {
  const stems: string[] = [];
  const stem = stripEnding(fold);
  if (stem) stems.push(stem);
  for (const ending of PLURAL_ENDINGS) if (fold.endsWith(ending) && fold.length - ending.length >= 3) stems.push(fold.slice(0, -ending.length));
  const out: string[] = [];
  for (const s of stems) {
    for (const suffix of ['', 'a', 'o', 'i', 'e']) out.push(s + suffix);
    const fleeting = /^(.{3,}[^aeiou])([kc])$/.exec(s);
    if (fleeting) for (const vowel of ['o', 'e', 'a']) out.push(fleeting[1] + vowel + fleeting[2]);
  }
  return out;
}

/**
 * The place a record's city or event place names, in any case: the record says it is a place, so
 * a town whose name is also a word or a given name (Лида, Мир) is one here.
 */
export function lookupRecordPlace(words: string[]): Place | null {
  const found = lookupPlace(words);
  if (found) return found;
  const key = words.join(' ');
  const cached = AMBIGUOUS_LOOKUPS.get(key);
  if (cached !== undefined) return cached;
  const place = findPlace(words, places().ambiguous);
  if (AMBIGUOUS_LOOKUPS.size > 20_000) AMBIGUOUS_LOOKUPS.clear();
  AMBIGUOUS_LOOKUPS.set(key, place);
  return place;
}

const AMBIGUOUS_LOOKUPS = new Map<string, Place | null>();

function findPlace(words: string[], byFold = places().byFold): Place | null {
  const { shortCyrillic } = places();
  const fold = words.map(foldWord).join(' ');
  const exact = byFold.get(fold);
  if (exact) return exact;
  if (words.length === 1 && /\p{Script=Cyrillic}/u.test(words[0]!)) {
    for (const form of nominativesOf(fold)) {
      const place = byFold.get(form);
      if (place) return place;
    }
    // «Ивья», «Ивью», «Ивьем»: a neuter in -ье keeps two letters of its stem. Only the word itself or its -ье stem reaches the short names: «России» is no case of Рось.
    const short = /^(\p{L}{2})(?:ia|iu|em|e)$/u.exec(fold)?.[1];
    return shortCyrillic.get(fold) ?? (short ? shortCyrillic.get(`${short}e`) : undefined) ?? null;
  }
  return null;
}

const REGIONAL_CENTRES = new Set(['minsk', 'grodna', 'grodno', 'brest', 'gomel', 'gomiel', 'mogilev', 'magiliou', 'vitebsk', 'viciebsk']);

/** How a place is generalised: the capital, a regional centre, a town, or a city abroad. */
export function placeClass(place: Place): 'capital' | 'regional' | 'town' | 'abroad' {
  if (place.country !== 'BY') return 'abroad';
  const folds = place.names.map(foldWord);
  if (folds.includes('minsk')) return 'capital';
  if (folds.some((f) => REGIONAL_CENTRES.has(f))) return 'regional';
  return 'town';
}

let worldCities: Set<string> | null = null;

/**
 * Whether a capitalised word is a city of 150,000 or more outside Belarus and its neighbours
 * (build/gazetteer.mjs): "the embassy in London", "the match against Wolverhampton" name the
 * world's places, not a family's, and no village or person. A Slavic given name (Milana) is not one.
 */
export function isWorldCity(word: string): boolean {
  worldCities ??= new Set(worldCitiesData.names.map((n) => n.toLowerCase()));
  return worldCities.has(word.toLowerCase()) && lookupGivenName(word).length === 0;
}
