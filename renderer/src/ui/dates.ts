import { format } from 'date-fns';
import { be, enGB, ru } from 'date-fns/locale';

const LOCALES = { en: enGB, ru, be };

/**
 * A date and time in the person's language. date-fns carries its own Belarusian month names:
 * Chromium often has no Belarusian data and would show Russian ones.
 */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return format(date, 'PPp', { locale: LOCALES[language as keyof typeof LOCALES] ?? enGB });
}
