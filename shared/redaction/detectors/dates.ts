// Hand-written (docs/hand-written.md): chrono-node has no Belarusian and misses the stories' layouts.
import { PRIORITY } from '../priorities';
import type { DateValue, DetectionOf } from '../types';

export type { DateValue } from '../types';
import { findInWindows, isWordChar } from './windows';
import { allMatches } from '../matches';

const MONTH_WORDS: readonly [number, string[]][] = [
  [1, ['january', 'jan', 'января', 'январь', 'январе', 'студзеня', 'студзень', 'студзені']],
  [2, ['february', 'feb', 'февраля', 'февраль', 'феврале', 'лютага', 'люты', 'лютым']],
  [3, ['march', 'mar', 'марта', 'март', 'марте', 'сакавіка', 'сакавік', 'сакавіку']],
  [4, ['april', 'apr', 'апреля', 'апрель', 'апреле', 'красавіка', 'красавік', 'красавіку']],
  [5, ['may', 'мая', 'май', 'мае', 'траўня', 'травень', 'траўні']],
  [6, ['june', 'jun', 'июня', 'июнь', 'июне', 'чэрвеня', 'чэрвень', 'чэрвені']],
  [7, ['july', 'jul', 'июля', 'июль', 'июле', 'ліпеня', 'ліпень', 'ліпені']],
  [8, ['august', 'aug', 'августа', 'август', 'августе', 'жніўня', 'жнівень', 'жніўні']],
  [9, ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'сентябре', 'верасня', 'верасень', 'верасні']],
  [10, ['october', 'oct', 'октября', 'октябрь', 'октябре', 'кастрычніка', 'кастрычнік', 'кастрычніку']],
  [11, ['november', 'nov', 'ноября', 'ноябрь', 'ноябре', 'лістапада', 'лістапад', 'лістападзе']],
  [12, ['december', 'dec', 'декабря', 'декабрь', 'декабре', 'снежня', 'снежань', 'снежні']],
];

const MONTH_BY_WORD = new Map<string, number>(MONTH_WORDS.flatMap(([n, words]) => words.map((w) => [w, n] as [string, number])));
const MONTH = `(${[...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
// Days written as ordinal words: "the third of June", "третьего июня", "трэцяга чэрвеня".
const UNITS_EN = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS_EN = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const UNITS_RU = ['перв', 'втор', 'треть', 'четвёрт', 'пят', 'шест', 'седьм', 'восьм', 'девят'];
const TEENS_RU = ['десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'];
const UNITS_BE = ['перш', 'друг', 'трэц', 'чацвёрт', 'пят', 'шост', 'сём', 'восьм', 'дзявят'];
const TEENS_BE = ['дзясят', 'адзінаццат', 'дванаццат', 'трынаццат', 'чатырнаццат', 'пятнаццат', 'шаснаццат', 'сямнаццат', 'васямнаццат', 'дзевятнаццат'];
// Russian ordinals end in -ого/-ое (третьего, третье), Belarusian in -ага/-ае (трэцяга, другога): the stems take these.
const RU_END = ['ого', 'ое', 'е', 'его'];
const BE_END = ['ага', 'ае', 'яга', 'яе', 'ога', 'ое'];
const DAY_WORDS = new Map<string, number>();
function addDays(units: string[], teens: string[], ends: string[], twenty: [string, string], thirty: [string, string]) {
  const forms = (stem: string) => (ends.length ? ends.map((e) => stem + e) : [stem]);
  units.forEach((u, i) => forms(u).forEach((f) => DAY_WORDS.set(f, i + 1)));
  teens.forEach((t, i) => forms(t).forEach((f) => DAY_WORDS.set(f, i + 10)));
  forms(twenty[0]).forEach((f) => DAY_WORDS.set(f, 20));
  forms(thirty[0]).forEach((f) => DAY_WORDS.set(f, 30));
  for (const sep of [' ', '-']) {
    units.forEach((u, i) => forms(u).forEach((f) => DAY_WORDS.set(`${twenty[1]}${sep}${f}`, 21 + i)));
    forms(units[0]!).forEach((f) => DAY_WORDS.set(`${thirty[1]}${sep}${f}`, 31));
  }
}
addDays(UNITS_EN, TEENS_EN, [], ['twentieth', 'twenty'], ['thirtieth', 'thirty']);
addDays(UNITS_RU, TEENS_RU, RU_END, ['двадцат', 'двадцать'], ['тридцат', 'тридцать']);
addDays(UNITS_BE, TEENS_BE, BE_END, ['дваццат', 'дваццаць'], ['трыццат', 'трыццаць']);
for (const [word, day] of [...DAY_WORDS]) if (word.includes('ё')) DAY_WORDS.set(word.replaceAll('ё', 'е'), day);
const DAY_WORD = [...DAY_WORDS.keys()].filter((w) => /^[\p{L} -]+$/u.test(w)).sort((a, b) => b.length - a.length).join('|');
const DAY_DIGITS = `(\\d{1,2}(?:st|nd|rd|th|-?го|-?е)?)`;
const DAY_ANY = `(\\d{1,2}(?:st|nd|rd|th|-?го|-?е)?|${DAY_WORD})`;
/** Each word of the ordinal days ("twenty", "first", "третьего"): a window without one needs no word pattern. */
const DAY_WORD_PARTS = new Set([...DAY_WORDS.keys()].flatMap((w) => w.split(/[ -]/)));
const dayOf = (text: string) => (/^\d/.test(text) ? parseInt(text, 10) : (DAY_WORDS.get(text.toLowerCase()) ?? 0));
const ROMAN_MONTHS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const YEAR = '((?:19|20)\\d{2})';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

interface DatePattern {
  re: RegExp;
  parts: (m: RegExpMatchArray) => { day?: number; month: number; year?: number } | null;
}

/**
 * Days every Belarusian story may name without saying anything about a person: the fixed public
 * holidays of the Labour Code (New Year, Orthodox and Catholic Christmas, Women's Day, Labour Day,
 * Victory Day, Independence Day, October Revolution Day) and Freedom Day (25 March), which the
 * democratic movement keeps. Only a day without a year is read as the holiday; a day of the
 * record is the record's, holiday or not (record.ts matches those before this is asked).
 */
const HOLIDAYS = new Set(['1-1', '1-2', '1-7', '3-8', '3-25', '5-1', '5-9', '7-3', '11-7', '12-25']);

/**
 * State holidays that are working days (Mother's Day, Defenders' Day, Constitution Day): their date
 * without a year is the holiday only where the text names it, in any of the three languages.
 */
const NAMED_HOLIDAYS: ReadonlyMap<string, RegExp> = new Map([
  ['10-14', /(?:дзень|dzień|день)\s+(?:маці|maci|матери)|mother['’]?s\s+day/iu],
  ['2-23', /(?:абаронц|abaronc|защитник)\p{L}*\s+(?:айчын|ajčyn|отечества)|defenders?\s+of\s+the\s+fatherland/iu],
  ['3-15', /(?:дзень|dzień|день)\s+(?:канстытуцыі|kanstytucyi|конституции)|constitution\s+day/iu],
]);

export const isHolidayMention = (date: DateValue, text = ''): boolean => {
  if (date.year !== undefined || date.day === undefined) return false;
  const key = `${date.month}-${date.day}`;
  return HOLIDAYS.has(key) || (NAMED_HOLIDAYS.get(key)?.test(text) ?? false);
};

/** Abbreviated months, the only ones a full stop can belong to ("Jan. 5"); "1 January." ends a sentence. */
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

const monthOf = (word: string | undefined) => (word ? MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, '')) : undefined);

/** The date layouts with DAY as the day's pattern (digits only, or digits and ordinal words). */
const patterns = (DAY: string): DatePattern[] => [
  // the night of 9 to 10 August 2020, 9-10 August 2020, 9 and 10 August, с 5 по 7 мая
  {
    re: new RegExp(`${B}(?:the\\s+)?${DAY}\\s*(?:-|–|—|to|and|or|на|и|і|по|до)\\s*(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+${YEAR})?(?:\\s*(?:г\\.|года|году))?${E}`, 'giu'),
    parts: (m) => ({ day: dayOf(m[2]!), month: monthOf(m[3])!, ...(m[4] ? { year: +m[4] } : {}) }),
  },
  // 19 August 2020, the 19th of May 2023, 21 сентября 2021 г.
  {
    re: new RegExp(`${B}(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}(?:\\s*(?:г\\.|года|году))?${E}`, 'giu'),
    parts: (m) => ({ day: dayOf(m[1]!), month: monthOf(m[2])!, year: +m[3]! }),
  },
  // November 14, 2023; October 11th , 2021
  {
    re: new RegExp(`${B}${MONTH}\\s+${DAY}\\s*,?\\s*${YEAR}${E}`, 'giu'),
    parts: (m) => ({ day: dayOf(m[2]!), month: monthOf(m[1])!, year: +m[3]! }),
  },
  // 03.VI.1990, 3 VI 1990: the Roman-numeral month of Russian and Belarusian paperwork
  {
    re: new RegExp(`${B}(\\d{1,2})[./\\s-]\\s*(${[...ROMAN_MONTHS].reverse().join('|')})[./\\s-]\\s*${YEAR}(?:\\s*(?:г\\.|года|году))?${E}`, 'giu'),
    parts: (m) => ({ day: +m[1]!, month: ROMAN_MONTHS.indexOf(m[2]!.toLowerCase()) + 1, year: +m[3]! }),
  },
  // 2023-04-12
  { re: new RegExp(`${B}${YEAR}-(\\d{1,2})-(\\d{1,2})${E}`, 'gu'), parts: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  // 17.11.2023, 9/3/1957, 17-05-2023, 03.08.92
  {
    re: new RegExp(`${B}(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:\\s*(?:г\\.|года|году|г(?![\\p{L}])))?${E}`, 'gu'),
    parts: (m) => {
      const year = m[4]!.length === 2 ? 1900 + +m[4]! + (+m[4]! < 40 ? 100 : 0) : +m[4]!;
      return { day: +m[1]!, month: +m[3]!, year };
    },
  },
  // 18 October, January 31 (a day without a year)
  { re: new RegExp(`${B}(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}${E}`, 'giu'), parts: (m) => ({ day: dayOf(m[1]!), month: monthOf(m[2])! }) },
  { re: new RegExp(`${B}${MONTH}\\s+(?:the\\s+)?${DAY}${E}`, 'giu'), parts: (m) => ({ day: dayOf(m[2]!), month: monthOf(m[1])! }) },
  // August 2020, сентябре 2020 года
  {
    re: new RegExp(`${B}${MONTH},?\\s+(?:of\\s+)?${YEAR}(?:\\s*(?:г\\.|года|году))?${E}`, 'giu'),
    parts: (m) => ({ month: monthOf(m[1])!, year: +m[2]! }),
  },
  // 1979.07.22, 1979/07/22: the year first, as some forms and file names write it
  { re: new RegExp(`${B}${YEAR}([./])(\\d{1,2})\\2(\\d{1,2})${E}`, 'gu'), parts: (m) => ({ year: +m[1]!, month: +m[3]!, day: +m[4]! }) },
  // 22 07 1979, 22,07,1979: a date typed like an amount, with a full year
  { re: new RegExp(`${B}(\\d{1,2})([ ,])(\\d{2})\\2${YEAR}${E}`, 'gu'), parts: (m) => ({ day: +m[1]!, month: +m[3]!, year: +m[4]! }) },
];

// The ordinal words make every pattern a long alternation, slow over a long text: they are
// tried only in the windows that hold one of their words.
const withMonthFlag = (list: DatePattern[]) => list.map((p) => ({ ...p, needsMonth: p.re.source.includes(MONTH) }));
const DIGIT_PATTERNS = withMonthFlag(patterns(DAY_DIGITS));
const WORD_PATTERNS = withMonthFlag(patterns(DAY_ANY));

const valid = (d: { day?: number; month: number; year?: number }) =>
  d.month >= 1 && d.month <= 12 && (d.day === undefined || (d.day >= 1 && d.day <= 31));

// The start of a month name in any of our languages, or a numeric date: a plain pattern, so it
// stays cheap over a long text; candidates are then checked against the month table.
const ANCHOR = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|студзен|лют|сакавік|красавік|траўн|травен|чэрвен|ліпен|жнів|жніў|верас|кастрычнік|лістапад|снеж)[a-zа-яёіў]*\.?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[ ,]\d{2}[ ,](?:19|20)\d{2}|\d{1,2}[./\s-]\s*[ivx]{1,4}[./\s-]\s*\d{4}/gi;

/** Every exact or partial date in the text, most specific first where spans overlap. */
export function findDates(text: string): DetectionOf<'date'>[] {
  const anchors: [number, number][] = [];
  for (const m of allMatches(ANCHOR, text)) {
    const word = m[0];
    if (/^\d/.test(word) || MONTH_BY_WORD.has(word.toLowerCase().replace(/\.$/, ''))) anchors.push([m.index!, m.index! + word.length]);
  }
  const regions: [number, number][] = [];
  for (const [s, e] of anchors) {
    let start = Math.max(0, s - 24);
    let end = Math.min(text.length, e + 24);
    while (start > 0 && isWordChar(text.charCodeAt(start - 1), text[start - 1]!)) start--;
    while (end < text.length && isWordChar(text.charCodeAt(end), text[end]!)) end++;
    const last = regions[regions.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else regions.push([start, end]);
  }
  return [...findInWindows(text, regions, findDatesIn), ...findEdgeDays(text)];
}

/** The first and last day of each season, as month and day (meteorological seasons, as Belarus counts them). */
const SEASON_EDGES: Readonly<Record<string, readonly [[number, number], [number, number]]>> = {
  winter: [[12, 1], [2, 28]], spring: [[3, 1], [5, 31]], summer: [[6, 1], [8, 31]], autumn: [[9, 1], [11, 30]], fall: [[9, 1], [11, 30]],
};
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const EDGE_DAY = new RegExp(`${B}(?:the\\s+)?(first|last)\\s+day\\s+of\\s+(?:(winter|spring|summer|autumn|fall)|${MONTH})(?:,?\\s+(?:of\\s+)?${YEAR})?${E}`, 'giu');

/**
 * "On the last day of winter", "the first day of March 2021": a day told by its place in a season or
 * a month. A February's last day is taken as the 28th; a leap year's 29th is rare enough to leave.
 */
function findEdgeDays(text: string): DetectionOf<'date'>[] {
  const out: DetectionOf<'date'>[] = [];
  if (!/day\s+of/i.test(text)) return out;
  for (const m of allMatches(EDGE_DAY, text)) {
    const last = m[1]!.toLowerCase() === 'last';
    const month = monthOf(m[3]);
    const [mo, day] = m[2] ? SEASON_EDGES[m[2].toLowerCase()]![last ? 1 : 0] : [month!, last ? MONTH_LENGTHS[month! - 1]! : 1];
    const date: DateValue = { day, month: mo, ...(m[4] ? { year: +m[4] } : {}) };
    // "the last day of April." ends a sentence: the full stop is not the month's.
    const end = m.index! + m[0].length - (m[0].endsWith('.') ? 1 : 0);
    out.push({ start: m.index!, end, category: 'date', source: 'detector', kind: 'quasi', date, priority: PRIORITY.date });
  }
  return out;
}

function findDatesIn(text: string): DetectionOf<'date'>[] {
  const out: DetectionOf<'date'>[] = [];
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const dayWord = words.some((w) => DAY_WORD_PARTS.has(w));
  // Every layout holds a digit (a day or a year) or an ordinal word: "мая" ("my") alone is no date.
  if (!dayWord && !/\d/.test(text)) return out;
  const month = words.some((w) => MONTH_BY_WORD.has(w));
  const chosen = dayWord ? WORD_PATTERNS : DIGIT_PATTERNS;
  chosen.forEach(({ re, parts, needsMonth }, index) => {
    // A window anchored on a numeric date needs only the numeric layouts.
    if (needsMonth && !month) return;
    for (const m of allMatches(re, text)) {
      const value = parts(m);
      // "may" in lower case is an English verb far more often than a month: without a year it is skipped.
      if (!value || !valid(value)) continue;
      if (value.year === undefined && /(?<![\p{L}])may(?![\p{L}])/u.test(m[0])) continue;
      // "1 January. 8 марта": a full stop after a month written out ends the sentence, and the date with it.
      const dotted = [...m[0].matchAll(/(\p{L}+)\.(?=\s)/gu)].map((x) => x[1]!.toLowerCase());
      if (dotted.some((w) => MONTH_BY_WORD.has(w) && !MONTH_ABBREVIATIONS.has(w))) continue;
      const lastWord = m[0].match(/(\p{L}+)\.$/u)?.[1]?.toLowerCase();
      const end = m.index! + m[0].length - (lastWord && MONTH_BY_WORD.has(lastWord) && !MONTH_ABBREVIATIONS.has(lastWord) ? 1 : 0);
      out.push({
        start: m.index!,
        end,
        category: 'date',
        source: 'detector',
        kind: 'quasi',
        date: value,
        priority: PRIORITY.date - index,
      });
    }
  });
  return out;
}

/** A date of the record ("1992-08-03" or "1992") as the detector reads dates. */
export function parseIsoDate(iso: string): DateValue | null {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]! } : null;
}

export function sameDay(a: DateValue, b: DateValue): boolean {
  return a.day !== undefined && a.day === b.day && a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year);
}
