// Hand-written (docs/hand-written.md): a chosen name is declined by the engine's own replacement functions.
import type { CaseFile } from '../caseFile/schema';
import { pseudonymPicker, suggest, type PseudonymPicker } from './suggest';
import type { Finding } from './types';

/** Names chosen by a person for people of the case: person id → the name, in the nominative. */
export type ChosenNames = ReadonlyMap<string, string>;

/**
 * The engine's findings in `text`, with each person of `names` given the name chosen for them:
 * every mention gets it in the case, gender and script the engine gives its own pseudonyms
 * (Кирилл → Кирилла, Кириллом; Ганна → Ганне, Hannie in Łacinka).
 */
export function scanWithNames(caseFile: CaseFile, text: string, names: ChosenNames): Finding[] {
  if (!names.size) return suggest(caseFile, text);
  return suggest(caseFile, text, pickerWith(caseFile, text, names));
}

function pickerWith(caseFile: CaseFile, story: string, names: ChosenNames): PseudonymPicker {
  const engine = pseudonymPicker(caseFile, story);
  return (key, gender) => {
    const chosen = names.get(key);
    return chosen ? { latin: chosen, cyrillic: chosen } : engine(key, gender);
  };
}

/**
 * The engine's findings in the other published texts of a case (the title, the needs'
 * purposes), each person named as in the story: the story's pseudonyms are chosen first,
 * then the same names are declined into these texts, with the chosen names where given.
 */
export function scanAlongside(caseFile: CaseFile, story: string, texts: readonly string[], names: ChosenNames = new Map()): Finding[][] {
  const pick = pickerWith(caseFile, story, names);
  suggest(caseFile, story, pick);
  return texts.map((text) => (text ? suggest(caseFile, text, pick) : []));
}

// Endings a nominative may have lost or changed in an oblique case, in both scripts: Кириллом
// → Кирилл, Анну → Анна, Андрэю → Андрэй, Вользе → Вольга, Hannie → Hanna.
const CYRILLIC_ENDINGS = ['', 'а', 'я', 'й', 'ь', 'ия', 'га', 'ка', 'ха', 'да', 'та', 'ца'];
const LATIN_ENDINGS = ['', 'a', 'ia', 'ja', 'j', 'ha', 'ka', 'da', 'ta'];
const SINGLE_NAME = /^[\p{L}’'ʼ-]+$/u;

function candidates(word: string): string[] {
  const endings = /\p{Script=Cyrillic}/u.test(word) ? CYRILLIC_ENDINGS : LATIN_ENDINGS;
  const out = [word];
  for (let cut = 1; cut <= 3 && cut < word.length - 1; cut++) {
    const stem = word.slice(0, -cut);
    for (const ending of endings) out.push(stem + ending);
  }
  return [...new Set(out)];
}

/** The paragraph around a span, with its offset: the engine reads a mention in its paragraph. */
function paragraphAround(text: string, start: number, end: number): { text: string; offset: number } {
  const from = text.lastIndexOf('\n\n', start);
  const to = text.indexOf('\n\n', end);
  const offset = from < 0 ? 0 : from + 2;
  return { text: text.slice(offset, to < 0 ? text.length : to), offset };
}

const sameWord = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * The nominative of a name typed at one mention of a person (`start`–`end`, offsets of that
 * mention's finding in `text`): the form the engine declines back to exactly the typed words
 * there, so Кирилла typed where the story says Сергея gives Кирилл. Words it cannot read back
 * (several words, an unknown pattern) are taken as a nominative as they are.
 */
export function nominativeAt(caseFile: CaseFile, text: string, mention: { start: number; end: number; personId: string }, typed: string): string {
  const word = typed.trim();
  if (!SINGLE_NAME.test(word)) return word;
  const paragraph = paragraphAround(text, mention.start, mention.end);
  const at = mention.start - paragraph.offset;
  for (const candidate of candidates(word)) {
    const found = scanWithNames(caseFile, paragraph.text, new Map([[mention.personId, candidate]])).find((f) => f.start === at && f.personId === mention.personId);
    if (found && sameWord(found.replacement, word)) return sameWord(candidate, word) ? word : candidate;
  }
  return word;
}

/**
 * A person's name changed at one mention, for every mention of them in `text`: finding id
 * (its place, `f<start>-<end>`) → the name in that mention's case. The mention where it was
 * typed keeps exactly what was typed.
 */
export function renamePerson(caseFile: CaseFile, text: string, mention: { start: number; end: number; personId: string }, typed: string): Map<string, string> {
  // Several words (a full name, initials) would be declined in their last word only: they stay as typed.
  const single = SINGLE_NAME.test(typed.trim());
  const nominative = single ? nominativeAt(caseFile, text, mention, typed) : typed;
  const forms = new Map<string, string>();
  for (const f of scanWithNames(caseFile, text, new Map([[mention.personId, nominative]]))) {
    if (f.personId === mention.personId) forms.set(`f${f.start}-${f.end}`, single ? f.replacement : typed);
  }
  forms.set(`f${mention.start}-${mention.end}`, typed);
  return forms;
}
