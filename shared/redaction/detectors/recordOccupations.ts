// The record's occupation wherever the story names it, common or rare: "25-летнего инженера"
// next to a university points at one man. Russian forms are matched by their Az.js lemma
// (инженера, слесарем-ремонтником), so only the same word in the same gender is taken
// (правозащитница, not a generic "правозащитники").
import type { CaseFile } from '../../caseFile/schema';
import { foldWord } from '../fold';
import { russianReadings, russianReady } from '../morphology/russian';
import { PRIORITY } from '../priorities';
import type { Token } from '../tokens';
import type { DetectionOf } from '../types';
import { memoByWord } from '../wordMemo';

/** Statuses too common to point at anyone (CONTRACT.md: common occupations never block). */
// Folded, so that a Belarusian record's title (актывіст, студэнтка) is the same status.
const EVERYDAY = new Set(['студент', 'студентка', 'пенсионер', 'пенсионерка', 'школьник', 'школьница', 'безработный', 'безработная', 'домохозяйка', 'рабочий', 'работник', 'работница', 'политик', 'активист', 'активистка'].map(foldWord));

const lemmasOf: (word: string) => ReadonlySet<string> = memoByWord((word) =>
  new Set(russianReadings(word.toLowerCase()).filter((r) => r.pos === 'NOUN' && !r.grammemes.has('plur')).map((r) => r.lemma)), russianReady);

/** The word at a token's start with its hyphenated parts (слесарь-ремонтник), read in place rather than from a copy of the rest of the text. */
const WHOLE_WORD = /[\p{L}]+(?:-[\p{L}]+)*/uy;
const MARK = /\p{M}/u;

/** A token of letters alone with no hyphen after it is its whole word, as WHOLE_WORD would read it: most are. */
function wholeWord(text: string, t: Token): string {
  if (text.charCodeAt(t.end) !== 45 && !MARK.test(t.word)) return t.word;
  WHOLE_WORD.lastIndex = t.start;
  return WHOLE_WORD.exec(text)![0];
}

export function findRecordOccupations(caseFile: CaseFile, text: string, tokens: Token[]): DetectionOf<'occupation'>[] {
  const occupations = [caseFile.subject, ...(caseFile.relatives ?? [])].map((p) => p.occupation?.trim()).filter((o): o is string => !!o && o.length >= 4);
  const out: DetectionOf<'occupation'>[] = [];
  const push = (start: number, end: number, identifier: string) =>
    out.push({ start, end, category: 'occupation', source: 'record', kind: 'quasi', identifier, general: 'specialist', priority: PRIORITY.occupation });
  for (const occupation of occupations) {
    // English records keep the old rule (protected.ts: only a rare or several-word title); the
    // shared and real English golds disagree on everyday jobs, Russian ones do not.
    if (!/\p{Script=Cyrillic}/u.test(occupation)) continue;
    // The head noun of the record's title: «инженер», «слесарь-ремонтник», «правозащитница».
    const head = (occupation.match(/[\p{L}-]+/gu) ?? []).find((w) => lemmasOf(w).size > 0);
    if (!head) continue;
    const wanted = lemmasOf(head);
    if ([...wanted].some((l) => EVERYDAY.has(foldWord(l)))) continue;
    // «владелец гостиницы для животных»: the words after the head are its complements, which keep
    // their case whatever the head's (владельца гостиницы для животных); they go with it.
    const isWanted = (word: string) => {
      for (const lemma of lemmasOf(word)) if (wanted.has(lemma)) return true;
      return false;
    };
    const words = occupation.match(/[\p{L}-]+/gu)!;
    const complements = words.slice(words.indexOf(head) + 1);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!/\p{Script=Cyrillic}/u.test(t.word) || t.word.length < 4) continue;
      const whole = wholeWord(text, t);
      if (!(isWanted(whole) || (!head.includes('-') && whole !== t.word && isWanted(t.word)))) continue;
      let end = t.start + whole.length;
      const after: Token[] = [];
      for (let k = i + 1; k < tokens.length && after.length < complements.length; k++) if (tokens[k]!.start >= end) after.push(tokens[k]!);
      if (complements.length && after.length === complements.length && after.every((n, k) => n.word.toLowerCase() === complements[k]!.toLowerCase()) && /^[\p{L}-]+(?:\s+[\p{L}-]+)*$/u.test(text.slice(t.start, after[after.length - 1]!.end))) end = after[after.length - 1]!.end;
      push(t.start, end, occupation);
    }
  }
  return out;
}
