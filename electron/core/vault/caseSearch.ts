import { coarseKey, foldWord, givenNames, type GivenName } from '../../../shared/redaction';

// Hand-written (docs/hand-written.md): only the engine's fold finds a name in every script.

const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;

/** The search keys of one case, each list space-separated with a leading and a trailing space. */
export interface SearchKeys {
  /** Lower-cased text as recorded: any part of a word is found in it. */
  text: string;
  /** The engine's fine fold of every word (Сергей, Sergey → sergei): found by its beginning. */
  folds: string;
  /** Coarse folds (Siarhei, Sergei → sarga) and given-name groups (Саша → Александр): whole words only. */
  coarse: string;
}

let groupIds: Map<GivenName, number> | null = null;

function groupOf(name: GivenName): number {
  groupIds ??= new Map(givenNames().names.map((n, i) => [n, i]));
  return groupIds.get(name)!;
}

function nameGroups(fold: string): string[] {
  return (givenNames().byFold.get(fold) ?? []).map((name) => `=${groupOf(name)}`);
}

/** Cases share most of their words (towns, names, places of detention): each is folded once. */
const wordKeys = new Map<string, { fold: string; coarse: string[] }>();

function keysOf(word: string): { fold: string; coarse: string[] } {
  let keys = wordKeys.get(word);
  if (!keys) {
    const fold = foldWord(word);
    keys = { fold, coarse: [coarseKey(fold), ...nameGroups(fold)] };
    if (wordKeys.size > 200_000) wordKeys.clear();
    wordKeys.set(word, keys);
  }
  return keys;
}

export function searchKeys(text: string): SearchKeys {
  const folds = new Set<string>();
  const coarse = new Set<string>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    const keys = keysOf(word);
    folds.add(keys.fold);
    for (const key of keys.coarse) coarse.add(key);
  }
  return { text: ` ${text.toLowerCase()} `, folds: ` ${[...folds].join(' ')} `, coarse: ` ${[...coarse].join(' ')} ` };
}

export type QueryMatcher = (keys: SearchKeys) => boolean;

/**
 * A matcher for what a person typed: every word must be found, as a part of the recorded
 * text, as the beginning of a word in any spelling, or (from four letters) as a whole name in
 * a Russian/Belarusian pair or a diminutive.
 */
export function queryMatcher(query: string): QueryMatcher {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).map((word) => {
    const fold = foldWord(word);
    const whole = fold.length >= 4 ? [coarseKey(fold), ...nameGroups(fold)].map((k) => ` ${k} `) : [];
    return { raw: word, fold: fold ? ` ${fold}` : null, whole };
  });
  return (keys) => words.every((w) => keys.text.includes(w.raw) || (w.fold !== null && keys.folds.includes(w.fold)) || w.whole.some((k) => keys.coarse.includes(k)));
}
