// Hand-written (docs/hand-written.md): no package declines Belarusian.

export type BelarusianCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc';

/** Prepositions that decide the case on their own (official Cyrillic, lower case). */
const PREPOSITION_CASES: Readonly<Record<string, readonly BelarusianCase[]>> = {
  у: ['loc', 'acc'], ў: ['loc', 'acc'], на: ['loc', 'acc'], аб: ['loc'], пры: ['loc'], па: ['loc', 'dat'],
  пра: ['acc'], праз: ['acc'], цераз: ['acc'], за: ['ins', 'acc'], пад: ['ins', 'acc'], над: ['ins'], перад: ['ins'], паміж: ['ins'],
  з: ['gen', 'ins'], са: ['gen', 'ins'], ад: ['gen'], да: ['gen'], каля: ['gen'], ля: ['gen'], без: ['gen'], для: ['gen'],
  пасля: ['gen'], пасьля: ['gen'], акрамя: ['gen'], замест: ['gen'], сярод: ['gen'], вакол: ['gen'], супраць: ['gen'],
  паводле: ['gen'], нягледзячы: ['acc'], к: ['dat'], дзякуючы: ['dat'], насустрач: ['dat'],
};

/**
 * The case of a noun or adjective from its ending, given what the preposition allows; `lemma`
 * (from the lexicon, when it knows the word) tells a feminine accusative (у калонію) from a
 * masculine locative (у Мінску).
 */
export function belarusianCase(word: string, preposition: string | undefined, lemma?: string): BelarusianCase {
  const lower = word.toLowerCase();
  const allowed = preposition ? PREPOSITION_CASES[preposition.toLowerCase()] : undefined;
  const byEnding: BelarusianCase[] = [];
  const feminineAccusative = lemma !== undefined && /[ая]$/.test(lemma) && /[ую]$/.test(lower);
  if (feminineAccusative && (!allowed || allowed.includes('acc'))) return 'acc';
  // The lemma itself with no preposition to govern it ("Гомельская калонія побач") is a nominative, whatever its ending.
  if (!allowed && lemma !== undefined && lower === lemma.toLowerCase()) return 'nom';
  if (/(?:ам|ем|ём|ым|ім|ай|яй|ой|ёй|аю|яю|ою|ёю|амі|ямі|ымі|імі)$/.test(lower)) byEnding.push('ins');
  if (/(?:ага|яга|ы|і|аў|ёў|ей|а|я)$/.test(lower)) byEnding.push('gen');
  if (/(?:аму|яму|е|зе|цы|се|у|ю|ам|ям)$/.test(lower)) byEnding.push('dat');
  if (/(?:у|ю|ую|юю|ага|а|я)$/.test(lower)) byEnding.push('acc');
  if (/(?:е|і|ы|у|ю|ым|ім|ай|яй|ах|ях)$/.test(lower)) byEnding.push('loc');
  if (allowed) return allowed.find((c) => byEnding.includes(c)) ?? allowed[0]!;
  if (/(?:ы|і|ая|яя|ае|яе|ь|й|[бвгджзклмнпрстфхцчшў])$/.test(lower) && !/(?:ым|ім)$/.test(lower)) return 'nom';
  return byEnding[0] ?? 'nom';
}

/** The preposition just before a span, official Cyrillic, if the last word before it is one. */
export function prepositionBefore(before: string): string | undefined {
  const last = before.match(/([\p{L}]+)\s*$/u)?.[1]?.toLowerCase();
  return last && PREPOSITION_CASES[last] ? last : undefined;
}

export type CaseForms = Readonly<Record<BelarusianCase, string>>;

const forms = (nom: string, gen: string, dat: string, acc: string, ins: string, loc: string): CaseForms => ({ nom, gen, dat, acc, ins, loc });

/** Generalisations in every case (official Cyrillic): a place by its class, a facility by its kind. */
export const BELARUSIAN_PHRASES: Readonly<Record<string, CaseForms>> = {
  capital: forms('сталіца', 'сталіцы', 'сталіцы', 'сталіцу', 'сталіцай', 'сталіцы'),
  regional: forms('абласны цэнтр', 'абласнога цэнтра', 'абласному цэнтру', 'абласны цэнтр', 'абласным цэнтрам', 'абласным цэнтры'),
  town: forms('невялікі горад', 'невялікага горада', 'невялікаму гораду', 'невялікі горад', 'невялікім горадам', 'невялікім горадзе'),
  abroad: forms('горад за мяжой', 'горада за мяжой', 'гораду за мяжой', 'горад за мяжой', 'горадам за мяжой', 'горадзе за мяжой'),
  village: forms('вёска', 'вёскі', 'вёсцы', 'вёску', 'вёскай', 'вёсцы'),
  district: forms('раён', 'раёна', 'раёну', 'раён', 'раёнам', 'раёне'),
  colony: forms('калонія', 'калоніі', 'калоніі', 'калонію', 'калоніяй', 'калоніі'),
  pretrial: forms('СІЗА', 'СІЗА', 'СІЗА', 'СІЗА', 'СІЗА', 'СІЗА'),
  temporary: forms('ізалятар', 'ізалятара', 'ізалятару', 'ізалятар', 'ізалятарам', 'ізалятары'),
  detention: forms('ізалятар', 'ізалятара', 'ізалятару', 'ізалятар', 'ізалятарам', 'ізалятары'),
  prison: forms('турма', 'турмы', 'турме', 'турму', 'турмой', 'турме'),
  organisation: forms('арганізацыя', 'арганізацыі', 'арганізацыі', 'арганізацыю', 'арганізацыяй', 'арганізацыі'),
  enterprise: forms('прадпрыемства', 'прадпрыемства', 'прадпрыемству', 'прадпрыемства', 'прадпрыемствам', 'прадпрыемстве'),
  university: forms('універсітэт', 'універсітэта', 'універсітэту', 'універсітэт', 'універсітэтам', 'універсітэце'),
  school: forms('школа', 'школы', 'школе', 'школу', 'школай', 'школе'),
  // For a lyceum or a college: masculine as the word it replaces, so "абласны ліцэй №2" keeps its agreement.
  schoolMasculine: forms('навучальны заклад', 'навучальнага закладу', 'навучальнаму закладу', 'навучальны заклад', 'навучальным закладам', 'навучальным закладзе'),
  court: forms('суд', 'суда', 'суду', 'суд', 'судом', 'судзе'),
  districtCourt: forms('раённы суд', 'раённага суда', 'раённаму суду', 'раённы суд', 'раённым судом', 'раённым судзе'),
  cityCourt: forms('гарадскі суд', 'гарадскога суда', 'гарадскому суду', 'гарадскі суд', 'гарадскім судом', 'гарадскім судзе'),
  regionalCourt: forms('абласны суд', 'абласнога суда', 'абласному суду', 'абласны суд', 'абласным судом', 'абласным судзе'),
  criminalCase: forms('крымінальная справа', 'крымінальнай справы', 'крымінальнай справе', 'крымінальную справу', 'крымінальнай справай', 'крымінальнай справе'),
  work: forms('праца', 'працы', 'працы', 'працу', 'працай', 'працы'),
};

/** Adjective endings after "-гадов-" or "-ск-", and the same form of a neutral adjective. */
const ADJECTIVE_ENDINGS: readonly [RegExp, string][] = [
  [/ымі$/, 'ымі'], [/імі$/, 'ымі'], [/ага$/, 'ага'], [/яга$/, 'ага'], [/аму$/, 'аму'], [/яму$/, 'аму'], [/ая$/, 'ая'], [/яя$/, 'ая'],
  [/ую$/, 'ую'], [/юю$/, 'ую'], [/ае$/, 'ае'], [/яе$/, 'ае'], [/ыя$/, 'ыя'], [/ія$/, 'ыя'], [/ых$/, 'ых'], [/іх$/, 'ых'],
  [/ым$/, 'ым'], [/ім$/, 'ым'], [/ай$/, 'ай'], [/яй$/, 'ай'], [/аю$/, 'аю'], [/ы$/, 'ы'], [/і$/, 'ы'],
];

/** The ending of an adjective (брэсцкую → ую, 21-гадовага → ага), as a hard-stem ending. */
export function adjectiveEnding(word: string): string {
  const lower = word.toLowerCase();
  return ADJECTIVE_ENDINGS.find(([re]) => re.test(lower))?.[1] ?? 'ы';
}

const DECADES = ['', 'менш за дваццаць', 'за дваццаць', 'за трыццаць', 'за сорак', 'за пяцьдзясят', 'за шэсцьдзесят', 'за семдзесят', 'за восемдзесят', 'за дзевяноста'];

/** "яму было 35 гадоў" → "яму было за трыццаць". */
export function belarusianAgeNumber(age: number): string {
  if (age < 13) return 'зусім мала гадоў';
  return DECADES[Math.floor(age / 10)] ?? 'шмат гадоў';
}

/** "21-гадовага" → "дарослага", "трохгадовую" → "маленькую": no figure left, the grammar kept. */
export function belarusianAgeAdjective(age: number, original: string): string {
  const ending = adjectiveEnding(original);
  if (age < 14) return 'маленьк' + ending.replace(/^ы/, 'і');
  if (age < 18) return 'юн' + ending;
  return 'даросл' + ending;
}

const SEASONS: readonly [string, string][] = [
  ['зімой', 'зімы'], ['зімой', 'зімы'], ['вясной', 'вясны'], ['вясной', 'вясны'], ['вясной', 'вясны'], ['летам', 'лета'],
  ['летам', 'лета'], ['летам', 'лета'], ['восенню', 'восені'], ['восенню', 'восені'], ['восенню', 'восені'], ['зімой', 'зімы'],
];

/** "30 кастрычніка 2021 года" → "восенню 2021 года"; after з, да, пасля: "з восені 2021 года". */
export function belarusianSeason(month: number, year: number | undefined, preposition: string | undefined): string {
  const [adverb, genitive] = SEASONS[month - 1]!;
  const allowed = preposition ? PREPOSITION_CASES[preposition] : undefined;
  const season = allowed?.includes('gen') ? genitive : adverb;
  return year ? `${season} ${year} года` : season;
}
