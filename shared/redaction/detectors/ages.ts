// Hand-written (docs/hand-written.md): no library recognises ages.
import { PRIORITY } from '../priorities';
import type { AgeForm, DetectionOf } from '../types';
import { findInWindows, windowsAround } from './windows';
import { allMatches } from '../matches';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const WORD = `(?:${Object.keys(NUMBER_WORDS).join('|')})(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?`;
const NUM = `(\\d{1,3}|${WORD})`;

export function numberValue(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  const [tens, ones] = raw.toLowerCase().split(/[-\s]/);
  const value = (NUMBER_WORDS[tens ?? ''] ?? NaN) + (ones ? NUMBER_WORDS[ones] ?? NaN : 0);
  return Number.isNaN(value) ? null : value;
}

// A pattern that opens with a lookbehind would try it at every position of the text; those whose
// match starts with a digit say so first, (?=\d), so that only digits pay for the lookbehind.
// The last of each triple is a word the pattern's match (or its lookbehind) must hold, with the
// same flags: a window without it cannot match, so the pattern is not run there.
const PATTERNS: [RegExp, AgeForm, RegExp][] = [
  [new RegExp(`(?<![\\p{L}\\p{N}])${NUM}[-\\s]years?[-\\s]old(?![\\p{L}])`, 'giu'), 'year-old', /year/iu],
  // "two children aged 5 and 9", "the mother of two minors, seven and fifteen years": children's ages told as
  // a list, whose every number is an age (the Russian «двое детей — 9 и 14 лет» below). The eldest tells the phrase.
  [new RegExp(`(?<![\\p{L}\\p{N}])(?:aged\\s+|(?<=(?:children|kids|sons|daughters|minors|grandchildren|twins|boys|girls)\\s*[,:(—–-]\\s*))${NUM}(?:\\s*,\\s*${NUM.replace('(', '(?:')})*\\s+and\\s+${NUM.replace('(', '(?:')}(?:[-\\s]years?(?:[-\\s]old)?)?(?![\\p{L}\\p{N}])`, 'giu'), 'children', /and/iu],
  [new RegExp(`(?<![\\p{L}\\p{N}])aged\\s+${NUM}(?![\\p{L}\\p{N}])`, 'giu'), 'aged', /aged/iu],
  [new RegExp(`(?<![\\p{L}\\p{N}])at\\s+the\\s+age\\s+of\\s+${NUM}(?![\\p{L}\\p{N}])`, 'giu'), 'age-of', /age/iu],
  // "Ему было 26 лет", "ей исполнилось 65 лет"; "это было 30 лет назад" is no one's age.
  [/(?<=(?:было|исполнилось|исполнится|исполняется|будет|было бы)\s+)(?:по\s+)?(\d{1,3})\s+(?:год|года|лет|гадоў|гады)(?![\p{L}])(?!\s+назад)/giu, 'ru-years', /год|лет|гад/iu],
  // «двое детей — 9 и 14 лет»: the children's ages, told as a list after them.
  [/(?=\d)(?<=(?:дет\p{L}*|сын\p{L}*|доч\p{L}*|дочер\p{L}*|внук\p{L}*)\s*[—–:,-]?\s*)(\d{1,2})(?:\s*(?:,|и)\s*\d{1,2})+\s+(?:год|года|лет)(?![\p{L}])/giu, 'ru-years', /год|лет/iu],
  // «ему уже исполнилось 18.», «Ему 21 — это если по паспорту»: a bare number after «исполнилось» or a dative pronoun.
  [/(?=\d)(?<=(?:исполнилось|исполнится|исполняется)\s+)(\d{1,3})(?=\s*(?:[,.;:!?)»]|[—–]|$))/giu, 'ru-years', /исполн/iu],
  [/(?=\d)(?<=(?:^|[\s«"(—–-])(?:[Ее]му|[Ее]й|[Ии]м)\s+(?:уже\s+|было\s+)?)(\d{1,3})(?=\s*(?:[—–]|[,.;:!?)]))/gu, 'ru-years', /[Ее]му|[Ее]й|[Ии]м/u],
  // «Сейчас старшему 15, а младшему 8 лет»: a person in the dative, then the years.
  [/(?=\d)(?<=(?:[Ее]му|[Ее]й|[Ии]м|старшему|младшему|старшей|младшей|сыну|дочери|дочке)\s+(?:уже\s+)?)(\d{1,3})\s+(?:год|года|лет)(?![\p{L}])/giu, 'ru-years', /год|лет/iu],
  // "Sofia, who is eight, and Miles, who is six": an age told after "who is".
  [new RegExp(`(?<=\\bwho\\s+(?:is|was|turned|turns)\\s+)${NUM}(?=\\s*(?:years?\\s+old\\s*)?[,.;)])`, 'giu'), 'aged', /who/iu],
  // "my daughter is 11 months old", "a two-week-old son": a baby's exact age.
  [new RegExp(`(?<![\\p{L}\\p{N}])${NUM}[-\\s]months?[-\\s]old(?![\\p{L}])`, 'giu'), 'months-old', /month/iu],
  [new RegExp(`(?<![\\p{L}\\p{N}])${NUM}[-\\s]weeks?[-\\s]old(?![\\p{L}])`, 'giu'), 'weeks-old', /week/iu],
  // "11th grade of school", "in grade 5": a school year gives a child's age to the year.
  [/(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)[-\s](?:grade|form)(?![\p{L}])/giu, 'grade', /grade|form/iu],
  [/(?<=\bgrade\s)(\d{1,2})(?![\p{L}\p{N}])/giu, 'grade', /grade/iu],
  // "her 49th birthday": an ordinal birthday gives the exact age.
  [/(?<![\p{L}\p{N}])(\d{1,3})(?:st|nd|rd|th)\s+birthday(?![\p{L}])/giu, 'birthday', /birthday/iu],
  // "he was 34 when", "she turned 41": an age told as a bare number after was/is/turned.
  [/(?<=\b(?:he|she|they|[Hh]e|[Ss]he) (?:was|is|turned|turns|had just turned)\s+)(\d{2})(?=[\s,.;:)](?!\s*(?:years? (?:in|of|for|behind)|days|months|weeks|hours|minutes|euros|rubles|roubles|%|times|kilos|km)))/gu, 'aged', /[Hh]e |they /u],
  // "Their son Maksim, 11, was moved": a bare age in apposition after a name.
  [/(?<=\p{Lu}\p{Ll}+,\s)(\d{1,2})(?=\s*[,)])/gu, 'aged', /,\s\d/u],
  // «встретила свое 19-летие», «отметил 50-летие в СИЗО», «к 19-летию сына»: a birthday's number is the
  // age; only after a possessive or a verb of celebrating, or before a relative, is it a person's
  // («100-летие БНР», «30-летие независимости» are a country's).
  [/(?=\d)(?<=(?:^|[\s«"(])(?:сво\p{L}*|его|её|ее|их|мо[её]|мое\p{L}*|твоё|твое|наше|встретил\p{L}*|отметил\p{L}*|отметит|отмечает|отпраздновал\p{L}*|праздновал\p{L}*)\s+)(\d{1,2})-?лети(?:е|я|ю|ем|и)(?![\p{L}])/giu, 'birthday', /лети/iu],
  [/(?=\d)(?<![\p{L}\p{N}])(\d{1,2})-?лети(?:е|я|ю|ем|и)(?=\s+(?:сына|дочери|дочки|мужа|жены|мамы|матери|отца|папы|брата|сестры|внука|внучки)(?![\p{L}]))/giu, 'birthday', /лети/iu],
  [new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3})[-\\s]?(?:летн(?:ий|яя|его|ей|ему|им|юю)|гадов(?:ы|ая|ага|ай))(?![\\p{L}])`, 'giu'), 'year-old', /летн|гадов/iu],
];

/** Exact ages: "39-year-old", "aged 65", "Eleven-year-old", "39-летний". */
/** The patterns are costly on long texts, so they run only near these words. */
// One plain pattern (no Unicode property classes): it runs over the whole text, so it must be cheap.
const ANCHOR = /(?:children|kids|sons|daughters|minors|twins|boys|girls)\s*[,:(-]\s*[\da-z]|year|months? old|weeks? old|month-old|week-old|grade|form|aged|age of|birthday|(?:was|is|turned|turns) \d\d|, \d{1,2}\s*[,)]|летн|лети|гадов|было|исполн|будет|\d и \d|(?:ему|ей|им|шему|шей|сыну|дочери|дочке) \d|who (?:is|was|turned|turns) /gi;

export function findAges(text: string): DetectionOf<'age'>[] {
  return findInWindows(text, windowsAround(text, ANCHOR, 24), findAgesIn);
}

function findAgesIn(text: string): DetectionOf<'age'>[] {
  const out: DetectionOf<'age'>[] = [];
  for (const [re, form, needs] of PATTERNS) {
    if (!needs.test(text)) continue;
    for (const m of allMatches(re, text)) {
      // A list of children's ages is told by its eldest: "still children" only when every one is.
      const age = form === 'children' ? Math.max(...[...m[0].matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${NUM}(?![\\p{L}\\p{N}])`, 'giu'))].map((n) => numberValue(n[1]!) ?? 0)) : numberValue(m[1]!);
      if (age === null || age > 120) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, category: 'age', source: 'detector', kind: 'quasi', age, form, priority: PRIORITY.age });
    }
  }
  return out;
}
