import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import './dictionaries';
import { CaseFile } from '../../shared/caseFile/schema';
import { redactStory } from '../../shared/redaction';

// Grammar check of the real corpus in every language: a generalisation never repeats the noun the
// sentence has just said (у ізалятары на Валадарскага → «у ізалятары у ізалятары», в колонии «X» →
// «в колонии колония»): the word before a replacement, past a preposition or an article, is not
// the replacement's own head noun.
const DIR = join(__dirname, '../fixtures/real');
const FUNCTION_WORDS = /^(?:у|ў|в|во|на|з|са|із|ад|да|u|ŭ|v|va|na|z|sa|iz|ad|da|in|at|on|of|to|the|a|an)$/iu;
const stories = readdirSync(DIR).filter((f) => f.endsWith('.case.json')).map((f) => ({ f, c: CaseFile.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8'))) }));
const stem = (word: string) => word.toLowerCase().slice(0, 5);

describe('grammar check: no generalisation doubles the noun before it', () => {
  it.each(stories.map(({ f, c }) => [f, c] as const))('%s', (_f, c) => {
    const text = c.story!.text;
    const problems: string[] = [];
    for (const r of redactStory(c).replacements) {
      if (r.category === 'name' || !r.replacement) continue;
      const head = (r.replacement.match(/[\p{L}-]+/gu) ?? []).find((w) => !FUNCTION_WORDS.test(w));
      const before = (text.slice(Math.max(0, r.start - 60), r.start).match(/[\p{L}-]+/gu) ?? []).reverse().find((w) => !FUNCTION_WORDS.test(w));
      if (head && before && head.length > 3 && stem(head) === stem(before)) problems.push(`${before} … ${r.original} → ${r.replacement}`);
    }
    expect(problems).toEqual([]);
  });
});
