// Russian morphology is Az.js's (package `az`, MIT) over the OpenCorpora dictionaries (CC BY-SA):
// lemmas, parts of speech, Name/Surn/Patr/Geox tags and inflection. Only the loading through a
// source handed in from outside and a small typed view of its answers are written here.
import Az from 'az';
import { DictionaryError, type DictionarySource } from './dictionaries';

export interface RussianReading {
  lemma: string;
  /** OpenCorpora part of speech: NOUN, ADJF, ADVB, NPRO, PREP, CONJ, VERB, INFN, PRTF, GRND… */
  pos: string;
  /** Every grammeme of the reading: nomn, gent, sing, femn, Name, Surn, Geox… */
  grammemes: ReadonlySet<string>;
  /** From the dictionary itself, not guessed from the word's ending. */
  known: boolean;
  score: number;
  inflect(grammemes: string[]): string | null;
}

let source: DictionarySource | null = null;
let state: 'none' | 'loading' | 'ready' | 'failed' = 'none';
let pending: Promise<void> | null = null;
let failure: Error | null = null;
const memo = new Map<string, RussianReading[]>();

/** Where the dictionaries come from; they are read on first use (or by `loadRussianDictionaries`). */
export function setRussianDictionarySource(next: DictionarySource): void {
  source = next;
}

/**
 * Loads the dictionaries once. With a synchronous source (Node) they are ready when this
 * returns; with an asynchronous one (the renderer) the returned promise settles when they are.
 */
export function loadRussianDictionaries(): Promise<void> {
  if (pending) return pending;
  if (!source) return Promise.reject(new Error('no Russian dictionary source was set'));
  const read = source;
  state = 'loading';
  // Az counts the files it asked for and finishes when the count drops to zero, so a file
  // answered at once would finish it early: every request is queued and answered after init.
  const queue: (() => void)[] = [];
  Az.load = (url, as, callback) => {
    const file = url.slice(url.lastIndexOf('/') + 1);
    queue.push(() => {
      let data: unknown;
      try {
        data = read(file, as);
      } catch (err) {
        callback(new DictionaryError(file, err));
        return;
      }
      if (data instanceof Promise) data.then((d) => callback(null, d), (err) => callback(new DictionaryError(file, err)));
      else callback(null, data);
    });
  };
  pending = new Promise((resolve, reject) => {
    Az.Morph.init('dicts', (err) => {
      if (err) {
        state = 'failed';
        failure = err instanceof Error ? err : new Error(String(err));
        reject(failure);
      } else {
        state = 'ready';
        resolve();
      }
    });
  });
  for (const answer of queue.splice(0)) answer();
  pending.catch(() => undefined);
  return pending;
}

type RussianMorphologyState =
  | { readonly state: 'ready' | 'loading' }
  | { readonly state: 'unset' }
  | { readonly state: 'failed'; readonly error: Error };

/**
 * Where the dictionaries stand, so that a gate can refuse a text the engine read without them
 * rather than pass it: a failed load leaves the engine working on its tables alone.
 */
export function russianMorphologyState(): RussianMorphologyState {
  if (state === 'failed') return { state, error: failure ?? new Error('the Russian dictionaries failed to load') };
  if (state === 'none') return { state: source ? 'loading' : 'unset' };
  return { state };
}

/** Whether the dictionaries are loaded; starts loading them if a source is set. */
export function russianReady(): boolean {
  if (state === 'none' && source) void loadRussianDictionaries().catch(() => undefined);
  return state === 'ready';
}

const tagSet = (tag: { toString(): string }) => new Set(tag.toString().split(/[ ,]+/).filter(Boolean));

function compoundLemma(word: string): string {
  return word.split('-').map((part) => Az.Morph(part)[0]?.normalize().word ?? part).join('-');
}

/** Every reading of a word, best first; empty until the dictionaries are loaded. */
export function russianReadings(word: string): RussianReading[] {
  if (!russianReady()) return [];
  const key = word;
  const known = memo.get(key);
  if (known) return known;
  const readings = Az.Morph(key).map((p): RussianReading => ({
    // Az.js gives a hyphenated compound's reading (инженера-технолога) no normal form: each half's is taken.
    lemma: p.normalize().word ?? compoundLemma(key),
    pos: p.tag.POS ?? '',
    grammemes: tagSet(p.tag),
    known: p.parser === 'Dictionary',
    score: p.score,
    inflect: (grammemes) => {
      const form = p.inflect(grammemes);
      return form ? (form.word ?? null) : null;
    },
  }));
  if (memo.size > 50_000) memo.clear();
  memo.set(key, readings);
  return readings;
}
