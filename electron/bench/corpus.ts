import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CaseFile } from '../../shared/caseFile/schema';

/** The richest of our own fixtures: a full record with every kind of identifier. */
export function benchCase(fixturesDir: string): CaseFile {
  return CaseFile.parse(JSON.parse(readFileSync(path.join(fixturesDir, 'own-01-lida-teacher.case.json'), 'utf8')));
}

/**
 * A long story from every fixture's paragraphs, shuffled, with numbers varied from copy to
 * copy, so that no cache sees the same paragraph twice.
 */
export function storyOfSize(fixturesDir: string, chars: number, seed = 7): string {
  const paragraphs = readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.case.json'))
    .flatMap((f) => (JSON.parse(readFileSync(path.join(fixturesDir, f), 'utf8')) as { story?: { text?: string } }).story?.text?.split(/\n\s*\n/) ?? []);
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const paragraph = paragraphs[Math.floor(random() * paragraphs.length)]!.replace(/\d/g, () => String(Math.floor(random() * 10)));
    out.push(paragraph);
    length += paragraph.length + 2;
  }
  return out.join('\n\n').slice(0, chars);
}

export function storyOfWords(fixturesDir: string, words: number): string {
  let text = storyOfSize(fixturesDir, words * 7);
  while (text.split(/\s+/).length < words) text += `\n\n${storyOfSize(fixturesDir, 2000, text.length)}`;
  return text;
}
