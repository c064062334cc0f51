// Hand-written (docs/hand-written.md): no date library reads a birth year out of "1989 года рождения".
import type { CaseFile } from '../../caseFile/schema';
import { PRIORITY } from '../priorities';
import type { DetectionOf } from '../types';

/**
 * The birth years of the record's people whose birth date is a year alone: the year is then the
 * whole direct identifier (CONTRACT.md), and with the age the engine generalises it gives that age back.
 */
export function yearOnlyBirthYears(caseFile: CaseFile): Set<number> {
  const people = [caseFile.subject, ...(caseFile.relatives ?? [])];
  return new Set(people.map((p) => p?.birthDate).filter((d): d is string => !!d && /^\d{4}$/.test(d)).map(Number));
}

// The year and the year word after it, which the replacement puts in the plural («1980-х годов»).
const YEAR_WORD = String.raw`(\d{4})(\s*(?:(?:года|году|годзе|hoda|hodzie)(?![\p{L}])|г\.|h\.))?`;
const FRAMES: readonly RegExp[] = [
  // «1989 года рождения», «1989 г. р.», «1989 г.р.», «1989 года нараджэння», «1989 hoda naradžennia»
  new RegExp(String.raw`(?<![\p{L}\p{N}])${YEAR_WORD}(?=\s*(?:рождения|нараджэння|naradžennia|р\.|р(?![\p{L}])|н\.|n\.))`, 'giu'),
  // «родился в 1989 году», «нарадзілася ў 1989 годзе», «naradziŭsia ŭ 1989 hodzie», "born in 1989"
  new RegExp(String.raw`(?<=(?:родил(?:ся|ась)|нарадзіў?ся|нарадзілася|naradziŭsia|naradziłasia|born)\s+(?:(?:в|у|ў|u|ŭ|in)\s+)?)${YEAR_WORD}`, 'giu'),
];

/** A record person's year-only birth date in a birth frame, to become its decade. */
export function findBirthYears(text: string, years: ReadonlySet<number>): DetectionOf<'age'>[] {
  if (years.size === 0) return [];
  const out: DetectionOf<'age'>[] = [];
  for (const frame of FRAMES) {
    for (const m of text.matchAll(frame)) {
      const year = Number(m[1]);
      if (!years.has(year)) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, category: 'age', source: 'record', kind: 'direct', identifier: String(year), age: year, form: 'birth-year', priority: PRIORITY.recordBirthDate });
    }
  }
  return out;
}

/**
 * The decade of a birth year, in the words of the span it replaces and its paragraph's script:
 * «1989 года» → «1980-х годов», «1989 годзе» → «1980-х гадах», «1989 hoda» → «1980-ch hadoŭ»,
 * "born in 1989" → "born in the 1980s".
 */
export function birthDecadePhrase(span: string, year: number, script: 'en' | 'ru' | 'be' | 'lacinka'): string {
  const decade = Math.floor(year / 10) * 10;
  const word = span.replace(/^\d{4}\s*/u, '').toLowerCase();
  if (script === 'en') return `the ${decade}s`;
  if (script === 'lacinka') return `${decade}-ch${{ hoda: ' hadoŭ', hodzie: ' hadach', 'h.': ' h.' }[word] ?? ''}`;
  if (script === 'be') return `${decade}-х${{ года: ' гадоў', годзе: ' гадах', 'г.': ' г.' }[word] ?? ''}`;
  return `${decade}-х${{ года: ' годов', году: ' годах', 'г.': ' г.' }[word] ?? ''}`;
}
