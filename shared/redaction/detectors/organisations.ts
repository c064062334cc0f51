// Hand-written (docs/hand-written.md): no gazetteer covers Belarusian employers and venues.
import { foldWord } from '../fold';
import { givenNames } from '../givenNames';
import { PRIORITY } from '../priorities';
import type { DetectionOf } from '../types';
import { lookupPlace } from './places';
import { KNOWN_PROPER_NOUNS } from './safeWords';
import { matchesIn, windowsAround } from './windows';

const org = (m: RegExpMatchArray, institution: 'workplace' | 'named', priority: number): DetectionOf<'org'> => ({
  start: m.index!, end: m.index! + m[0].length, category: 'org', source: 'detector', kind: 'quasi', institution, priority,
});

// "employees of the BMZ", "a worker of ‘Ammiak 3’ shop", "an employee of Khimvolokno": the staff of a
// named plant are few enough to be found, as one's own employer is.
const WORKPLACE = /(?<=\b(?:job|work|works|worked|working|employed|employee|employees|worker|workers)\s+(?:at|for|by|with|of)\s+(?:the\s+)?)(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|(["“‘'])\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|\d+)){0,2}["”’'])/gu;
/** Employees of a state body (the border police, a ministry) are thousands and name no one. */
const STATE_BODY = /(?<![\p{L}])(?:State|Department|Ministry|Committee|Police|Militia|Prosecutor|Court|Government|Administration|Army|Forces|Guard)(?![\p{L}])|\s+of\s+\p{Lu}/u;
const NAMED = /(?<=\b(?:band|group|ensemble|choir|theatre|theater|café|cafe|bar|shop|store|studio|gallery|club|magazine|newspaper|initiative|movement|company|brand|project)\s+)(?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu;
const TEAM = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*(?:[-\s]\p{Lu}[\p{L}\p{N}]*){0,2}(?=\s+(?:American\s+)?(?:football|hockey|basketball|rugby|volleyball)\s+(?:club|team)(?![\p{L}]))/gu;
/**
 * What each pattern must hold, found by plain patterns: the Unicode-aware ones, tried at every
 * capital or every position of a 200 KB story otherwise, run only around it.
 */
const WORKPLACE_WORD = /job|work|employ/g;
const NAMED_WORD = /band|group|ensemble|choir|theat|café|cafe|bar|shop|store|studio|gallery|club|magazine|newspaper|initiative|movement|company|brand|project/g;
const SPORTS_TEAM = /(?:football|hockey|basketball|rugby|volleyball)\s+(?:club|team)/g;

/** A workplace named on its own ("lost his job at Lidahleboprodukt"), and named bands, cafés, shops. */
export function findNamedOrganisations(text: string): DetectionOf<'org'>[] {
  const out: DetectionOf<'org'>[] = [];
  for (const m of matchesIn(WORKPLACE, text, windowsAround(text, WORKPLACE_WORD, 120))) {
    if (KNOWN_PROPER_NOUNS.has(m[0].toLowerCase()) || lookupPlace([m[0]])) continue;
    if (STATE_BODY.test(m[0] + text.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) continue;
    // "employees of the Belarusian Railroad Hanna Sakovich and …": the workplace ends where a person's name begins.
    const words = m[0].split(/\s+/);
    const person = words.findIndex((w, k) => k > 0 && givenNames().byFold.has(foldWord(w)));
    if (person > 0) m[0] = words.slice(0, person).join(' ');
    out.push(org(m, 'workplace', PRIORITY.workplace));
  }
  // The name goes, the kind of place stays: "the Akno coffee shop".
  for (const m of matchesIn(NAMED, text, windowsAround(text, NAMED_WORD, 120))) {
    if (KNOWN_PROPER_NOUNS.has(m[0].toLowerCase())) continue;
    out.push(org(m, 'named', PRIORITY.namedOrganisation));
  }
  // "a fan of the MTZ-RIPO football club", "the Minsk Zubrs American football team": its fans are few.
  for (const m of matchesIn(TEAM, text, windowsAround(text, SPORTS_TEAM, 120))) {
    const words = m[0].split(/\s+/).filter((w) => w !== 'American');
    if (!words.length || words.every((w) => KNOWN_PROPER_NOUNS.has(w.toLowerCase()))) continue;
    const name = m[0].replace(/\s+American$/u, '');
    out.push({ start: m.index!, end: m.index! + name.length, category: 'org', source: 'detector', kind: 'quasi', institution: 'named', priority: PRIORITY.institution });
  }
  return out;
}
