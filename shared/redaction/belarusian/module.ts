// Belarusian as the engine's language modules see it: one for Cyrillic paragraphs (official or
// classical spelling) and one for Łacinka; both ask the same lexicon about the official form.
import type { LanguageModule, ProperKind } from '../languageModule';
import type { LemmaKind } from './lexicon';
import {
  replaceBelarusianAge, replaceBelarusianContact, replaceBelarusianDate, replaceBelarusianFacility, replaceBelarusianName,
  replaceBelarusianOccupation, replaceBelarusianOrganisation, replaceBelarusianPlace, replaceBelarusianSuspect, type BelarusianScript,
} from './replace';
import { officialForm } from './view';
import { isSafeProperNoun } from '../detectors/safeWords';
import { lacinkaToCyrillic } from './lacinka';
import { isOrdinaryWord, isPublicName, properKinds } from './words';
import { memoByWord } from '../wordMemo';

const HARD_VOWEL: Readonly<Record<string, string>> = { я: 'а', ю: 'у', ё: 'о', е: 'э', і: 'ы' };

const PROPER: Readonly<Partial<Record<LemmaKind, ProperKind>>> = { g: 'name', s: 'surname', p: 'patronymic', l: 'place', a: 'organisation' };

function belarusianModule(language: BelarusianScript): LanguageModule {
  const official = (word: string) => officialForm(word, /\p{Script=Latin}/u.test(word));
  // The Cyrillic before the soft signs are folded: the official spelling keeps some (хтосьці).
  const unfolded = (word: string) => (/\p{Script=Latin}/u.test(word) ? lacinkaToCyrillic(word) : word);
  // Classical spelling softens the л of loanwords the official one keeps hard (заля, кляса, пляц:
  // зала, клас, плац), so a word the lexicon misses is tried with it hardened.
  const hardened = (word: string) => unfolded(word).replace(/л([яюёеі])/gu, (_, v: string) => `л${HARD_VOWEL[v]!}`).replace(/Л([яюёеі])/gu, (_, v: string) => `Л${HARD_VOWEL[v]!}`);
  return {
    language,
    hasLexicon: true,
    // Countries, public bodies and public figures are ordinary here: the recall net passes them by.
    isOrdinaryWord: memoByWord((word) => [official(word), unfolded(word)].some((w) => isOrdinaryWord(w) || isPublicName(w) || isSafeProperNoun(w)) || isOrdinaryWord(hardened(word))),
    properKinds: memoByWord((word) => [...new Set(properKinds(official(word)).flatMap((k) => PROPER[k] ?? []))]),
    replace: {
      name: (d, ctx) => replaceBelarusianName(d, ctx, language),
      place: (d, ctx) => replaceBelarusianPlace(d, ctx, language),
      facility: (d, ctx) => replaceBelarusianFacility(d, ctx, language),
      org: (d, ctx) => replaceBelarusianOrganisation(d, ctx, language),
      date: (d, ctx) => replaceBelarusianDate(d, ctx, language),
      age: (d, ctx) => replaceBelarusianAge(d, ctx, language),
      occupation: (d, ctx) => replaceBelarusianOccupation(d, ctx, language),
      contact: (d, ctx) => replaceBelarusianContact(d, ctx, language),
      suspect: (d, ctx) => replaceBelarusianSuspect(d, ctx, language),
    },
  };
}

export const belarusian = belarusianModule('be');
export const belarusianLatin = belarusianModule('be-Latn');
