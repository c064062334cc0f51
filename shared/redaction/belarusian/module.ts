// Belarusian as the engine's language modules see it: one for Cyrillic paragraphs (official or
// classical spelling) and one for Łacinka; both ask the same lexicon about the official form.
import type { LanguageModule, ProperKind } from '../languageModule';
import type { LemmaKind } from './lexicon';
import {
  replaceBelarusianAge, replaceBelarusianContact, replaceBelarusianDate, replaceBelarusianFacility, replaceBelarusianName,
  replaceBelarusianOccupation, replaceBelarusianOrganisation, replaceBelarusianPlace, replaceBelarusianSuspect, type BelarusianScript,
} from './replace';
import { officialForm } from './view';
import { isOrdinaryWord, properKinds } from './words';

const PROPER: Readonly<Partial<Record<LemmaKind, ProperKind>>> = { g: 'name', s: 'surname', p: 'patronymic', l: 'place', a: 'organisation' };

function belarusianModule(language: BelarusianScript): LanguageModule {
  const official = (word: string) => officialForm(word, /\p{Script=Latin}/u.test(word));
  return {
    language,
    hasLexicon: true,
    isOrdinaryWord: (word) => isOrdinaryWord(official(word)),
    properKinds: (word) => [...new Set(properKinds(official(word)).flatMap((k) => PROPER[k] ?? []))],
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
