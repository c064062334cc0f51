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
    const words = occupation.match(/[\p{L}-]+/gu)!;
    const complements = words.slice(words.indexOf(head) + 1);
    for (const [i, t] of tokens.entries()) {
      if (!/\p{Script=Cyrillic}/u.test(t.word) || t.word.length < 4) continue;
      const whole = text.slice(t.start).match(/^[\p{L}]+(?:-[\p{L}]+)*/u)![0];
      if (!([...lemmasOf(whole)].some((l) => wanted.has(l)) || [...lemmasOf(t.word)].some((l) => wanted.has(l) && !head.includes('-')))) continue;
      let end = t.start + whole.length;
      const after = tokens.slice(i + 1).filter((n) => n.start >= end).slice(0, complements.length);
      if (complements.length && after.length === complements.length && after.every((n, k) => n.word.toLowerCase() === complements[k]!.toLowerCase()) && /^[\p{L}-]+(?:\s+[\p{L}-]+)*$/u.test(text.slice(t.start, after[after.length - 1]!.end))) end = after[after.length - 1]!.end;
      push(t.start, end, occupation);
    }
  }
  return out;
}
