// Group cases known by a name («дело студентов», "делу хороводов", «дела железнодорожников»):
// the name says which handful of people stood trial together, so it goes; the case stays a case.
import { PRIORITY } from '../priorities';
import type { DetectionOf } from '../types';
import { allMatches } from '../matches';

const GROUP_CASE = /["«„“]?(?<![\p{L}])дел(?:о|а|у|ом|е)\s+(?:["«„“]?\p{L}+(?:\s+\p{L}+)?["»“”]?)(?=[\s.,;:!?)]|$)/giu;

/**
 * A case named after how many stood trial («дело пятёрки», «справа пяцёркі», «sprava piaciorki»)
 * needs no quotes to be a name: a collective numeral after the word for a case is nothing else.
 */
const NUMBERED_GROUP_CASE = new RegExp(
  '(?<![\\p{L}])(?:дел(?:о|а|у|ом|е)|справ(?:а|ы|е|у|ай|аю|ою)|sprav(?:a|y|ie|u|aj|aju))\\s+' +
    '(?:двойки|тройки|четв[её]рки|пят[её]рки|шест[её]рки|сем[её]рки|восьм[её]рки|девятки|десятки|двоих|троих|четверых|пятерых|шестерых|семерых|восьмерых' +
    '|двойкі|тройкі|чацвёркі|пяцёркі|шасцёркі|сямёркі|васьмёркі|дзявяткі|дзясяткі|дваіх|траіх|чацвярых|пецярых|шасцярых' +
    '|dvojki|trojki|čaćviorki|piaciorki|šaściorki|šasciorki|siamiorki|vaśmiorki|dziaviatki|dziasiatki)(?![\\p{L}])',
  'giu',
);

/** A case's name in quotes, or after «по делу» / «по "делу»: the quotes show it is a name. */
export function findGroupCases(text: string): DetectionOf<'org'>[] {
  const out: DetectionOf<'org'>[] = [];
  for (const m of allMatches(GROUP_CASE, text)) {
    const quoted = /^["«„“]/.test(m[0]) || /["»“”]$/.test(m[0]);
    if (!quoted || !/["»“”]$/.test(m[0])) continue;
    // Names of people (дело Бабарико) are left to the name detectors; only a group's name is taken.
    if (/\s\p{Lu}/u.test(m[0])) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'org', source: 'detector', kind: 'quasi', priority: PRIORITY.namedOrganisation });
  }
  for (const m of allMatches(NUMBERED_GROUP_CASE, text)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'org', source: 'detector', kind: 'quasi', priority: PRIORITY.namedOrganisation });
  }
  return out;
}
