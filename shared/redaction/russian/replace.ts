// Replacements a Russian reader would write: the pseudonym or generalisation in the case, gender
// and number of the word it replaces (Az.js readings of the original, the preposition before it),
// and the preposition changed or dropped where the new words need it (на Окрестина → в изоляторе,
// в июле 2021 года → летом 2021 года, у изолятора на Окрестина → у изолятора).
import { classifyFacility } from '../detectors/facilities';
import { lookupPlace } from '../detectors/places';
import { foldWord } from '../fold';
import { russianReadings } from '../morphology/russian';
import { russianAgePhrase, russianYearsPhrase } from '../phrases';
import { replaceBirthYear } from '../replacements/ages';
import { inPlace, spanOf, type Replacement, type ReplacementContext } from '../replacements/context';
import { wordBeforeSpaces } from '../tokens';
import type { DetectionOf } from '../types';
import { POSSESSIVE } from '../variants';
import { formOf, inflectPhrase, inflectWord, prepositionBefore, withCapitals, type RussianForm } from './grammar';
import { genderOfWord, recordPart, russianNamePseudonym } from './names';

/**
 * The last word before a span. The leftmost match always opens a run of letters and hyphens (one a
 * character earlier would match too), so the lookbehind lets the pattern skip the run's inner
 * positions, from each of which it read to the text's end.
 */
const previousWordOf = (before: string) => before.match(/(?<![\p{L}-])([\p{L}-]+)[^\p{L}]*$/u)?.[1]?.toLowerCase() ?? '';
const sentenceStart = (before: string) => /(?:^|[.!?…]\s+|\n\s*|^\s*[«"„“—–-]\s*)$/u.test(before);

/** The replacement with the preposition before the span taken into it. */
function withPreposition(ctx: ReplacementContext, length: number, replacement: string): Replacement {
  const start = ctx.start - length;
  const capital = /^\p{Lu}/u.test(ctx.text.slice(start, start + 1));
  return { start, end: ctx.end, replacement: capital ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement };
}

const CONSONANT = '[бвгджзйклмнпрстфхцчшщ]';
const BEFORE_VO = new RegExp(`^[вф]${CONSONANT}`, 'iu');
const BEFORE_SO = new RegExp(`^[сзшж]${CONSONANT}`, 'iu');

/**
 * The preposition the new words need: «во» before в/ф and a consonant, «со» before с/з/ш/ж and a
 * consonant, «об» before a vowel, «о» before a consonant (об Андрее → о Матвее, во Владимире → в городе).
 */
function prepositionFor(preposition: string, next: string): string {
  if (preposition === 'во' || preposition === 'в') return BEFORE_VO.test(next) ? 'во' : 'в';
  if (preposition === 'со' || preposition === 'с') return BEFORE_SO.test(next) ? 'со' : 'с';
  if (preposition === 'об' || preposition === 'обо' || preposition === 'о') return /^[аоуэиы]/iu.test(next) ? 'об' : 'о';
  return preposition;
}

/** A replacement made in place, with the preposition before it changed where the new words need another. */
export function agreePreposition(ctx: ReplacementContext, r: Replacement): Replacement {
  if (r.start !== ctx.start || !r.replacement) return r;
  const preposition = prepositionBefore(ctx.before);
  if (!preposition) return r;
  const wanted = prepositionFor(preposition.word, r.replacement);
  return wanted === preposition.word ? r : { ...withPreposition(ctx, preposition.length, `${wanted} ${r.replacement}`), end: r.end };
}

function fitPreposition(ctx: ReplacementContext, replacement: string): Replacement {
  return agreePreposition(ctx, inPlace(ctx, replacement));
}

/** One key per unlisted person whatever the case of the word: «Оксана», «Оксану» → оксана. */
function unlistedKey(key: string): string {
  const word = key.match(/[\p{L}]+/u)?.[0] ?? key;
  const lemma = russianReadings(word).find((r) => r.grammemes.has('Name') || r.grammemes.has('Surn'))?.lemma;
  return `unlisted:${lemma ? foldWord(lemma) : key}`;
}

export function replaceRussianName(d: DetectionOf<'name'>, ctx: ReplacementContext): Replacement {
  const span = spanOf(ctx);
  const person = ctx.people.find((p) => p.id === d.personId);
  // «Олин свитер» → «её свитер»: a possessive of the name is said with the pronoun, which fits every form.
  if (person && POSSESSIVE.test(span) && !person.forms.has(foldWord(span)) && !person.caseOf.has(foldWord(span))) {
    const pronoun = person.gender === 'female' ? 'её' : 'его';
    return inPlace(ctx, sentenceStart(ctx.before) ? withCapitals(pronoun, 'A') : pronoun);
  }
  return fitPreposition(ctx, russianNamePseudonym(span, {
    people: ctx.people, pick: ctx.pick,
    personKey: d.personId ?? unlistedKey(d.key ?? span),
    gender: person?.gender ?? (d.gender === 'male' || d.gender === 'female' ? d.gender : 'unknown'),
    preposition: prepositionBefore(ctx.before)?.word,
    previousWord: previousWordOf(ctx.before),
    ...(d.part === 'last' ? { firstPart: 'last' as const } : {}),
    ...(d.family ? { family: d.family } : {}),
  }));
}

/** Place adjectives ("могилевской", "брестском") and demonyms ("минчанке", "брестчанам"). */
const PLACE_ADJECTIVE = /(?:ск|цк)(?:ий|ой|ая|ое|ого|ому|им|ом|ую|ые|их|ими|ей|ым|ых)$/u;
const DEMONYM = /(?:анин|янин|анка|янка|ане|яне|ец|енка|инка)$/u;

function adjectiveReplacement(word: string, capital: boolean): string | null {
  const reading = russianReadings(word).find((r) => r.pos === 'ADJF');
  if (!reading) return null;
  const grammemes = [...reading.grammemes].filter((g) => ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'sing', 'plur', 'masc', 'femn', 'neut', 'anim', 'inan'].includes(g));
  const base = capital ? 'столичный' : 'местный';
  return inflectWord(base, grammemes, { pos: 'ADJF' });
}

function demonymReplacement(word: string): string | null {
  const reading = russianReadings(word).find((r) => r.pos === 'NOUN' && DEMONYM.test(r.lemma));
  if (!reading) return null;
  const femn = reading.grammemes.has('femn');
  const plural = reading.grammemes.has('plur');
  const c = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'].find((g) => reading.grammemes.has(g)) ?? 'nomn';
  return inflectWord(femn ? 'жительница' : 'житель', [c, plural ? 'plur' : 'sing'], { pos: 'NOUN' });
}

/** A span that is one adjective of a name («суд Минского района», «Партизанский отдел»): «местный» in its form. */
function adjectiveSpan(ctx: ReplacementContext, capitalCity = false): Replacement | null {
  const words = spanOf(ctx).match(/[\p{L}-]+/gu) ?? [];
  if (words.length !== 1 || /^\p{Lu}{2,}$/u.test(words[0]!)) return null;
  const readings = russianReadings(words[0]!.toLowerCase());
  if (!readings.length || readings[0]!.pos !== 'ADJF' || !readings[0]!.known) return null;
  const adjective = adjectiveReplacement(words[0]!.toLowerCase(), capitalCity);
  return adjective ? inPlace(ctx, sentenceStart(ctx.before) ? withCapitals(adjective, 'A') : adjective) : null;
}

const PLACE_PHRASES: Readonly<Record<string, string>> = {
  capital: 'столица', regional: 'областной центр', town: 'небольшой город', abroad: 'город за границей', village: 'деревня',
};

const SETTLEMENT = /^(?:город|деревня|посёлок|поселок|село|агрогородок|местечко|станция|район|область|г)$/u;

/** A town's name that reads the same in every case: Az.js marks it Fixd, or gives its -о/-и form no genitive. */
function undeclined(word: string): boolean {
  const readings = russianReadings(word).filter((r) => r.grammemes.has('Geox'));
  if (readings.some((r) => r.grammemes.has('Fixd'))) return true;
  return readings.length > 0 && /[оеиы]$/u.test(word) && !readings.some((r) => r.grammemes.has('gent'));
}

/**
 * «в Островце, Вороново, Ивье и Кореличах»: the preposition that opens a list of capitalised names
 * governs every name in it, so each replacement takes its case.
 */
function listPreposition(ctx: ReplacementContext): string | undefined {
  const m = /(?:^|[^\p{L}])(\p{L}+)\s+(?:\p{Lu}[\p{L}-]*(?:\s*,\s*|\s+и\s+)){1,8}$/u.exec(ctx.text.slice(Math.max(0, ctx.start - 240), ctx.start));
  return m ? prepositionBefore(`${m[1]} `)?.word : undefined;
}

/** The form a replaced span was in, read from its last word (the head of "Марьиной Горки" agrees). */
function spanForm(ctx: ReplacementContext, word: string, prefer?: string): RussianForm {
  const preposition = prepositionBefore(ctx.before)?.word ?? listPreposition(ctx);
  // An acronym or a town that does not decline: after a noun ("инженера БНТУ", "суде Гродно", "суда
  // Жодино") it is a genitive, else the subject; after a word for a settlement it is that word's name
  // ("в городе Гродно"), which the replacement can only give in the nominative.
  if (!preposition && (/^\p{Lu}{2,}$/u.test(word) || undeclined(word))) {
    const previous = wordBeforeSpaces(ctx.before)?.word;
    const afterNoun = previous && russianReadings(previous).some((r) => r.pos === 'NOUN' && !r.grammemes.has('Name') && !SETTLEMENT.test(r.lemma));
    return { case: afterNoun ? 'gent' : 'nomn', number: 'sing' };
  }
  const form = formOf(word, preposition, prefer ? { prefer } : {});
  return form ?? { case: 'nomn', number: 'sing' };
}

export function replaceRussianPlace(d: DetectionOf<'place'>, ctx: ReplacementContext): Replacement {
  const span = spanOf(ctx);
  const words = span.match(/[\p{L}-]+/gu) ?? [span];
  const last = words[words.length - 1]!;
  // "Никиту Ждановича": a place's name right after a given name is that person's surname.
  const previous = ctx.before.match(/(\p{Lu}[\p{L}]+)\s+$/u)?.[1];
  if (words.length === 1 && previous && !prepositionBefore(`${previous.toLowerCase()} `) && (recordPart(ctx.people, previous)?.part === 'first' || russianReadings(previous).some((r) => r.known && r.grammemes.has('Name')))) {
    const person = recordPart(ctx.people, previous)?.person;
    return replaceRussianName({ start: d.start, end: d.end, source: d.source, kind: 'direct', priority: d.priority, category: 'name', part: 'last', ...(person ? { personId: person.id } : { key: previous }) }, ctx);
  }
  if (words.length === 1 && PLACE_ADJECTIVE.test(last.toLowerCase())) {
    const adjective = adjectiveReplacement(last, d.place === 'capital');
    if (adjective) return inPlace(ctx, sentenceStart(ctx.before) ? withCapitals(adjective, 'A') : adjective);
  }
  // «в Островце»: a case form of a town's own name (Островец) is the town, though it ends like a demonym.
  // «в Мостовлянах» is where, never "in the residents": after a preposition of place the word is no demonym.
  const placePreposition = /^(?:в|во|из|под|около|возле)$/u.test(prepositionBefore(ctx.before)?.word ?? listPreposition(ctx) ?? '');
  if (words.length === 1 && !placePreposition && !russianReadings(last).some((r) => r.grammemes.has('Geox')) && !lookupPlace([last])) {
    const demonym = demonymReplacement(last);
    if (demonym) return inPlace(ctx, sentenceStart(ctx.before) ? withCapitals(demonym, 'A') : demonym);
  }
  const key = d.place && PLACE_PHRASES[d.place] ? d.place : 'town';
  let form = spanForm(ctx, last, 'Geox');
  // «в Хатежино», «в Жодино»: an indeclinable name after «в» or «на» is most often where, not where to.
  const where = prepositionBefore(ctx.before)?.word ?? listPreposition(ctx);
  if ((where === 'в' || where === 'во' || where === 'на') && form.case === 'accs' && /[оеи]$/u.test(last)) form = { ...form, case: 'loct' };
  // Places are named in the singular even when the name is plural (Ждановичи, Барановичи).
  const phrase = inflectPhrase(PLACE_PHRASES[key]!, { case: form.case, number: 'sing' });
  return fitPreposition(ctx, sentenceStart(ctx.before) ? withCapitals(phrase, 'A') : phrase);
}

const FACILITY_PHRASES: Readonly<Record<string, string>> = {
  pretrial: 'СИЗО', colony: 'колония', temporary: 'ИВС', prison: 'тюрьма', detention: 'изолятор',
};

/** Nouns that already say what the place is: its name after them can simply go. */
const FACILITY_NOUN = /^(?:изолятор\p{L}*|сизо|ивс|цип|тюрьм\p{L}*|колони\p{L}*|лтп|централ\p{L}*|спецприемник\p{L}*|учреждени\p{L}*)$/u;

/** «в витебской колонии №3»: the preposition before the adjectives that qualify the span governs it too. */
function prepositionBeforeAdjectives(before: string): string | undefined {
  let rest = before;
  for (let i = 0; i < 2; i++) {
    const m = rest.match(/([\p{L}]+)\s+$/u);
    if (!m || !russianReadings(m[1]!.toLowerCase()).some((r) => r.pos === 'ADJF' || r.pos === 'PRTF')) break;
    rest = rest.slice(0, rest.length - m[0].length);
    const preposition = prepositionBefore(rest);
    if (preposition) return preposition.word;
  }
  return undefined;
}

export function replaceRussianFacility(d: DetectionOf<'facility'>, ctx: ReplacementContext): Replacement {
  const span = spanOf(ctx);
  const preposition = prepositionBefore(ctx.before);
  // "у изолятора на Окрестина", "в СИЗО на Володарского": the kind is already said, the name goes with its preposition.
  if (preposition) {
    const before = ctx.before.slice(0, ctx.before.length - preposition.length);
    const noun = before.match(/([\p{L}]+)\s*$/u)?.[1]?.toLowerCase();
    if (noun && FACILITY_NOUN.test(noun) && !/\d/.test(span)) return { start: ctx.start - preposition.length - (before.length - before.trimEnd().length), end: ctx.end, replacement: '' };
  }
  const adjective = adjectiveSpan(ctx);
  if (adjective) return adjective;
  // «из окрестинского изолятора»: an adjective of a facility's street Az.js does not know is «местный» in its ending.
  const unknownAdjective = span.match(/^\p{Ll}+[сц]к(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/u);
  if (unknownAdjective) return inPlace(ctx, `местн${unknownAdjective[1]!.replace(/^и/u, 'ы')}`);
  const known = d.facility ?? classifyFacility(span);
  // A record's event place that is no detention place («районный отдел СК», «суд Минского района»).
  if (!known && !/окрестин|володарк|американк|пищаловск/iu.test(span)) {
    return replaceRussianOrganisation({ start: d.start, end: d.end, source: d.source, kind: d.kind, priority: d.priority, category: 'org' }, ctx);
  }
  const kind = known ?? 'detention';
  // "на Окрестина", "на Володарке": one is held "в" a facility once its name is gone.
  if (preposition?.word === 'на' && !/\d/.test(span)) {
    const motion = formOf(span.match(/[\p{L}]+/gu)?.pop() ?? span, 'на')?.case === 'accs';
    return withPreposition(ctx, preposition.length, `в ${inflectPhrase(FACILITY_PHRASES[kind]!, { case: motion ? 'accs' : 'loct', number: 'sing' })}`);
  }
  // "колонии № 15", "исправительную колонию №2": the noun of the span tells its case.
  const noun = (span.match(/[\p{L}]+/gu) ?? []).find((w) => /^(?:колони|тюрьм|изолятор|сизо|централ)/iu.test(w));
  const governing = preposition?.word ?? prepositionBeforeAdjectives(ctx.before);
  const form = noun ? formOf(noun, governing, { pos: ['NOUN'] }) : formOf(span.match(/[\p{L}]+/gu)?.pop() ?? span, governing);
  const phrase = inflectPhrase(FACILITY_PHRASES[kind]!, { case: form?.case ?? 'nomn', number: 'sing' });
  return fitPreposition(ctx, sentenceStart(ctx.before) ? withCapitals(phrase, 'A') : phrase);
}

const ORGANISATION_PHRASES: Readonly<Record<string, string>> = {
  school: 'школа', kindergarten: 'детский сад', university: 'университет', court: 'суд', enterprise: 'предприятие',
  workplace: 'предприятие', office: 'учреждение', pharmacy: 'аптека', hospital: 'больница', faculty: 'факультет', department: 'кафедра',
};

function organisationKind(d: DetectionOf<'org'>, span: string): string {
  const lower = span.toLowerCase();
  if (/^(?:факультет|кафедр)/u.test(lower)) return lower.startsWith('факультет') ? 'faculty' : 'department';
  if (d.institution && d.institution !== 'named' && ORGANISATION_PHRASES[d.institution]) return d.institution;
  if (/суд/u.test(lower)) return 'court';
  if (/университет|институт|академи|политех|колледж|^(?:бгу|бнту|бгуир|бгэу|бгму|бгпу|гргу|вгу|ггу|бргу|мгу|бгта|бгату|бгуки|мглу|ггту|пгу)$/u.test(lower)) return 'university';
  if (/школ|гимнази|лице/u.test(lower)) return 'school';
  if (/отдел|управлени|комитет|ровд|рувд|милици|инспекци|исполком/u.test(lower)) return 'office';
  if (/завод|комбинат|фабрик|предприяти|оао|зао|ооо|^\p{Lu}{2,}(?:-\p{Lu}+)?$/u.test(span) || /завод|комбинат/u.test(lower)) return 'enterprise';
  return 'organisation';
}

export function replaceRussianOrganisation(d: DetectionOf<'org'>, ctx: ReplacementContext): Replacement {
  if (d.institution === 'named') return inPlace(ctx, '');
  const span = spanOf(ctx);
  const adjective = adjectiveSpan(ctx);
  if (adjective) return adjective;
  // «общественного объединения "Звено"»: the kind is said before the quoted name, which just goes.
  const quoted = /["«„“]\s*$/.test(ctx.before) && /^\s*["»“”]/.test(ctx.after);
  const noun = ctx.before.match(/(?<!\p{L})(\p{L}+)\s*["«„“]\s*$/u)?.[1];
  if (quoted && noun && russianReadings(noun.toLowerCase()).some((r) => r.pos === 'NOUN' && !r.grammemes.has('Name'))) {
    const open = ctx.before.length - ctx.before.search(/\s*["«„“]\s*$/u);
    const close = ctx.after.search(/["»“”]/) + 1;
    return { start: ctx.start - open, end: ctx.end + close, replacement: '' };
  }
  // «по "делу студентов"» → «по уголовному делу».
  const groupCase = span.match(/^["«„“]?(дел\p{L}*)/iu);
  if (groupCase) {
    const form = formOf(groupCase[1]!, prepositionBefore(ctx.before)?.word, { pos: ['NOUN'] }) ?? { case: 'nomn', number: 'sing' };
    return inPlace(ctx, inflectPhrase('уголовное дело', { case: form.case, number: 'sing' }));
  }
  const kind = organisationKind(d, span);
  const words = span.match(/[\p{L}-]+/gu) ?? [span];
  // The head of "факультет философии" or "БелАЗе" is its first word that declines.
  const head = words.find((w) => russianReadings(w).some((r) => r.pos === 'NOUN')) ?? words[0]!;
  const form = spanForm(ctx, head);
  const phrase = inflectPhrase(ORGANISATION_PHRASES[kind] ?? 'организация', { case: form.case, number: 'sing' });
  return fitPreposition(ctx, sentenceStart(ctx.before) ? withCapitals(phrase, 'A') : phrase);
}

const SEASON_NOUNS = ['зима', 'зима', 'весна', 'весна', 'весна', 'лето', 'лето', 'лето', 'осень', 'осень', 'осень', 'зима'];
const SEASON_ADVERBS = ['зимой', 'зимой', 'весной', 'весной', 'весной', 'летом', 'летом', 'летом', 'осенью', 'осенью', 'осенью', 'зимой'];
/** Words after which a date is a genitive: "в конце марта" → "в конце весны". */
const GENITIVE_BEFORE = /^(?:конце|конца|начале|начала|середине|середины|течение|течения|половине|канун|накануне|числах|днях)$/u;

/** An exact date becomes its season (and its year): the season in the case the sentence gives it. */
export function replaceRussianDate(d: DetectionOf<'date'>, ctx: ReplacementContext): Replacement {
  let end = ctx.end;
  // "в сентябре 2020-го": the ending after the year goes with it.
  const tail = ctx.text.slice(end).match(/^-?(?:го|м|ого|ом)(?![\p{L}])/u);
  if (tail && /\d$/.test(spanOf(ctx))) end += tail[0].length;
  const span = ctx.text.slice(ctx.start, end);
  const year = d.date.year && /\d{4}/.test(span) ? ` ${d.date.year} года` : '';
  const month = d.date.month - 1;
  // «в ночь на 10 августа», «утром 10 августа»: a part of the day has no season; the season alone says when.
  const dayPart = ctx.before.match(/(?<![\p{L}])(?:(?:в|во)\s+ночь\s+на|утром|днём|днем|вечером|ночью)\s+$/iu);
  if (dayPart) {
    const at = ctx.before.length - dayPart[0].length;
    const replacement = SEASON_ADVERBS[month]! + year;
    return { start: ctx.start - dayPart[0].length, end, replacement: sentenceStart(ctx.before.slice(0, at)) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement };
  }
  const preposition = prepositionBefore(ctx.before);
  const previous = previousWordOf(ctx.before);
  const start = sentenceStart(ctx.before.slice(0, ctx.before.length - (preposition?.length ?? 0)));
  const capital = (s: string) => (start ? s.charAt(0).toUpperCase() + s.slice(1) : s);
  if (GENITIVE_BEFORE.test(previous)) return { start: ctx.start, end, replacement: inflectWord(SEASON_NOUNS[month]!, ['gent', 'sing'], { pos: 'NOUN' }) + year };
  if (!preposition || preposition.word === 'в' || preposition.word === 'во') {
    return { start: ctx.start - (preposition?.length ?? 0), end, replacement: capital(SEASON_ADVERBS[month]! + year) };
  }
  const cases = { на: 'accs', с: 'gent', со: 'gent', до: 'gent', после: 'gent', к: 'datv', по: 'accs', от: 'gent' } as Record<string, string>;
  const c = cases[preposition.word];
  if (!c) return { start: ctx.start, end, replacement: SEASON_ADVERBS[month]! + year };
  const noun = inflectWord(SEASON_NOUNS[month]!, [c, 'sing'], { pos: 'NOUN' }) ?? SEASON_NOUNS[month]!;
  return { start: ctx.start, end, replacement: noun + year };
}

/** A street becomes "одна из улиц" in the case of the word it replaces (на пересечении бульвара X → одной из улиц). */
export function replaceRussianAddress(_d: DetectionOf<'address'>, ctx: ReplacementContext): Replacement {
  const head = spanOf(ctx).match(/[\p{L}]+/u)?.[0] ?? '';
  const form = formOf(head.toLowerCase(), prepositionBefore(ctx.before)?.word, { pos: ['NOUN'] });
  const one = inflectWord('одна', [form?.case ?? 'nomn', 'sing', 'femn'], { pos: 'ADJF' }) ?? inflectWord('одна', [form?.case ?? 'nomn', 'femn']) ?? 'одна';
  return inPlace(ctx, `${one} из улиц`);
}

const BIRTHDAY_CASES: Readonly<Record<string, [string, string]>> = {
  е: ['accs', 'день'], я: ['gent', 'дня'], ю: ['datv', 'дню'], ем: ['ablt', 'днём'], и: ['loct', 'дне'],
};

/**
 * «свое 19-летие» → «свой день рождения», «к 19-летию» → «ко дню рождения»: the birthday stays, in the
 * case of the word it replaces, and a neuter word agreeing with it before becomes masculine.
 */
function replaceRussianBirthday(ctx: ReplacementContext): Replacement {
  const ending = spanOf(ctx).match(/лети(е|я|ю|ем|и)$/u)?.[1] ?? 'е';
  const [c, day] = BIRTHDAY_CASES[ending]!;
  const phrase = `${day} рождения`;
  const previous = wordBeforeSpaces(ctx.before);
  if (previous) {
    const reading = russianReadings(previous.word.toLowerCase()).find((r) => (r.pos === 'ADJF' || r.pos === 'PRTF') && r.grammemes.has('neut') && (r.grammemes.has('nomn') || r.grammemes.has('accs')));
    const masculine = reading?.inflect(['masc', 'sing', c, 'inan']);
    if (masculine) return { start: ctx.start - previous.length, end: ctx.end, replacement: `${withCapitals(masculine, previous.word)} ${phrase}` };
    if (previous.word.toLowerCase() === 'к' && c === 'datv') return { start: ctx.start - previous.length, end: ctx.end, replacement: `${withCapitals('ко', previous.word)} ${phrase}` };
  }
  return inPlace(ctx, phrase);
}

/** "25-летнего" goes (the noun after it still reads); "ему было 26 лет" becomes "за двадцать". */
export function replaceRussianAge(d: DetectionOf<'age'>, ctx: ReplacementContext): Replacement {
  if (d.form === 'birthday') return replaceRussianBirthday(ctx);
  if (d.form === 'birth-year') return replaceBirthYear(d, ctx);
  if (d.form === 'ru-count') {
    const phrase = russianYearsPhrase(d.age);
    return inPlace(ctx, sentenceStart(ctx.before) ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase);
  }
  return inPlace(ctx, d.form === 'ru-years' ? russianAgePhrase(d.age) : '');
}

/** A job becomes "работник" or "работница", in the case, number and gender of the word it replaces. */
export function replaceRussianOccupation(_d: DetectionOf<'occupation'>, ctx: ReplacementContext): Replacement {
  const words = spanOf(ctx).match(/[\p{L}-]+/gu) ?? [];
  const head = words.find((w) => russianReadings(w).some((r) => r.pos === 'NOUN' && r.grammemes.has('anim'))) ?? words[words.length - 1] ?? '';
  const form = formOf(head, prepositionBefore(ctx.before)?.word, { pos: ['NOUN'] }) ?? { case: 'nomn', number: 'sing' };
  const female = russianReadings(head).some((r) => r.pos === 'NOUN' && r.grammemes.has('femn') && !r.grammemes.has('Ms-f'));
  const word = inflectWord(female ? 'работница' : 'работник', [form.case, form.number], { pos: 'NOUN' }) ?? (female ? 'работница' : 'работник');
  return inPlace(ctx, withCapitals(word, head));
}

export function replaceRussianSuspect(d: DetectionOf<'suspect'>, ctx: ReplacementContext): Replacement {
  const span = spanOf(ctx);
  const base = { start: d.start, end: d.end, source: d.source, kind: d.kind, priority: d.priority };
  if (d.guess === 'place') return replaceRussianPlace({ ...base, category: 'place', place: 'town' }, ctx);
  // A suspect that is a form of a record person's name is that person.
  const first = span.match(/[\p{L}]+/u)?.[0] ?? span;
  const known = recordPart(ctx.people, first);
  const gender = genderOfWord(first);
  return replaceRussianName({ ...base, category: 'name', ...(known ? { personId: known.person.id } : { key: first }), ...(gender ? { gender } : {}) }, ctx);
}
