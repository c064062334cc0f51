import { languageAt as paragraphLanguageAt, paragraphLanguages } from '../belarusian/language';
import { inCyrillicContext } from './script';
import type { StoryLanguage } from '../types';

function paragraphLanguage(text: string, at: number): StoryLanguage | null {
  return paragraphLanguageAt(paragraphLanguages(text), at);
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

/** The language a single word's own letters point to: і and ў are Belarusian, ł ŭ ś ć ź Łacinka. */
export function languageOfWord(word: string): StoryLanguage {
  if (/\p{Script=Cyrillic}/u.test(word)) return /[іўІЎ]/.test(word) ? 'be' : 'ru';
  return /[łŭśćźńĺŁŬŚĆŹŃ]/.test(word) ? 'be-Latn' : 'en';
}

/**
 * The language a word belongs to where it stands: its own letters if they are Belarusian, else
 * its paragraph's language in the word's script (a Latin word in a Łacinka paragraph is Belarusian).
 */
export function wordLanguage(text: string, offset: number, word: string): StoryLanguage {
  const own = languageOfWord(word);
  if (own === 'be' || own === 'be-Latn') return own;
  const paragraph = paragraphLanguage(text, offset);
  if (own === 'ru') return paragraph === 'be' ? 'be' : 'ru';
  return paragraph === 'be-Latn' ? 'be-Latn' : 'en';
}
