// The protected identifiers of one case (CONTRACT.md), with every form they are searched in.
// Built once per record and cached, so a re-scan after an edit costs only the text.
import type { CaseFile, Person } from '../caseFile/schema';
import { COMMON_OCCUPATIONS } from './data/commonOccupations';
import { compact, handleOf } from './detectors/contacts';
import { parseIsoDate, type DateValue } from './detectors/dates';
import { lookupPlace, lookupRecordPlace, type Place } from './detectors/places';
import { isSafeProperNoun } from './detectors/safeWords';
import { foldWord } from './fold';
import { buildNameIndex, buildPersonMatchers, type NameIndex } from './variants';

export interface CompactIdentifier {
  value: string;
  compact: string;
  category: 'contact' | 'id';
  type: 'email' | 'handle' | 'document';
  personId: string;
}

export interface PhraseIdentifier {
  value: string;
  /** Folded words; numbers kept as they are. */
  words: string[];
  /** Folds of the value's proper nouns (capitalised words): each one alone still points at it. */
  distinctive: string[];
  category: 'place' | 'org' | 'occupation' | 'facility' | 'address';
  kind: 'direct' | 'quasi';
}

export interface ProtectedIdentifiers {
  names: NameIndex;
  phones: { value: string; digits: string; personId: string }[];
  compacts: CompactIdentifier[];
  birthDates: { value: string; date: DateValue; personId: string }[];
  eventDates: { value: string; date: DateValue }[];
  phrases: PhraseIdentifier[];
  places: { value: string; place: Place | null; folds: Set<string> }[];
  birthYears: number[];
  /** The years of the case's events, full dates or years alone: when the story's ages were told. */
  eventYears: number[];
}

// Folded as the address's words are (мікрараён → mikraraen), so the Cyrillic ones are found too.
const STREET_WORDS = new Set(['vul', 'ul', 'ulitsa', 'vulitsa', 'vulica', 'street', 'st', 'str', 'prospekt', 'praspekt', 'pr', 'avenue', 'ave', 'av', 'apt', 'kv', 'flat', 'mikrarayon', 'mikrorayon', 'microdistrict', 'district', 'house', 'd', 'bld', 'building', 'korpus', 'lane', 'per', 'pereulok', 'zavulak', 'square', 'pl', 'ploshcha', 'ул', 'вул', 'кв', 'пр', 'д', 'дом', 'мікрараён', 'микрорайон', 'улица', 'вуліца', 'праспект', 'проспект'].map(foldWord));

/**
 * Statuses rather than jobs: they name what half a town is, so they identify nobody (CONTRACT.md:
 * "pensioner" never blocks), and so do the jobs of tens of thousands (data/commonOccupations.ts).
 * Every other title the record gives is generalised where the story repeats it: the intake record
 * keeps a job because it narrows the person down ("electrician" at the plant the story names,
 * "psychiatrist" in a town of one clinic).
 */
const STATUSES = new Set(['pensioner', 'retiree', 'schoolboy', 'schoolgirl', 'pupil', 'student', 'worker', 'employee', 'unemployed', 'housewife', 'child', 'activist', 'volunteer', 'maternity leave', 'parental leave']);

const distinctiveOf = (value: string): string[] =>
  (value.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? [])
    .filter((w) => /^\p{Lu}/u.test(w) && w.length >= 3 && !lookupPlace([w]) && !GENERIC_PROPER.has(w.toLowerCase()) && !FACILITY_KIND.has(w.toLowerCase()))
    .flatMap((w) => w.split(/[-'’]/))
    .filter((w) => w.length >= 3)
    .map(foldWord);

/** Capitalised words in record values that name a kind of thing, not one place. */
const GENERIC_PROPER = new Set(['state', 'city', 'district', 'regional', 'court', 'central', 'national', 'republican', 'belarusian', 'university', 'hospital', 'plant', 'works', 'factory', 'station', 'school', 'pharmacy', 'company', 'detention', 'center', 'centre', 'street', 'square', 'prison', 'colony', 'pride', 'march', 'sizo', 'the', 'border', 'checkpoint',
  'суд', 'вярхоўны', 'верховный', 'supreme']);

/** Words that say what kind of place of custody a record names, and which agency runs it. */
const FACILITY_KIND = new Set([...GENERIC_PROPER, 'temporary', 'pre', 'trial', 'pre-trial', 'pretrial', 'remand', 'isolation', 'ward', 'kgb', 'police', 'department', 'facility', 'jail',
  'ічу', 'ичу', 'ціп', 'цип', 'ізалятар', 'изолятор', 'сіза', 'сізо', 'сизо', 'ивс', 'шыза', 'шизо']);

/** The words of the one court of the whole country, in the record's languages. */
/** Events whose place is a place of custody or a court, never a place a person lives. */
const CUSTODY_EVENTS = new Set<string>(['detention', 'search', 'trial', 'sentence', 'transfer']);
const COUNTRY_COURT = new Set(['суд', 'вярхоўны', 'верховный', 'supreme', 'court']);
/** The capital's city court hears cases from the whole capital: it narrows down no more than the capital does. */
const CAPITAL_CITY_COURT = new Set(['мінскі', 'менскі', 'минский', 'minsk', 'гарадскі', 'гарадзкі', 'городской', 'city']);

/**
 * The job titles of a record's occupation ("entrepreneur, football coach", "psychiatrist /
 * psychotherapist"): intake staff list several in one field, and the story names them one at a time.
 */
function occupationTitles(occupation: string): string[] {
  return occupation.split(/[,;/]|\s+(?:and|&)\s+/).map((t) => t.trim()).filter((t) => {
    // "on maternity leave" is the status "maternity leave"; "a teacher" the job "teacher".
    const bare = t.toLowerCase().replace(/^(?:on|an?)\s+/, '');
    return t.length >= 4 && !STATUSES.has(bare) && !COMMON_OCCUPATIONS.has(bare);
  });
}

export const wordsOf = (value: string): string[] =>
  (value.match(/[\p{L}\p{M}]+|\d+(?:-\d+)?/gu) ?? []).map((w) => (/^\d/.test(w) ? w : foldWord(w)));

function people(caseFile: CaseFile): [string, Person][] {
  return [['subject', caseFile.subject], ...(caseFile.relatives ?? []).map((r, i): [string, Person] => [`relative-${i}`, r])];
}

const cache = new WeakMap<CaseFile, ProtectedIdentifiers>();

export function protectedIdentifiers(caseFile: CaseFile): ProtectedIdentifiers {
  const cached = cache.get(caseFile);
  if (cached) return cached;
  const result: ProtectedIdentifiers = {
    names: buildNameIndex(buildPersonMatchers(caseFile)),
    phones: [], compacts: [], birthDates: [], eventDates: [], phrases: [], places: [], birthYears: [], eventYears: [],
  };
  const addPlace = (value: string) => {
    const words = value.match(/[\p{L}\p{M}]+/gu) ?? [];
    const place = lookupRecordPlace(words) ?? (words.length > 1 ? lookupPlace([words[words.length - 1]!]) : null);
    const folds = new Set<string>(place ? place.names.map((n) => (n.match(/[\p{L}\p{M}]+/gu) ?? []).map(foldWord).join(' ')) : []);
    folds.add(words.map(foldWord).join(' '));
    result.places.push({ value, place, folds });
  };
  for (const [personId, person] of people(caseFile)) {
    for (const phone of person.phones ?? []) {
      const digits = phone.replace(/\D/g, '');
      if (digits.length >= 7) result.phones.push({ value: phone, digits, personId });
    }
    for (const email of person.emails ?? []) {
      const local = email.split('@')[0] ?? email;
      result.compacts.push({ value: email, compact: compact(email), category: 'contact', type: 'email', personId });
      if (compact(local).length >= 5) result.compacts.push({ value: email, compact: compact(local), category: 'contact', type: 'email', personId });
    }
    for (const account of person.socialAccounts ?? []) {
      const handle = compact(handleOf(account));
      if (handle.length >= 4) result.compacts.push({ value: account, compact: handle, category: 'contact', type: 'handle', personId });
    }
    for (const doc of person.documentNumbers ?? []) {
      if (compact(doc).length >= 5) result.compacts.push({ value: doc, compact: compact(doc), category: 'id', type: 'document', personId });
    }
    if (person.birthDate) {
      const date = parseIsoDate(person.birthDate);
      if (date) result.birthDates.push({ value: person.birthDate, date, personId });
      result.birthYears.push(Number(person.birthDate.slice(0, 4)));
    }
    if (person.address) {
      // The town in an address is a quasi-identifier of its own, not part of the street.
      const cityWords = (person.city ?? '').match(/[\p{L}\p{M}]+/gu)?.map(foldWord) ?? [];
      const town = new Set([...(person.address.match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => lookupPlace([w])).map(foldWord), ...cityWords]);
      const words = wordsOf(person.address).filter((w) => !STREET_WORDS.has(w) && !town.has(w));
      result.phrases.push({ value: person.address, words, distinctive: [], category: 'address', kind: 'direct' });
    }
    if (person.city) addPlace(person.city);
    if (person.employer) {
      for (const part of person.employer.split(',')) {
        const trimmed = part.trim();
        if (!trimmed) continue;
        if (lookupPlace(trimmed.match(/[\p{L}\p{M}]+/gu) ?? [])) addPlace(trimmed);
        else result.phrases.push({ value: trimmed, words: wordsOf(trimmed), distinctive: distinctiveOf(trimmed), category: 'org', kind: 'quasi' });
      }
    }
    // Cyrillic titles are found by their lemmas in every case (detectors/recordOccupations.ts).
    for (const title of person.occupation && !/\p{Script=Cyrillic}/u.test(person.occupation) ? occupationTitles(person.occupation) : []) {
      result.phrases.push({ value: title, words: wordsOf(title), distinctive: [], category: 'occupation', kind: 'quasi' });
    }
  }
  for (const event of caseFile.legal?.events ?? []) {
    const date = event.date ? parseIsoDate(event.date) : null;
    if (date && event.date) result.eventDates.push({ value: event.date, date });
    if (event.date) result.eventYears.push(Number(event.date.slice(0, 4)));
    if (event.place) {
      for (const part of event.place.split(',')) {
        const trimmed = part.trim();
        if (!trimmed) continue;
        const words = trimmed.match(/[\p{L}\p{M}]+/gu) ?? [];
        // A country ("Расія, манастыр") is no place of detention and identifies no one; but where a
        // person went after release or lives now ("з’ехала ў Швейцарыю") narrows down who they are.
        if (words.length === 1 && isSafeProperNoun(trimmed) && CUSTODY_EVENTS.has(event.kind)) continue;
        // "Вярхоўны суд", "Supreme Court": one body for the whole country identifies no one.
        if (!/\d/.test(trimmed) && words.every((w) => COUNTRY_COURT.has(w.toLowerCase()))) continue;
        if (!/\d/.test(trimmed) && words.some((w) => /^(?:суд|court)$/iu.test(w)) && words.every((w) => COUNTRY_COURT.has(w.toLowerCase()) || CAPITAL_CITY_COURT.has(w.toLowerCase()))) continue;
        // "KGB detention center", "temporary detention center": a kind of facility with no name or
        // number points at none of the many; the town beside it is a place of its own.
        if (!/\d/.test(trimmed) && words.every((w) => FACILITY_KIND.has(w.toLowerCase()))) continue;
        // "манастыр", "выбарчы ўчастак", "police station": written all in lower case, a part names a
        // kind of place, one of thousands; a particular one has a name or a number.
        if (!/[\d\p{Lu}]/u.test(trimmed)) continue;
        if (lookupPlace(words)) addPlace(trimmed);
        else result.phrases.push({ value: trimmed, words: wordsOf(trimmed), distinctive: distinctiveOf(trimmed), category: 'facility', kind: 'quasi' });
      }
    }
  }
  cache.set(caseFile, result);
  return result;
}
