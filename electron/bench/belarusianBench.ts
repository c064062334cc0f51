// A full scan of 200 KB of the project's real Belarusian stories (Cyrillic, classical and Łacinka
// mixed); the lexicon's load is in dictionaryBench.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scanStory } from '../../shared/redaction';
import { CaseFile } from '../../shared/caseFile/schema';
import { median, round, time, type Figure } from './measure';

export function belarusianBench(fixturesDir: string): Figure[] {
  const dir = path.join(fixturesDir, 'real');
  const cases = readdirSync(dir).filter((f) => /^real-(?:be|lat)-.*\.case\.json$/.test(f))
    .map((f) => CaseFile.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))));
  if (!cases.length) return [];

  const texts = cases.map((c) => c.story?.text ?? '').filter(Boolean);
  let story = '';
  for (let i = 0; story.length < 200_000; i++) story += `${texts[i % texts.length]}\n\n`;
  const record = cases[0]!;
  scanStory(record, story);
  const fullScan = median(time(() => scanStory(record, story), 3));

  return [
    { name: 'full scan, 200 KB of Belarusian stories (be, be-Latn)', value: round(fullScan), unit: 'ms', target: '≤ 150 ms', met: fullScan <= 150 },
  ];
}
