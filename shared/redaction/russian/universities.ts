// Universities and faculties named in Russian: an abbreviation (БГУ, БНТУ, ГрГУ) or «факультет
// философии и социальных наук» narrows a student down to a few hundred people. The list holds
// the state universities of Belarus by their usual Russian abbreviations; no data set has them.
import { russianReadings } from '../morphology/russian';
import { PRIORITY } from '../priorities';
import type { DetectionOf } from '../types';
import { allMatches } from '../matches';

const ABBREVIATIONS = ['БГУ', 'БНТУ', 'БГУИР', 'БГЭУ', 'БГМУ', 'БГПУ', 'БГТУ', 'БГАТУ', 'БГУКИ', 'БГУФК', 'БГАИ', 'БГАМ', 'МГЛУ', 'ГрГУ', 'ГрГМУ', 'ВГУ', 'ВГМУ', 'ВГТУ', 'ГГУ', 'ГГТУ', 'ГомГМУ', 'БрГУ', 'БрГТУ', 'ПГУ', 'МГУП', 'БРУ', 'БарГУ', 'МозГПУ', 'БГСХА', 'БИП', 'РИВШ', 'ЕГУ'];
const ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${ABBREVIATIONS.join('|')})(?:-\\p{L}+)?(?![\\p{L}\\p{N}])`, 'gu');
/** "факультет", "Академия" and the lower-case words of its name, up to a capital, a number or punctuation. */
const FACULTY = /(?<![\p{L}])(?:факультет|кафедр|Академи|Университет|Институт|Колледж)\p{L}*(?:\s+(?:и\s+)?\p{Ll}{2,}){1,6}/gu;

/** A university by the colloquial compound of its kind (педуниверситет, медуниверситет): one of a few, as its abbreviation is. */
const COLLOQUIAL = /(?<![\p{L}])\p{Ll}{2,8}(?:университет|институт)\p{L}*/gu;

export function findUniversities(text: string): DetectionOf<'org'>[] {
  const out: DetectionOf<'org'>[] = [];
  const push = (start: number, end: number) => out.push({ start, end, category: 'org', source: 'detector', kind: 'quasi', institution: 'university', priority: PRIORITY.institution });
  for (const m of allMatches(ABBREVIATION, text)) push(m.index!, m.index! + m[0].length);
  for (const m of allMatches(COLLOQUIAL, text)) push(m.index!, m.index! + m[0].length);
  for (const m of allMatches(FACULTY, text)) {
    // Only the name's own words: a verb or a preposition after it ends it.
    const words = m[0].split(/\s+/);
    let keep = 1;
    for (let i = 1; i < words.length; i++) {
      // «философии и социальных наук»: the name is a run of genitives (Az.js) joined by «и».
      if (words[i] !== 'и' && !russianReadings(words[i]!).some((r) => (r.pos === 'NOUN' || r.pos === 'ADJF') && r.grammemes.has('gent'))) break;
      keep = i + 1;
    }
    if (words[keep - 1] === 'и') keep--;
    if (keep < 2) continue;
    push(m.index!, m.index! + words.slice(0, keep).join(' ').length);
  }
  return out;
}
