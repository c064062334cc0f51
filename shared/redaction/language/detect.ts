import { inCyrillicContext } from './script';
import type { StoryLanguage } from './types';

/**
 * The language a replacement at this span must be written in: the script of the words around
 * it, then the language of its paragraph in that script.
 */
export function languageAt(text: string, start: number, end: number): StoryLanguage {
  return inCyrillicContext(text, start, end) ? 'ru' : 'en';
}
