import { english } from './english';
import { russian } from './russian';
import type { LanguageModule, StoryLanguage } from './types';

/** The module of each language the engine writes; Belarusian paragraphs use Russian's until theirs lands. */
const MODULES: Readonly<Record<StoryLanguage, LanguageModule>> = {
  en: english,
  ru: russian,
  be: russian,
  'be-Latn': english,
};

export function languageModule(language: StoryLanguage): LanguageModule {
  return MODULES[language];
}
