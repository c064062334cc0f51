// Hand-written (docs/hand-written.md): audience counts are a quasi-identifier no library knows.
import { PRIORITY } from '../priorities';
import type { DetectionOf } from '../types';
import { matchesIn, windowsAround } from './windows';

const UNITS = 'followers|subscribers|views|likes|readers|listeners|members|reposts|shares|подписчиков|подписчика|просмотров|падпісчыкаў|праглядаў';

const COUNT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:about|around|over|almost|nearly|more than|some|около|более|почти)\\s+)?(\\d[\\d,.\\s]*\\d|\\d)(\\s*(?:k|K|thousand|тыс\\.?))?\\s+(${UNITS})(?![\\p{L}])`,
  'gu',
);
/** Both patterns hold a unit or the verb of subscribing; they run only around one. */
const ANCHOR = new RegExp(`${UNITS}|подписан`, 'g');

/** "5500 members of the expanded Coordination Council": the size of a public body, not an audience. */
const OF_A_BODY = /^\s+of\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:\p{Lu}\p{L}*\s+){0,3}(?:Council|Party|Parliament|Union|Assembly|Committee|Board|Bundestag|Sejm|Seimas|Movement|Association|Congress)(?![\p{L}])/u;

/** Audience sizes ("about 2,100 followers", "41,000 views"): a number anyone can look up. */
export function findCounts(text: string): DetectionOf<'count'>[] {
  const windows = windowsAround(text, ANCHOR, 60);
  const out: DetectionOf<'count'>[] = [];
  for (const m of matchesIn(COUNT, text, windows)) {
    let value = Number(m[1]!.replace(/[,\s]/g, '').replace(/\.(?=\d{3})/g, ''));
    if (m[2]) value *= 1000;
    if (m[3] === 'members' && OF_A_BODY.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'count', source: 'detector', kind: 'quasi', value, unit: m[3]!, priority: PRIORITY.count });
  }
  // «на канал были подписаны 167 тыс. человек»: people counted after the verb of subscribing.
  for (const m of matchesIn(/(?<=подписан[аоы]?\s+(?:(?:около|более|почти|уже)\s+)?)(\d[\d,.\s]*\d|\d)(\s*(?:тыс\.?|тысяч[иа]?))?\s+(человек|людей)(?![\p{L}])/gu, text, windows)) {
    let value = Number(m[1]!.replace(/[,\s]/g, '').replace(/\.(?=\d{3})/g, ''));
    if (m[2]) value *= 1000;
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'count', source: 'detector', kind: 'quasi', value, unit: 'подписчиков', priority: PRIORITY.count });
  }
  return out;
}
