// The grammar check of issue 10: every replacement the engine writes into a Belarusian paragraph
// of the project's real corpus is re-read with the lexicon, in its own script, and must be a
// Belarusian form (no Russian or English word left in a Belarusian sentence).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../caseFile/schema';
import { redactStory } from '..';
import { paragraphLanguages, languageAt } from './language';
import { isBelarusianForm } from './lexicon';
import { officialForm } from './view';

const dir = path.join(__dirname, '../../../tests/fixtures/real');
const cases = readdirSync(dir).filter((f) => /^real-(?:be|lat)-.*\.case\.json$/.test(f));

/** Words a Belarusian replacement may hold that no dictionary lists: numbers and СІЗА. */
const allowed = (word: string) => /^\d/.test(word) || /^(?:СІЗА|SIZA|ŠIZA)$/u.test(word);

describe('grammar check: Belarusian replacements in the real corpus', () => {
  it.each(cases)('%s', (file) => {
    const caseFile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CaseFile;
    const text = caseFile.story!.text;
    const paragraphs = paragraphLanguages(text);
    const wrong: string[] = [];
    for (const f of redactStory(caseFile).replacements) {
      const language = languageAt(paragraphs, f.start);
      if ((language !== 'be' && language !== 'be-Latn') || !f.replacement) continue;
      // A name quoted in another script keeps that script; only the paragraph's own script is checked.
      const latin = language === 'be-Latn';
      if (latin !== /\p{Script=Latin}/u.test(f.replacement)) {
        if (/\p{Script=Latin}|\p{Script=Cyrillic}/u.test(f.original) && latin !== /\p{Script=Latin}/u.test(f.original)) continue;
        wrong.push(`${f.original} → ${f.replacement} (wrong script)`);
        continue;
      }
      for (const word of f.replacement.match(/[\p{L}\p{M}’'ʼ]+/gu) ?? []) {
        if (!allowed(word) && !isBelarusianForm(officialForm(word, latin))) wrong.push(`${f.original} → ${f.replacement} (${word})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
