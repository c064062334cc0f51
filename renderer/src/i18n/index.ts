import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ENGLISH_TEMPLATES } from '../../../shared/errors';
import type { Language } from '../../../shared/prefs/schema';
import be from './be.json';
import en from './en.json';
import { be as errorsBe } from './errors/be';
import { ru as errorsRu } from './errors/ru';
import ru from './ru.json';

/** The core's messages (shared/errors), in their own namespace: their keys hold dots, so it has no key separator. */
export const ERROR_RESOURCES = { en: ENGLISH_TEMPLATES, ru: errorsRu, be: errorsBe } as const;

export async function initI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    resources: {
      en: { translation: en, errors: ERROR_RESOURCES.en },
      ru: { translation: ru, errors: ERROR_RESOURCES.ru },
      be: { translation: be, errors: ERROR_RESOURCES.be },
    },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: Language) {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
