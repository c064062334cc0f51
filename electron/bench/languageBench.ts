// A full scan of 200 KB of the project's real stories in each language (Belarusian Cyrillic
// mixes official and classical spelling), each with a record of its own language; the
// dictionaries' load is in dictionaryBench.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scanStory } from '../../shared/redaction';
import { CaseFile } from '../../shared/caseFile/schema';
import { fastest, round, time, type Figure } from './measure';

const LANGUAGES = [
  ['en', 'English'],
  ['ru', 'Russian'],
  ['be', 'Belarusian Cyrillic'],
  ['be-Latn', 'Belarusian Łacinka'],
] as const;

export function languageStory(cases: CaseFile[], chars: number): string {
  const texts = cases.map((c) => c.story?.text ?? '').filter(Boolean);
  let story = '';
  for (let i = 0; story.length < chars; i++) story += `${texts[i % texts.length]}\n\n`;
  return story;
}

export function realCases(fixturesDir: string): CaseFile[] {
  const dir = path.join(fixturesDir, 'real');
  return readdirSync(dir).filter((f) => f.endsWith('.case.json')).sort()
    .map((f) => CaseFile.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
}

export function languageBench(fixturesDir: string): Figure[] {
  const all = realCases(fixturesDir);
  const figures: Figure[] = [];
  for (const [language, name] of LANGUAGES) {
    const cases = all.filter((c) => c.story?.language === language);
    if (!cases.length) continue;
    const story = languageStory(cases, 200_000);
    const record = cases[0]!;
    // The first scan meets every word for the first time; later ones find them in the word memos.
    const [first] = time(() => scanStory(record, story), 1, 0);
    const fullScan = fastest(time(() => scanStory(record, story), 5, 0));
    figures.push({ name: `full scan, 200 KB of ${name} stories, first`, value: round(first!), unit: 'ms' });
    figures.push({ name: `full scan, 200 KB of ${name} stories (fastest of 5)`, value: round(fullScan), unit: 'ms', target: '≤ 150 ms', met: fullScan <= 150 });
  }
  return figures;
}
