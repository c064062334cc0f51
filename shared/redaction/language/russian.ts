import { russianReadings, russianReady } from '../morphology/russian';
import type { LanguageModule, ProperKind } from '../languageModule';
import { memoByWord } from '../wordMemo';
import {
  agreePreposition, replaceRussianAddress, replaceRussianAge, replaceRussianDate, replaceRussianFacility, replaceRussianName, replaceRussianOccupation, replaceRussianOrganisation,
  replaceRussianPlace, replaceRussianSuspect,
} from '../russian/replace';

const PROPER_GRAMMEMES: readonly [string, ProperKind][] = [['Name', 'name'], ['Surn', 'surname'], ['Patr', 'patronymic'], ['Geox', 'place'], ['Orgn', 'organisation']];

/** Parts of speech that are never a name, whatever their capital letter. */
const FUNCTION_POS = new Set(['ADVB', 'NPRO', 'PREP', 'CONJ', 'PRCL', 'INTJ', 'PRED', 'COMP', 'NUMR']);

/** How many times likelier the ordinary readings must be than the proper ones (OpenCorpora's frequencies). */
const MOSTLY = 4;

export const russian: LanguageModule = {
  language: 'ru',
  // Until the dictionaries are loaded (the renderer fetches them) the net does not trust Russian words.
  get hasLexicon() {
    return russianReady();
  },
  isOrdinaryWord: memoByWord((word) => {
    const readings = russianReadings(word).filter((r) => r.known);
    if (!readings.length) return false;
    // «Надежда», «Вера», «Лида» are both: a word is ordinary only when no reading is a proper noun.
    if (readings.some((r) => PROPER_GRAMMEMES.some(([g]) => r.grammemes.has(g)))) return readings.some((r) => FUNCTION_POS.has(r.pos));
    return true;
  }, russianReady),
  mostlyOrdinary: memoByWord((word) => {
    const readings = russianReadings(word).filter((r) => r.known);
    const proper = (r: (typeof readings)[number]) => PROPER_GRAMMEMES.some(([g]) => r.grammemes.has(g));
    const weight = (rs: typeof readings) => rs.reduce((sum, r) => sum + r.score, 0);
    return weight(readings.filter((r) => !proper(r))) > MOSTLY * weight(readings.filter(proper));
  }, russianReady),
  properKinds: memoByWord((word) => {
    const kinds = new Set<ProperKind>();
    for (const r of russianReadings(word)) if (r.known) for (const [g, kind] of PROPER_GRAMMEMES) if (r.grammemes.has(g)) kinds.add(kind);
    return [...kinds];
  }, russianReady),
  // Every replacement made in place then gets the preposition its first letter needs (об Андрее → о Матвее).
  replace: {
    name: (d, ctx) => agreePreposition(ctx, replaceRussianName(d, ctx)),
    suspect: (d, ctx) => agreePreposition(ctx, replaceRussianSuspect(d, ctx)),
    place: (d, ctx) => agreePreposition(ctx, replaceRussianPlace(d, ctx)),
    facility: (d, ctx) => agreePreposition(ctx, replaceRussianFacility(d, ctx)),
    org: (d, ctx) => agreePreposition(ctx, replaceRussianOrganisation(d, ctx)),
    date: (d, ctx) => agreePreposition(ctx, replaceRussianDate(d, ctx)),
    age: (d, ctx) => agreePreposition(ctx, replaceRussianAge(d, ctx)),
    occupation: (d, ctx) => agreePreposition(ctx, replaceRussianOccupation(d, ctx)),
    address: (d, ctx) => agreePreposition(ctx, replaceRussianAddress(d, ctx)),
  },
};
