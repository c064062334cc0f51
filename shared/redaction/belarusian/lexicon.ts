// Hand-written (docs/hand-written.md): no hunspell reader gives the lemma and runs everywhere.
import data from './data/lexicon.json' with { type: 'json' };

/** w ordinary word; g given name; p patronymic; s surname; l place; a abbreviation; n other proper noun. */
export type LemmaKind = 'w' | 'g' | 'p' | 's' | 'l' | 'a' | 'n';

export interface Analysis {
  /** The dictionary form, in the dictionary's case (Мінск, калонія). */
  lemma: string;
  kind: LemmaKind;
  /** The suffix rule that made the form, or null for the lemma itself. */
  rule: SuffixRule | null;
}

export interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
}

interface Entry {
  lemma: string;
  flags: string;
  kind: LemmaKind;
}

interface Lexicon {
  byLower: Map<string, string>;
  byAdd: Map<string, SuffixRule[]>;
  prefixes: { flag: string; strip: string; add: string }[];
  longestAdd: number;
}

let lexicon: Lexicon | null = null;

function load(): Lexicon {
  // Raw lines by lower-cased lemma; a line is read into an entry only when a word asks for it.
  const byLower = new Map<string, string>();
  for (const line of data.words.split('\n')) {
    let end = line.indexOf('/');
    if (end < 0) end = line.indexOf('|');
    const lower = (end < 0 ? line : line.slice(0, end)).toLowerCase();
    const known = byLower.get(lower);
    byLower.set(lower, known === undefined ? line : `${known}\t${line}`);
  }
  const byAdd = new Map<string, SuffixRule[]>();
  let longestAdd = 0;
  for (const [flag, strip, add, condition] of data.suffixes as [string, string, string, string][]) {
    const rule = { flag, strip, add, condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u') };
    const list = byAdd.get(add);
    if (list) list.push(rule);
    else byAdd.set(add, [rule]);
    longestAdd = Math.max(longestAdd, add.length);
  }
  const prefixes = (data.prefixes as [string, string, string, string][]).map(([flag, strip, add]) => ({ flag, strip, add }));
  return { byLower, byAdd, prefixes, longestAdd };
}

/** The lexicon, read from its data on first use (about 1.8 MB of JSON, once per process). */
function lex(): Lexicon {
  lexicon ??= load();
  return lexicon;
}

/** Reads the lexicon if no word has yet (the benchmark times this), and tells its size. */
export function lexiconStats(): { lemmas: number; rules: number } {
  const l = lex();
  return { lemmas: l.byLower.size, rules: [...l.byAdd.values()].reduce((n, r) => n + r.length, 0) };
}

const APOSTROPHE = /[’ʼ`]/g;

function entriesOf(l: Lexicon, lower: string): Entry[] {
  const raw = l.byLower.get(lower);
  if (raw === undefined) return [];
  return raw.split('\t').map((line) => {
    const bar = line.indexOf('|');
    const head = bar < 0 ? line : line.slice(0, bar);
    const slash = head.indexOf('/');
    const lemma = slash < 0 ? head : head.slice(0, slash);
    const kind = (bar >= 0 ? line.slice(bar + 1) : lemma === lower ? 'w' : 'n') as LemmaKind;
    return { lemma, flags: slash < 0 ? '' : head.slice(slash + 1), kind };
  });
}

function analyseLower(l: Lexicon, word: string, prefixFlag: string | null): Analysis[] {
  const out: Analysis[] = [];
  const keep = (e: Entry, rule: SuffixRule | null) => {
    if (prefixFlag && !e.flags.includes(prefixFlag)) return;
    out.push({ lemma: e.lemma, kind: e.kind, rule });
  };
  for (const e of entriesOf(l, word)) keep(e, null);
  for (let k = 0; k <= Math.min(l.longestAdd, word.length - 1); k++) {
    const rules = l.byAdd.get(word.slice(word.length - k));
    if (!rules) continue;
    const stem = word.slice(0, word.length - k);
    for (const rule of rules) {
      const base = stem + rule.strip;
      if (!rule.condition.test(base)) continue;
      for (const e of entriesOf(l, base)) if (e.flags.includes(rule.flag)) keep(e, rule);
    }
  }
  return out;
}

const memo = new Map<string, Analysis[]>();

/**
 * Every reading of a word in the official Cyrillic spelling: its lemma, the lemma's kind and
 * the rule that formed it. Case-insensitive; the apostrophe may be ' ’ or ʼ. Prefixed forms
 * (не-, па-, за-, і-, ў- for у-) are read through their prefix flag.
 */
export function analyseBelarusian(word: string): Analysis[] {
  const cached = memo.get(word);
  if (cached) return cached;
  const l = lex();
  const lower = word.toLowerCase().replace(APOSTROPHE, "'");
  const out = analyseLower(l, lower, null);
  for (const p of l.prefixes) {
    // A true prefix (не-, па-) needs a stem of three letters; the у/ў alternation (усе, ўсе) none.
    if (p.add && lower.startsWith(p.add) && lower.length > p.add.length + (p.strip ? 0 : 2)) {
      out.push(...analyseLower(l, p.strip + lower.slice(p.add.length), p.flag));
    }
  }
  if (memo.size > 50_000) memo.clear();
  memo.set(word, out);
  return out;
}

/** Whether the lexicon knows the word as a form of any lemma. */
export function isBelarusianForm(word: string): boolean {
  return analyseBelarusian(word).length > 0;
}
