// What a replacement function sees and returns: shared by the engine's default replacements
// and the language modules (languageModule.ts), so neither depends on the other.
import type { PersonMatcher } from './variants';
import type { StoryLanguage } from './types';

export type Pseudonym = { latin: string; cyrillic: string };

export type PseudonymPicker = (key: string, gender: string) => Pseudonym;

/** What a replacement function may look at: the span, the words around it, the people of the case. */
export interface ReplacementContext {
  text: string;
  /** The span in the original text; a replacement may widen it (to take "on" before a date). */
  start: number;
  end: number;
  /** Up to 40 characters before and after the span. */
  before: string;
  after: string;
  /** The span itself has Cyrillic letters. */
  cyrillic: boolean;
  /** The language the replacement is written in: the paragraph's, in the script around the span. */
  language: StoryLanguage;
  /** The replacement is in Cyrillic (a Russian or Belarusian paragraph) and not a name. */
  russian: boolean;
  people: PersonMatcher[];
  pick: PseudonymPicker;
}

export interface Replacement {
  start: number;
  end: number;
  replacement: string;
}
