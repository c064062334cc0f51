import { belarusian, belarusianLatin } from '../belarusian/module';
import { english } from './english';
import { russian } from './russian';
import type { LanguageModule, StoryLanguage } from '../languageModule';

/** The module of each language the engine writes. */
const MODULES: Readonly<Record<StoryLanguage, LanguageModule>> = {
  en: english,
  ru: russian,
  be: belarusian,
  'be-Latn': belarusianLatin,
};

export function languageModule(language: StoryLanguage): LanguageModule {
  return MODULES[language];
}
