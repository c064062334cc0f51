// How a language plugs into the engine (see docs in /work/notes/engine-interfaces.md): the
// engine asks these questions of the paragraph's language and of nothing else.
import type { Replacement, ReplacementContext } from './replacementTypes';
import type { Category, DetectionOf, StoryLanguage } from './types';

export type { StoryLanguage } from './types';

/** What a dictionary says a capitalised word may be. */
export type ProperKind = 'name' | 'surname' | 'patronymic' | 'place' | 'organisation';

export type ReplaceFunction<C extends Category> = (d: DetectionOf<C>, ctx: ReplacementContext) => Replacement;
export type ReplacementTable = { [C in Category]: ReplaceFunction<C> };

export interface LanguageModule {
  language: StoryLanguage;
  /** Whether isOrdinaryWord can be trusted: the recall net suspects sentence-initial words only then. */
  hasLexicon: boolean;
  /**
   * An ordinary word of the language (an adverb, a pronoun, a question word, a common noun):
   * never taken for a name or a place unless the record says so. False when the dictionary is
   * not loaded or does not know the word.
   */
  isOrdinaryWord(word: string): boolean;
  /** What the dictionary says the word may name; empty when it names nothing or is unknown. */
  properKinds(word: string): readonly ProperKind[];
  /**
   * A word the dictionary knows as a name too, but far more often as an ordinary word (Цветы,
   * also a rare name's genitive): opening a sentence, it is the ordinary word.
   */
  mostlyOrdinary?(word: string): boolean;
  /** Replacements in this language; a category left out falls back to the engine's default. */
  replace: Partial<ReplacementTable>;
}
