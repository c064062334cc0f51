// Hand-written (docs/hand-written.md): no library says which dates of a story date a case's events.
import { languageAt } from '../language/detect';
import type { DetectionOf } from '../types';

/**
 * What happens to a person on the record's event kinds (CONTRACT.md: detention, search, trial,
 * sentence, transfer, release), the violence done in them and who does it, in English; and what
 * dates a family's life (a birth, a death, a wedding) or a prisoner's days (a parcel accepted, a
 * punishment cell), which tell as much about who they are. A date the record does not hold is a
 * quasi identifier only where it dates such an event ("detained on 11 August 2020", "in April 2021
 * the court convicted him"); a law's date, a letter's, an election's or a rally's identifies no one.
 */
const EVENT_WORDS = [
  'detain\\w*', 'detentions?(?!\\s+(?:cent|facilit|isolat))', 'arrest\\w*', 'apprehend\\w*', 'custody', 'seiz\\w*', 'raid\\w*',
  'search(?:ed|es)?', 'br(?:oke|oken|eak) into', 'burst into', 'police', 'law enforcement', 'officers?',
  'courts?', 'trials?', 'hearings?', 'sentenc\\w*', 'convict\\w*', 'verdict', 'acquit\\w*', 'charged?', 'indict\\w*', 'prosecut\\w*',
  'criminal (?:case|proceedings)', 'administrative (?:case|protocol)', 'case (?:was|has been|had been) (?:opened|initiated|brought)',
  'beaten', 'tortur\\w*', 'transferr\\w*', 'released?', 'freed', 'pardon\\w*', 'fined', 'jailed', 'imprisoned', 'behind bars', 'placed in',
  'interrogat\\w*', 'questioned', 'summoned', 'hunger strike', 'punishment cell', 'solitary confinement', 'prison guards?', 'guards?', 'parcels?',
  'born', 'births?', 'gave birth', 'birthdays?', 'died', 'death', 'funeral', 'married', 'wedding',
];
const EVENT_CUE = new RegExp(`(?<![\\p{L}])(?:${EVENT_WORDS.join('|')})(?![\\p{L}])`, 'iu');
/**
 * The cue's words alone, same flags: every match of EVENT_CUE holds one, and without the
 * lookbehind tried at every position it rules out a sentence with none 3-4x faster (a text of
 * dates and no sentence ends reads 1,200 characters for each date).
 */
const EVENT_WORD = new RegExp(`(?:${EVENT_WORDS.join('|')})`, 'iu');

/**
 * How far a sentence is read on either side of a date: a text with no sentence ends (a pasted
 * table, an adversarial string) would otherwise be read whole for every date in it.
 */
const SENTENCE_REACH = 600;

/** [.!?] by char code: the sentence is read a character at a time, up to 600 each way for every date. */
const closesSentence = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f;

/** The sentence around a span: from the end of the previous one to the end of its own. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const first = Math.max(0, start - SENTENCE_REACH);
  const last = Math.min(text.length, end + SENTENCE_REACH);
  let from = start;
  while (from > first && text[from - 1] !== '\n' && !(closesSentence(text.charCodeAt(from - 1)) && /\s/.test(text[from] ?? ''))) from--;
  let to = end;
  while (to < last && text[to] !== '\n' && !(closesSentence(text.charCodeAt(to)) && /\s|$/.test(text[to + 1] ?? ''))) to++;
  return [from, to];
}

function sentenceAround(text: string, start: number, end: number): string {
  const [from, to] = sentenceBounds(text, start, end);
  return text.slice(from, to);
}

/** What may stand before a date that opens its sentence: "On 29 September, …", "In March 2021 …". */
const OPENING = /^\s*(?:(?:on|in|by|since|from|until|early|late|(?:at|by) the (?:end|beginning|start) of)\s+)?(?:the\s+)?$/i;

/**
 * Belarusian (Cyrillic and Łacinka): a broadcast's or a publication's date (2 красавіка на АНТ
 * выйшаў сюжэт, кадры, паказаныя ў праграме) dates the medium, and a law's its coming into force,
 * unless the sentence also tells of a case event. Belarusian golds list letters' and visits' dates, so only the medium's are left.
 */
const MEDIUM_CUE_BE = /(?<![\p{L}])(?:сюжэт|siužet|эфір|efir|тэлеканал|telekanał|праграм|prahram|паказал|pakazal|паказан(?!н)|pakazan(?!n)|апублікава|apublikava)/iu;
/** A law's date: a code, law or decree that came into force (які набыў моц 1 сакавіка). */
const LAW_CUE_BE = /(?<![\p{L}])(?:кодэкс|закон|указ|kodeks|zakon|ukaz)\p{L}*[^.!?]*?(?:набы\p{L}*\s+моц|уступ\p{L}*\s+у\s+сілу|naby\p{L}*\s+moc|ustup\p{L}*\s+u\s+siłu)/iu;
const EVENT_CUE_BE = /(?<![\p{L}])(?:затрыма|zatryma|арышт|aryšt|суд|sud|асудз|asudz|прысуд|prysud|вызвал|vyzval|этап|etap|ператрус|pieratrus|вобшук|vobšuk|збі|zbi|пакаран|pakaran|калон|калён|kałon|kalon|турм|turm|сіза|siza)/iu;

/**
 * A date that names a public event (по событиям 9 августа, падзеі 19 снежня, the events of 9 August): the
 * day the whole country knows, whoever the story is about.
 */
const PUBLIC_EVENTS_BEFORE = /(?<![\p{L}])(?:событи|падзе|padzie|events\s+of)\p{L}*\s+$/iu;

/** Whether a date found in the story (not the record's) dates one of a case's events, read in English and Belarusian. */
export function datesAnEvent(text: string, d: DetectionOf<'date'>): boolean {
  if (PUBLIC_EVENTS_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start))) return false;
  const language = languageAt(text, d.start, d.end);
  if (language === 'be' || language === 'be-Latn') {
    const sentence = sentenceAround(text, d.start, d.end);
    return !(MEDIUM_CUE_BE.test(sentence) || LAW_CUE_BE.test(sentence)) || EVENT_CUE_BE.test(sentence);
  }
  if (language !== 'en') return true;
  const [from, to] = sentenceBounds(text, d.start, d.end);
  const sentence = text.slice(from, to);
  if (EVENT_WORD.test(sentence) && EVENT_CUE.test(sentence)) return true;
  // "On 29 September, some of the members agreed to meet. Kiryl arrived late and saw law enforcement …":
  // a date that opens its sentence sets the scene, and the story's next sentence tells what happened then.
  if (to >= text.length || text[to] === '\n' || !OPENING.test(text.slice(from, d.start))) return false;
  const next = sentenceAround(text, to + 1, to + 1);
  return EVENT_WORD.test(next) && EVENT_CUE.test(next);
}
