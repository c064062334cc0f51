// Dates, ages and detention facilities as Belarusian writes them, found on the official-Cyrillic
// view (view.ts), so that Łacinka and classical spellings are found by the same patterns:
// "30 kastryčnika 2021 hoda", "29 сьнежня", "21-hadovaha", "трохгадовую", "kałonii №4",
// "ПК-9", "Akreścina". chrono-node has no Belarusian locale and the engine's Russian patterns
// do not know these forms.

import { findInWindows, matchesIn, windowsAround } from '../detectors/windows';
import { allMatches } from '../matches';
import { lookupPlace } from '../detectors/places';
import { isSafeProperNoun } from '../detectors/safeWords';

/** The same shapes as the engine's DateValue and FacilityKind. */
export interface DateValue {
  day?: number;
  month: number;
  year?: number;
}
export type FacilityKind = 'pretrial' | 'colony' | 'temporary' | 'prison' | 'detention';

export type BelarusianSpan =
  | { start: number; end: number; category: 'date'; date: DateValue; alone?: boolean }
  | { start: number; end: number; category: 'age'; age: number }
  | { start: number; end: number; category: 'facility'; facility: FacilityKind };

/** Each month's nominative, genitive and locative (official spelling; the view folds the classical). */
const MONTHS: readonly (readonly string[])[] = [
  ['студзень', 'студзеня', 'студзені'],
  ['люты', 'лютага', 'лютым'],
  ['сакавік', 'сакавіка', 'сакавіку'],
  ['красавік', 'красавіка', 'красавіку'],
  ['травень', 'траўня', 'траўні', 'мая', 'маі'],
  ['чэрвень', 'чэрвеня', 'чэрвені'],
  ['ліпень', 'ліпеня', 'ліпені'],
  ['жнівень', 'жніўня', 'жніўні'],
  ['верасень', 'верасня', 'верасні'],
  ['кастрычнік', 'кастрычніка', 'кастрычніку'],
  ['лістапад', 'лістапада', 'лістападзе'],
  ['снежань', 'снежня', 'снежні'],
];
const MONTH_OF = new Map<string, number>(MONTHS.flatMap((forms, i) => forms.map((f) => [f, i + 1] as [string, number])));
const MONTH = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

/** Days written as ordinal words: "восьмага студзеня", "дваццаць першага". */
const ORDINAL_DAYS: Readonly<Record<string, number>> = {
  першага: 1, другога: 2, трэцяга: 3, чацвёртага: 4, пятага: 5, шостага: 6, сёмага: 7, восьмага: 8, дзявятага: 9, дзясятага: 10,
  адзінаццатага: 11, дванаццатага: 12, трынаццатага: 13, чатырнаццатага: 14, пятнаццатага: 15, шаснаццатага: 16, сямнаццатага: 17,
  васямнаццатага: 18, дзевятнаццатага: 19, дваццатага: 20, трыццатага: 30,
};
const ORDINAL = Object.keys(ORDINAL_DAYS).sort((a, b) => b.length - a.length).join('|');
const YEAR = String.raw`(?:\s+(\d{4})(?:\s*(?:года|году|г\.|г(?![\p{L}])))?)?`;
const DAY_MONTH = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2}|(?:(?:дваццаць|трыццаць)\s+)?(?:${ORDINAL}))(?:\s*[-–—]\s*(\d{1,2}))?(?:-?(?:а?га|ы|е))?\s+(${MONTH})(?![\p{L}])${YEAR}`, 'giu');

function dayOf(text: string): number {
  if (/^\d/.test(text)) return Number(text);
  const words = text.toLowerCase().split(/\s+/);
  const tens = words.length > 1 ? (words[0] === 'дваццаць' ? 20 : 30) : 0;
  return tens + (ORDINAL_DAYS[words[words.length - 1]!] ?? 0);
}
const MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:у|ў|з|да|пасля|напрыканцы|напачатку|у\s+канцы|у\s+пачатку)\s+)?(${MONTH})(?![\p{L}])\s+(\d{4})(?:\s*(?:года|году|г\.))?`, 'giu');

/**
 * A month named alone (у чэрвені, напрыканцы лістапада, з траўня) still dates an event of the case
 * to within weeks, as russian/months.ts reads Russian: the locative after у/ў, the genitive after a
 * word for part of a month or a preposition of time, lower case only.
 */
const LOCATIVES = MONTHS.map((forms) => forms[2]!).concat('маі');
const GENITIVES = MONTHS.map((forms) => forms[1]!).concat('мая');
/** Part of a month goes with it (напрыканцы чэрвеня → летам); a preposition of time stays (з траўня → з вясны). */
const PART_OF_MONTH = 'напрыканцы|напачатку|канцы|канца|пачатку|сярэдзіне|сярэдзіны|палове|паловы';
const TIME_PREPOSITIONS = 'з|са|да|пасля|ад|каля|напярэдадні';
const MONTH_ALONE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[уў]\s+(?<loc>${LOCATIVES.join('|')})|(?:(?<part>${PART_OF_MONTH})|${TIME_PREPOSITIONS})\s+(?<gen>${GENITIVES.join('|')}))(?![\p{L}\p{N}])`, 'giu');

/** Both date patterns hold a month's name; they run only around one (a plain pattern, cheap over the whole view). */
const MONTH_ANCHOR = new RegExp(MONTH, 'gi');

export function findBelarusianDates(text: string): BelarusianSpan[] {
  const out: BelarusianSpan[] = [];
  const windows = windowsAround(text, MONTH_ANCHOR, 60);
  for (const m of matchesIn(DAY_MONTH, text, windows)) {
    const month = MONTH_OF.get(m[3]!.toLowerCase())!;
    const day = dayOf(m[1]!);
    if (day < 1 || day > 31) continue;
    const date: DateValue = { day, month, ...(m[4] ? { year: Number(m[4]) } : {}) };
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'date', date });
  }
  for (const m of matchesIn(MONTH_YEAR, text, windows)) {
    const month = MONTH_OF.get(m[1]!.toLowerCase())!;
    const start = m.index! + m[0].toLowerCase().indexOf(m[1]!.toLowerCase());
    if (out.some((d) => start >= d.start && start < d.end)) continue;
    out.push({ start, end: m.index! + m[0].length, category: 'date', date: { month, year: Number(m[2]) } });
  }
  for (const m of matchesIn(MONTH_ALONE, text, windows)) {
    const word = m.groups!['loc'] ?? m.groups!['gen']!;
    // "у Маі", "Лютым": a capitalised month's form is a name.
    if (word !== word.toLowerCase()) continue;
    const end = m.index! + m[0].length;
    const start = m.groups!['part'] ? m.index! : end - word.length;
    if (out.some((d) => start < d.end && end > d.start)) continue;
    out.push({ start, end, category: 'date', date: { month: MONTH_OF.get(word)! }, alone: true });
  }
  return out;
}

/** Numerals as the first half of "трохгадовы", "čatyrochhadovaja". */
const NUMERAL_STEMS: Readonly<Record<string, number>> = {
  адна: 1, аднаго: 1, двух: 2, трох: 3, чатырох: 4, пяці: 5, шасці: 6, сямі: 7, васьмі: 8, дзевяці: 9, дзесяці: 10,
  адзінаццаці: 11, дванаццаці: 12, трынаццаці: 13, чатырнаццаці: 14, пятнаццаці: 15, шаснаццаці: 16,
  сямнаццаці: 17, васямнаццаці: 18, дзевятнаццаці: 19, дваццаці: 20, трыццаці: 30, сарака: 40, пяцідзесяці: 50,
  шасцідзесяці: 60, сямідзесяці: 70, васьмідзесяці: 80,
};
const NUMERAL = Object.keys(NUMERAL_STEMS).sort((a, b) => b.length - a.length).join('|');
/** "трохгадовы тэрмін" is a three-year term, not an age. */
const TERM = String.raw`(?!\s+(?:тэрмін|тэрміну|тэрмінам|тэрміне|тэрміны|прысуд|зняволен|пакаранн|план|кантракт))`;
const AGE_DIGITS = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,3})\s*-\s*(?:ці|і|ы)?\s*гадов\p{L}*(?![\p{L}])${TERM}`, 'giu');
const AGE_WORDS = new RegExp(String.raw`(?<![\p{L}])(${NUMERAL})-?гадов\p{L}*(?![\p{L}])${TERM}`, 'giu');
const AGE_PHRASE = /(?<![\p{L}])(?:яму|ёй|мне|ім|сыну|дачцэ)\s+(?:было\s+|ужо\s+|усяго\s+|толькі\s+|споўнілася\s+)?(\d{1,3})\s+(?:год|гады|гадоў)(?![\p{L}])/giu;
/** "Канстанціну 38 гадоў", "Міле Латышавай з Бабруйску 62 гады": a name in the dative, maybe its surname and town, then the years. */
const AGE_AFTER_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:у|ю|е|і|ы)(?:\s+\p{Lu}\p{Ll}+(?:у|ю|е|і|ы|ай|ой))?(?:\s+(?:з|са)\s+\p{Lu}\p{Ll}+)?\s+(?:было\s+|ужо\s+|споўнілася\s+)?(\d{1,2})\s+(?:год|гады|гадоў)(?![\p{L}])/gu;
/** "двое дзяцей — 9 і 14 гадоў": the children's ages, told as a list after them. (?=\d) first: the lookbehind is tried at digits only. */
const AGE_LIST = /(?=\d)(?<=(?:дзяц\p{L}*|дзіц\p{L}*|дзетак|сын\p{L}*|дачк?\p{L}*|унук\p{L}*)\s*[—–:,-]?\s*)(\d{1,2})(?:\s*(?:,|і|ды)\s*\d{1,2})+\s+(?:год|гады|гадоў)(?![\p{L}])/giu;

/**
 * "Вользе Грынічцы 36.", "Яму 40.", «ёй усяго 20»: a bare number after a person in the dative closes the sentence or the quotation.
 * The name's dative ending (-е, -зе, -цы, -у, -ю, -і, -ы) or the pronoun says whose age it is.
 */
const AGE_AFTER_DATIVE = /(?<![\p{L}])(?:[Яя]му|[Ёё]й|\p{Lu}\p{Ll}+(?:е|у|ю|і|ы)(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:(?:ужо|усяго|толькі|было)\s+)?(\d{1,2})(?=\s*[.!;»"”)]|\s*$)/gu;

/**
 * The age patterns are Unicode-aware and costly over a whole view, so each runs only near what it
 * must hold, found by a plain pattern: гадов/год/гады/гадоў, or a number closing a sentence.
 */
const YEARS_ANCHOR = /[гГ][оОаА][дД]/g;
const CLOSING_NUMBER_ANCHOR = /\d\s*(?:[.!;»"”)]|$)/g;
/** What the patterns with a number of years hold (with their flags): a window without it is not searched. */
const YEARS_AFTER_NUMBER = /\d\s+(?:год|гады|гадоў)/u;
const YEARS_AFTER_NUMBER_ANY_CASE = /\d\s+(?:год|гады|гадоў)/iu;
/** AGE_AFTER_DATIVE's lookahead, asked of the whole text: a window's end is not the text's end. */
const CLOSES_SENTENCE = /\s*[.!;»"”)]|\s*$/y;

export function findBelarusianAges(text: string): BelarusianSpan[] {
  const out: BelarusianSpan[] = [];
  const years = windowsAround(text, YEARS_ANCHOR, 60);
  for (const m of matchesIn(AGE_AFTER_DATIVE, text, windowsAround(text, CLOSING_NUMBER_ANCHOR, 60))) {
    CLOSES_SENTENCE.lastIndex = m.index + m[0].length;
    if (!CLOSES_SENTENCE.test(text)) continue;
    const at = m.index! + m[0].length - m[1]!.length;
    const age = Number(m[1]);
    if (age > 0) out.push({ start: at, end: at + m[1]!.length, category: 'age', age });
  }
  for (const m of matchesIn(AGE_DIGITS, text, years, /\d\s*-\s*(?:ці|і|ы)?\s*гадов/iu)) out.push({ start: m.index!, end: m.index! + m[0].length, category: 'age', age: Number(m[1]) });
  for (const m of matchesIn(AGE_WORDS, text, years, /гадов/iu)) out.push({ start: m.index!, end: m.index! + m[0].length, category: 'age', age: NUMERAL_STEMS[m[1]!.toLowerCase()]! });
  for (const m of matchesIn(AGE_AFTER_NAME, text, years, YEARS_AFTER_NUMBER)) {
    // "Беларусі 30 гадоў", "Мінску 900 гадоў": a country's or a town's years are no one's age.
    const name = m[0].match(/^\p{L}+/u)![0];
    if (isSafeProperNoun(name) || lookupPlace([name])) continue;
    const at = m.index! + m[0].indexOf(m[1]!, m[0].search(/\s/u));
    out.push({ start: at, end: m.index! + m[0].length, category: 'age', age: Number(m[1]) });
  }
  for (const m of matchesIn(AGE_LIST, text, years, YEARS_AFTER_NUMBER_ANY_CASE)) {
    const ages = (m[0].match(/\d{1,2}/gu) ?? []).map(Number);
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'age', age: Math.max(...ages) });
  }
  for (const m of matchesIn(AGE_PHRASE, text, years, YEARS_AFTER_NUMBER_ANY_CASE)) {
    const at = m.index! + m[0].indexOf(m[1]!);
    out.push({ start: at, end: m.index! + m[0].length, category: 'age', age: Number(m[1]) });
  }
  return out;
}

/**
 * "№ 15"; NFKC (the engine's normal form) writes № as "No", which the Łacinka view reads as "Но".
 * A number with no sign counts what follows it when a word or a decimal part comes next
 * («у калоніі 50 сутак трымалі ў ШІЗА», «калоніі 1,5 года»): that is a term, not the facility's number.
 */
const NUMBER = String.raw`\s*(?:(?:№|[NН][oо]\.?|N|нумар)\s*-?\s*\d+|-?\s*\d+(?!\d|[.,]\d|\s+\p{Ll}{2}))`;
const NUMBERED = String.raw`\s*(?:№|[NН][oо]\.?|N|нумар)\s*-?\s*\d+`;
/**
 * A nickname made with -ка (Валадарка from вуліца Валадарскага, Амерыканка), in every case: the
 * dative and locative alternate к → ц (у «Валадарцы»), as every Belarusian -ка noun does.
 */
function kaNickname(stem: string): string {
  const word = String.raw`${stem}(?:к\p{L}*|цы)(?![\p{L}])`;
  return String.raw`(?:[«"„]${word}[»"“]|${word})`;
}

const QUOTED_NAME = String.raw`\s+[«"„]\p{Lu}[^»"“\n]{1,40}[»"“]`;

/** Each pattern with a word its match must hold (same flags): a window without it is not searched with that pattern. */
const FACILITY_PATTERNS: readonly [RegExp, FacilityKind, RegExp][] = [
  [new RegExp(String.raw`(?<![\p{L}])(?:\p{L}+(?:ск|цк)\p{L}{1,3}\s+)?(?:(?:папраўч|выхаваўч|выпраўлен)\p{L}*\s+)?(?:калоні|калёні)\p{L}*(?:${NUMBER}(?![\p{L}]))`, 'giu'), 'colony', /калоні|калёні/iu],
  [new RegExp(String.raw`(?<![\p{L}])\p{L}+(?:ск|цк)(?:ая|ай|ую|ой|ія|іх|ае)\s+(?:калоні|калёні)\p{L}*`, 'giu'), 'colony', /калоні|калёні/iu],
  [new RegExp(String.raw`(?<![\p{L}])\p{L}+(?:ск|цк)(?:ая|ай|ую|ой)\s+турм\p{L}*(?:${NUMBER}(?![\p{L}]))?`, 'giu'), 'prison', /турм/iu],
  [new RegExp(String.raw`(?<![\p{L}])\p{L}+(?:ск|цк)(?:і|ім|ага|аму)\s+(?:СІЗА|сізо|ізалятар\p{L}*)(?:${NUMBER}(?![\p{L}]))?`, 'giu'), 'pretrial', /СІЗА|сізо|ізалятар/iu],
  [new RegExp(String.raw`(?<![\p{L}])(?:(?:папраўч|выхаваўч)\p{L}*\s+)?(?:установ|ўстанов)\p{L}*\s+адкрытага\s+тыпу${NUMBERED}`, 'giu'), 'colony', /установ|ўстанов/iu],
  [new RegExp(String.raw`(?<![\p{L}])(?:ПК|ІК|ВК|УК|ПУАТ|ЛТП)\s*[-–№]?\s*\d+`, 'gu'), 'colony', /ПК|ІК|ВК|УК|ПУАТ|ЛТП/u],
  [new RegExp(String.raw`(?<![\p{L}])(?:турм\p{L}*${NUMBER}|СІЗА${NUMBER}|сізо${NUMBER}|ізалятар\p{L}*${NUMBER})`, 'giu'), 'pretrial', /турм|СІЗА|сізо|ізалятар/iu],
  // Whatever a facility is called in quotes after its kind is its nickname: калёнію «Лясныя норы».
  [new RegExp(String.raw`(?<![\p{L}])[Кк]ал[оё]ні\p{L}*${QUOTED_NAME}`, 'gu'), 'colony', /[Кк]ал[оё]ні/u],
  [new RegExp(String.raw`(?<![\p{L}])(?:[Тт]урм\p{L}*|[Іі]залятар\p{L}*|СІЗА)${QUOTED_NAME}`, 'gu'), 'pretrial', /[Тт]урм|[Іі]залятар|СІЗА/u],
  // The street a facility named by its kind stands on: у ізалятары на Валадарскага.
  [/(?<=(?:[Іі]залятар|[Тт]урм|СІЗА|[Сс]ізо)\p{L}*\s+на\s+)\p{Lu}\p{Ll}+(?:ага|ай)(?![\p{L}])/gu, 'pretrial', /[Іі]залятар|[Тт]урм|СІЗА|[Сс]ізо/u],
  // The street's name, and the adjective made from it in lower case (з акрэсцінскай душагубкі).
  [/(?<![\p{L}])(?:(?:завул\p{L}*|вул\p{L}*\.?)\s+)?[Аа]крэсці?н\p{L}*/gu, 'temporary', /[Аа]крэсц/u],
  [new RegExp(String.raw`(?<![\p{L}])${kaNickname('Валадар')}`, 'gu'), 'pretrial', /Валадар[кц]/u],
  // Nicknames of places of detention, in quotes as stories write them: «Воўчыя норы» (or ваўчыныя, the
  // other adjective of воўк), «Амерыканка», «Віцьба».
  [new RegExp(String.raw`[«"„][Вв][оа]ўч\p{L}*\s+нор\p{L}*[»"“]|${kaNickname('Амерыкан')}`, 'gu'), 'pretrial', /[Вв][оа]ўч|Амерыкан[кц]/u],
  [/[«"„]Віцьб\p{L}*[»"“]/gu, 'colony', /Віцьб/u],
  // A district police department names its district; ІЧУ, ЦІП and ГУБАЗіК alone name an institution, not a place.
  [/(?<![\p{L}])(?:\p{Lu}\p{Ll}+(?:ага|ае|ым|ай|ы|і)\s+)(?:РУУС|РАУС|АУС|ГУУС|РУС)(?![\p{L}])|(?<![\p{L}])(?:РУУС|РАУС|АУС|РУС)\s+\p{Lu}\p{Ll}+(?:ага|ай)\s+раёна/gu, 'temporary', /РУУС|РАУС|АУС|ГУУС|РУС/u],
];

/** The word every facility pattern holds: the patterns run only around one, so a long text costs little. */
// Case-sensitive, so that the abbreviations (ІК, ПК) are not found inside every word with "ік".
const FACILITY_ANCHOR = /[Кк]ал[оё]н|КАЛ[ОЁ]Н|[Тт]урм|ТУРМ|СІЗ[АО]|[Сс]із[аоы]|[Іі]залятар|ІЗАЛЯТАР|[УуЎў]станов|ПК|ІК|ВК|УК|ПУАТ|ЛТП|[Аа]крэсц|Валадар[кц]|[Вв][оа]ўч|Амерыкан[кц]|Віцьб|РУУС|РАУС|АУС|ГУУС|РУС/gu;

export function findBelarusianFacilities(text: string): BelarusianSpan[] {
  return findInWindows(text, windowsAround(text, FACILITY_ANCHOR, 60), facilitiesIn);
}

function facilitiesIn(text: string): BelarusianSpan[] {
  const out: BelarusianSpan[] = [];
  for (const [pattern, facility, needs] of FACILITY_PATTERNS) {
    if (!needs.test(text)) continue;
    for (const m of allMatches(pattern, text)) {
      const start = m.index!;
      const end = start + m[0].trimEnd().length;
      // "у расійскай турме" names a country's prisons, not one of them.
      if (isOrdinaryTownless(m[0].toLowerCase())) continue;
      if (out.some((f) => start < f.end && end > f.start)) continue;
      out.push({ start, end, category: 'facility', facility });
    }
  }
  return out;
}

/** Adjectives of peoples and countries: беларускі, польскі, расійскі, літоўскі, еўрапейскі. */
export function isOrdinaryTownless(lower: string): boolean {
  return /^(?:беларуск|польск|расійск|руск|літоўск|украінск|еўрапейск|нямецк|амерыканск|савецк|грамадзянск|чалавеческ|людск|жаночск|мужчынск|дзіцяч|сялянск|гарадск|абласн|раённ|сусветн|міжнародн|палітычн|ваенн|сацыяльн|кабінецк|англійск|французск|кітайск|грузінск|латвійск|эстонск|швейцарск|чэшск|італьянск|іспанск)/u.test(lower);
}

