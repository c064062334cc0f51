// The engine's own vocabulary: categories, and one shape of detail per category, so that the
// code choosing a replacement reads typed fields instead of a loose bag of strings.
import type { Gender } from './givenNames';

export const CATEGORIES = [
  'name', 'contact', 'id', 'address', 'date', 'age', 'place', 'facility', 'org', 'occupation', 'count', 'suspect',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The language of a paragraph: a replacement is written in it. */
export type StoryLanguage = 'en' | 'ru' | 'be' | 'be-Latn';

export type PartKind = 'first' | 'middle' | 'last' | 'nick';
export type FacilityKind = 'pretrial' | 'colony' | 'temporary' | 'prison' | 'detention';
export type InstitutionKind = 'school' | 'kindergarten' | 'pharmacy' | 'hospital' | 'university' | 'court' | 'enterprise' | 'office';
export type PlaceClass = 'capital' | 'regional' | 'town' | 'abroad' | 'village';
export type AgeForm = 'year-old' | 'aged' | 'age-of' | 'ru-years' | 'ru-count' | 'birthday' | 'months-old' | 'weeks-old' | 'grade' | 'children' | 'birth-year';

export interface DateValue {
  day?: number;
  month: number;
  year?: number;
}

/** What each category knows about its span: the replacement for that category reads it. */
export type Detail =
  | {
      category: 'name';
      /** Which part of a record's name matched; absent for people the record does not list. */
      part?: PartKind;
      tier?: 'exact' | 'declined' | 'fuzzy';
      /** For people the record does not list: one key per person, so every mention agrees. */
      key?: string;
      gender?: Gender | 'unknown';
      /** A surname standing alone: the form the story gave it in the person's full name (Лагун for Лагуна). */
      family?: string;
    }
  | { category: 'contact'; contact: 'phone' | 'email' | 'handle' | 'url'; e164?: string }
  | { category: 'id'; document: 'document' | 'personal-id' | 'passport' | 'plate' }
  | { category: 'address'; address: 'address' | 'street' }
  | { category: 'date'; date: DateValue }
  | { category: 'age'; age: number; form: AgeForm }
  | {
      category: 'place';
      place?: PlaceClass;
      /** A word for the town's people (гродзенцы, магіляўчанка): replaced by a word for a resident. */
      demonym?: boolean;
    }
  | { category: 'facility'; facility?: FacilityKind }
  | {
      category: 'org';
      /** 'workplace': an employer named alone; 'named': a band's or a café's name before its noun. */
      institution?: InstitutionKind | 'workplace' | 'named';
    }
  | {
      category: 'occupation';
      general?: string;
      /** Whose job it is, when the record says: a noun of either gender (абаронца, кіроўца) takes theirs. */
      gender?: Gender | 'unknown';
    }
  | { category: 'count'; value: number; unit: string }
  | {
      /** A capitalised word no list knows: probably a name or a place (the recall net). */
      category: 'suspect';
      guess: 'name' | 'place';
      /** 0..1: how sure the net is that the word identifies someone. */
      confidence: number;
      /** Why it was flagged, for the person deciding. */
      reason: string;
    };

export type DetailOf<C extends Category> = Extract<Detail, { category: C }>;

interface DetectionBase {
  start: number;
  end: number;
  /** 'record': matches a value of the case; 'detector': found by a generic rule. */
  source: 'record' | 'detector';
  /** Whether the contract makes it a direct identifier (blocks export) or a quasi one. */
  kind: 'direct' | 'quasi';
  /** Which protected value it matched, for people reading the finding. */
  identifier?: string;
  personId?: string;
  /** Higher wins when two detections overlap (priorities.ts). */
  priority: number;
}

/** A span of the normalised text that one detector claims, before replacements are chosen. */
export type Detection = DetectionBase & Detail;

/** A detection of one category, as a detector builds it. */
export type DetectionOf<C extends Category> = DetectionBase & DetailOf<C>;

interface FindingBase {
  /** Offsets into the original text. */
  start: number;
  end: number;
  original: string;
  replacement: string;
  source: 'record' | 'detector';
  kind: 'direct' | 'quasi';
  identifier?: string;
  personId?: string;
}

/** A detection with its suggested replacement, in offsets of the original text. */
export type Finding = FindingBase & Detail;

/**
 * Whether a word is an ordinary word of its language where it stands (language/words.ts): the
 * detectors are handed it, so that they need not know the languages.
 */
export type OrdinaryWordJudge = (text: string, start: number, word: string) => boolean;
