import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/prefs/schema';
import be from './be.json';
import en from './en.json';
import ru from './ru.json';

export async function initI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru }, be: { translation: be } },
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
