// Hand-written (docs/hand-written.md): detention facilities are in no data set.
import { PRIORITY } from '../priorities';
import type { DetectionOf, FacilityKind } from '../types';
import { allMatches } from '../matches';
import { matchesIn, NUMBER_SIGN, windowsAround } from './windows';

/**
 * Detention places by their official and common names; no data set lists them. Those marked
 * `numbered` need a number sign and run only around one: case-blind Unicode patterns are costly
 * over a whole text.
 */
const PATTERNS: [RegExp, FacilityKind, 'numbered'?][] = [
  [/(?<![\p{L}\p{N}])(?:pre-?trial detention (?:center|centre|facility)|СИЗО|SIZO|СІЗА|SIZA)\s*(?:N[or]\.?|№|#|-)?\s*\d{1,3}(?:\s+(?:on|in)\s+(?:Volodarsk\p{L}*|Valadarsk\p{L}*|Volodar\p{L}*)(?:\s+[Ss]treet)?)?(?![\p{L}\p{N}])/gu, 'pretrial'],
  [/(?<![\p{L}\p{N}])N[or]\.?\s*\d{1,3}\s+(?:on|in)\s+(?:Volodarsk\p{L}*|Valadarsk\p{L}*|Volodar\p{L}*)(?:\s+[Ss]treet)?(?![\p{L}])/gu, 'pretrial'],
  [/(?<![\p{L}\p{N}])(?:IK|ИК|ІК|PC|ПК|LTP|ЛТП|ИУОТ|IUOT)[-\s№]*(?:N[or]\.?\s*)?\d{1,3}(?![\p{L}\p{N}])/gu, 'colony'],
  // «исправительной колонии № 15», «воспитательную колонию №2» (№ reads "No" once normalised).
  [/(?<![\p{L}\p{N}])(?:(?:исправительн|воспитательн|женск|мужск|лечебно-трудов)\p{L}*\s+)?колони\p{L}*\s*(?:N[or]\.?|№|#)\s*\d{1,3}(?![\p{L}\p{N}])/giu, 'colony', 'numbered'],
  [/(?<![\p{L}\p{N}])(?:исправительн\p{L}*\s+)?учреждени\p{L}*\s*(?:N[or]\.?|№|#)\s*\d{1,3}(?![\p{L}\p{N}])/giu, 'colony', 'numbered'],
  [/(?<![\p{L}\p{N}])(?:penal |correctional |women['’]s |general-regime |strict-regime )?colony\s+(?:N[or]\.?|№|#)\s*\d{1,3}(?![\p{L}\p{N}])/giu, 'colony', 'numbered'],
  [/(?<![\p{L}\p{N}])(?:prison|тюрьм\p{L}*|турм\p{L}*)\s*(?:N[or]\.?|№|#)\s*\d{1,3}(?![\p{L}\p{N}])/giu, 'prison', 'numbered'],
  [/(?<![\p{L}\p{N}])(?:[Аа]мериканк\p{L}*|Пищаловск\p{L}*\s+замк?\p{L}*)(?![\p{L}])/gu, 'pretrial'],
  [/(?<![\p{L}\p{N}])(?:TDF|ИВС|IVS|ЦИП|ЦІП|TsIP|CIP|ИЗСИ|ЦИПиО)(?:\s+(?:of|in)\s+\p{Lu}\p{L}+)?(?![\p{L}\p{N}])/gu, 'temporary'],
  // The streets' names, the adjectives made from them in lower case (из окрестинского изолятора) and
  // the nicknames in -ка, in quotes or not (в «Володарке»).
  [new RegExp(String.raw`(?<![\p{L}\p{N}])${quotedOrNot(String.raw`(?:[Aa]krestsin\p{L}*|[Oo]krestin\p{L}*|[Оо]крестин\p{L}*|[Аа]крэсцін\p{L}*|[Аа]крестин\p{L}*|Volodark\p{L}*|Valadark\p{L}*|Володарк\p{L}*|Валадар[кц]\p{L}*|Volodar(?![\p{L}]))`)}(?:\s+(?:[Dd]etention\s+(?:[Cc]enter|[Cc]entre|[Ff]acility)|[Ss]treet|[Pp]rison))?(?![\p{L}])`, 'gu'), 'detention'],
  // The street a facility named by its kind stands on: в изоляторе на Володарского.
  [/(?<=(?:[Ии]золятор|СИЗО|[Тт]юрьм)\p{L}*\s+на\s+)\p{Lu}\p{Ll}+(?:ого|ой)(?![\p{L}])/gu, 'pretrial'],
  // Whatever a facility is called in quotes after its kind is its nickname: в колонию «Волчьи норы».
  [/(?<![\p{L}])[Кк]олони\p{L}*\s+[«"„]\p{Lu}[^»"“\n]{1,40}[»"“]/gu, 'colony'],
  [/(?<![\p{L}])[Тт]юрьм\p{L}*\s+[«"„]\p{Lu}[^»"“\n]{1,40}[»"“]/gu, 'prison'],
  [/(?<![\p{L}])(?:[Ии]золятор\p{L}*|СИЗО)\s+[«"„]\p{Lu}[^»"“\n]{1,40}[»"“]/gu, 'pretrial'],
];

/** A name as stories write it, in quotes or without. */
function quotedOrNot(name: string): string {
  return String.raw`(?:[«"„]${name}[»"“]|${name})`;
}

export function findFacilities(text: string): DetectionOf<'facility'>[] {
  const out: DetectionOf<'facility'>[] = [];
  const numbered = windowsAround(text, NUMBER_SIGN, 60);
  for (const [re, facility, needs] of PATTERNS) {
    for (const m of needs ? matchesIn(re, text, numbered) : allMatches(re, text)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, category: 'facility', source: 'detector', kind: 'quasi', facility, priority: PRIORITY.facility });
    }
  }
  return out;
}

/**
 * What kind of detention place a span names, in any language and script; undefined when it
 * names none (a record's event place may be a march or a checkpoint).
 */
export function classifyFacility(span: string): FacilityKind | undefined {
  if (/SIZO|СИЗО|СІЗА|pre-?trial/i.test(span)) return 'pretrial';
  if (/colony|\bIK\b|ИК|ІК|колон|калон/i.test(span)) return 'colony';
  if (/TDF|IVS|ИВС|ІЧУ|ЦИП|ЦІП|CIP|TsIP|temporary/i.test(span)) return 'temporary';
  if (/prison|тюрьм|турм/i.test(span)) return 'prison';
  if (/detention|Okrestin|Akrestsin/i.test(span)) return 'detention';
  return undefined;
}
