import { detectLanguage } from '../belarusian/language';
import { inCyrillicContext } from './script';
import type { StoryLanguage } from './types';

const PARAGRAPHS = new Map<string, StoryLanguage | null>();

/** The language of the paragraph (text between line breaks) around an offset; each paragraph is read once. */
function paragraphLanguage(text: string, at: number): StoryLanguage | null {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  const paragraph = text.slice(from, to < 0 ? text.length : to);
  let language = PARAGRAPHS.get(paragraph);
  if (language === undefined) {
    language = detectLanguage(paragraph);
    if (PARAGRAPHS.size > 5_000) PARAGRAPHS.clear();
    PARAGRAPHS.set(paragraph, language);
  }
  return language;
}

/**
 * The language a replacement at this span must be written in: the script of the words around
 * it (an English paragraph quoting a Cyrillic name still gets a Cyrillic pseudonym), then the
 * language of its paragraph in that script: Russian or Belarusian, English or Łacinka.
 */
export function languageAt(text: string, start: number, end: number): StoryLanguage {
  const paragraph = paragraphLanguage(text, start);
  if (inCyrillicContext(text, start, end)) return paragraph === 'be' ? 'be' : 'ru';
  return paragraph === 'be-Latn' ? 'be-Latn' : 'en';
}
