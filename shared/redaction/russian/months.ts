// A month named without a day or a year («в сентябре», «в конце ноября», «с середины августа»)
// still dates an event of the case (a detention, a sentence, a birth) to within weeks, so it goes
// like a full date and becomes its season. Only the case forms a sentence gives a month of time
// after the words that take them: the locative after в/во, the genitive after a word for part of
// a month or a preposition of time; and only in lower case (Марте, Мае are names).
import { PRIORITY } from '../priorities';
import type { DetectionOf } from '../types';
import { matchesIn, windowsAround } from '../detectors/windows';

const LOCATIVE = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
const GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const GENITIVE_AFTER = 'конце|конца|начале|начала|середине|середины|половине|половины|течение|течения|с|со|до|после|от|около|накануне|числах';

const BARE_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:в|во)\\s+(?<loc>${LOCATIVE.join('|')})|(?:${GENITIVE_AFTER})\\s+(?<gen>${GENITIVE.join('|')}))(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The month's name BARE_MONTH must hold, found by a plain pattern: BARE_MONTH, tried at every position otherwise, runs only around it. */
const MONTH_NAME = new RegExp([...LOCATIVE, ...GENITIVE].join('|'), 'giu');

export function findRussianMonths(text: string): DetectionOf<'date'>[] {
  const out: DetectionOf<'date'>[] = [];
  for (const m of matchesIn(BARE_MONTH, text, windowsAround(text, MONTH_NAME, 60))) {
    const word = m.groups!['loc'] ?? m.groups!['gen']!;
    if (word !== word.toLowerCase()) continue;
    const month = (m.groups!['loc'] ? LOCATIVE : GENITIVE).indexOf(word) + 1;
    const start = m.index! + m[0].length - word.length;
    out.push({ start, end: start + word.length, category: 'date', source: 'detector', kind: 'quasi', date: { month }, priority: PRIORITY.monthAlone });
  }
  return out;
}
