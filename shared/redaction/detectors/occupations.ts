// Hand-written (docs/hand-written.md): no list says which job titles identify someone.
import { PRIORITY } from '../priorities';
import type { DetectionOf } from '../types';
import { matchesIn, windowsAround } from './windows';

/**
 * Job titles rare enough to point at a handful of people in a town, each with the general
 * word that replaces it. Common jobs (teacher, driver, worker) identify nobody and stay.
 */
const RARE_OCCUPATIONS: readonly [string, string][] = [
  ['firefighter-rescuer', 'emergency worker'], ['firefighter', 'emergency worker'], ['rescuer', 'emergency worker'], ['lifeguard', 'emergency worker'], ['paramedic', 'medical worker'],
  ['surgeon', 'doctor'], ['anaesthetist', 'doctor'], ['anesthesiologist', 'doctor'], ['cardiologist', 'doctor'], ['neurologist', 'doctor'], ['paediatrician', 'doctor'], ['pediatrician', 'doctor'], ['oncologist', 'doctor'], ['dentist', 'doctor'], ['radiologist', 'doctor'],
  ['veterinarian', 'specialist'], ['pharmacist', 'health worker'],
  ['chief power engineer', 'engineer'], ['power engineer', 'engineer'], ['chief engineer', 'engineer'], ['chief technologist', 'engineer'],
  ['judge', 'civil servant'], ['prosecutor', 'civil servant'], ['investigator', 'civil servant'], ['customs officer', 'civil servant'], ['border guard', 'civil servant'],
  ['conductor', 'musician'], ['choreographer', 'artist'], ['ballet dancer', 'artist'], ['opera singer', 'musician'], ['sculptor', 'artist'], ['museum curator', 'cultural worker'], ['curator', 'cultural worker'],
  ['biathlete', 'athlete'], ['weightlifter', 'athlete'], ['olympic champion', 'athlete'],
  ['priest', 'clergyman'], ['pastor', 'clergyman'], ['monk', 'clergyman'], ['nun', 'clergywoman'],
  ['pilot', 'transport worker'], ['air traffic controller', 'transport worker'], ['locomotive driver', 'transport worker'], ['crane operator', 'operator'],
  // Narrow IT titles: a town has few of each, unlike programmers.
  ['ui/ux designer', 'IT specialist'], ['ux/ui designer', 'IT specialist'], ['ux designer', 'IT specialist'], ['ui designer', 'IT specialist'], ['devops engineer', 'IT specialist'], ['data scientist', 'IT specialist'], ['game designer', 'IT specialist'],
  ['professor', 'academic'], ['associate professor', 'academic'], ['dean', 'academic'], ['headmaster', 'teacher'], ['headmistress', 'teacher'], ['school principal', 'teacher'],
];

const TITLES = [...RARE_OCCUPATIONS].map(([t]) => t).sort((a, b) => b.length - a.length).map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|');
const PATTERN = new RegExp(`(?<![\\p{L}-])(${TITLES})(?![\\p{L}-])`, 'giu');
/** The titles alone, without Unicode classes: cheap over a whole text, and PATTERN runs only around them. */
const ANCHOR = new RegExp(TITLES, 'gi');
const GENERAL = new Map(RARE_OCCUPATIONS.map(([title, general]) => [title, general]));

/** Only a job someone in the story holds: "worked as a judge", not "a comment about a judge". */
const HELD_BEFORE = /(?:\bas|\bis|\bwas|\bbecame|\bformer|\bretired|\bexperienced|\bsenior|\bjunior|\bleading|-something|-year-old|\bwork(?:ed|s|ing)? as)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * "a student of radiophysics and computer technology at the Belarusian State University": a course at a
 * named university has a few dozen students a year, so the subject goes and the student stays.
 */
const STUDENT_OF = /(?<![\p{L}])(students?)\s+of\s+(?!(?:the|a|an|this|that|these|those|his|her|their|our|my|its|all|many|some)\s)\p{Ll}[\p{Ll}\s,-]{2,60}?(?=\s+(?:at|in)\s+(?:the\s+)?\p{Lu})/gu;

export function findRareOccupations(text: string): DetectionOf<'occupation'>[] {
  const out: DetectionOf<'occupation'>[] = [];
  for (const m of matchesIn(STUDENT_OF, text, windowsAround(text, /student/g, 80))) {
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'occupation', source: 'detector', kind: 'quasi', general: m[1]!, priority: PRIORITY.occupation });
  }
  for (const m of matchesIn(PATTERN, text, windowsAround(text, ANCHOR, 40))) {
    if (!HELD_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    const general = GENERAL.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? GENERAL.get(m[1]!.toLowerCase().replace(/-/g, ' ')) ?? 'specialist';
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'occupation', source: 'detector', kind: 'quasi', general, priority: PRIORITY.occupation });
  }
  return out;
}
