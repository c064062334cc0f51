// Hand-written (docs/hand-written.md): no library recognises ages, and Az.js tags numerals
// (NUMR) without their values, so the Russian and Belarusian cardinals are listed here.
import type { CaseFile } from '../../caseFile/schema';
import { PRIORITY } from '../priorities';
import { russianReadings } from '../morphology/russian';
import type { DetectionOf } from '../types';
import { matchesIn, windowsAround } from './windows';

/** The cardinals an age is written with before год/лет/гадоў, Russian and official Belarusian. */
const CARDINALS: Readonly<Record<string, number>> = {
  один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
  одиннадцать: 11, двенадцать: 12, тринадцать: 13, четырнадцать: 14, пятнадцать: 15, шестнадцать: 16,
  семнадцать: 17, восемнадцать: 18, девятнадцать: 19, двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50,
  шестьдесят: 60, семьдесят: 70, восемьдесят: 80, девяносто: 90,
  адзін: 1, адна: 1, дзве: 2, тры: 3, чатыры: 4, пяць: 5, шэсць: 6, сем: 7, восем: 8, дзевяць: 9, дзесяць: 10,
  адзінаццаць: 11, дванаццаць: 12, трынаццаць: 13, чатырнаццаць: 14, пятнаццаць: 15, шаснаццаць: 16,
  сямнаццаць: 17, васямнаццаць: 18, дзевятнаццаць: 19, дваццаць: 20, трыццаць: 30, сорак: 40, пяцьдзясят: 50,
  шэсцьдзясят: 60, семдзесят: 70, восемдзесят: 80, дзевяноста: 90,
};
const TENS = new Set([20, 30, 40, 50, 60, 70, 80, 90]);
const CARDINAL = Object.keys(CARDINALS).sort((a, b) => b.length - a.length).join('|');
/** "84 года", "двадцать один год", "чатыры гады": a number, then the word for years in the case a number takes. */
// Each opens with what its match starts with (a digit, a cardinal's first letter): the lookbehind is tried only there.
const FIRST_LETTERS = [...new Set(Object.keys(CARDINALS).map((c) => c[0]!))].join('');
const YEARS = new RegExp(String.raw`(?=[\d${FIRST_LETTERS}])(?<![\p{L}\p{N}.,-])(\d{1,3}|(?:${CARDINAL})(?:\s+(?:${CARDINAL}))?)\s+(?:год|года|лет|гадоў|гады|год)(?![\p{L}\p{N}])`, 'giu');
/** "21-летие", "21-годдзе": a birthday counted in years. */
const BIRTHDAY = /(?=\d)(?<![\p{L}\p{N}.,-])(\d{1,3})\s*-?\s*(?:лети|годдз)\p{L}*/giu;

/** The words before a number of years that make it a length of time (a term, a wait), not an age. */
const DURATION_BEFORE = /(?:^|[^\p{L}])(?:на|за|до|от|да|ад|через|спустя|после|течение|сроком|срок|получил\p{L}*|дали|присудили|назначили|отсидел\p{L}*|провел\p{L}*|провёл\p{L}*|праз|пасля|цягам|тэрмін\p{L}*|атрымаў|атрымала|далі|прысудзілі|адсядзеў|адсядзела|правёў|правяла)\s+(?:\p{L}+\s+)?$/iu;
/** The words after a number of years that make it a term, a length of service or a time ago. */
const DURATION_AFTER = /^\s*(?:назад|таму|колони\p{L}*|лишени\p{L}*|заключени\p{L}*|тюрьм\p{L}*|строгого|усиленного|общего|особого|ограничени\p{L}*|свободы|химии|работы|стажа|подряд|калоні\p{L}*|пазбаўленн\p{L}*|зняволенн\p{L}*|турм\p{L}*|узмоцненага|строгага|агульнага|асаблівага|абмежаванн\p{L}*|волі|хіміі|працы|стажу|запар)(?![\p{L}])/iu;

/** Words between a person and the age told of them: "которой уже 84", "ей чуть больше 20". */
const ON_THE_WAY = /^(?:уже|ужо|всего|усяго|только|толькі|почти|амаль|около|каля|чуть|крыху|больше|больш|было|будет|будзе|исполнилось|исполнится|исполняется|споўнілася|споўніцца|не|ни)$/iu;
const DATIVE_PRONOUN = /^(?:ему|ей|им|мне|нам|которому|которой|которым|яму|ёй|якому|якой|якім)$/iu;
/** Belarusian datives, which Az.js does not know: -аму/-яму, -ай/-ой, -у/-ю, -е, -і/-ы (not the genitive plural -ей). */
const BELARUSIAN_DATIVE = /(?:аму|яму|ай|ой|у|ю|е|і|ы)$/iu;

/**
 * Whether the person before a small number of years is in the dative, as an age is told ("Малодшай
 * чатыры гады", "сыну 5 лет"): a child's age coincides too often with a term or a wait
 * ("не видела детей четыре года") to be taken on its value alone.
 */
function toldAsAge(before: string): boolean {
  const words = before.match(/[\p{L}-]+/gu) ?? [];
  let i = words.length - 1;
  while (i >= 0 && ON_THE_WAY.test(words[i]!)) i--;
  if (i < 0) return /исполн|споўн/iu.test(before);
  const word = words[i]!;
  if (DATIVE_PRONOUN.test(word)) return true;
  const known = russianReadings(word.toLowerCase()).filter((r) => r.known);
  if (known.length) return known.some((r) => r.grammemes.has('datv'));
  return BELARUSIAN_DATIVE.test(word) && !/ей$/iu.test(word);
}

/** Below this, an age must be told as one (toldAsAge); from it on, its value is evidence enough. */
const CHILD = 14;

/** A plain anchor (the stems of the years words): the costly patterns run only near one. */
const ANCHOR = /[гГ][оОаА][дД]|[лЛ][еЕ][тТ]/g;

function valueOf(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  const [first, second] = raw.toLowerCase().split(/\s+/);
  const tens = CARDINALS[first!];
  if (tens === undefined) return null;
  if (second === undefined) return tens;
  const ones = CARDINALS[second];
  return ones !== undefined && TENS.has(tens) && ones < 10 ? tens + ones : null;
}

/**
 * Every age a person of the record can have had while the story was written: from the year of
 * its first event (or ten years before now, without one) to this year, a birthday before or after.
 */
export function recordAges(caseFile: CaseFile, now: Date = new Date()): Set<number> {
  const thisYear = now.getUTCFullYear();
  const eventYears = (caseFile.legal?.events ?? []).map((e) => Number(e.date?.slice(0, 4))).filter((y) => y > 1900 && y <= thisYear);
  const from = eventYears.length ? Math.min(...eventYears) - 1 : thisYear - 10;
  const births = [caseFile.subject, ...(caseFile.relatives ?? [])].map((p) => Number(p?.birthDate?.slice(0, 4))).filter((y) => y > 1900);
  const ages = new Set<number>();
  for (const birth of births) {
    for (let year = Math.max(from, birth); year <= thisYear; year++) {
      if (year - birth - 1 > 0) ages.add(year - birth - 1);
      if (year - birth > 0) ages.add(year - birth);
    }
  }
  return ages;
}

/**
 * A number of years, in any sentence, that is an age someone in the record has had while the
 * story was written ("Матери, которой уже 84 года", "Малодшай чатыры гады", "21-летие"): the
 * frames of detectors/ages.ts catch ages of anyone; this catches the record's people in a frame
 * no list foresaw. A term ("на 3 года", "3 года колонии") or a time ago is no age.
 */
export function findRecordAges(text: string, ages: ReadonlySet<number>): DetectionOf<'age'>[] {
  if (ages.size === 0) return [];
  const out: DetectionOf<'age'>[] = [];
  const windows = windowsAround(text, ANCHOR, 40);
  for (const m of matchesIn(YEARS, text, windows)) {
    const age = valueOf(m[1]!);
    const end = m.index! + m[0].length;
    if (age === null || !ages.has(age)) continue;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    if (DURATION_BEFORE.test(before.slice(-30)) || DURATION_AFTER.test(text.slice(end, end + 30))) continue;
    if (age < CHILD && !toldAsAge(before.split(/[.!?;:\n]/u).pop()!)) continue;
    out.push({ start: m.index!, end, category: 'age', source: 'record', kind: 'quasi', identifier: 'age', age, form: 'ru-years', priority: PRIORITY.age });
  }
  for (const m of matchesIn(BIRTHDAY, text, windows)) {
    const age = Number(m[1]);
    if (!ages.has(age)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'age', source: 'record', kind: 'quasi', identifier: 'age', age, form: 'birthday', priority: PRIORITY.age });
  }
  return out;
}
