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
  ['professor', 'academic'], ['associate professor', 'academic'], ['dean', 'academic'], ['headmaster', 'teacher'], ['headmistress', 'teacher'], ['school principal', 'teacher'],
];

const TITLES = [...RARE_OCCUPATIONS].map(([t]) => t).sort((a, b) => b.length - a.length).map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|');
const PATTERN = new RegExp(`(?<![\\p{L}-])(${TITLES})(?![\\p{L}-])`, 'giu');
/** The titles alone, without Unicode classes: cheap over a whole text, and PATTERN runs only around them. */
const ANCHOR = new RegExp(TITLES, 'gi');
const GENERAL = new Map(RARE_OCCUPATIONS.map(([title, general]) => [title, general]));

/** Only a job someone in the story holds: "worked as a judge", not "a comment about a judge". */
const HELD_BEFORE = /(?:\bas|\bis|\bwas|\bbecame|\bformer|\bretired|\bexperienced|\bsenior|\bjunior|\bleading|-something|-year-old|\bwork(?:ed|s|ing)? as)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?$/iu;

export function findRareOccupations(text: string): DetectionOf<'occupation'>[] {
  const out: DetectionOf<'occupation'>[] = [];
  for (const m of matchesIn(PATTERN, text, windowsAround(text, ANCHOR, 40))) {
    if (!HELD_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    const general = GENERAL.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? GENERAL.get(m[1]!.toLowerCase().replace(/-/g, ' ')) ?? 'specialist';
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'occupation', source: 'detector', kind: 'quasi', general, priority: PRIORITY.occupation });
  }
  return out;
}
