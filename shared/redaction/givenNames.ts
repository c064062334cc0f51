// Hand-written (docs/hand-written.md): no data set of Russian and Belarusian diminutives exists.
import { GIVEN_NAMES } from './data/givenNames';
import { foldWord } from './fold';

export type Gender = 'male' | 'female';

export interface GivenName {
  gender: Gender;
  /** Every Cyrillic form: Russian, Belarusian and diminutives, the Russian one first. */
  forms: string[];
}

interface Index {
  names: GivenName[];
  byFold: Map<string, GivenName[]>;
}

let index: Index | null = null;

/** The curated table, indexed by the fold of every form (built once, on first use). */
export function givenNames(): Index {
  if (index) return index;
  const names: GivenName[] = [];
  const byFold = new Map<string, GivenName[]>();
  for (const line of GIVEN_NAMES.split('\n')) {
    const [g, ru, be, diminutives] = line.split('|');
    if (!g || !ru) continue;
    const forms = [...new Set([ru, ...(be ?? '').split(','), ...(diminutives ?? '').split(',')].map((f) => f.trim()).filter(Boolean))];
    const name: GivenName = { gender: g === 'f' ? 'female' : 'male', forms };
    names.push(name);
    for (const form of forms) {
      const key = foldWord(form);
      byFold.set(key, [...(byFold.get(key) ?? []), name]);
    }
  }
  index = { names, byFold };
  return index;
}

/** Entries of the table whose main (Russian or Belarusian) form is spelled like `word`. */
export function lookupGivenName(word: string): GivenName[] {
  return givenNames().byFold.get(foldWord(word)) ?? [];
}
