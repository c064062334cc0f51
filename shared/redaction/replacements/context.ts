import type { StoryLanguage } from '../types';
import type { PersonMatcher } from '../variants';
import type { PseudonymPicker } from './pseudonyms';

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

export const spanOf = (ctx: ReplacementContext) => ctx.text.slice(ctx.start, ctx.end);

/** The span as it is, replaced by `replacement`. */
export const inPlace = (ctx: ReplacementContext, replacement: string): Replacement => ({ start: ctx.start, end: ctx.end, replacement });
