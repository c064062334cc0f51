/** Chromium ships no Belarusian date formats on some systems; Russian ones read naturally there. */
export const dateLocales = (language: string): string[] => (language === 'be' ? ['be', 'ru'] : [language]);
