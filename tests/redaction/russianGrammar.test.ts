import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import './dictionaries';
import { CaseFile } from '../../shared/caseFile/schema';
import { redactStory, russianReadings } from '../../shared/redaction';

// Grammar check of the Russian real corpus: every word a replacement writes into a Russian
// paragraph is re-read by Az.js and must be a form the dictionary knows (or a surname it
// declines), and the first one after a preposition must be in a case that preposition governs.
const DIR = join(__dirname, '../fixtures/real');
const GOVERNS: Readonly<Record<string, readonly string[]>> = {
  в: ['loct', 'accs', 'loc2'], во: ['loct', 'accs', 'loc2'], на: ['loct', 'accs', 'loc2'], о: ['loct'], об: ['loct'], при: ['loct'],
  из: ['gent', 'gen2'], от: ['gent'], до: ['gent'], у: ['gent'], для: ['gent'], без: ['gent'], после: ['gent'], около: ['gent'], возле: ['gent'],
  к: ['datv'], по: ['datv', 'loct', 'accs'], с: ['ablt', 'gent'], со: ['ablt', 'gent'], за: ['ablt', 'accs'], под: ['ablt', 'accs'], над: ['ablt'], перед: ['ablt'], через: ['accs'], про: ['accs'],
};
const ACRONYM = /^\p{Lu}{2,}$/u;
const stories = readdirSync(DIR).filter((f) => f.endsWith('.case.json')).map((f) => ({ f, c: CaseFile.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8'))) })).filter(({ c }) => c.story?.language === 'ru');

describe('grammar check: Russian replacements in the real corpus', () => {
  it.each(stories.map(({ f, c }) => [f, c] as const))('%s', (_f, c) => {
    const text = c.story!.text;
    const problems: string[] = [];
    for (const r of redactStory(c).replacements) {
      if (!r.replacement || !/\p{Script=Cyrillic}/u.test(r.replacement) || /\p{Script=Latin}/u.test(r.replacement)) continue;
      const words = r.replacement.match(/[\p{L}-]+/gu) ?? [];
      for (const w of words) {
        if (ACRONYM.test(w)) continue;
        const readings = russianReadings(w);
        if (!readings.some((x) => x.known || x.grammemes.has('Surn'))) problems.push(`${r.original} → ${r.replacement}: «${w}» is no Russian form`);
      }
      const preposition = (r.replacement.match(/^([\p{L}]+)\s/u)?.[1] ?? text.slice(Math.max(0, r.start - 12), r.start).match(/([\p{L}]+)\s+$/u)?.[1])?.toLowerCase();
      const governed = preposition ? GOVERNS[preposition] : undefined;
      const head = r.replacement.match(/^([\p{L}]+)\s/u)?.[1]?.toLowerCase() === preposition && GOVERNS[preposition ?? ''] ? words[1] : words[0];
      if (!governed || !head || ACRONYM.test(head)) continue;
      const cases = russianReadings(head).flatMap((x) => [...x.grammemes]);
      if (!cases.some((g) => governed.includes(g)) && !russianReadings(head).some((x) => x.grammemes.has('Fixd'))) {
        problems.push(`${r.original} → ${r.replacement}: «${head}» after «${preposition}» is in none of ${governed.join('/')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
