// Hand-written: Russian generalisations that agree in case with the sentence; lvovich declines
// names and cities, not phrases such as "небольшой город".
import { RUSSIAN_PHRASES, russianAgePhrase, russianCase, seasonPhrase } from './phrases';
import type { Detection } from './types';

/** Whether the words around a span are mostly Cyrillic: the replacement is then Russian. */
export function inCyrillicContext(text: string, start: number, end: number): boolean {
  let cyrillic = 0;
  let latin = 0;
  for (let i = Math.max(0, start - 60); i < Math.min(text.length, end + 60); i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x400 && code <= 0x52f) cyrillic++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
  }
  return cyrillic > latin;
}

const previousWord = (before: string) => before.match(/([\p{L}-]+)\s*$/u)?.[1] ?? '';

function facilityKey(span: string): string {
  if (/SIZO|СИЗО|СІЗА|pre-?trial/i.test(span)) return 'pretrial';
  if (/colony|IK|ИК|ІК|колон|калон/i.test(span)) return 'colony';
  if (/TDF|IVS|ИВС|ІЧУ|ЦИП|ЦІП/i.test(span)) return 'temporary';
  if (/prison|тюрьм|турм/i.test(span)) return 'prison';
  return 'detention';
}

/**
 * The replacement for a span inside Russian or Belarusian text, in the case the sentence
 * needs; null where the English choice already reads (names, counts, ids).
 */
export function russianReplacement(d: Detection, span: string, before: string): string | null {
  const grammaticalCase = russianCase(span.split(/\s+/).pop() ?? span, previousWord(before));
  switch (d.category) {
    case 'date': {
      const year = d.data?.year === undefined ? undefined : Number(d.data.year);
      return seasonPhrase(Number(d.data?.month), year, true);
    }
    case 'place': {
      const key = d.data?.class === 'capital' ? 'capital' : d.data?.class === 'abroad' ? 'abroad' : d.data?.class === 'village' ? 'village' : 'town';
      return RUSSIAN_PHRASES[key]![grammaticalCase];
    }
    case 'facility':
      return RUSSIAN_PHRASES[facilityKey(span)]![grammaticalCase];
    case 'org':
      return /суд|court/i.test(span) ? 'суд' : RUSSIAN_PHRASES.organisation![grammaticalCase];
    case 'contact': {
      const type = String(d.data?.type ?? '');
      if ((type === 'handle' || type === 'url') && /(?:канал|страниц|аккаунт|профил|instagram|telegram)[\p{L}]*[\s:,]*$/iu.test(before)) return '';
      if (type === 'handle' || type === 'url') return 'закрытый аккаунт';
      return 'через организацию';
    }
    case 'age':
      return d.data?.form === 'ru-years' ? russianAgePhrase(Number(d.data?.age)) : '';
    default:
      return null;
  }
}
