import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageAt, paragraphLanguages } from './language';

describe('language of a paragraph', () => {
  it.each([
    ['Яго затрымалі ў Мінску, і суд прызначыў тры гады калоніі.', 'be'],
    ['Сьцяпана затрымалі пасьля акцыі; яго сям’я не ведала, дзе ён.', 'be'],
    ['Его задержали в Минске, и суд назначил три года колонии.', 'ru'],
    ['Jaho zatrymali ŭ Minsku, i sud pryznačyŭ try hady kałonii.', 'be-Latn'],
    ['He was detained in Minsk, and the court gave him three years.', 'en'],
    ['Он был задержан', 'ru'],
    ['Jon byŭ zatrymany', 'be-Latn'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('gives each paragraph its own language', () => {
    const text = 'Яго затрымалі ў Мінску.\n\nHe was detained.\nJaho zatrymali ŭ Minsku.';
    const paragraphs = paragraphLanguages(text);
    expect(paragraphs.map((p) => p.language)).toEqual(['be', 'en', 'be-Latn']);
    expect(languageAt(paragraphs, text.indexOf('He'))).toBe('en');
    expect(languageAt(paragraphs, text.length - 2)).toBe('be-Latn');
  });

  const dir = path.join(__dirname, '../../../tests/fixtures/real');
  const stories = readdirSync(dir).filter((f) => f.endsWith('.case.json'));
  it.each(stories)('tells the language of every paragraph of %s', (file) => {
    const story = JSON.parse(readFileSync(path.join(dir, file), 'utf8')).story as { text: string; language: string };
    const wrong = paragraphLanguages(story.text)
      .filter((p) => story.text.slice(p.start, p.end).split(/\s+/).length >= 6)
      .filter((p) => p.language !== story.language)
      .map((p) => story.text.slice(p.start, p.end).slice(0, 60));
    expect(wrong).toEqual([]);
  });
});

describe('paragraph languages of the same text', () => {
  it('are read once and given again, and a short paragraph takes the language of the whole', () => {
    const text = 'Яго затрымалі ў Мінску, і суд прызначыў тры гады калоніі.\nОк.';
    const first = paragraphLanguages(text);
    expect(paragraphLanguages(text)).toBe(first);
    expect(first.map((p) => p.language)).toEqual(['be', 'be']);
  });
});
