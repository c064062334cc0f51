import { coarseKey, foldWord, givenNames, type GivenName } from '../../../shared/redaction';

// Hand-written (docs/hand-written.md): only the engine's fold finds a name in every script.

const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;

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

/** The terms one case is listed under, kept to take it out again, and its slot in the postings. */
interface Terms {
  slot: number;
  tokens: string[];
  folds: string[];
  coarse: string[];
}

type Postings = Map<string, Set<number>>;

function post(postings: Postings, terms: string[], slot: number): void {
  for (const term of terms) {
    let slots = postings.get(term);
    if (!slots) postings.set(term, (slots = new Set()));
    slots.add(slot);
  }
}

function unpost(postings: Postings, terms: string[], slot: number): void {
  for (const term of terms) {
    const slots = postings.get(term);
    slots?.delete(slot);
    if (slots?.size === 0) postings.delete(term);
  }
}

/**
 * Every case's search keys as a vocabulary: each distinct word as recorded, each fold and each
 * coarse key once, with the cases (by slot number) it occurs in. A keystroke scans the
 * vocabulary (names, places and titles repeat across cases) and marks the cases of the words
 * that match in one array, instead of testing every case's keys as strings.
 */
export class SearchIndex {
  private readonly terms = new Map<string, Terms>();
  private readonly ids: (string | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly byToken: Postings = new Map();
  private readonly byFold: Postings = new Map();
  private readonly byCoarse: Postings = new Map();

  get size(): number {
    return this.terms.size;
  }

  has(id: string): boolean {
    return this.terms.has(id);
  }

  /** Lists a case under its text (names, title, places), replacing what it was listed under. */
  set(id: string, text: string): void {
    this.delete(id);
    const lower = text.toLowerCase();
    const folds = new Set<string>();
    const coarse = new Set<string>();
    for (const word of lower.match(WORD) ?? []) {
      const keys = keysOf(word);
      folds.add(keys.fold);
      for (const key of keys.coarse) coarse.add(key);
    }
    const slot = this.free.pop() ?? this.ids.length;
    this.ids[slot] = id;
    // A part of the recorded text without spaces is a part of one of its space-separated tokens.
    const terms = { slot, tokens: [...new Set(lower.split(/\s+/).filter(Boolean))], folds: [...folds], coarse: [...coarse] };
    this.terms.set(id, terms);
    post(this.byToken, terms.tokens, slot);
    post(this.byFold, terms.folds, slot);
    post(this.byCoarse, terms.coarse, slot);
  }

  delete(id: string): void {
    const terms = this.terms.get(id);
    if (!terms) return;
    this.terms.delete(id);
    unpost(this.byToken, terms.tokens, terms.slot);
    unpost(this.byFold, terms.folds, terms.slot);
    unpost(this.byCoarse, terms.coarse, terms.slot);
    this.ids[terms.slot] = undefined;
    this.free.push(terms.slot);
  }

  /**
   * The cases that match what a person typed: every word must be found, as a part of the
   * recorded text, as the beginning of a word in any spelling, or (from four letters) as a
   * whole name in a Russian/Belarusian pair or a diminutive.
   */
  search(query: string): string[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    // passed[slot] is how many of the words the case has matched, in order: n after the nth word.
    const passed = new Uint16Array(this.ids.length);
    for (const [n, word] of words.entries()) {
      const mark = (slots: Set<number>) => {
        for (const slot of slots) if (passed[slot] === n) passed[slot] = n + 1;
      };
      const fold = foldWord(word);
      this.byToken.forEach((slots, token) => token.includes(word) && mark(slots));
      if (fold) this.byFold.forEach((slots, key) => key.startsWith(fold) && mark(slots));
      if (fold.length >= 4) {
        for (const key of [coarseKey(fold), ...nameGroups(fold)]) {
          const slots = this.byCoarse.get(key);
          if (slots) mark(slots);
        }
      }
    }
    const found: string[] = [];
    for (const [slot, id] of this.ids.entries()) if (id !== undefined && passed[slot] === words.length) found.push(id);
    return found;
  }
}
