import { languageAt as paragraphLanguageAt, paragraphLanguages, type ParagraphLanguage } from '../belarusian/language';
import { inCyrillicContext } from './script';
import type { StoryLanguage } from './types';

// The paragraphs of the text last asked about: suggest() asks for every finding of one text.
let lastText: string | null = null;
let lastParagraphs: ParagraphLanguage[] = [];

/**
 * The language a replacement at this span must be written in: the script of the words around
 * it (an English paragraph quoting a Cyrillic name still gets a Cyrillic pseudonym), then the
 * language of its paragraph in that script: Russian or Belarusian, English or Łacinka.
 */
export function languageAt(text: string, start: number, end: number): StoryLanguage {
  if (text !== lastText) {
    lastParagraphs = paragraphLanguages(text);
    lastText = text;
  }
  const paragraph = paragraphLanguageAt(lastParagraphs, start);
  if (inCyrillicContext(text, start, end)) return paragraph === 'be' ? 'be' : 'ru';
  return paragraph === 'be-Latn' ? 'be-Latn' : 'en';
}

