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
  let maxWords = 1;
  for (const p of placesData.places) {
    const place: Place = { country: p.c, population: p.p, names: p.n };
    for (const name of p.n) {
      const fold = foldPhrase(name);
      if (fold.length < 4 || NOT_PLACES.has(fold)) continue;
      const existing = byFold.get(fold);
      if (!existing || existing.population < place.population) byFold.set(fold, place);
      maxWords = Math.max(maxWords, fold.split(' ').length);
    }
  }
  gazetteer = { byFold, maxWords: Math.min(maxWords, 3) };
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

function findPlace(words: string[]): Place | null {
  const { byFold } = places();
  const fold = words.map(foldWord).join(' ');
  const exact = byFold.get(fold);
  if (exact) return exact;
  if (words.length === 1 && /\p{Script=Cyrillic}/u.test(words[0]!)) {
    const stem = stripEnding(fold);
    if (stem) for (const suffix of ['', 'a', 'o', 'i', 'e']) {
      const place = byFold.get(stem + suffix);
      if (place) return place;
    }
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
