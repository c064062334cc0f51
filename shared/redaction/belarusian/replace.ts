// Replacements a Belarusian reader would write: the generalisation or pseudonym in the case the
// sentence needs (from the preposition and the replaced word's ending), the preposition fixed
// where the new word needs another (на Акрэсціна → у ізалятары, са Жлобіна → з невялікага
// горада), and the result in the paragraph's script: official or classical Cyrillic, or Łacinka.
import { classifyFacility } from '../detectors/facilities';
import { foldWord } from '../fold';
import { lookupGivenName } from '../givenNames';
import { replaceBirthYear } from '../replacements/ages';
import { inPlace, spanOf, type Replacement, type ReplacementContext } from '../replacements/context';
import { wordBeforeSpaces } from '../tokens';
import type { DetectionOf } from '../types';
import { classicalSoftSigns, isClassical } from './classical';
import {
  adjectiveEnding, BELARUSIAN_PHRASES, belarusianAgeAdjective, belarusianAgeNumber, belarusianCase, belarusianSeason,
  prepositionBefore, type BelarusianCase,
} from './grammar';
import { cyrillicToLacinka } from './lacinka';
import { belarusianPseudonym, declineName, nameCase, russianNameGender, unknownNameKey } from './names';
import { officialForm } from './view';
import { nominativeCandidates, readings } from './words';

export type BelarusianScript = 'be' | 'be-Latn';

function paragraphAt(text: string, at: number): string {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  return text.slice(from, to < 0 ? text.length : to);
}

/** Official Cyrillic written as the paragraph writes: classical soft signs, Łacinka letters. */
function write(ctx: ReplacementContext, script: BelarusianScript, phrase: string): string {
  if (!phrase) return phrase;
  const paragraph = paragraphAt(ctx.text, ctx.start);
  if (script === 'be-Latn') {
    // Łacinka is nearly always classical: śniežnia, Akreścina; keep the official form where the paragraph does.
    const classical = !/\p{Script=Latin}/u.test(paragraph) || /[śźćń][bvhdzklmnprstfcčš]/iu.test(paragraph) || !/s[nvc]i/i.test(paragraph);
    return cyrillicToLacinka(classical ? phrase.split(' ').map(classicalSoftSigns).join(' ') : phrase);
  }
  return isClassical(paragraph) ? phrase.split(' ').map(classicalSoftSigns).join(' ') : phrase;
}

interface Preposition {
  /** Official Cyrillic, lower case. */
  word: string;
  /** Where it starts in the text. */
  start: number;
}

function prepositionOf(ctx: ReplacementContext, script: BelarusianScript): Preposition | undefined {
  const m = wordBeforeSpaces(ctx.before);
  if (!m) return undefined;
  const word = officialForm(m.word, script === 'be-Latn').toLowerCase();
  const known = prepositionBefore(word);
  return known ? { word: known, start: ctx.start - m.length } : undefined;
}

const words = (ctx: ReplacementContext) => spanOf(ctx).match(/[\p{L}\p{M}’'ʼ-]+/gu) ?? [];

/** The case of the span, read from its first declinable word and the preposition before it. */
function caseOfSpan(ctx: ReplacementContext, script: BelarusianScript, preposition: Preposition | undefined, head?: string): BelarusianCase {
  const word = head ?? words(ctx).find((w) => /\p{Ll}{2}$/u.test(w) && !/^\p{Lu}+$/u.test(w));
  if (!word) return preposition ? belarusianCase('', preposition.word) : 'nom';
  const official = officialForm(word, script === 'be-Latn');
  return belarusianCase(official, preposition?.word, readings(official)[0]?.lemma);
}

/** Replaces the span, and the preposition before it when the new words need another one. */
function withPreposition(ctx: ReplacementContext, script: BelarusianScript, preposition: Preposition | undefined, phrase: string, newPreposition?: string): Replacement {
  if (preposition && newPreposition && newPreposition !== preposition.word) {
    // у is ў after a vowel (трымалі ў ізалятары), as the language writes it.
    const afterVowel = /[аеёіоуыэюяaeiouy]\s+$/iu.test(ctx.text.slice(Math.max(0, preposition.start - 3), preposition.start));
    const word = newPreposition === 'у' && afterVowel ? 'ў' : newPreposition;
    return { start: preposition.start, end: ctx.end, replacement: write(ctx, script, `${word} ${phrase}`) };
  }
  // «у універсітэце» is said «ва ўніверсітэце»: у before a word that opens with у.
  if ((preposition?.word === 'у' || preposition?.word === 'ў') && /^у/u.test(phrase)) {
    const capital = /^\p{Lu}/u.test(ctx.text.slice(preposition.start, preposition.start + 1));
    return { start: preposition.start, end: ctx.end, replacement: write(ctx, script, `${capital ? 'Ва' : 'ва'} ў${phrase.slice(1)}`) };
  }
  // "са" stands only before clusters such as "зв", "ст", "шч": the generalisation starts otherwise.
  if (preposition?.word === 'са' && !/^[зсшж][бвгджзклмнпрстфхцчш]/iu.test(phrase)) {
    const capital = /^\p{Lu}/u.test(ctx.text.slice(preposition.start, preposition.start + 1));
    return { start: preposition.start, end: ctx.end, replacement: write(ctx, script, `${capital ? 'З' : 'з'} ${phrase}`) };
  }
  return inPlace(ctx, write(ctx, script, phrase));
}

const PLACE_ADJECTIVE = /(?:ск|цк|зк)(?:і|ая|ае|ія|ага|аму|ім|ай|ую|ых|імі|аю)$/u;

/** Endings of a town's demonyms, men's and women's, singular and plural, and «жыхар» in the same form. */
const DEMONYM_RESIDENT: readonly [RegExp, string][] = [
  [/(?:ец|чанін|чук)$/u, 'жыхар'], [/(?:ца|чаніна|чука)$/u, 'жыхара'], [/(?:цу|чаніну|чуку)$/u, 'жыхару'], [/(?:чанінам|чуком)$/u, 'жыхаром'],
  [/(?:цы|чане|чукі)$/u, 'жыхары'], [/(?:цаў|чан|чукоў)$/u, 'жыхароў'], [/(?:цам|чанам|чукам)$/u, 'жыхарам'], [/(?:цамі|чанамі|чукамі)$/u, 'жыхарамі'],
  [/(?:цах|чанах|чуках)$/u, 'жыхарах'], [/ка$/u, 'жыхарка'], [/кі$/u, 'жыхаркі'], [/ку$/u, 'жыхарку'], [/(?:кай|каю)$/u, 'жыхаркай'], [/(?:ак)$/u, 'жыхарак'],
  [/(?:кам)$/u, 'жыхаркам'], [/(?:камі)$/u, 'жыхаркамі'], [/(?:ках)$/u, 'жыхарках'],
];

export function replaceBelarusianPlace(d: DetectionOf<'place'>, ctx: ReplacementContext, script: BelarusianScript): Replacement {
  const spanWords = words(ctx);
  const last = officialForm(spanWords[spanWords.length - 1] ?? '', script === 'be-Latn').toLowerCase();
  // «у тым ліку і гродзенцы»: the town's people become residents, not a town.
  const resident = d.demonym ? DEMONYM_RESIDENT.find(([ending]) => ending.test(last))?.[1] : undefined;
  if (resident) {
    const capital = /^\p{Lu}/u.test(spanOf(ctx));
    return inPlace(ctx, write(ctx, script, capital ? resident.charAt(0).toUpperCase() + resident.slice(1) : resident));
  }
  // "менскай вуліцы", "minskim aeraporcie": the place adjective becomes "мясцовы" in the same form.
  if (spanWords.length === 1 && PLACE_ADJECTIVE.test(last)) return inPlace(ctx, write(ctx, script, `мясцов${adjectiveEnding(last)}`));
  const preposition = prepositionOf(ctx, script);
  const key = d.place === 'capital' || d.place === 'abroad' || d.place === 'village' || d.place === 'regional' ? d.place : 'town';
  const grammaticalCase = caseOfSpan(ctx, script, preposition, spanWords[spanWords.length - 1]);
  return withPreposition(ctx, script, preposition, BELARUSIAN_PHRASES[key]![grammaticalCase]);
}

/** A facility named by its kind: its street after it adds nothing the generalisation does not say. */
const FACILITY_KIND = /^(?:ізалятар|турм|калоні|калёні|СІЗА|сізо|ЦІП|ІЧУ|ІЧА|ЦІПіА)\p{L}*$/iu;

/**
 * A record's court (у судзе Ленінскага раёна Магілёва, Смаргонскага раённага суду) stays a court of
 * its level, in the case of its own noun or the adjective before it: no one is held in a court.
 */
function courtReplacement(ctx: ReplacementContext, script: BelarusianScript, preposition: Preposition | undefined): Replacement | null {
  const spanWords = words(ctx).map((w) => officialForm(w, script === 'be-Latn').toLowerCase());
  const at = spanWords.findIndex((w) => /^суд(?:|а|у|зе|ом)$/u.test(w));
  if (at < 0) return null;
  const level = spanWords.some((w) => /^абласн/u.test(w)) ? 'regionalCourt' : spanWords.some((w) => /^(?:раён|раённ)/u.test(w)) ? 'districtCourt' : spanWords.some((w) => /^гарадск/u.test(w)) ? 'cityCourt' : 'court';
  // "раённага суду": the classical genitive in -у is told by the adjective before it.
  const adjective = spanWords[at - 1] ? adjectiveEnding(spanWords[at - 1]!) : '';
  const noun = spanWords[at]!;
  const grammaticalCase: BelarusianCase = adjective === 'ага' ? 'gen' : adjective === 'аму' ? 'dat' : noun === 'судзе' || (adjective === 'ым' && preposition) ? 'loc'
    : noun === 'судом' || adjective === 'ым' ? 'ins' : noun === 'суда' ? 'gen' : noun === 'суду' ? (preposition ? belarusianCase(noun, preposition.word) : 'dat') : preposition ? belarusianCase(noun, preposition.word) : 'nom';
  return withPreposition(ctx, script, preposition, BELARUSIAN_PHRASES[level]![grammaticalCase]);
}

export function replaceBelarusianFacility(d: DetectionOf<'facility'>, ctx: ReplacementContext, script: BelarusianScript): Replacement {
  const official = officialForm(spanOf(ctx), script === 'be-Latn');
  const preposition = prepositionOf(ctx, script);
  // A record's event place that is a court («у судзе Лідскага раёна») stays a court of its level.
  const court = !d.facility && !classifyFacility(official) ? courtReplacement(ctx, script, preposition) : null;
  if (court) return court;
  // The district's adjective of a record's court found alone («суд Кастрычніцкага раёна») is the district's.
  const only = words(ctx);
  if (!d.facility && !classifyFacility(official) && only.length === 1 && /^\p{Lu}\p{Ll}+(?:ага|яга|аму|яму|ая|яя|ую|юю|ае|яе|ай|яй|ым|ім|ых|іх)$/u.test(officialForm(only[0]!, script === 'be-Latn'))) {
    return inPlace(ctx, write(ctx, script, `мясцов${adjectiveEnding(officialForm(only[0]!, script === 'be-Latn'))}`));
  }
  // A record's event place of no known kind, its common nouns before its name (stancyi mietro «Puškinskaja»):
  // the nouns stay, the name goes with its quotation marks; calling it a place of detention would be false.
  const named = !d.facility && !classifyFacility(official) ? spanOf(ctx).match(/^((?:\p{Ll}[\p{L}-]*\s+)+)[«"„]?\p{Lu}/u) : null;
  if (named) {
    const closing = /[«"„]/u.test(spanOf(ctx)) && /^[»"“]/u.test(ctx.after) ? 1 : 0;
    return { start: ctx.start, end: ctx.end + closing, replacement: named[1]!.trimEnd() };
  }
  const kind = d.facility ?? classifyFacility(official) ?? 'detention';
  // "у ізалятары на Валадарскага": the street of a facility the sentence has named by its kind goes
  // with its preposition, or the generalisation would say the kind twice (у ізалятары у ізалятары).
  if (preposition?.word === 'на') {
    // A window, not the whole text before: a pattern anchored at the end of it is read from its start.
    const kindBefore = ctx.text.slice(Math.max(0, preposition.start - 100), preposition.start).match(/([\p{L}\p{M}’'ʼ-]+)(\s+)$/u);
    if (kindBefore && FACILITY_KIND.test(officialForm(kindBefore[1]!, script === 'be-Latn'))) {
      return { start: preposition.start - kindBefore[2]!.length, end: ctx.end, replacement: '' };
    }
  }
  // "на Акрэсціна", "на Валадарцы": one is held "у" a facility once its name is gone.
  if (preposition?.word === 'на') {
    return withPreposition(ctx, script, preposition, BELARUSIAN_PHRASES[kind]!.loc, 'у');
  }
  // "з акрэсцінскай душагубкі": the facility's adjective becomes "мясцовы" in the same form.
  const spanWords = words(ctx);
  const last = officialForm(spanWords.at(-1) ?? '', script === 'be-Latn');
  if (spanWords.length === 1 && /^\p{Ll}/u.test(last) && PLACE_ADJECTIVE.test(last)) return inPlace(ctx, write(ctx, script, `мясцов${adjectiveEnding(last)}`));
  // The noun tells the case (наведвала івацэвіцкую калёнію: accusative); an adjective's -ую reads as a dative.
  // A quoted nickname after it (калёнію «Лясныя норы») is no part of the noun phrase.
  const quote = spanOf(ctx).search(/[«"„]/u);
  const head = quote > 0 ? spanOf(ctx).slice(0, quote).match(/[\p{L}\p{M}’'ʼ-]+/gu) ?? [] : spanWords;
  const noun = head.filter((w) => /\p{Ll}{2}$/u.test(w) && !/^\p{Lu}+$/u.test(w)).at(-1);
  const grammaticalCase = caseOfSpan(ctx, script, preposition, noun);
  return withPreposition(ctx, script, preposition, BELARUSIAN_PHRASES[kind]![grammaticalCase]);
}

const INSTITUTION_KEYS: Readonly<Record<string, string>> = {
  school: 'school', kindergarten: 'school', university: 'university', court: 'court', enterprise: 'enterprise',
  workplace: 'enterprise', office: 'organisation', pharmacy: 'organisation', hospital: 'organisation',
};

/** The people of an employer named by one word (нашаніўцы): «супрацоўнікі» in the number and case of its ending. */
const STAFF_FORMS: readonly [RegExp, string][] = [
  [/цамі$/u, 'супрацоўнікамі'], [/цаў$/u, 'супрацоўнікаў'], [/цам$/u, 'супрацоўнікам'], [/цы$/u, 'супрацоўнікі'],
  [/ец$/u, 'супрацоўнік'], [/ца$/u, 'супрацоўніка'], [/цу$/u, 'супрацоўніку'],
];

export function replaceBelarusianOrganisation(d: DetectionOf<'org'>, original: ReplacementContext, script: BelarusianScript): Replacement {
  if (d.institution === 'named') return inPlace(original, '');
  // «у «Нашай Ніве»» → «у арганізацыі»: a quoted name goes with its quotes, and the preposition before them governs it.
  const quoted = /[«"„]$/u.test(original.before) && /^[»"“]/u.test(original.after);
  const ctx = quoted ? { ...original, start: original.start - 1, end: original.end + 1, before: original.before.slice(0, -1), after: original.after.slice(1) } : original;
  const single = officialForm(spanOf(original), script === 'be-Latn');
  const staff = d.source === 'record' && /^\p{L}\p{Ll}+$/u.test(single) ? STAFF_FORMS.find(([ending]) => ending.test(single)) : undefined;
  if (staff) return inPlace(ctx, write(ctx, script, /^\p{Lu}/u.test(single) ? staff[1].charAt(0).toUpperCase() + staff[1].slice(1) : staff[1]));
  const official = officialForm(spanOf(ctx), script === 'be-Latn').toLowerCase();
  // «справы пяцёркі» → «крымінальнай справы»: the group's name goes, the case stays a case.
  const key = /^справ/u.test(official) ? 'criminalCase' : (d.institution && INSTITUTION_KEYS[d.institution])
    ?? (/суд/.test(official) ? 'court' : /універсітэт|інстытут|акадэмі|бду|бнту|бдуір|гду|ду$/u.test(official) ? 'university' : /школ|гімназ|ліцэ/u.test(official) ? 'school' : /завод|камбінат|фабрык|прадпрыемств|аат|таа|зат/u.test(official) ? 'enterprise' : 'organisation');
  const preposition = prepositionOf(ctx, script);
  if (key === 'criminalCase') {
    const ending = official.match(/^справ(\p{L}*)/u)![1]!;
    const grammaticalCase: BelarusianCase = ending === 'а' ? 'nom' : ending === 'ы' ? 'gen' : ending === 'у' ? 'acc' : /^(?:ай|аю|ою)$/u.test(ending) ? 'ins' : preposition ? 'loc' : 'dat';
    return withPreposition(ctx, script, preposition, BELARUSIAN_PHRASES.criminalCase![grammaticalCase]);
  }
  // "на гістарычным факультэце" → "ва ўніверсітэце": one studies at a faculty but in a university.
  if (key === 'university' && preposition?.word === 'на') return withPreposition(ctx, script, preposition, BELARUSIAN_PHRASES.university!.loc, 'у');
  const masculine = key === 'school' && /^(?:ліцэ|каледж)/u.test(official);
  return withPreposition(ctx, script, preposition, BELARUSIAN_PHRASES[masculine ? 'schoolMasculine' : key]![caseOfSpan(ctx, script, preposition)]);
}

/** A part of the day before a date (у ноч на 10 жніўня, раніцай 12 мая): the season alone says when. */
const DAY_PART = /(?:^|\s)(?:[уў]\s+ноч\s+на|раніцай|удзень|увечары|уначы|ноччу|вечарам)$/u;

export function replaceBelarusianDate(d: DetectionOf<'date'>, ctx: ReplacementContext, script: BelarusianScript): Replacement {
  const span = spanOf(ctx);
  const year = /\d{4}/.test(span) ? d.date.year : undefined;
  const lastWords = ctx.before.match(/(?:[\p{L}’'ʼ]+\s+){1,3}$/u)?.[0] ?? '';
  const official = lastWords.trimEnd().split(/\s+/u).map((w) => officialForm(w, script === 'be-Latn').toLowerCase()).join(' ');
  const dayPart = official.match(DAY_PART);
  if (dayPart) {
    const words = dayPart[0].trim().split(' ').length;
    const from = ctx.start - (lastWords.match(new RegExp(String.raw`(?:[\p{L}’'ʼ]+\s+){${words}}$`, 'u'))?.[0].length ?? 0);
    const phrase = belarusianSeason(d.date.month, year, undefined);
    const capital = from === 0 || /(?:[.!?…]|\n)\s*$/u.test(ctx.text.slice(Math.max(0, from - 100), from)) ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
    return { start: from, end: ctx.end, replacement: write(ctx, script, capital) };
  }
  const preposition = prepositionOf(ctx, script);
  const phrase = belarusianSeason(d.date.month, year, preposition?.word);
  // "у лістападзе 2020 года" → "восенню 2020 года": the season needs no preposition.
  if (preposition && (preposition.word === 'у' || preposition.word === 'ў' || preposition.word === 'на')) {
    return { start: preposition.start, end: ctx.end, replacement: write(ctx, script, phrase) };
  }
  return inPlace(ctx, write(ctx, script, phrase));
}

/** "21-годдзя" becomes "дня нараджэння", in the case of the noun it replaces. */
const BIRTHDAY_CASES: readonly [RegExp, string][] = [[/дзя$/u, 'дня нараджэння'], [/дзю$/u, 'дню нараджэння'], [/дзем$/u, 'днём нараджэння'], [/дзі$/u, 'дні нараджэння']];

export function replaceBelarusianAge(d: DetectionOf<'age'>, ctx: ReplacementContext, script: BelarusianScript): Replacement {
  if (d.form === 'birth-year') return replaceBirthYear(d, ctx);
  const official = officialForm(spanOf(ctx), script === 'be-Latn').replace(/^\d+\s*-\s*/, '');
  if (/гадов/iu.test(official)) return inPlace(ctx, write(ctx, script, belarusianAgeAdjective(d.age, official)));
  if (/годдз/iu.test(official)) return inPlace(ctx, write(ctx, script, BIRTHDAY_CASES.find(([ending]) => ending.test(official))?.[1] ?? 'дзень нараджэння'));
  return inPlace(ctx, write(ctx, script, belarusianAgeNumber(d.age)));
}

/**
 * The nominative of a given name's form: the lexicon's lemma, or else a form of the curated
 * table (Толя for Толі, Толем; the lexicon has no diminutives), so the pseudonym takes its case.
 */
function nominativeOfName(word: string): string | undefined {
  return readings(word).find((r) => r.kind === 'g')?.lemma ?? nominativeCandidates(word).find((c) => lookupGivenName(c).length > 0);
}

/** Whether a name is a form of someone in the record (Людміла for a mother named Людміла). */
const usedByCase = (ctx: ReplacementContext) => (name: string) => ctx.people.some((p) => p.forms.has(foldWord(name)) || p.declined.has(foldWord(name)));

export function replaceBelarusianName(d: DetectionOf<'name'>, ctx: ReplacementContext, script: BelarusianScript): Replacement {
  const person = ctx.people.find((p) => p.id === d.personId);
  const gender = person?.gender ?? d.gender ?? 'unknown';
  const key = d.personId ?? `unlisted:${d.key ?? spanOf(ctx)}`;
  const pseudonym = belarusianPseudonym(ctx.pick(key, gender).cyrillic, usedByCase(ctx));
  const first = officialForm(words(ctx)[0] ?? '', script === 'be-Latn');
  const nominative = nominativeOfName(first);
  const pseudonymGender = /[ая]$/.test(pseudonym) ? 'female' : 'male';
  const preposition = prepositionOf(ctx, script);
  let grammaticalCase = nameCase(first, gender === 'unknown' ? pseudonymGender : gender, nominative);
  // A woman's adjectival surname in -ай (аднакласніца Жураўлёвай) is a genitive as often as not; only a
  // preposition of the instrumental (з, над, перад) makes it one.
  if (grammaticalCase === 'ins' && !nominative && /(?:ск|цк|ов|ёв|ев|ін|ын)ай$/u.test(first.toLowerCase()) && !/^(?:з|са|за|над|пад|перад|паміж)$/u.test(preposition?.word ?? '')) grammaticalCase = 'gen';
  return withPreposition(ctx, script, preposition, declineName(pseudonym, grammaticalCase));
}

const FEMININE_JOB = /(?:ка|[іы]ца|ыня|ша)$/u;
/** Nouns in -ца after another consonant (праваабаронца, кіроўца, творца) name a man or a woman alike. */
const EITHER_GENDER_JOB = /ца$/u;

/** A job becomes "работнік" or "работніца", in the case and gender of the word it replaces (or of its holder, when the word has either). */
export function replaceBelarusianOccupation(d: DetectionOf<'occupation'>, ctx: ReplacementContext, script: BelarusianScript): Replacement {
  const spanWords = words(ctx);
  const head = officialForm(spanWords[spanWords.length - 1] ?? '', script === 'be-Latn').toLowerCase();
  const known = readings(head)[0]?.lemma;
  const recordFemale = d.identifier ? (d.identifier.match(/[\p{L}]+/gu) ?? []).some((w) => FEMININE_JOB.test(officialForm(w).toLowerCase())) : false;
  const holderFemale = d.gender === 'female' || (d.gender !== 'male' && recordFemale);
  const female = known ? FEMININE_JOB.test(known) || (EITHER_GENDER_JOB.test(known) && holderFemale) : recordFemale;
  const nominative = known ?? (female ? nominativeCandidates(head).find((c) => FEMININE_JOB.test(c)) : undefined);
  const grammaticalCase = nameCase(head, female ? 'female' : 'male', nominative);
  return inPlace(ctx, write(ctx, script, declineName(female ? 'работніца' : 'работнік', grammaticalCase)));
}

export function replaceBelarusianContact(d: DetectionOf<'contact'>, ctx: ReplacementContext, script: BelarusianScript): Replacement {
  const phrase = d.contact === 'phone' ? 'нумар тэлефона' : d.contact === 'email' ? 'адрас пошты' : 'старонка ў сацыяльнай сетцы';
  return inPlace(ctx, write(ctx, script, phrase));
}

export function replaceBelarusianSuspect(d: DetectionOf<'suspect'>, ctx: ReplacementContext, script: BelarusianScript): Replacement {
  if (d.guess === 'name') {
    // One person in every case (Ільдар, Ільдара), with the gender the Russian dictionary gives the
    // name, or a man's when the word is a bare consonant stem: no longer a coin toss.
    const word = officialForm(words(ctx)[0] ?? '', script === 'be-Latn');
    const gender = russianNameGender(word) ?? (/[бвгджзклмнпрстфхцчшўйь]$/u.test(word) ? 'male' : 'unknown');
    const pseudonym = belarusianPseudonym(ctx.pick(`unlisted:${unknownNameKey(word)}`, gender).cyrillic, usedByCase(ctx));
    return withPreposition(ctx, script, prepositionOf(ctx, script), declineName(pseudonym, nameCase(word, gender === 'unknown' ? (/[ая]$/.test(pseudonym) ? 'female' : 'male') : gender)));
  }
  return replaceBelarusianPlace({ ...d, category: 'place' }, ctx, script);
}
